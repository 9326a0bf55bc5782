// `npm run bench -- generate`: wall time of `mockforge generate` (bundled dist/cli.js, a fresh process each
// run: Node start, contract load and bundle, generation, validation of contract examples, writing) on
// Twilio's api_v2010.yaml (197 operations) and on the tutorial's users-service.yaml.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const runs = Number(process.argv[2] ?? 5);
const cases = [
  ['twilio api_v2010.yaml', join(root, 'fixtures', 'corpus', 'twilio'), 'api_v2010.yaml'],
  ['tutorial users-service.yaml', join(root, 'fixtures', 'ecommerce'), 'contracts/users-service.yaml'],
];

console.log('| contract | files | fresh output: median (min) | again, all unchanged: median |');
console.log('| --- | --- | --- | --- |');
for (const [name, cwd, contract] of cases) {
  const fresh = [];
  const again = [];
  let files = 0;
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'mockforge-bench-generate-'));
    try {
      fresh.push(time(cwd, contract, out));
      again.push(time(cwd, contract, out));
      files = readdirSync(out).length;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  console.log(`| ${name} | ${files} | ${median(fresh)} ms (${Math.min(...fresh)} ms) | ${median(again)} ms |`);
}

function time(cwd, contract, out) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [cli, 'generate', '--from-openapi', contract, '--output', out], {
    cwd,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`generate failed: ${result.stderr}`);
  return Math.round(performance.now() - start);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
