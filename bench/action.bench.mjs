// Cold start of the Action's entry point, side by side with a bare `node -e` in one interleaved run: the time
// from spawning `node dist/main.js` (as the runner does, a `command: scenarios` step on the tutorial project)
// to its first line on stdout, and to the line that opens the command's log group (its code loaded); the
// same for a bare `node -e` printing one line. Then the size of dist/. Targets (issue 14): first line <=
// bare + 150 ms, dist/ <= 2.5 MiB.
// Usage: node bench/action.bench.mjs [runs] [--node <path>]   (npm run bench -- action)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'dist', 'main.js');
const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 15);
const nodeIndex = args.indexOf('--node');
const node = nodeIndex >= 0 ? args[nodeIndex + 1] : process.execPath;
if (!existsSync(main)) {
  console.log('skipped: dist/main.js is missing (run npm run build)');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'mockforge-bench-action-'));
cpSync(join(root, 'fixtures', 'ecommerce'), join(work, 'project'), { recursive: true });
writeFileSync(join(work, 'event.json'), '{}');
for (const name of ['output', 'state', 'env', 'summary']) writeFileSync(join(work, name), '');
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: join(work, 'project'),
  GITHUB_EVENT_PATH: join(work, 'event.json'),
  GITHUB_OUTPUT: join(work, 'output'),
  GITHUB_STATE: join(work, 'state'),
  GITHUB_ENV: join(work, 'env'),
  GITHUB_STEP_SUMMARY: join(work, 'summary'),
  RUNNER_TEMP: work,
  INPUT_COMMAND: 'scenarios',
  INPUT_CONFIG: 'mockforge.yaml',
  'INPUT_WORKING-DIRECTORY': '.',
  INPUT_ANNOTATIONS: 'on',
  INPUT_COMMENT: 'on',
  'INPUT_FAIL-ON': 'ERR',
  'INPUT_VALIDATE-MODE': 'safe',
  'INPUT_REPORT-DIR': '.mockforge/reports',
};

/** CPU time (user + system) a live process has used so far, from /proc (Linux; 10 ms ticks). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * ms from spawn to the first stdout line, and to the first line matching `marker` (then the child is killed),
 * with the CPU time used by then: wall time moves with the machine's load, CPU time much less.
 */
function time(command, argv, marker) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - start) / 1e6;
    const child = spawn(command, argv, { cwd: join(work, 'project'), env, stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    let first;
    child.stdout.on('data', (chunk) => {
      text += chunk;
      first ??= text.includes('\n') ? ms() : undefined;
      if (first !== undefined && marker.test(text)) {
        const marked = ms();
        const cpu = cpuMs(child.pid);
        child.kill('SIGKILL');
        resolve({ first, marked, cpu });
      }
    });
    child.on('error', reject);
    child.on('close', () => reject(new Error(`${command} ended before printing ${marker}: ${text.slice(0, 300)}`)));
  });
}

const bare = [];
const bareCpu = [];
const action = [];
const stage = [];
const stageCpu = [];
for (let i = 0; i < runs; i++) {
  // Kept alive after its line, so its CPU time can be read before it is killed.
  const plain = await time(node, ['-e', 'console.log("ready"); setTimeout(() => {}, 10000)'], /ready/);
  bare.push(plain.first);
  bareCpu.push(plain.cpu);
  const run = await time(node, [main], /::group::mockforge scenarios/);
  action.push(run.first);
  stage.push(run.marked);
  stageCpu.push(run.cpu);
}
rmSync(work, { recursive: true, force: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const size = (dir) =>
  readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? size(path) : statSync(path).size);
  }, 0);
const distBytes = size(join(root, 'dist'));
const over = median(action) - median(bare);
console.log(
  `${runs} interleaved runs, ${node === process.execPath ? process.version : node}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log('| what | median | min | max |');
console.log('| --- | --- | --- | --- |');
for (const [label, values] of [
  ['bare `node -e` to its line', bare],
  ['`node dist/main.js` to its first line', action],
  ['... to `::group::mockforge scenarios` (command code loaded)', stage],
  ['CPU time of bare `node -e` at its line', bareCpu],
  ['CPU time of `node dist/main.js` at `::group::mockforge scenarios`', stageCpu],
]) {
  console.log(
    `| ${label} | ${median(values).toFixed(0)} ms | ${Math.min(...values).toFixed(0)} ms | ${Math.max(...values).toFixed(0)} ms |`,
  );
}
console.log(`first line: bare + ${over.toFixed(0)} ms (target <= bare + 150 ms): ${over <= 150 ? 'met' : 'NOT met'}`);
console.log(`CPU to the command's start: bare + ${(median(stageCpu) - median(bareCpu)).toFixed(0)} ms`);
console.log(
  `dist/: ${(distBytes / 2 ** 20).toFixed(2)} MiB (target <= 2.5 MiB): ${distBytes <= 2.5 * 2 ** 20 ? 'met' : 'NOT met'}`,
);
