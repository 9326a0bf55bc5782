// `mockforge scenarios` wall time through the bundled CLI (fresh processes, median of N runs):
//  1. the tutorial scenario against mocks booted in-process (no --target: boot + run + shut down);
//  2. 100 scenario files (300 steps, contract checks on) against the real services, --concurrency 4 and 1.
// Usage: node bench/scenarios.bench.mjs [runs]   (npm run bench -- scenarios). Loopback only, bounded runs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnEcommerceServices } from '../fixtures/services/start-services.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const runs = Math.min(Number(process.argv[2] ?? 5), 20);
if (!existsSync(cli)) {
  console.log('skipped: needs dist/ (npm run build)');
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'mockforge-bench-scenarios-'));
const example = join(root, 'fixtures', 'ecommerce');
for (const part of ['mockforge.yaml', 'contracts', 'scenarios'])
  cpSync(join(example, part), join(dir, part), { recursive: true });
// Real services number orders: the generated scenarios check user and total, not the pinned order id.
const tutorial = readFileSync(join(example, 'scenarios', 'cross-service-purchase.yaml'), 'utf8');
mkdirSync(join(dir, 'many'));
for (let i = 0; i < 100; i++) {
  writeFileSync(
    join(dir, 'many', `s${i}.yaml`),
    tutorial
      .replace('name: Cross-Service Purchase Flow', `name: Purchase ${i}`)
      .replace('        id: "order_789"\n', ''),
  );
}

function time(args, expectCode = 0) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [cli, 'scenarios', '--quiet', ...args], { cwd: dir, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== expectCode) throw new Error(`exit ${result.status}: ${result.stdout}${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0] };
}

const rows = [];
try {
  rows.push(['tutorial scenario, mocks booted in-process', time([]), 3]);
  const services = await spawnEcommerceServices('correct');
  try {
    const targets = Object.entries(services.urls).flatMap(([name, url]) => ['--target', `${name}=${url}`]);
    rows.push(['100 scenarios (300 steps) vs real services, concurrency 4', time(['many/*.yaml', ...targets]), 300]);
    rows.push([
      '100 scenarios (300 steps) vs real services, concurrency 1',
      time(['many/*.yaml', '--concurrency', '1', ...targets]),
      300,
    ]);
  } finally {
    await services.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`runs: ${runs} (fresh process each)\n`);
console.log('| case | median ms | min ms | steps/s (median) |\n| --- | ---: | ---: | ---: |');
for (const [name, t, steps] of rows) {
  console.log(`| ${name} | ${t.median.toFixed(0)} | ${t.min.toFixed(0)} | ${((steps * 1000) / t.median).toFixed(0)} |`);
}
