// The GitHub Action's whole flow on the example, as a pull request would run it: a real git repository with
// the tutorial project as the base commit and fixtures/ecommerce-v2 as the head, a recording stand-in for
// the GitHub API on loopback, and dist/main.js + dist/post.js run exactly like the runner runs them.
//   step 1  command: mocks   (workspace mocks in the background, URLs exported for later steps)
//   step 2  command: check   (diff against the PR base, scenarios against those mocks, validation)
//   post    stops the mocks and writes the request journal summary
// Then prints what the pull request shows: the check run's annotations and the sticky comment.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRecordingGitHub } from '../fixtures/github/recording-github.mjs';
import { runStep } from '../fixtures/github/run-action-step.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TOKEN = 'ghs_demo_token';

export async function demoAction() {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-demo-pr-'));
  const github = await startRecordingGitHub({ token: TOKEN });
  try {
    const { eventPath, headSha } = makePullRequest(dir);
    const base = { workspace: dir, eventPath, apiUrl: github.url, token: TOKEN };
    const print = (text) => process.stdout.write(`${text}\n`);

    print('\n=== GitHub Action, step 1: `command: mocks` (dist/main.js)');
    const mocks = await runStep('main', { ...base, inputs: { command: 'mocks', comment: 'off' } });
    print(`exit ${mocks.code}; outputs.urls = ${mocks.outputs.urls}`);
    print(`exported for later steps: ${Object.keys(mocks.env).join(', ')}`);
    if (mocks.code !== 0) throw new Error(`mocks step failed:\n${mocks.stdout}${mocks.stderr}`);

    print('\n=== GitHub Action, step 2: `command: check` (diff + scenarios against the mocks + validation)');
    const check = await runStep('main', { ...base, env: mocks.env, inputs: { command: 'check' } });
    print(`exit ${check.code} (1 = the step fails: breaking changes)`);
    for (const name of [
      'breaking-count',
      'failed-scenarios',
      'drift-count',
      'json-reports',
      'junit-reports',
      'sarif-reports',
    ]) {
      print(`outputs.${name} = ${check.outputs[name]?.split('\n').join(', ')}`);
    }

    print('\n=== GitHub Action, post step (dist/post.js): stop the mocks, journal summary');
    const post = await runStep('post', { ...base, state: mocks.state, inputs: {} });
    print(`exit ${post.code}`);
    print(post.summary.trim());

    print(`\n=== What the pull request shows: check run on ${headSha.slice(0, 7)}`);
    const calls = github.requests.filter((r) => r.path.includes('/check-runs'));
    const annotations = calls.flatMap((r) => r.body?.output?.annotations ?? []);
    print(`${calls.length} Checks API request(s), ${annotations.length} annotation(s):`);
    for (const a of annotations) print(`  ${a.path}:${a.start_line}  ${a.annotation_level}  ${a.title}`);
    print('\n=== What the pull request shows: the sticky comment (Markdown as GitHub gets it)');
    print(github.comments[0]?.body ?? '(no comment)');
    if (github.violations.length > 0) throw new Error(`GitHub would reject: ${github.violations.join('; ')}`);
    const ok = mocks.code === 0 && check.code === 1 && post.code === 0 && github.comments.length === 1;
    print(
      `\njob summary: ${check.summary.length + post.summary.length} characters; demo ${ok ? 'as expected' : 'NOT as expected'}`,
    );
    return ok;
  } finally {
    await github.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A repository with the tutorial project on main and ecommerce-v2 on a feature branch, plus the event. */
function makePullRequest(dir) {
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  const lay = (fixture) => {
    for (const item of ['contracts', 'scenarios', 'mockforge.yaml']) {
      rmSync(join(dir, item), { recursive: true, force: true });
      cpSync(join(root, 'fixtures', fixture, item), join(dir, item), { recursive: true });
    }
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'demo@example.com');
  git('config', 'user.name', 'demo');
  lay('ecommerce');
  git('add', '-A');
  git('commit', '-q', '-m', 'the tutorial project');
  const baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'feature');
  lay('ecommerce-v2');
  git('add', '-A');
  git('commit', '-q', '-m', 'v2: email removed, price as string, orders 200, inventory service');
  const headSha = git('rev-parse', 'HEAD');
  const repository = { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' } };
  const event = {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      base: { ref: 'main', sha: baseSha, repo: repository },
      head: { ref: 'feature', sha: headSha, repo: repository },
    },
    repository,
  };
  const eventPath = join(dir, '.git', 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  return { eventPath, headSha };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ok = await demoAction();
  if (!ok) process.exitCode = 1;
}
