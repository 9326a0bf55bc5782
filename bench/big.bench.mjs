// A big project: Twilio's 55 contracts (1,447 operations) as 55 workspaces of one mockforge.yaml, side by
// side with Stoplight Prism booting the same contracts one by one (one `prism mock` process per contract).
// Measures `mockforge lint` wall time, `mockforge serve` until every port answers /__mockforge/health
// (first run with no bundle cache, then again with the cache .mockforge/cache/ written by the first),
// RSS at ready and after one request per operation (built from the contract by the project's request
// builder), and the same for Prism. Targets: every port healthy <= 3 s, RSS after the requests <= 250 MiB.
// Usage: node bench/big.bench.mjs [--no-prism]   (npm run bench -- big)
// The contracts: MOCKFORGE_CORPUS=<folder holding twilio-all/> (default ../shared/corpus next to the
// repository). Loopback only; every wait is bounded.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { framed, freePort } from './http-load.mjs';

// Twilio's contracts require HTTP basic auth, which the mock enforces (401 without): send credentials, as
// a client would, so the answers are the documented bodies and not 401 problems.
const CREDENTIALS = `Basic ${Buffer.from('AC00000000000000000000000000000000:token').toString('base64')}`;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const prism = join(root, 'node_modules', '.bin', 'prism');
const corpus = join(process.env.MOCKFORGE_CORPUS ?? join(root, '..', 'shared', 'corpus'), 'twilio-all');
const withPrism = !process.argv.includes('--no-prism');
const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

if (!existsSync(cli)) {
  console.log('skipped: needs dist/ (npm run build)');
  process.exit(0);
}
if (!existsSync(corpus)) {
  console.log(`skipped: ${corpus} does not exist. Get Twilio's contracts (MIT) from the twilio/twilio-oai repository,`);
  console.log('folder spec/yaml, into <dir>/twilio-all/ and run with MOCKFORGE_CORPUS=<dir>.');
  process.exit(0);
}

const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const work = mkdtempSync(join(tmpdir(), 'mockforge-big-'));
mkdirSync(join(work, 'contracts'));
const ports = [];
for (const file of files) {
  copyFileSync(join(corpus, file), join(work, 'contracts', file));
  ports.push(await freePort());
}
const names = files.map((f) => f.replace(/\.yaml$/, '').replace(/_/g, '-'));
writeFileSync(
  join(work, 'mockforge.yaml'),
  `workspaces:\n${names.map((name, i) => `  - name: ${name}\n    port: ${ports[i]}\n    contract: contracts/${files[i]}\n`).join('')}`,
);

const core = await bundleCore(work);
const requests = files.map((file, i) => {
  const contract = core.loadContract(join(work, 'contracts', file));
  return contract.operations.map((operation) =>
    core.buildRequest(contract, operation, { target: `http://127.0.0.1:${ports[i]}` }),
  );
});
const operations = requests.reduce((n, list) => n + list.length, 0);
const loads = [loadavg()[0]];
console.log(`${files.length} contracts, ${operations} operations (${corpus})`);

const lint = timeLint();
const cold = await measureServe('cold');
const warm = await measureServe('warm');
const prismResult = withPrism && existsSync(prism) ? await measurePrism() : undefined;
loads.push(loadavg()[0]);
rmSync(work, { recursive: true, force: true });

const cell = (value, unit) => (value === undefined ? '-' : `${Math.round(value).toLocaleString('en')} ${unit}`);
console.log(`\nload average ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`);
console.log(
  '| what | mockforge, no cache | mockforge, bundle cache | Prism 5.16, one process per contract (sum) | target |',
);
console.log('| --- | ---: | ---: | ---: | --- |');
console.log(`| lint (wall, peak RSS) | ${cell(lint.ms, 'ms')}, ${cell(lint.peak, 'MiB')} | - | - | - |`);
console.log(
  `| boot until every port is healthy | ${cell(cold.boot, 'ms')} | ${cell(warm.boot, 'ms')} | ${cell(prismResult?.boot, 'ms')} (one by one) | <= 3,000 ms |`,
);
console.log(
  `| RSS at ready | ${cell(cold.rssReady, 'MiB')} | ${cell(warm.rssReady, 'MiB')} | ${cell(prismResult?.rssReady, 'MiB')} | - |`,
);
console.log(
  `| RSS after one request per operation | ${cell(cold.rssAfter, 'MiB')} | ${cell(warm.rssAfter, 'MiB')} | ${cell(prismResult?.rssAfter, 'MiB')} | <= 250 MiB |`,
);
for (const [label, key] of [
  ['answers 2xx / 4xx / 5xx / none', 'statuses'],
  ['responses flagged by the mock (x-mockforge-response-errors)', 'flagged'],
]) {
  console.log(`| ${label} | ${cold[key]} | ${warm[key]} | ${prismResult?.[key] ?? '-'} | - |`);
}
console.log(
  `\ntargets: boot ${warm.boot <= 3000 ? 'met' : 'MISSED'} (${Math.round(warm.boot)} ms with the cache, ${Math.round(cold.boot)} ms without); RSS ${Math.max(cold.rssAfter, warm.rssAfter) <= 250 ? 'met' : 'MISSED'} (${Math.round(Math.max(cold.rssAfter, warm.rssAfter))} MiB)`,
);

