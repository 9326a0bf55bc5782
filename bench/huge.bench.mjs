// `npm run bench -- huge`: `mockforge lint --contract` (bundled dist/cli.js, a fresh process each run) on
// generated contracts of 7.5, 15 and 30 MB (bench/huge-contract.mjs; the limit per file is 32 MiB), each with
// one warning on its last lines: wall time and peak RSS, and how they grow with the size. Target: at most linear (the 30 MB case within 4x of
// the 7.5 MB one, with 25% slack for noise).
// Usage: node bench/huge.bench.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hugeContract } from './huge-contract.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli.js');
const runs = Number(process.argv[2] ?? 3);
const sizes = [7_500_000, 15_000_000, 30_000_000];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'mockforge-bench-huge-'));
try {
  const files = sizes.map((bytes) => {
    const { text, resources } = hugeContract(bytes);
    const file = join(dir, `huge-${bytes}.yaml`);
    writeFileSync(file, text);
    return { bytes: text.length, operations: resources * 5, file };
  });
  const results = files.map(() => ({ ms: [], rss: [] }));
  // Interleaved, so every size sees about the same machine load.
  for (let i = 0; i < runs; i++) {
    for (const [index, { file }] of files.entries()) {
      const start = process.hrtime.bigint();
      const run = spawnSync(
        process.execPath,
        ['--import', join(here, 'report-peak-rss.mjs'), cli, 'lint', '--contract', file],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 2 ** 20,
        },
      );
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (run.status !== 0) throw new Error(`lint exited ${run.status}: ${run.stderr.slice(-500)}`);
      results[index].ms.push(ms);
      results[index].rss.push(Number(/peak-rss-kib (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1024);
    }
  }
  console.log(`mockforge lint --contract <generated contract>, ${runs} interleaved runs each`);
  console.log('| contract | operations | lint: median (min) | ms per MB | peak RSS: median | MiB RSS per MB |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [index, { bytes, operations }] of files.entries()) {
    const { ms, rss } = results[index];
    const mb = bytes / 1e6;
    console.log(
      `| ${mb.toFixed(1)} MB | ${operations} | ${(median(ms) / 1000).toFixed(2)} s (${(Math.min(...ms) / 1000).toFixed(2)} s) | ${(median(ms) / mb).toFixed(0)} | ${median(rss).toFixed(0)} MiB | ${(median(rss) / mb).toFixed(1)} |`,
    );
  }
  const growth = median(results[2].ms) / median(results[0].ms);
  const sizeRatio = files[2].bytes / files[0].bytes;
  const rssGrowth = median(results[2].rss) / median(results[0].rss);
  console.log(
    `30 MB vs 7.5 MB: ${sizeRatio.toFixed(1)}x the size, ${growth.toFixed(2)}x the time, ${rssGrowth.toFixed(2)}x the memory (target: at most linear, <= ${(sizeRatio * 1.25).toFixed(1)}x: ${growth <= sizeRatio * 1.25 && rssGrowth <= sizeRatio * 1.25 ? 'OK' : 'OVER'})`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
