import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRecordingGitHub } from '../../fixtures/github/recording-github.mjs';
import { runStep } from '../../fixtures/github/run-action-step.mjs';
import { spawnEcommerceServices } from '../../fixtures/services/start-services.mjs';
import { startCatalog } from '../core/validate/service-process.js';
import { ECOMMERCE, FIXTURES, lineOf, tempProject } from '../helpers/temp-project.js';
import { makeGitProject, pullRequestEvent } from './git-project.js';

const TOKEN = 'ghs_check';
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
});

describe('command: check and validate (dist/main.js)', () => {
  it('check: diff, scenarios and validation against running services in one step, one comment', async () => {
    const project = makeGitProject(2);
    const services = await spawnEcommerceServices('wrong-total');
    cleanup.push(() => services.stop());
    const github = await startRecordingGitHub({ token: TOKEN });
    cleanup.push(() => github.close());
    const targets = Object.entries(services.urls as Record<string, string>)
      .map(([name, url]) => `${name}=${url}`)
      .join('\n');
    const run = await runStep('main', {
      inputs: { command: 'check', targets },
      workspace: project.dir,
      eventPath: project.eventPath,
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(github.violations).toEqual([]);
    expect(Number(run.outputs['breaking-count'])).toBeGreaterThan(0);
    // The wrong total: the tutorial scenario's Create Order step fails.
    expect(run.outputs['failed-scenarios']).toBe('1');
    // v2 made Product.price a string; the running service still sends a number: drift against the head.
    expect(run.outputs['drift-count']).toBe('1');
    expect(run.outputs['json-reports']?.split('\n').map((p) => p.split('/').pop())).toEqual([
      'diff.json',
      'scenarios.json',
      'validate.json',
    ]);
    expect(run.summary).toMatch(/\| Breaking changes \| ❌ failed \|/);
    expect(run.summary).toMatch(/\| Scenarios \| ❌ failed \| 0\/1 scenarios passed/);
    expect(run.summary).toMatch(/\| Contract validation \| ❌ failed \|/);
    expect(run.summary).toContain('`response_schema_conformance: GET /api/products/{id}`');
    expect(run.summary).toContain('```mermaid\nsequenceDiagram');
    // The scenario failure is annotated at the scenario file's line.
    const annotations = github.requests
      .filter((r) => r.method === 'PATCH' && r.path.includes('/check-runs/'))
      .flatMap(
        (r) => (r.body as { output: { annotations: Array<{ path: string; title: string }> } }).output.annotations,
      );
    expect(
      annotations.some((a) => a.path === 'scenarios/cross-service-purchase.yaml' && a.title.includes('Create Order')),
    ).toBe(true);
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0]?.body as string;
    for (const heading of [
      '### Breaking changes: ❌ failed',
      '### Scenarios: ❌ failed',
      '### Contract validation: ❌ failed',
    ]) {
      expect(body).toContain(heading);
    }
  }, 180_000);

  it('validate: drift of a live service at the contract lines, also without a pull request', async () => {
    const dir = tempProject({});
    const contract = join(FIXTURES, 'drift', 'contracts', 'catalog-service.yaml');
    const url = await startCatalog('drifted');
    const github = await startRecordingGitHub({ token: TOKEN });
    cleanup.push(() => github.close());
    const eventPath = join(dir, 'schedule.json');
    writeFileSync(
      eventPath,
      JSON.stringify({
        schedule: '0 3 * * *',
        repository: (pullRequestEvent('a', 'b') as { repository: object }).repository,
      }),
    );
    const run = await runStep('main', {
      inputs: {
        command: 'validate',
        contracts: contract,
        targets: `catalog-service=${url}`,
        headers: 'Authorization: Bearer t0k3n',
        'validate-mode': 'stateful',
        'negative-budget': '2',
      },
      workspace: FIXTURES,
      eventPath,
      apiUrl: github.url,
      token: TOKEN,
      env: { GITHUB_EVENT_NAME: 'schedule' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(Number(run.outputs['drift-count'])).toBeGreaterThanOrEqual(5);
    // validate-mode: stateful follows create -> delete -> read: the drifted service keeps deleted items.
    const report = JSON.parse(readFileSync(run.outputs['json-reports'] as string, 'utf8'));
    const checks = report.targets.flatMap((t: { findings: Array<{ check: string }> }) =>
      t.findings.map((f) => f.check),
    );
    expect(checks).toContain('use_after_free');
    // Negative requests come with stateful, cut to the 'negative-budget' input per operation.
    const negatives = report.targets.flatMap((t: { operations: Array<{ negatives?: { requests: number } }> }) =>
      t.operations.map((o) => o.negatives?.requests ?? 0),
    );
    expect(Math.max(...negatives)).toBe(2);
    // Header values are secrets: masked before anything is logged.
    expect(run.stdout.startsWith('::add-mask::Bearer t0k3n\n')).toBe(true);
    const annotations = github.requests
      .filter((r) => r.method === 'PATCH')
      .flatMap(
        (r) => (r.body as { output: { annotations: Array<{ path: string; start_line: number }> } }).output.annotations,
      );
    expect(annotations.length).toBe(Number(run.outputs['drift-count']));
    expect(annotations.every((a) => a.path === 'drift/contracts/catalog-service.yaml' && a.start_line > 1)).toBe(true);
    // No pull request: no comment, no comment request.
    expect(github.requests.some((r) => r.path.includes('comments'))).toBe(false);
    expect(run.summary).toMatch(/\| Contract validation \| ❌ failed \|/);
  }, 120_000);

  it('check on a push without scenarios or targets: each part says why it was skipped, the step passes', async () => {
    const dir = tempProject({
      'mockforge.yaml': 'workspaces:\n  - name: users-service\n    port: 3001\n',
      'contracts/users-service.yaml':
        "openapi: 3.0.0\ninfo: { title: Users, version: 1.0.0 }\npaths:\n  /u:\n    get:\n      responses:\n        '200': { description: ok }\n",
      'push.json': JSON.stringify({
        ref: 'refs/heads/main',
        after: 'c'.repeat(40),
        repository: { full_name: 'acme/shop' },
      }),
    });
    const github = await startRecordingGitHub({ token: TOKEN });
    cleanup.push(() => github.close());
    const run = await runStep('main', {
      inputs: {},
      workspace: dir,
      eventPath: join(dir, 'push.json'),
      apiUrl: github.url,
      token: TOKEN,
      env: { GITHUB_EVENT_NAME: 'push' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.summary).toContain(
      "| Breaking changes | ⏭️ skipped | no base: not a pull_request event and no 'base-ref' input |",
    );
    expect(run.summary).toMatch(/\| Scenarios \| ⏭️ skipped \| no scenario files/);
    expect(run.summary).toMatch(/\| Contract validation \| ⏭️ skipped \| no targets/);
    // A check run (success) on the pushed commit, no comment without a pull request.
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/shop/check-runs',
      'PATCH /repos/acme/shop/check-runs/1000',
    ]);
    expect(github.requests[1]?.body).toMatchObject({ conclusion: 'success' });
  }, 60_000);
  it('scenarios: an Arazzo document runs beside the tutorial file, its failures annotated at its lines', async () => {
    const arazzo = `arazzo: 1.0.1
info: {title: Buy, version: 1.0.0}
sourceDescriptions:
  - {name: orders, url: ../contracts/orders-service.yaml, type: openapi}
workflows:
  - workflowId: buy
    inputs:
      type: object
      properties:
        user: {type: string}
    steps:
      - stepId: order
        operationPath: '{$sourceDescriptions.orders.url}#/paths/~1api~1orders/post'
        requestBody:
          payload: {user_id: $inputs.user, items: [{product_id: prod_456, quantity: 1}]}
        successCriteria:
          - condition: $statusCode == 201
          - condition: $response.body#/total == 999.99
`;
    const dir = tempProject({
      'scenarios/buy.arazzo.yaml': arazzo,
      'inputs/staging.json': '{"user": "user_123"}',
      'push.json': JSON.stringify({
        ref: 'refs/heads/main',
        after: 'd'.repeat(40),
        repository: { full_name: 'acme/shop' },
      }),
    });
    cpSync(ECOMMERCE, dir, { recursive: true });
    const services = await spawnEcommerceServices('wrong-total');
    cleanup.push(() => services.stop());
    const github = await startRecordingGitHub({ token: TOKEN });
    cleanup.push(() => github.close());
    const targets = Object.entries(services.urls as Record<string, string>)
      .map(([name, url]) => `${name}=${url}`)
      .join('\n');
    const run = await runStep('main', {
      // The workflow's input from the 'arazzo-inputs' file (a missing user would fail the 201 line instead).
      inputs: { command: 'scenarios', targets, 'arazzo-inputs': 'inputs/staging.json' },
      workspace: dir,
      eventPath: join(dir, 'push.json'),
      apiUrl: github.url,
      token: TOKEN,
      env: { GITHUB_EVENT_NAME: 'push' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs['failed-scenarios']).toBe('2');
    expect(run.summary).toMatch(/\| Scenarios \| ❌ failed \| 0\/2 scenarios passed/);
    const annotations = github.requests
      .filter((r) => r.method === 'PATCH' && r.path.includes('/check-runs/'))
      .flatMap(
        (r) =>
          (r.body as { output: { annotations: Array<{ path: string; title: string; start_line: number }> } }).output
            .annotations,
      );
    expect(annotations).toContainEqual(
      expect.objectContaining({
        path: 'scenarios/buy.arazzo.yaml',
        title: 'buy › order',
        start_line: lineOf(arazzo, 'total == 999.99'),
      }),
    );
    const report = JSON.parse(readFileSync(join(dir, '.mockforge', 'reports', 'scenarios.json'), 'utf8'));
    expect(report.scenarios.map((s: { name: string }) => s.name).sort()).toEqual([
      'Cross-Service Purchase Flow',
      'buy',
    ]);
  }, 120_000);
});
