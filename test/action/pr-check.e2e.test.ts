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
  it('opens a check run, completes it with one PATCH (annotations per line, errors first, capped at 50) and upserts one sticky comment', async () => {
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
    // Each command in its own log group, with its time.
    expect(first.stdout).toMatch(
      /::group::mockforge diff\n[\s\S]*contracts\/bulk-service\.yaml: changed, \d+ change\(s\) \(\d+\.\d s\)[\s\S]*mockforge diff: \d+\.\d s\n::endgroup::/,
    );

    const breaking = Number(first.outputs['breaking-count']);
    expect(breaking).toBeGreaterThanOrEqual(63); // 60 bulk removals + email, price, 201
    const checkCalls = github.requests.filter((r) => r.path.includes('/check-runs'));
    // Opened in progress while the diff runs, completed by one PATCH carrying the summary, the conclusion and
    // the annotations (one per file and line, errors first, at most 50).
    expect(checkCalls.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/shop/check-runs',
      'PATCH /repos/acme/shop/check-runs/1000',
    ]);
    expect(checkCalls[0]?.body).toMatchObject({ head_sha: project.headSha, status: 'in_progress' });
    expect(checkCalls[1]?.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    const [checkRun] = github.checkRuns;
    expect(checkRun).toMatchObject({ status: 'completed', conclusion: 'failure', summaries: 1 });
    const annotations = checkRun?.annotations ?? [];
    const places = annotations.map((a) => `${a.path}:${a.start_line}`);
    expect(new Set(places).size).toBe(places.length);
    const diffJson = JSON.parse(readFileSync(first.outputs['json-reports'] as string, 'utf8')) as {
      contracts: Array<{
        changes: Array<{ ignored?: boolean; level: string; location: { file: string; line: number } }>;
      }>;
    };
    const changes = diffJson.contracts.flatMap((c) => c.changes).filter((c) => !c.ignored);
    const changedLines = new Set(changes.map((c) => `${c.location.file}:${c.location.line}`));
    expect(changedLines.size).toBeGreaterThan(50);
    expect(annotations).toHaveLength(50);
    // Errors first: every error line is annotated before any warning.
    const levels = annotations.map((a) => a.annotation_level);
    expect(levels.indexOf('warning')).toBeGreaterThan(levels.lastIndexOf('failure'));
    expect(levels.filter((l) => l === 'failure').length).toBeGreaterThan(0);
    const output = checkRun?.output;
    expect(output?.title).toMatch(/^failed: \d+ errors, \d+ warnings, 1 notice$/);
    expect(output?.summary).toContain('### Breaking changes: ❌ failed');
    expect(output?.summary).toMatch(/Annotated: the first 50 of \d+ lines \(errors first\)/);
    const bulk = annotations.filter((a) => a.path === 'contracts/bulk-service.yaml');
    expect(bulk.length).toBeGreaterThan(0);
    const bulkText = readFileSync(`${project.dir}/contracts/bulk-service.yaml`, 'utf8').split('\n');
    for (const a of bulk) expect(bulkText[a.start_line - 1]).toMatch(/properties:|item\d+|schema:|responses:|'200'/);
    const email = annotations.find((a) => a.path === 'contracts/shared-schemas.yaml');
    expect(email).toBeDefined();
    expect(first.summary).toMatch(/\d+ more lines are not annotated \(a check run gets at most 50, errors first\)/);
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
    expect(first.summary).toContain('https://github.test/acme/shop/runs/1000');
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
      "::error::input 'command' is 'deploy': use one of mocks, proxy, scenarios, validate, diff, check",
    );
    expect(github.requests).toHaveLength(0);
  }, 60_000);
});
