// `mockforge validate` on Twilio's api_v2010 (197 operations) against our own mock of it:
//  1. end to end: `node dist/cli.js validate --unsafe` wall time, fresh processes (median of N runs), without
//     negative requests (today's figure) and with them; requests carry the HTTP basic credentials the
//     contract requires (the mock enforces them), as `--header` does for a real service;
//  2. throughput: validateTarget in one process, cold (first pass compiles the schemas) and warm passes over
//     the live mock, replayed responses (no network: the checks alone), and warm passes with and without the
//     negative requests of the kinds the mock enforces;
//  3. with --big: generated contracts of ~6.5, 13 and 26 MB (api_v2010's paths copied 5, 10, 20 times, JSON)
//     in safe mode against a server answering `200 {}`, wall time and peak RSS (GNU time), budget 600 s.
// Usage: node bench/validate.bench.mjs [runs] [--big]   (npm run bench -- validate). Loopback only, bounded runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Twilio's contracts require HTTP basic auth; the mock answers 401 without it.
const CREDENTIALS = `Basic ${Buffer.from('AC00000000000000000000000000000000:token').toString('base64')}`;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const contractFile = join(root, 'fixtures', 'corpus', 'twilio', 'api_v2010.yaml');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const big = process.argv.includes('--big');
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

// 1. end to end, the three variants interleaved so the machine's load hits them alike
console.log(
  `load average: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);
const variants = [
  ['--unsafe --no-negative (no negative requests)', ['--no-negative']],
  ['--unsafe (negative requests, all kinds)', []],
];
const walls = variants.map(() => []);
const summaries = [];
for (let i = 0; i < runs; i++) {
  for (const [index, [, extra]] of variants.entries()) {
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        cli,
        'validate',
        '--contract',
        contractFile,
        '--target',
        target,
        '--unsafe',
        '--quiet',
        '--header',
        `Authorization: ${CREDENTIALS}`,
        ...extra,
      ],
      { encoding: 'utf8' },
    );
    walls[index].push(performance.now() - started);
    summaries[index] = result.stdout.trim().split('\n').at(-1);
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`validate exited ${result.status}: ${result.stderr}`);
  }
}
for (const [index, [label]] of variants.entries()) {
  console.log(`end to end, every operation, ${label}: median ${median(walls[index]).toFixed(0)} ms of ${runs} runs`);
  console.log(`  last run: ${summaries[index]}`);
}

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
      headers: { authorization: CREDENTIALS },
      negative: false, // today's figures; the negatives' cost is measured apart below
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
  // the negatives alone, in process: the same warm pass with and without them (ignored_auth left out, as the
  // mock does not enforce it: every kind sent is refused, so no finding is located)
  const kinds = new Set([
    'missing_required',
    'wrong_type',
    'past_bound',
    'pattern_mismatch',
    'not_in_enum',
    'unknown_property',
    'wrong_media_type',
    'missing_header',
    'undocumented_method',
  ]);
  const negativePass = async (negative) => {
    const started = performance.now();
    const result = await core.validateTarget({
      name: 'bench',
      contract,
      target,
      transport: http,
      mode: 'unsafe',
      concurrency: 8,
      negative,
      negativeKinds: kinds,
    });
    return { ms: performance.now() - started, responses: result.responses, findings: result.findings.length };
  };
  await negativePass(true); // compiles the request schemas once
  const without = [];
  const withNegatives = [];
  for (let i = 0; i < runs; i++) {
    without.push(await negativePass(false));
    withNegatives.push(await negativePass(true));
  }
  const pick = (list) => list.sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)];
  console.log(`warm pass without negatives, median of ${runs}: ${rate(pick(without))}`);
  const w = pick(withNegatives);
  console.log(
    `warm pass with negatives (kinds the mock enforces), median of ${runs}: ${rate(w)}, ${w.findings} finding(s)`,
  );
  await http.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
  mock.kill('SIGTERM');
}

// 3. big generated contracts: bounded time, memory growing with the contract
if (big) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const { createServer: createHttpServer } = await import('node:http');
  const base = parse(readFileSync(contractFile, 'utf8'));
  const bigDir = mkdtempSync(join(tmpdir(), 'mockforge-bench-big-'));
  const server = createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const bigTarget = `http://127.0.0.1:${server.address().port}`;
  const gnuTime = existsSync('/usr/bin/time');
  try {
    for (const copies of [5, 10, 20]) {
      const paths = {};
      for (let i = 0; i < copies; i++) for (const [p, item] of Object.entries(base.paths)) paths[`/c${i}${p}`] = item;
      const file = join(bigDir, `big-${copies}.json`);
      const text = JSON.stringify({ ...base, paths }, null, 1);
      writeFileSync(file, text);
      const args = [cli, 'validate', '--contract', file, '--target', bigTarget, '--quiet', '--budget', '600'];
      const started = performance.now();
      const result = gnuTime
        ? await runAsync('/usr/bin/time', ['-f', 'peak RSS %M KB', process.execPath, ...args])
        : await runAsync(process.execPath, args);
      const ms = performance.now() - started;
      const rss = /peak RSS (\d+) KB/.exec(result.stderr)?.[1];
      console.log(
        `big contract ${(text.length / 1e6).toFixed(1)} MB, ${Object.keys(paths).length} paths: ${(ms / 1000).toFixed(1)} s` +
          `${rss ? `, peak RSS ${Math.round(Number(rss) / 1024)} MiB` : ''}; ${result.stdout.trim().split('\n').at(-1)}`,
      );
    }
  } finally {
    server.close();
    rmSync(bigDir, { recursive: true, force: true });
  }
}

/** A child process without blocking the event loop (the bench's own server must keep answering). */
function runAsync(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
