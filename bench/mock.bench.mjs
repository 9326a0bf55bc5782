// `mockforge serve` against a bare node:http server sending the same bytes and Stoplight Prism on the same
// contract, side by side in one run: requests/s and latency of GET /api/users/{id} with validation on,
// boot time to every port healthy (the example and Twilio's api_v2010), RSS.
// Targets: >= 0.6x bare throughput, >= 10x Prism, example healthy <= 300 ms, api_v2010 <= 1.5 s.
// Then the state stores: memory vs Redis vs two Redis replicas round-robin (GET >= 0.5x memory, p99 < 5 ms),
// under saturating load and at a fixed rate below saturation, a bare node:http server beside them.
// Usage: node bench/mock.bench.mjs [seconds per load run] [--stores] [--rate=N,...]   (npm run bench -- mock)
//        --rate=N[,N...]: requests/s of the fixed-rate store rounds (default 2000,5000).
//        MOCKFORGE_BASELINE=<other checkout, built> adds its mock to the same rounds (a change vs its base).
// Loopback only; every load run is bounded in time and connections.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { connect } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { callsAtRate, freePort, load, loadAtRate, loadRequests } from './http-load.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const example = join(root, 'fixtures', 'ecommerce');
const twilio = join(root, 'fixtures', 'corpus', 'twilio', 'api_v2010.yaml');
const prism = join(root, 'node_modules', '.bin', 'prism');
const seconds = Number(process.argv.slice(2).find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 5);
/** --stores: only the state-store table (memory vs Redis), for work on the Redis store. */
const storesOnly = process.argv.includes('--stores');
/** Requests/s of the fixed-rate (open-loop) store rounds: below what every store serves on 2 busy cores. */
const RATES = (process.argv.find((a) => a.startsWith('--rate='))?.slice('--rate='.length) ?? '2000,5000')
  .split(',')
  .map(Number);
const CONNECTIONS = 32;
const children = [];

if (!existsSync(cli)) {
  console.log('skipped: run npm run build first');
  process.exit(0);
}
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

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

