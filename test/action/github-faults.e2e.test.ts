import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Fault, type RecordingGitHub, startRecordingGitHub } from '../../fixtures/github/recording-github.mjs';
import { runStep } from '../../fixtures/github/run-action-step.mjs';
import { CORPUS } from '../helpers/temp-project.js';
import { makeGitProject, pullRequestEvent } from './git-project.js';

// dist/main.js against the stand-in that checks every request against GitHub's OpenAPI description, with
// GitHub's and the network's failures injected into the Nth request. Build first (npm test does).
const TOKEN = 'ghs_fault_token';
let github: RecordingGitHub | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await github?.close();
  github = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function diffStep(faults: Fault[], bulk = 5) {
  const project = makeGitProject(bulk);
  github = await startRecordingGitHub({ token: TOKEN, faults });
  const run = await runStep('main', {
    inputs: { command: 'diff' },
    workspace: project.dir,
    eventPath: project.eventPath,
    apiUrl: github.url,
    token: TOKEN,
  });
  return { run, github, project };
}

/** What every run must show whatever failed on the way: findings still fail the step, nothing twice, no request GitHub would refuse. */
function expectSound(run: Awaited<ReturnType<typeof diffStep>>['run'], gh: RecordingGitHub) {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/::error::mockforge diff: breaking changes: /);
  expect(Number(run.outputs['breaking-count'])).toBeGreaterThan(5);
  expect(gh.violations).toEqual([]);
  expect(gh.checkRuns).toHaveLength(1);
  expect(gh.checkRuns[0]?.status).toBe('completed');
  expect(gh.comments).toHaveLength(1);
  const places = (gh.checkRuns[0]?.annotations ?? []).map((a) => `${a.path}:${a.start_line}`);
  expect(new Set(places).size).toBe(places.length);
}

describe('GitHub failing part-way (dist/main.js)', () => {
  it('a 403 secondary rate limit on the completing PATCH: waits Retry-After, retries, completes once', async () => {
    const { run, github: gh } = await diffStep([
      { method: 'PATCH', nth: 1, kind: 'secondary-rate-limit', retryAfter: 2 },
    ]);
    expectSound(run, gh);
    const patches = gh.requests.filter((r) => r.method === 'PATCH' && r.path.includes('check-runs'));
    expect(patches.map((r) => r.status)).toEqual([403, 200]);
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'failure', summaries: 1 });
    expect(run.stdout).toContain(
      "mockforge: GitHub's secondary rate limit on PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}: waiting 2 s as GitHub asks",
    );
    expect(run.stdout).toMatch(/mockforge: check run completed: /);
  }, 120_000);

  it('a primary rate limit (x-ratelimit-reset) on the check run create: waits until the reset, creates once', async () => {
    const { run, github: gh } = await diffStep([{ method: 'POST', nth: 1, kind: 'rate-limit', retryAfter: 1 }]);
    expectSound(run, gh);
    expect(gh.requests.filter((r) => r.path === '/repos/acme/shop/check-runs').map((r) => r.status)).toEqual([
      403, 201,
    ]);
    expect(run.stdout).toContain("mockforge: GitHub's rate limit on POST /repos/{owner}/{repo}/check-runs: waiting");
  }, 120_000);

  it('a 502 and a connection dropped before GitHub acted: retried, nothing posted twice', async () => {
    const { run, github: gh } = await diffStep([
      { method: 'PATCH', nth: 1, kind: 'bad-gateway' },
      { method: 'GET', nth: 1, kind: 'drop' },
    ]);
    expectSound(run, gh);
    expect(gh.requests.filter((r) => r.fault).map((r) => `${r.method} ${r.fault}`)).toEqual([
      'PATCH bad-gateway',
      'GET drop',
    ]);
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'failure', summaries: 1 });
  }, 120_000);

  it('creates whose answer was lost after GitHub acted are found again, not repeated', async () => {
    const { run, github: gh } = await diffStep([
      { method: 'POST', nth: 1, kind: 'drop-after-apply' },
      { method: 'POST', nth: 2, kind: 'drop-after-apply' },
    ]);
    expectSound(run, gh);
    // The check run was looked up by its external_id, the comment by its marker.
    const lookups = gh.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(lookups).toContain(`/repos/acme/shop/commits/${gh.checkRuns[0]?.head_sha}/check-runs`);
    expect(gh.requests.filter((r) => r.method === 'POST').map((r) => r.fault)).toEqual([
      'drop-after-apply',
      'drop-after-apply',
    ]);
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'failure', summaries: 1 });
  }, 120_000);

  it('the completing PATCH whose answer was lost after GitHub acted: read back, not re-sent (no annotation twice)', async () => {
    const { run, github: gh } = await diffStep([{ method: 'PATCH', nth: 1, kind: 'drop-after-apply' }]);
    expectSound(run, gh);
    const patches = gh.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/check-runs/'));
    expect(patches).toHaveLength(1);
    expect(
      gh.requests.some((r) => r.method === 'GET' && r.path === `/repos/acme/shop/check-runs/${gh.checkRuns[0]?.id}`),
    ).toBe(true);
    const sent = (patches[0]?.body as { output: { annotations: unknown[] } } | undefined)?.output.annotations ?? [];
    expect(sent.length).toBeGreaterThan(0);
    expect(gh.checkRuns[0]).toMatchObject({ conclusion: 'failure', summaries: 1 });
    expect(gh.checkRuns[0]?.annotations).toHaveLength(sent.length);
  }, 120_000);

  it('a create refused by a rate limit past the budget is said as such, not as a read-only token', async () => {
    const { run, github: gh } = await diffStep([
      { method: 'POST', nth: 1, kind: 'secondary-rate-limit', retryAfter: 1200 },
    ]);
    expect(run.code).toBe(1);
    expect(gh.violations).toEqual([]);
    expect(gh.checkRuns).toHaveLength(0);
    expect(run.stdout).toMatch(
      /::warning::mockforge: could not create the check run: GitHub answered 403: You have exceeded a secondary rate limit/,
    );
    // The annotations went out as workflow commands; the comment was still written, once.
    expect(run.stdout).toMatch(/^::error .*file=contracts\//m);
    expect(gh.comments).toHaveLength(1);
  }, 120_000);

  it('results that cannot be sent within the budget: the check run is completed with a note, and the log says what failed', async () => {
    // GitHub asks to wait 20 minutes: over the run's budget, so the PATCH with the results is given up.
    const { run, github: gh } = await diffStep([
      { method: 'PATCH', nth: 1, kind: 'secondary-rate-limit', retryAfter: 1200 },
    ]);
    expectSound(run, gh);
    const [checkRun] = gh.checkRuns;
    expect(checkRun).toMatchObject({ status: 'completed', conclusion: 'failure', annotations: [] });
    expect(checkRun?.output?.summary).toContain('its results could not be sent to this check run');
    expect(checkRun?.output?.summary).toContain('GitHub answered 403: You have exceeded a secondary rate limit');
    expect(run.stdout).toMatch(
      /::warning::mockforge: the check run \S+ was created, but sending the results to it failed/,
    );
    expect(run.stdout).not.toContain('could not create the check run');
    // The annotations fell back to workflow commands.
    expect(run.stdout).toMatch(/^::error .*file=contracts\//m);
  }, 120_000);
});

