import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type RecordingGitHub, startRecordingGitHub } from '../../fixtures/github/recording-github.mjs';
import { runStep } from '../../fixtures/github/run-action-step.mjs';
import { makeGitProject } from './git-project.js';

// Runs the bundled dist/main.js as the runner does: build first (npm test does).
const TOKEN = 'ghs_test_token_123';
let github: RecordingGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

describe('the Action on a pull request (dist/main.js)', () => {
  it('sends every annotation in a check run in batches of 50 and upserts one sticky comment', async () => {
    const project = makeGitProject(60);
    github = await startRecordingGitHub({ token: TOKEN });
    const step = () =>
      runStep('main', {
        inputs: { command: 'diff' },
        workspace: project.dir,
        eventPath: project.eventPath,
        apiUrl: github?.url as string,
        token: TOKEN,
      });
    // Other comments on the pull request: a person's, and another workflow's sticky comment.
    github.comments.push({ id: 1, body: 'LGTM @octocat' });
    github.comments.push({ id: 2, body: '<!-- mockforge-action workflow="nightly" config="mockforge.yaml" -->\nold' });
    const first = await step();
    expect(first.stderr).toBe('');
    // Breaking changes fail the step (exit 1 via setFailed), with the reason in the log.
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/::error::mockforge diff: breaking changes: /);
    expect(github.violations).toEqual([]);

    const breaking = Number(first.outputs['breaking-count']);
    expect(breaking).toBeGreaterThanOrEqual(63); // 60 bulk removals + email, price, 201
    const checkCalls = github.requests.filter((r) => r.path.includes('/check-runs'));
    expect(checkCalls[0]).toMatchObject({ method: 'POST', path: '/repos/acme/shop/check-runs' });
    expect(checkCalls[0]?.body).toMatchObject({ head_sha: project.headSha, status: 'in_progress' });
    const patches = checkCalls.slice(1);
    expect(patches.every((r) => r.method === 'PATCH' && r.path === '/repos/acme/shop/check-runs/1000')).toBe(true);
    const batches = patches.map((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations);
    expect(batches.every((b) => b.length <= 50)).toBe(true);
    const annotations = batches.flat() as Array<{
      path: string;
      start_line: number;
      annotation_level: string;
      title: string;
    }>;
    expect(patches.length).toBe(Math.ceil(annotations.length / 50));
    // 60 bulk removals, email, price, 201, two version-not-bumped: 65 located findings.
    expect(batches.map((b) => b.length)).toEqual([50, 15]);
    expect(patches.at(-1)?.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    const output = (patches.at(-1)?.body as { output: { title: string; summary: string } } | undefined)?.output;
    expect(output?.title).toMatch(/^failed: \d+ errors, \d+ warnings, 1 notice$/);
    expect(output?.summary).toContain('### Breaking changes: ❌ failed');
    // Every located finding is annotated, on the exact file and line.
    const diffJson = JSON.parse(readFileSync(first.outputs['json-reports'] as string, 'utf8')) as {
      contracts: Array<{ changes: Array<{ ignored?: boolean; location: { line: number } }> }>;
    };
    const changes = diffJson.contracts.flatMap((c) => c.changes).filter((c) => !c.ignored);
    expect(annotations.filter((a) => a.annotation_level !== 'notice').length).toBe(changes.length);
    const bulk = annotations.filter((a) => a.path === 'contracts/bulk-service.yaml');
    expect(bulk.length).toBe(60);
    const bulkText = readFileSync(`${project.dir}/contracts/bulk-service.yaml`, 'utf8').split('\n');
    for (const a of bulk) expect(bulkText[a.start_line - 1]).toMatch(/properties:|item\d+|schema:|responses:|'200'/);
    const email = annotations.find((a) => a.path === 'contracts/shared-schemas.yaml');
    expect(email).toBeDefined();
    // No workflow-command annotations when the check run took them.
    expect(first.stdout).not.toMatch(/::(warning|error) .*file=/);

    // Sticky comment: created once, with the hidden marker, escaped contract text, within the limit.
    const posts = github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'));
    expect(posts.map((r) => r.path)).toEqual(['/repos/acme/shop/issues/7/comments']);
    expect(github.comments).toHaveLength(3);
    const body = github.comments[2]?.body as string;
    expect(body.startsWith('<!-- mockforge-action workflow="contracts" config="mockforge.yaml" -->')).toBe(true);
    expect(body).toContain('removed the success response with the status \\`201\\`');
    expect(body).toContain('`contracts/orders-service.yaml:15`');
    expect(body).toContain('Cross\\-Service Purchase Flow');

    // Job summary, outputs and report files.
    expect(first.summary).toContain('# mockforge diff');
    expect(first.summary).toMatch(/\| Breaking changes \| ❌ failed \|/);
    expect(first.summary).toContain('https://github.test/checks/1000');
    for (const kind of ['json', 'junit', 'sarif'])
      expect(existsSync(first.outputs[`${kind}-reports`] as string)).toBe(true);
    expect(readFileSync(first.outputs['junit-reports'] as string, 'utf8')).toContain('<testsuites');
    expect(JSON.parse(readFileSync(first.outputs['sarif-reports'] as string, 'utf8')).version).toBe('2.1.0');
    expect(first.outputs['drift-count']).toBe('0');

    // Re-run: the same comment is PATCHed, never a second one.
    const requestsBefore = github.requests.length;
    const second = await step();
    expect(second.code).toBe(1);
    const rerun = github.requests.slice(requestsBefore).filter((r) => r.path.includes('comments'));
    expect(rerun.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/acme/shop/issues/7/comments',
      `PATCH /repos/acme/shop/issues/comments/${github.comments[2]?.id}`,
    ]);
    expect(github.comments.map((c) => c.body.slice(0, 13))).toEqual([
      'LGTM @octocat',
      '<!-- mockforg',
      '<!-- mockforg',
    ]);
    expect(github.comments[1]?.body).toBe('<!-- mockforge-action workflow="nightly" config="mockforge.yaml" -->\nold');
    expect(github.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  }, 120_000);

  it('with a read-only token (fork): no failure from GitHub, capped annotations, the summary says how many were not shown', async () => {
    const project = makeGitProject(30);
    github = await startRecordingGitHub({ token: TOKEN, readOnly: true });
    const run = await runStep('main', {
      inputs: { command: 'diff', 'fail-on': 'never' },
      workspace: project.dir,
      eventPath: project.eventPath,
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { counts } = JSON.parse(readFileSync(run.outputs['json-reports'] as string, 'utf8')) as {
      counts: { error: number; warning: number };
    };
    expect(counts.warning).toBeGreaterThan(10); // 30 bulk removals and the email
    // GitHub's cap per step: every error (fewer than 10 here), 10 of the warnings; the rest counted.
    expect(run.stdout.match(/^::error .*file=/gm) ?? []).toHaveLength(Math.min(10, counts.error));
    expect(run.stdout.match(/^::warning .*file=/gm) ?? []).toHaveLength(10);
    const hidden = counts.warning - 10 + Math.max(0, counts.error - 10);
    expect(run.summary).toContain(`> ${hidden} annotations were not shown (${counts.warning - 10} warnings)`);
    expect(github.requests.filter((r) => r.method !== 'GET').map((r) => r.path)).toEqual([
      '/repos/acme/shop/check-runs',
      '/repos/acme/shop/issues/7/comments',
    ]);
    expect(run.stdout).toMatch(/::notice::mockforge: the token may not comment/);
    expect(github.comments).toHaveLength(0);
    expect(github.violations).toEqual([]);
  }, 120_000);

  it('a bad input is a clear error naming the input', async () => {
    const project = makeGitProject(1);
    github = await startRecordingGitHub({ token: TOKEN });
    const run = await runStep('main', {
      inputs: { command: 'deploy' },
      workspace: project.dir,
      eventPath: project.eventPath,
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::input 'command' is 'deploy': use one of mocks, scenarios, validate, diff, check",
    );
    expect(github.requests).toHaveLength(0);
  }, 60_000);
});