/** A bare node:http server answering every request with `body`: what the machine gives any server. */
async function startBare(body, path) {
  const port = await freePort();
  const script = `
    const body = Buffer.from(process.env.BODY, 'base64');
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', script], {
    env: { ...process.env, BODY: body.toString('base64') },
    stdio: 'ignore',
  });
  children.push(child);
  await waitFor(port, path, performance.now());
  return { child, port };
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
  if (!storesOnly) {
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
        const child = start(
          process.execPath,
          [cli, 'serve', '--spec', twilio, '--port', String(port)],
          dirname(twilio),
        );
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

    const { child: bare, port: barePort } = await startBare(sample.body, path);
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
    if (!Number.isNaN(prismBoot))
      console.log(`| Prism, users contract (first 200) | ${Math.round(prismBoot)} | 1 | - |`);
    const mockRps = results[0]?.rps ?? 0;
    console.log(
      `\ntargets: ${mockRps / bareRps >= 0.6 ? 'met' : 'MISSED'} >= 0.6x bare (${(mockRps / bareRps).toFixed(2)}x); ${mockRps / prismRps >= 10 ? 'met' : 'MISSED'} >= 10x Prism (${(mockRps / prismRps).toFixed(1)}x)`,
    );
    for (const server of servers) server.child.kill('SIGTERM');
  }
  await benchStateStores(work);
} finally {
  for (const child of children.splice(0)) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

/**
 * The unified state store (issue 15): GET of a stored item and POST creating one, on the memory store, on
 * Redis (a redis-server started here on a free loopback port), and on two replicas sharing that Redis with
 * the connections spread round-robin over them. Interleaved rounds; the median round is shown.
 */
async function benchStateStores(dir) {
  const redisServer = spawnSync('redis-server', ['--version']);
  if (redisServer.status !== 0) {
    console.log('\nstate stores: skipped, redis-server is not on PATH (Debian: apt-get install -y redis-server)');
    return;
  }
  const loadBefore = loadavg();
  const project = join(dir, 'store');
  mkdirSync(project, { recursive: true });
  writeFileSync(
    join(project, 'items.yaml'),
    `openapi: 3.0.0
info: {title: Items, version: 1.0.0}
paths:
  /items:
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
      responses:
        '201': {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
  /items/{id}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
components:
  schemas:
    Item: {type: object, properties: {id: {type: string}, name: {type: string}, price: {type: number}}}
`,
  );
  writeFileSync(
    join(project, 'mockforge.yaml'),
    'workspaces:\n  - name: items\n    port: 3001\n    contract: items.yaml\ncore:\n  consistency:\n    enabled: true\n    unified_state: {workspace_id: bench}\n',
  );
  const redisPort = await freePort();
  const redis = start(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    project,
  );
  const store = `redis://127.0.0.1:${redisPort}/0`;
  for (let i = 0; i < 200; i++) {
    if (
      await new Promise((resolve) =>
        connect(redisPort, '127.0.0.1')
          .on('connect', function () {
            this.destroy();
            resolve(true);
          })
          .on('error', () => resolve(false)),
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const serve = async (extra) => {
    const port = await freePort();
    const child = start(process.execPath, [cli, 'serve', '--port', `items=${port}`, ...extra], project);
    await waitFor(port, '/__mockforge/health', performance.now());
    return { child, port };
  };
  const memory = await serve(['--store', 'memory']);
  const one = await serve(['--store', store]);
  const two = [one, await serve(['--store', store])];
  // A record every setup has: seeded personas are the same for the same workspace_id (Redis: seeded once).
  const state = JSON.parse((await get(memory.port, '/__mockforge/state')).body.toString('utf8'));
  const id = state.collections.items[0].id;
  const itemPath = `/items/${id}`;
  const bare = await startBare((await get(memory.port, itemPath)).body, itemPath);
  const setups = [
    { name: 'bare node:http, same bytes (GET only)', ports: [bare.port], pids: [bare.child.pid], getOnly: true },
    { name: 'memory store, 1 process', ports: [memory.port], pids: [memory.child.pid] },
    { name: 'Redis store, 1 replica', ports: [one.port], pids: [one.child.pid], redis: true },
    {
      name: 'Redis store, 2 replicas round-robin',
      ports: two.map((r) => r.port),
      pids: two.map((r) => r.child.pid),
      redis: true,
    },
  ];
  const body = '{"name":"bench item","price":9.5}';
  const post = (port) =>
    Buffer.from(
      `POST /items HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
  const getItem = (port) =>
    Buffer.from(`GET ${itemPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: application/json\r\n\r\n`);
  const reset = async (port) =>
    new Promise((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/__mockforge/reset', method: 'POST' }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.end();
    });
  /** A load run with the CPU time the serving processes and redis-server spent per answered request. */
  const measured = async (setup, run) => {
    const before = setup.pids.map(cpuMs);
    const redisBefore = cpuMs(redis.pid);
    const result = await run();
    const mockMs = setup.pids.reduce((sum, pid, i) => sum + cpuMs(pid) - (before[i] ?? 0), 0);
    return {
      ...result,
      cpuUs: (mockMs * 1000) / result.count,
      redisUs: ((cpuMs(redis.pid) - redisBefore) * 1000) / result.count,
    };
  };
  // The Redis round trip alone, what the Redis store's GET latency cannot go below: HGET of the same
  // record from a client with the store's auto-pipelining, in this process, no HTTP.
  const { Redis } = await import('ioredis');
  const redisClient = new Redis(store, { enableAutoPipelining: true });
  await redisClient.ping();
  const hgetAlone = { name: 'HGET of the record alone (ioredis here, no HTTP)', pids: [], redis: true };
  const rounds = { get: new Map(), post: new Map(), rate: new Map() };
  const add = (kind, setup, result) => rounds[kind].set(setup.name, [...(rounds[kind].get(setup.name) ?? []), result]);
  const ROUNDS = 3;
  const postMs = 1000;
  for (const setup of setups) await loadRequests(setup.ports, getItem(setup.ports[0]), 500, CONNECTIONS, '200');
  for (let round = 0; round < ROUNDS; round++) {
    for (const setup of setups) {
      const ms = seconds * 1000;
      add(
        'get',
        setup,
        await measured(setup, () => loadRequests(setup.ports, getItem(setup.ports[0]), ms, CONNECTIONS, '200')),
      );
      for (const rate of RATES) {
        const result = await measured(setup, () =>
          loadAtRate(setup.ports, getItem(setup.ports[0]), rate, ms, CONNECTIONS, '200'),
        );
        add('rate', { name: `${rate} ${setup.name}` }, result);
      }
      if (setup.getOnly) continue;
      // Each collection holds at most 10,000 records: a reset before every POST round.
      await reset(setup.ports[0]);
      add('post', setup, await loadRequests(setup.ports, post(setup.ports[0]), postMs, CONNECTIONS, '201'));
    }
    for (const rate of RATES) {
      const result = await measured(hgetAlone, () =>
        callsAtRate(() => redisClient.hget('mockforge:bench:records:items', id), rate, seconds * 1000),
      );
      add('rate', { name: `${rate} ${hgetAlone.name}` }, result);
    }
  }
  redisClient.disconnect();
  const loadAfter = loadavg();
  const medianRound = (list, by = 'rps') => [...list].sort((a, b) => a[by] - b[by])[Math.floor(list.length / 2)];
  const memoryName = setups[1].name;
  const memoryGet = medianRound(rounds.get.get(memoryName)).rps;
  const memoryPost = medianRound(rounds.post.get(memoryName)).rps;
  const loads = `load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after`;
  const cpu = (setup, r) =>
    `${setup.pids.length > 0 ? r.cpuUs.toFixed(1) : '-'} | ${setup.redis ? r.redisUs.toFixed(1) : '-'}`;
  console.log(
    `\nState stores, saturating: GET ${itemPath} (${seconds} s rounds) and POST /items (${postMs / 1000} s rounds, reset before each), ${CONNECTIONS} keep-alive connections each sending its next request on the answer; median of ${ROUNDS} interleaved rounds; ${loads}`,
  );
  console.log(
    '| store | GET req/s | GET p50 ms | GET p99 ms | GET vs memory | GET CPU us/req: serve | redis-server | POST req/s | POST p50 ms | POST p99 ms | POST vs memory | errors | RSS MiB |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const setup of setups) {
    const g = medianRound(rounds.get.get(setup.name));
    const p = setup.getOnly ? undefined : medianRound(rounds.post.get(setup.name));
    const postCells = p
      ? `${Math.round(p.rps)} | ${p.p50.toFixed(2)} | ${p.p99.toFixed(2)} | ${(p.rps / memoryPost).toFixed(2)}x`
      : '- | - | - | -';
    console.log(
      `| ${setup.name} | ${Math.round(g.rps)} | ${g.p50.toFixed(2)} | ${g.p99.toFixed(2)} | ${(g.rps / memoryGet).toFixed(2)}x | ${cpu(setup, g)} | ${postCells} | ${g.errors + (p?.errors ?? 0)} | ${setup.pids.map(rssMiB).join(' + ')} |`,
    );
  }
  console.log(
    `\nState stores at fixed rates below saturation: GET ${itemPath} at ${RATES.join(' and ')} req/s (${seconds} s rounds, open loop: request k due at k/rate s on the first free of ${CONNECTIONS} connections; latency from when it was due, so waiting for a free connection counts); the round with the median p99 of ${ROUNDS}, the same interleaved rounds`,
  );
  console.log(
    '| req/s asked | store | req/s | p50 ms | p99 ms | p99.9 ms | max ms | no free connection | CPU us/req: serve | redis-server | errors |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const atRate = (rate, setup) => medianRound(rounds.rate.get(`${rate} ${setup.name}`), 'p99');
  for (const rate of RATES) {
    for (const setup of [...setups, hgetAlone]) {
      const r = atRate(rate, setup);
      console.log(
        `| ${rate} | ${setup.name} | ${Math.round(r.rps)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.p999.toFixed(2)} | ${r.max.toFixed(1)} | ${r.late} | ${cpu(setup, r)} | ${r.errors} |`,
      );
    }
  }
  // bare / memory / Redis, 1 replica: the p99 the machine gives any server beside the stores'.
  const p99s = (pick) =>
    setups
      .slice(0, 3)
      .map((setup) => pick(setup).p99.toFixed(2))
      .join(' / ');
  const redisGet = medianRound(rounds.get.get(setups[2].name));
  const p99Target = (r) => `${r.p99 < 5 ? 'met' : 'MISSED'} (${r.p99.toFixed(2)} ms)`;
  const byRate = RATES.map(
    (rate) =>
      `at ${rate} req/s ${p99Target(atRate(rate, setups[2]))}, bare / memory / Redis ${p99s((setup) => atRate(rate, setup))}, HGET alone ${atRate(rate, hgetAlone).p99.toFixed(2)}`,
  );
  console.log(
    `targets: ${redisGet.rps / memoryGet >= 0.5 ? 'met' : 'MISSED'} GET on Redis >= 0.5x memory (${(redisGet.rps / memoryGet).toFixed(2)}x); GET p99 < 5 ms on Redis: saturating ${p99Target(redisGet)}, bare / memory / Redis ${p99s((setup) => medianRound(rounds.get.get(setup.name)))}; ${byRate.join('; ')}`,
  );
  redis.kill('SIGTERM');
}
