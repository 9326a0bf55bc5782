// `mockforge proxy` in front of a real service against the same service direct, side by side in one run:
// requests/s and latency (p50, p99) of GET /api/users/user_123 of the tutorial's users service
// (fixtures/services), at 1 connection (what the proxy adds to one request) and 32 (throughput), with the
// proxy checking every exchange against fixtures/ecommerce-strict and journaling it to a file (as under
// `mockforge up --proxy`). A second proxy sits in front of the drifted service (missing-field): every answer
// breaks the contract, so every exchange takes the violation path (headers, curl line, journal, log).
// A bare forwarder (node:http in, undici out, nothing else) shows what forwarding alone costs here.
// Targets: >= 0.5x direct throughput; <= 1 ms added p50 on loopback.
// Usage: node bench/proxy.bench.mjs [seconds per load run]   (npm run bench -- proxy)
// Loopback only; every load run is bounded in time and connections.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from './http-load.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const servicesScript = join(root, 'fixtures', 'services', 'ecommerce-services.mjs');
const seconds = Number(process.argv[2] ?? 5);
const ROUNDS = 3;
const PATH = '/api/users/user_123';
const children = [];

if (!existsSync(cli)) {
  console.log('skipped: run npm run build first');
  process.exit(0);
}
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(args, cwd) {
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
  children.push(child);
  return child;
}

function status(port, path) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

async function waitFor(port, path) {
  const started = performance.now();
  while ((await status(port, path)) !== 200) {
    if (performance.now() - started > 30_000) throw new Error(`port ${port} did not answer ${path} in 30 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** User + system CPU time of a process so far, in ms (clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const work = mkdtempSync(join(tmpdir(), 'mockforge-proxy-bench-'));
const loadBefore = loadavg();
try {
  cpSync(join(root, 'fixtures', 'ecommerce-strict'), work, { recursive: true });
  const services = [];
  for (const variant of ['correct', 'missing-field']) {
    const port = await freePort();
    const child = start([servicesScript, '--variant', variant, '--users-port', String(port)], work);
    await waitFor(port, PATH);
    services.push({ variant, port, child });
  }
  const proxies = [];
  for (const service of services) {
    const port = await freePort();
    const child = start(
      [
        cli,
        'proxy',
        '--workspace',
        'users-service',
        '--target',
        `users-service=http://127.0.0.1:${service.port}`,
        '--port',
        `users-service=${port}`,
        '--journal',
        join(work, `journal-${service.variant}.jsonl`),
      ],
      work,
    );
    await waitFor(port, '/__mockforge/health');
    proxies.push({ variant: service.variant, port, child });
  }
  // The floor: forwarding alone (node:http in, undici out, bodies piped), no checks, no journal.
  const barePort = await freePort();
  const bareScript = `
    const { Pool } = require(${JSON.stringify(join(root, 'node_modules', 'undici'))});
    const pool = new Pool('http://127.0.0.1:${services[0].port}', { connections: 128 });
    require('node:http').createServer(async (req, res) => {
      const answer = await pool.request({ path: req.url, method: req.method, headers: req.headers, body: req });
      res.writeHead(answer.statusCode, answer.headers);
      answer.body.pipe(res);
    }).listen(${barePort}, '127.0.0.1');`;
  const bare = start(['-e', bareScript], work);
  await waitFor(barePort, PATH);
  const [correct, drifted] = services;
  const runs = [
    { name: 'direct to the service', port: correct.port, cpuOf: correct.child },
    { name: 'bare forwarding (node:http + undici, no checks)', port: barePort, cpuOf: bare },
    { name: 'through mockforge proxy (exchanges fit the contract)', port: proxies[0].port, cpuOf: proxies[0].child },
    { name: 'through mockforge proxy (every answer a violation)', port: proxies[1].port, cpuOf: proxies[1].child },
  ];
  const check = await fetch(`http://127.0.0.1:${proxies[1].port}${PATH}`);
  if (!check.headers.get('x-mockforge-violations')) throw new Error('the drifted service shows no violation');
  void drifted;

  const table = [];
  for (const connections of [1, 32]) {
    for (const run of runs) await load(run.port, PATH, 1000, connections); // warm-up
    const rounds = runs.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, run] of runs.entries()) {
        const cpuBefore = cpuMs(run.cpuOf.pid);
        const result = await load(run.port, PATH, seconds * 1000, connections);
        rounds[i].push({ ...result, cpuUs: ((cpuMs(run.cpuOf.pid) - cpuBefore) * 1000) / result.count });
      }
    }
    for (const [i, run] of runs.entries()) {
      const sorted = [...rounds[i]].sort((a, b) => a.rps - b.rps);
      const mid = sorted[Math.floor(sorted.length / 2)];
      table.push({ name: run.name, connections, ...mid, cpuUs: median(rounds[i].map((r) => r.cpuUs)) });
    }
  }
  const loadAfter = loadavg();
  console.log(
    `\nGET ${PATH} of the tutorial's users service; median of ${ROUNDS} interleaved ${seconds} s rounds after a 1 s warm-up; raw-socket keep-alive load generator in this process; ${cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after`,
  );
  console.log(
    '| path | connections | req/s | p50 ms | p99 ms | errors | CPU µs/request (proxy or service) | vs direct |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of table) {
    const direct = table.find((r) => r.connections === row.connections && r.name.startsWith('direct'));
    console.log(
      `| ${row.name} | ${row.connections} | ${Math.round(row.rps)} | ${row.p50.toFixed(3)} | ${row.p99.toFixed(3)} | ${row.errors} | ${Math.round(row.cpuUs)} | ${(row.rps / direct.rps).toFixed(2)}x |`,
    );
  }
  const at = (connections, prefix) => table.find((r) => r.connections === connections && r.name.startsWith(prefix));
  const ratio = at(32, 'through mockforge proxy (exchanges').rps / at(32, 'direct').rps;
  const added = at(1, 'through mockforge proxy (exchanges').p50 - at(1, 'direct').p50;
  console.log(
    `\ntargets: ${ratio >= 0.5 ? 'met' : 'MISSED'} >= 0.5x direct throughput at 32 connections (${ratio.toFixed(2)}x); ${added <= 1 ? 'met' : 'MISSED'} <= 1 ms added p50 at 1 connection (+${added.toFixed(3)} ms)`,
  );
} finally {
  for (const child of children.splice(0)) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