describe('a step that stops with an error still completes its check run (dist/main.js)', () => {
  it('bad input after the check run was opened: completed as failure with the error, the step says it', async () => {
    const project = makeGitProject(1);
    github = await startRecordingGitHub({ token: TOKEN });
    const run = await runStep('main', {
      inputs: { command: 'validate' },
      workspace: project.dir,
      eventPath: project.eventPath,
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::no workspace in \S+mockforge\.yaml has a target \[MF_USAGE_INVALID\]/);
    expect(github.violations).toEqual([]);
    expect(github.checkRuns).toHaveLength(1);
    expect(github.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(github.checkRuns[0]?.output?.summary).toMatch(
      /^mockforge stopped before it finished: no workspace in .* has a target/,
    );
  }, 120_000);

  it('a crash of the Action itself is said to be an internal error, never findings; the check run is completed', async () => {
    const project = makeGitProject(1);
    github = await startRecordingGitHub({ token: TOKEN });
    // The job summary file cannot be written (a folder): @actions/core throws, which is no MockforgeError.
    const run = await runStep('main', {
      inputs: { command: 'diff' },
      workspace: project.dir,
      eventPath: project.eventPath,
      apiUrl: github.url,
      token: TOKEN,
      env: { GITHUB_STEP_SUMMARY: project.dir },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::mockforge action \(main step\): internal error \(a bug in mockforge [\d.]+, not a finding\): Error: .*\[MF_INTERNAL\]/,
    );
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(github.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  }, 120_000);
});

describe("Twilio's api_v2010 pair (2,802 breaking changes) through the Action", () => {
  it('sends one summary, one annotation per line, and stays within 80 writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mockforge-twilio-action-'));
    dirs.push(dir);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'ci@example.com');
    git('config', 'user.name', 'CI');
    writeFileSync(join(dir, 'mockforge.yaml'), 'workspaces:\n  - name: api_v2010\n    port: 3001\n');
    const contract = join(dir, 'contracts', 'api_v2010.yaml');
    cpSync(join(CORPUS, 'twilio', 'api_v2010.previous.yaml'), contract);
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    cpSync(join(CORPUS, 'twilio', 'api_v2010.yaml'), contract);
    git('commit', '-qam', 'head');
    const headSha = git('rev-parse', 'HEAD');
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(pullRequestEvent(baseSha, headSha)));
    github = await startRecordingGitHub({ token: TOKEN });
    const run = await runStep('main', {
      inputs: { command: 'diff' },
      workspace: dir,
      eventPath,
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(github.violations).toEqual([]);
    const { counts } = JSON.parse(readFileSync(run.outputs['json-reports'] as string, 'utf8')) as {
      counts: { error: number; warning: number };
    };
    expect(counts.error + counts.warning).toBeGreaterThan(2800);
    const writes = github.writes();
    expect(writes.length).toBeLessThanOrEqual(80);
    const summaries = writes.filter((r) => (r.body as { output?: { summary?: string } }).output?.summary !== undefined);
    expect(summaries).toHaveLength(1);
    const [checkRun] = github.checkRuns;
    expect(checkRun).toMatchObject({ status: 'completed', conclusion: 'failure', summaries: 1 });
    const places = (checkRun?.annotations ?? []).map((a) => `${a.path}:${a.start_line}`);
    expect(new Set(places).size).toBe(places.length);
    // The 2,800 findings fall on a few dozen lines: one annotation each, counting what it holds.
    expect(places.length).toBeLessThanOrEqual(50);
    expect(checkRun?.annotations.some((a) => /^\d+ findings: /.test(a.title ?? ''))).toBe(true);
    expect(github.comments).toHaveLength(1);
    expect(run.stdout).toMatch(/contracts\/api_v2010\.yaml: changed, \d+ change\(s\) \(\d+\.\d s\)/);
  }, 180_000);
});
