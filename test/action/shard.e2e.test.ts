import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  // One runner's temp folder for every job: the shards, run at once, unpack dist/'s packed artifact client there.
  const runnerTemp = join(dir, 'runner-temp');
  // Every job validates its own fresh service (stateful mode creates items: ids would differ otherwise).
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
      // The artifact client refuses GHES; github.com is what it serves.
      env: { ...artifacts.env, GITHUB_SERVER_URL: 'https://github.com', RUNNER_TEMP: runnerTemp },
    });

  const whole = await job({}, 'whole');
  expect(whole.code).toBe(1);
  const drift = Number(whole.outputs['drift-count']);
  expect(drift).toBeGreaterThanOrEqual(5);
  const requestsBefore = github.requests.length;

  const shards = await Promise.all([1, 2].map((i) => job({ shard: `${i}/2` }, `shard-${i}`)));
  for (const [i, shard] of shards.entries()) {
    expect(shard.stderr).toBe('');
    // Findings never fail a shard (fail-fast would cancel the others): the report job decides.
    expect(shard.code).toBe(0);
    expect(shard.stdout).toContain(`shard ${i + 1}/2: `);
    expect(shard.summary).toContain(`Uploaded as the artifact \`mockforge-validate-shard-${i + 1}-of-2.json\``);
  }
  expect(github.requests.length).toBe(requestsBefore);
  expect(readdirSync(runnerTemp).filter((file) => file.startsWith('actions-artifact-'))).toEqual([
    expect.stringMatching(/^actions-artifact-[0-9a-f]{16}\.mjs$/),
  ]);
  expect([...artifacts.artifacts.keys()].sort()).toEqual([
    'mockforge-validate-shard-1-of-2.json',
    'mockforge-validate-shard-2-of-2.json',
  ]);

  const report = await job({ command: 'report' }, 'merged');
  expect(report.stderr).toBe('');
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
