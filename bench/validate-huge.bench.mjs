// `npm run bench -- validate-huge`: `mockforge validate --unsafe` (bundled dist/cli.js, a fresh process each
// run) against `mockforge serve --spec` of generated contracts of 1, 2 and 4 MB (bench/huge-contract.mjs;
// five operations per resource), and with --30mb also of 30 MB (about ten minutes on 2 cores): wall time and
// peak RSS of validate, and how they grow with the size. Target: at most linear (the largest within
// size-ratio x the smallest, with 25% slack for noise).
// Usage: node bench/validate-huge.bench.mjs [--30mb]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './http-load.mjs';
import { hugeContract } from './huge-contract.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli.js');
const sizes = [1_000_000, 2_000_000, 4_000_000, ...(process.argv.includes('--30mb') ? [30_000_000] : [])];
const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

const dir = mkdtempSync(join(tmpdir(), 'mockforge-bench-validate-huge-'));
const loads = [loadavg()[0]];
const rows = [];
try {
  for (const size of sizes) {
    const { text, resources } = hugeContract(size);
    const file = join(dir, `huge-${size}.yaml`);
    writeFileSync(file, text);
    const port = await freePort();
    const serve = launch([cli, 'serve', '--spec', file, '--port', String(port)]);
    await waitHealthy(serve, port);
    const started = performance.now();
    const validate = launch([
      '--import',
      join(here, 'report-peak-rss.mjs'),
      cli,
      'validate',
      '--contract',
      file,
      '--target',
      `http://127.0.0.1:${port}`,
      '--unsafe',
      // Every operation, however long it takes: the bench measures whole runs (the default budget is 120 s).
      '--budget',
      '7200',
    ]);
    const code = await new Promise((resolve) => validate.on('exit', resolve));
    const ms = performance.now() - started;
    serve.kill('SIGTERM');
    if (code !== 0) throw new Error(`validate exited ${code}: ${validate.stderrText().slice(-1000)}`);
    const rss = Number(/peak-rss-kib (\d+)/.exec(validate.stderrText())?.[1] ?? Number.NaN) / 1024;
    const responses = Number(/(\d+) response\(s\) checked/.exec(validate.stderrText())?.[1] ?? Number.NaN);
    rows.push({ mb: text.length / 1e6, operations: resources * 5, responses, ms, rss });
    loads.push(loadavg()[0]);
  }
  console.log(
    `mockforge validate --unsafe against serve --spec of a generated contract (load average ${loads.map((l) => l.toFixed(1)).join(' -> ')})`,
  );
  console.log(
    '| contract | operations | responses checked | validate: wall | ms per operation | peak RSS | MiB per MB |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.mb.toFixed(1)} MB | ${r.operations} | ${r.responses} | ${(r.ms / 1000).toFixed(1)} s | ${(r.ms / r.operations).toFixed(1)} | ${r.rss.toFixed(0)} MiB | ${(r.rss / r.mb).toFixed(0)} |`,
    );
  }
  const [first, last] = [rows[0], rows.at(-1)];
  const sizeRatio = last.mb / first.mb;
  const time = last.ms / first.ms;
  const memory = last.rss / first.rss;
  console.log(
    `${last.mb.toFixed(0)} MB vs ${first.mb.toFixed(0)} MB: ${sizeRatio.toFixed(1)}x the size, ${time.toFixed(2)}x the time, ${memory.toFixed(2)}x the memory (target: at most linear, <= ${(sizeRatio * 1.25).toFixed(1)}x: ${time <= sizeRatio * 1.25 && memory <= sizeRatio * 1.25 ? 'OK' : 'OVER'})`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function launch(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d) => {
    output = (output + d).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.stderrText = () => output;
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

async function waitHealthy(child, port) {
  const until = performance.now() + 300_000;
  while (performance.now() < until) {
    if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${child.stderrText().slice(-1000)}`);
    const ok = await new Promise((resolve) => {
      http
        .get({ host: '127.0.0.1', port, path: '/__mockforge/health', agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode === 200));
        })
        .on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`port ${port} not healthy in 300 s`);
}