function timeLint() {
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'lint'], {
    cwd: work,
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  const peakKb = Number(child.stderr?.trim().split('\n').at(-1));
  return { ms, peak: Number.isFinite(peakKb) ? peakKb / 1024 : undefined };
}

async function measureServe(kind) {
  if (kind === 'cold') rmSync(join(work, '.mockforge'), { recursive: true, force: true });
  const started = performance.now();
  const child = launch(process.execPath, [cli, 'serve'], work);
  for (const port of ports) await waitHealthy(child, port, '/__mockforge/health', 120_000);
  const boot = performance.now() - started;
  await sleep(300);
  const rssReady = rssMiB(child.pid);
  const tally = await sendAll(requests);
  // Validators compile in the background after boot: wait for the server to settle before reading RSS.
  await sleep(1000);
  const rssAfter = rssMiB(child.pid);
  await stop(child);
  loads.push(loadavg()[0]);
  return { boot, rssReady, rssAfter, ...tally };
}

async function measurePrism() {
  let boot = 0;
  let rssReady = 0;
  let rssAfter = 0;
  const totals = { s2: 0, s4: 0, s5: 0, none: 0, flagged: 0 };
  const refused = [];
  for (const [i, file] of files.entries()) {
    const started = performance.now();
    const child = launch(
      prism,
      ['mock', '-h', '127.0.0.1', '-p', String(ports[i]), join(work, 'contracts', file)],
      work,
    );
    try {
      await waitHealthy(child, ports[i], '/', 120_000);
    } catch (error) {
      // Prism refuses some contracts outright ("No operations found"): counted, not summed.
      refused.push(
        `${file}: ${
          String(error.message)
            .split('\n')
            .findLast((l) => l.startsWith('Error:')) ?? 'exited'
        }`,
      );
      continue;
    }
    boot += performance.now() - started;
    rssReady += rssMiB(child.pid);
    const tally = await sendAll([requests[i]]);
    for (const key of Object.keys(totals)) totals[key] += tally.raw[key];
    rssAfter += rssMiB(child.pid);
    await stop(child);
  }
  if (refused.length > 0)
    console.log(`Prism refused ${refused.length} contract(s), left out of its sums:\n  ${refused.join('\n  ')}`);
  return { boot, rssReady, rssAfter, ...format(totals) };
}

async function sendAll(lists) {
  const totals = { s2: 0, s4: 0, s5: 0, none: 0, flagged: 0 };
  for (const list of lists) {
    for (const request of list) {
      const response = await send(request);
      if (response.status === 0) totals.none++;
      else if (response.status < 300) totals.s2++;
      else if (response.status < 500) totals.s4++;
      else totals.s5++;
      if (response.flagged) totals.flagged++;
    }
  }
  return format(totals);
}

function format(totals) {
  return {
    raw: totals,
    statuses: `${totals.s2} / ${totals.s4} / ${totals.s5} / ${totals.none}`,
    flagged: totals.flagged,
  };
}

function send(request) {
  return new Promise((resolve) => {
    const url = new URL(request.url);
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: request.method,
        headers: framed({ authorization: CREDENTIALS, ...request.headers }, request.body),
        agent: false,
        timeout: 15_000,
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode, flagged: res.headers['x-mockforge-response-errors'] !== undefined }),
        );
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ status: 0 }));
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

function launch(command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    if (stderr.length < 10_000) stderr += d;
  });
  child.stderrText = () => stderr;
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

async function waitHealthy(child, port, path, limit) {
  const until = performance.now() + limit;
  while (performance.now() < until) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${child.stderrText().slice(-2000)}`);
    const status = await new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      });
      req.on('error', () => resolve(0));
    });
    if (status !== 0) return;
    await sleep(10);
  }
  throw new Error(`port ${port} not healthy in ${limit} ms`);
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

function rssMiB(pid) {
  const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0) / 1024;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function bundleCore(dir) {
  const outfile = join(dir, 'core.mjs');
  await build({
    stdin: {
      contents: `export { loadContract } from './src/core/contract/load-contract.ts';
        export { buildRequest } from './src/core/validate/build-request.ts';`,
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
  return import(pathToFileURL(outfile).href);
}
