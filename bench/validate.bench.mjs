// `mockforge validate` on Twilio's api_v2010 (197 operations) against our own mock of it:
//  1. end to end: `node dist/cli.js validate --unsafe` wall time, fresh processes (median of N runs);
//  2. throughput: validateTarget in one process, cold (first pass compiles the schemas) and warm passes over
//     the live mock, and replayed responses (no network: the checks alone).
// Usage: node bench/validate.bench.mjs [runs]   (npm run bench -- validate). Loopback only, bounded runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const contractFile = join(root, 'fixtures', 'corpus', 'twilio', 'api_v2010.yaml');
const runs = Number(process.argv[2] ?? 5);
if (!existsSync(cli) || !existsSync(contractFile)) {
  console.log('skipped: needs dist/ (npm run build)');
  process.exit(0);
}

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const mock = spawn(process.execPath, [cli, 'serve', '--spec', contractFile, '--port', String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
process.on('exit', () => mock.kill('SIGKILL'));
await new Promise((resolve) => mock.stdout.on('data', (d) => String(d).includes('http://') && resolve()));
const target = `http://127.0.0.1:${port}`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// 1. end to end
const walls = [];
let summary = '';
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [cli, 'validate', '--contract', contractFile, '--target', target, '--unsafe', '--quiet'],
    { encoding: 'utf8' },
  );
  walls.push(performance.now() - started);
  summary = result.stdout.trim().split('\n').at(-1);
  if (result.status !== 0 && result.status !== 1) throw new Error(`validate exited ${result.status}: ${result.stderr}`);
}
console.log(`end to end, every operation (--unsafe): median ${median(walls).toFixed(0)} ms of ${runs} runs`);
console.log(`  last run: ${summary}`);

// 2. throughput, in one process (the core bundled on the fly with esbuild)
const dir = mkdtempSync(join(tmpdir(), 'mockforge-bench-'));
try {
  const outfile = join(dir, 'core.mjs');
  await build({
    stdin: {
      contents: `export { loadContract } from './src/core/contract/load-contract.ts';
        export { validateTarget } from './src/core/validate/validate-target.ts';
        export { createHttpTransport } from './src/core/http/http-transport.ts';`,
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
  const core = await import(pathToFileURL(outfile).href);
  const loadStarted = performance.now();
  const contract = core.loadContract(contractFile);
  const loadMs = performance.now() - loadStarted;
  const http = core.createHttpTransport({ connections: 8 });
  const recorded = new Map();
  const recording = async (request, timeout) => {
    const response = await http(request, timeout);
    recorded.set(`${request.method} ${request.url}`, response);
    return response;
  };
  const pass = async (transport) => {
    const started = performance.now();
    const result = await core.validateTarget({
      name: 'bench',
      contract,
      target,
      transport,
      mode: 'unsafe',
      concurrency: 8,
    });
    return { ms: performance.now() - started, responses: result.responses, findings: result.findings.length };
  };
  const rate = (p) =>
    `${Math.round((p.responses / p.ms) * 1000)} responses/s (${p.responses} in ${p.ms.toFixed(0)} ms)`;
  console.log(`contract load: ${loadMs.toFixed(0)} ms`);
  const cold = await pass(recording);
  console.log(`cold pass over the live mock (schemas compiled on first use): ${rate(cold)}`);
  const warm = [];
  for (let i = 0; i < runs; i++) warm.push(await pass(http));
  const warmMedian = warm.sort((a, b) => a.ms - b.ms)[Math.floor(warm.length / 2)];
  console.log(`warm passes over the live mock, median of ${runs}: ${rate(warmMedian)}`);
  const replay = async (request) =>
    recorded.get(`${request.method} ${request.url}`) ?? { status: 599, headers: {}, body: '' };
  const replays = [];
  for (let i = 0; i < runs * 4; i++) replays.push(await pass(replay));
  const replayMedian = replays.sort((a, b) => a.ms - b.ms)[Math.floor(replays.length / 2)];
  console.log(`checks alone (recorded responses replayed), median of ${runs * 4}: ${rate(replayMedian)}`);
  await http.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
  mock.kill('SIGTERM');
}
