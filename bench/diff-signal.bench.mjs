// How soon `mockforge diff` stops after SIGTERM (exit 143 promised within 2 s): the Twilio api_v2010 pair
// (2,802 changes), SIGTERM sent at moments spread over a whole run (a first, uninterrupted run gives its
// length), from module loading through oasdiff and line indexing to mapping. Each run is a fresh
// `node dist/cli.js diff`; the latency is from the kill to the process's exit.
// Usage: node bench/diff-signal.bench.mjs [moments]   (npm run bench -- diff)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, median } from './measure-process.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'fixtures', 'corpus', 'twilio');
const cli = join(root, 'dist', 'cli.js');
const moments = Number(process.argv[2] ?? 12);
if (!existsSync(cli)) {
  console.log(`skipped: ${cli} is missing (run npm run build)`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'mockforge-bench-signal-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const args = [
  cli,
  'diff',
  '--base',
  join(corpus, 'api_v2010.previous.yaml'),
  '--head',
  join(corpus, 'api_v2010.yaml'),
  '--fail-on',
  'never',
  '--json',
  join(work, 'out.json'),
];

/** One run, SIGTERM after `afterMs` (none when undefined): exit code, run time, latency after the kill. */
function run(afterMs) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: work, stdio: 'ignore', env: { ...process.env, TMPDIR: work } });
    let sent;
    const timer =
      afterMs === undefined
        ? undefined
        : setTimeout(() => {
            sent = performance.now();
            child.kill('SIGTERM');
          }, afterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const ended = performance.now();
      resolve({ code: code ?? signal, ms: ended - started, latency: sent === undefined ? undefined : ended - sent });
    });
  });
}

console.log(`load average before: ${load()}`);
const whole = await run(undefined);
rmSync(join(work, 'out.json'), { force: true });
const rows = [];
for (let i = 0; i < moments; i++) {
  // Spread over the run, skipping its first 200 ms (Node starting: no handler is installed yet).
  const at = 200 + ((whole.ms - 200) * i) / moments;
  const r = await run(at);
  // The child's TMPDIR is this folder: after a stop, neither its temp folders nor a report may be here.
  const files = readdirSync(work);
  rows.push({ at, ...r, left: r.code === 143 ? files : files.filter((f) => f !== 'out.json') });
  rmSync(join(work, 'out.json'), { force: true });
}
console.log(`load average after: ${load()}; an uninterrupted run took ${whole.ms.toFixed(0)} ms (exit ${whole.code})`);
console.log('| SIGTERM at ms | exit | ms from SIGTERM to exit | files left behind |');
console.log('| --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.at.toFixed(0)} | ${r.code} | ${r.latency?.toFixed(0)} | ${r.left.length === 0 ? 'none' : r.left.join(', ')} |`,
  );
const stopped = rows.filter((r) => r.code === 143);
const latencies = stopped.map((r) => r.latency);
console.log(
  `stopped with 143: ${stopped.length} of ${rows.length}; latency median ${median(latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms (target <= 2000 ms)`,
);
