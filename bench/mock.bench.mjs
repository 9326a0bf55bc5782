// `mockforge serve` against a bare node:http server sending the same bytes and Stoplight Prism on the same
// contract, side by side in one run: requests/s and latency of GET /api/users/{id} with validation on,
// boot time to every port healthy (the example and Twilio's api_v2010), RSS.
// Targets: >= 0.6x bare throughput, >= 10x Prism, example healthy <= 300 ms, api_v2010 <= 1.5 s.
// Usage: node bench/mock.bench.mjs [seconds per load run]   (npm run bench -- mock)
//        MOCKFORGE_BASELINE=<other checkout, built> adds its mock to the same rounds (a change vs its base).
// Loopback only; every load run is bounded in time and connections.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { load } from './http-load.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const example = join(root, 'fixtures', 'ecommerce');
const twilio = join(root, 'fixtures', 'corpus', 'twilio', 'api_v2010.yaml');
const prism = join(root, 'node_modules', '.bin', 'prism');
const seconds = Number(process.argv[2] ?? 5);
const CONNECTIONS = 32;
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

function start(command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  child.stderrText = () => stderr;
  children.push(child);
  return child;
}

function get(port, path, agent) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', () => resolve({ status: 0 }));
    req.end();
  });
}

async function waitFor(port, path, started, limitMs = 30_000) {
  for (;;) {
    const response = await get(port, path);
    if (response.status === 200) return performance.now() - started;
    if (performance.now() - started > limitMs) throw new Error(`port ${port} not healthy after ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** User + system CPU time of a process so far, in ms (clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMiB(pid) {
  const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const work = mkdtempSync(join(tmpdir(), 'mockforge-bench-'));
try {
  // The users contract with its shared schema copied in, so Prism (which does not read neighbour files)
  // serves the very same document.
  const users = parse(readFileSync(join(example, 'contracts', 'users-service.yaml'), 'utf8'));
  // Only User: the tutorial's shared file refers to an OrderItem it never defines, which Prism refuses.
  const shared = parse(readFileSync(join(example, 'contracts', 'shared-schemas.yaml'), 'utf8'));
  users.components = { schemas: { User: shared.components.schemas.User } };
  const contract = join(work, 'users-service.yaml');
  writeFileSync(contract, stringify(users));
  const path = '/api/users/user_123';

  // --- boot time to every port healthy ---
  const bootExample = [];
  for (let i = 0; i < 5; i++) {
    const ports = [await freePort(), await freePort(), await freePort()];
    const t = performance.now();
    const child = start(
      process.execPath,
      [
        cli,
        'serve',
        '--port',
        `users-service=${ports[0]}`,
        '--port',
        `products-service=${ports[1]}`,
        '--port',
        `orders-service=${ports[2]}`,
      ],
      example,
    );
    // One poller at a time (a 5 ms loop): parallel pollers would take CPU from the process being timed.
    for (const p of ports) await waitFor(p, '/__mockforge/health', t);
    bootExample.push(performance.now() - t);
    child.kill('SIGTERM');
  }
  const bootTwilio = [];
  let twilioRss = Number.NaN;
  if (existsSync(twilio)) {
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const t = performance.now();
      const child = start(process.execPath, [cli, 'serve', '--spec', twilio, '--port', String(port)], dirname(twilio));
      bootTwilio.push(await waitFor(port, '/__mockforge/health', t));
      await new Promise((r) => setTimeout(r, 1500));
      twilioRss = rssMiB(child.pid);
      child.kill('SIGTERM');
    }
  }

  // --- throughput ---
  // Servers start first, then take turns (ROUNDS rounds, interleaved) so each sees the same machine load;
  // the table shows each server's median round.
  const servers = [];
  const run = (name, child, port) => servers.push({ name, child, port, rounds: [] });

  const statefulPort = await freePort();
  const stateful = start(
    process.execPath,
    [cli, 'serve', '--workspace', 'users-service', '--port', `users-service=${statefulPort}`],
    example,
  );
  await waitFor(statefulPort, '/__mockforge/health', performance.now());
  const sample = await get(statefulPort, path);
  run('mockforge serve (example, unified state, validation on)', stateful, statefulPort);

  // MOCKFORGE_BASELINE=<another checkout, built>: its mock on its own example, in the same rounds, so a
  // change is compared with its base under the same machine load.
  const baseline = process.env.MOCKFORGE_BASELINE;
  if (baseline && existsSync(join(baseline, 'dist', 'cli.js'))) {
    const port = await freePort();
    const child = start(
      process.execPath,
      [join(baseline, 'dist', 'cli.js'), 'serve', '--workspace', 'users-service', '--port', `users-service=${port}`],
      join(baseline, 'fixtures', 'ecommerce'),
    );
    await waitFor(port, '/__mockforge/health', performance.now());
    run(`baseline ${baseline} (example, unified state, validation on)`, child, port);
  }

  const specPort = await freePort();
  const spec = start(process.execPath, [cli, 'serve', '--spec', contract, '--port', String(specPort)], work);
  await waitFor(specPort, '/__mockforge/health', performance.now());
  run('mockforge serve --spec (stateless, validation on)', spec, specPort);

  const barePort = await freePort();
  const bareScript = `
    const body = Buffer.from(process.env.BODY, 'base64');
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    }).listen(${barePort}, '127.0.0.1');`;
  const bare = spawn(process.execPath, ['-e', bareScript], {
    env: { ...process.env, BODY: sample.body.toString('base64') },
    stdio: 'ignore',
  });
  children.push(bare);
  await waitFor(barePort, path, performance.now());
  run('bare node:http, same bytes', bare, barePort);

  let prismBoot = Number.NaN;
  if (existsSync(prism)) {
    const prismPort = await freePort();
    const t = performance.now();
    const child = start(prism, ['mock', '-h', '127.0.0.1', '-p', String(prismPort), contract], work);
    prismBoot = await waitFor(prismPort, path, t, 60_000);
    run('Stoplight Prism 5.16 mock (validation on)', child, prismPort);
  }

  const ROUNDS = 3;
  for (const server of servers) await load(server.port, path, 1000, CONNECTIONS); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const server of servers) {
      const cpuBefore = cpuMs(server.child.pid);
      const result = await load(server.port, path, seconds * 1000, CONNECTIONS);
      // CPU time per answered request: steadier than req/s when other jobs share the cores.
      server.rounds.push({ ...result, cpuUs: ((cpuMs(server.child.pid) - cpuBefore) * 1000) / result.count });
    }
  }
  const results = servers.map((server) => {
    const sorted = [...server.rounds].sort((a, b) => a.rps - b.rps);
    const cpuUs = median(server.rounds.map((r) => r.cpuUs));
    return { name: server.name, ...sorted[Math.floor(sorted.length / 2)], cpuUs, rss: rssMiB(server.child.pid) };
  });
  const bareRps = results.find((r) => r.name.startsWith('bare'))?.rps ?? Number.NaN;
  const prismRps = results.find((r) => r.name.startsWith('Stoplight'))?.rps ?? Number.NaN;
  console.log(
    `\nGET ${path}: median of ${ROUNDS} interleaved ${seconds} s rounds 1 s warm-up, ${CONNECTIONS} keep-alive connections, raw-socket load generator in this process`,
  );
  console.log('| server | req/s | p50 ms | p99 ms | errors | CPU us/req | RSS MiB | vs bare | vs Prism |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${Math.round(r.rps)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} | ${r.cpuUs.toFixed(1)} | ${r.rss} | ${(r.rps / bareRps).toFixed(2)}x | ${(r.rps / prismRps).toFixed(1)}x |`,
    );
  }
  console.log('\nBoot to every port healthy (spawn -> admin health 200), median:');
  console.log(`| what | median ms | runs | target |`);
  console.log('| --- | ---: | --- | --- |');
  console.log(
    `| example, 3 workspaces | ${Math.round(median(bootExample))} | ${bootExample.map(Math.round).join(', ')} | <= 300 |`,
  );
  if (bootTwilio.length > 0) {
    console.log(
      `| Twilio api_v2010 (--spec), RSS ${twilioRss} MiB | ${Math.round(median(bootTwilio))} | ${bootTwilio.map(Math.round).join(', ')} | <= 1500 |`,
    );
  }
  if (!Number.isNaN(prismBoot)) console.log(`| Prism, users contract (first 200) | ${Math.round(prismBoot)} | 1 | - |`);
  const mockRps = results[0]?.rps ?? 0;
  console.log(
    `\ntargets: ${mockRps / bareRps >= 0.6 ? 'met' : 'MISSED'} >= 0.6x bare (${(mockRps / bareRps).toFixed(2)}x); ${mockRps / prismRps >= 10 ? 'met' : 'MISSED'} >= 10x Prism (${(mockRps / prismRps).toFixed(1)}x)`,
  );
} finally {
  for (const child of children.splice(0)) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
