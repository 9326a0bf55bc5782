import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startArtifactService } from '../../fixtures/github/artifact-service.mjs';
import { startRecordingGitHub } from '../../fixtures/github/recording-github.mjs';
import { runStep } from '../../fixtures/github/run-action-step.mjs';
import { startCatalog } from '../core/validate/service-process.js';
import { FIXTURES, tempProject } from '../helpers/temp-project.js';
import { pullRequestEvent } from './git-project.js';

const TOKEN = 'ghs_shards';
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
});

it('a 2-way matrix uploads one report per shard and publishes nothing; the report job publishes once', async () => {
  const github = await startRecordingGitHub({ token: TOKEN });
  cleanup.push(() => github.close());
  const artifacts = await startArtifactService();
  cleanup.push(() => artifacts.close());
  const dir = tempProject({});
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent('a'.repeat(40), 'b'.repeat(40))));
  // Every job validates its own fresh service (stateful mode creates items: ids would differ otherwise).
  // The jobs run one after the other on one runner (a self-hosted one): the first to need the artifact
  // client installs it with npm, the others find it in the runner's tool cache.
  const tools = join(dir, 'runner-tool-cache');
  const job = async (extra: Record<string, string>, reportDir: string) =>
    runStep('main', {
      inputs: {
        command: 'validate',
        contracts: 'drift/contracts/catalog-service.yaml',
        targets: `catalog-service=${await startCatalog('drifted')}`,
        'validate-mode': 'stateful',
        ...extra,
        'report-dir': join(dir, reportDir),
      },
      workspace: FIXTURES,
      eventPath,
      apiUrl: github.url,
      token: TOKEN,
      env: {
        ...artifacts.env,
        // The artifact client refuses GHES; github.com is what it serves.
        GITHUB_SERVER_URL: 'https://github.com',
        // The artifact client is installed with npm at run time: from npm's cache, which this project's
        // `npm ci` filled (test/core/exec/install-locked-package.test.ts checks it holds every version).
        npm_config_offline: 'true',
        RUNNER_TOOL_CACHE: tools,
      },
    });

  const whole = await job({}, 'whole');
  expect(whole.code).toBe(1);
  const drift = Number(whole.outputs['drift-count']);
  expect(drift).toBeGreaterThanOrEqual(5);
  const requestsBefore = github.requests.length;

  const shards = [await job({ shard: '1/2' }, 'shard-1'), await job({ shard: '2/2' }, 'shard-2')];
  expect(shards[0]?.stdout).toMatch(/@actions\/artifact 6\.2\.1: installed with npm in \d+\.\d s/);
  expect(shards[1]?.stdout).toContain("@actions/artifact 6.2.1: from the runner's tool cache");
  for (const [i, shard] of shards.entries()) {
    expect(shard.stderr).toBe('');
    // Findings never fail a shard (fail-fast would cancel the others): the report job decides.
    expect(shard.code).toBe(0);
    expect(shard.stdout).toContain(`shard ${i + 1}/2: `);
    expect(shard.summary).toContain(`Uploaded as the artifact \`mockforge-validate-shard-${i + 1}-of-2.json\``);
  }
  expect(github.requests.length).toBe(requestsBefore);
  expect([...artifacts.artifacts.keys()].sort()).toEqual([
    'mockforge-validate-shard-1-of-2.json',
    'mockforge-validate-shard-2-of-2.json',
  ]);

  const report = await job({ command: 'report' }, 'merged');
  expect(report.stderr).toBe('');
  expect(report.stdout).toContain("@actions/artifact 6.2.1: from the runner's tool cache");
  expect(report.code).toBe(1);
  expect(github.violations).toEqual([]);
  expect(Number(report.outputs['drift-count'])).toBe(drift);
  const merged = JSON.parse(readFileSync(report.outputs['json-reports'] as string, 'utf8'));
  const unsharded = JSON.parse(readFileSync(whole.outputs['json-reports'] as string, 'utf8'));
  const findings = (r: {
    targets: Array<{ findings: Array<{ check: string; operation: string; message: string }> }>;
  }) => r.targets.flatMap((t) => t.findings.map((f) => `${f.check} ${f.operation} ${f.message}`));
  expect(findings(merged)).toEqual(findings(unsharded));
  // One check run and one comment for the whole matrix (the unsharded step made its own before).
  const created = github.requests.slice(requestsBefore).filter((r) => r.method === 'POST');
  expect(created.filter((r) => r.path.endsWith('/check-runs'))).toHaveLength(1);
  expect(github.checkRuns.at(-1)).toMatchObject({ name: 'mockforge report', conclusion: 'failure' });
  // The sticky comment of this workflow: the report job rewrote it, once.
  const commentWrites = github.requests
    .slice(requestsBefore)
    .filter((r) => r.path.includes('/comments') && r.method !== 'GET');
  expect(commentWrites).toHaveLength(1);
  expect(github.comments).toHaveLength(1);
  expect(github.comments[0]?.body).toContain('mockforge report');
  expect(github.comments[0]?.body).toContain('### Contract validation: ❌ failed');
  expect(report.summary).toMatch(/\| Contract validation \| ❌ failed \|/);

  // Shard 2's job did not report: named as missing, and the merged result fails on it.
  artifacts.artifacts.delete('mockforge-validate-shard-2-of-2.json');
  const partial = await job({ command: 'report' }, 'partial');
  expect(partial.code).toBe(1);
  expect(partial.stdout).toMatch(/shard 2\/2 missing: its job did not report/);
  expect(partial.summary).toContain('shard 2/2 missing');
}, 240_000);

it('a shard job without npm on PATH fails with a coded error that names the fix (setup-node)', async () => {
  const artifacts = await startArtifactService();
  cleanup.push(() => artifacts.close());
  const dir = tempProject({});
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent('a'.repeat(40), 'b'.repeat(40))));
  const step = await runStep('main', {
    inputs: {
      command: 'validate',
      contracts: 'drift/contracts/catalog-service.yaml',
      targets: `catalog-service=${await startCatalog('drifted')}`,
      shard: '1/2',
      'report-dir': join(dir, 'reports'),
    },
    workspace: FIXTURES,
    eventPath,
    apiUrl: 'http://127.0.0.1:9',
    token: TOKEN,
    // A runner where nothing is on PATH: the step itself runs on the runner's own node, npm is not there.
    env: { ...artifacts.env, GITHUB_SERVER_URL: 'https://github.com', PATH: join(dir, 'empty-path') },
  });
  expect(step.code).toBe(1);
  expect(step.stdout).toContain('::error::cannot run npm to install @actions/artifact@6.2.1: ');
  expect(step.stdout).toContain('[MF_TOOL_FAILED]');
  expect(step.stdout).toContain(
    'fix: shards and command: report install @actions/artifact with npm: run actions/setup-node',
  );
  expect(artifacts.artifacts.size).toBe(0);
}, 120_000);
