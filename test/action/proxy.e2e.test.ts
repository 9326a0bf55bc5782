// `command: proxy` + the post step, run as the GitHub runner runs dist/main.js and dist/post.js, against the
// GitHub stand-in: the tutorial's services (missing-field) behind the proxy, traffic from a later step.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRecordingGitHub } from '../../fixtures/github/recording-github.mjs';
import { runStep } from '../../fixtures/github/run-action-step.mjs';
import { strictProjectBehindProxy } from '../helpers/strict-project.js';
import { lineOf } from '../helpers/temp-project.js';
import { pullRequestEvent } from './git-project.js';

const TOKEN = 'ghs_proxy';
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
});

function killLater(pid: number): void {
  cleanup.push(() => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // stopped already
    }
  });
}

/** ecommerce-strict behind the proxy, users-service also exported as the tutorial's USERS_API, a pull request event. */
async function project(variant: 'correct' | 'missing-field') {
  const { dir } = await strictProjectBehindProxy(variant, cleanup);
  const file = join(dir, 'mockforge.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('  - name: users-service\n', '  - name: users-service\n    env: [USERS_API]\n'),
  );
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent('a'.repeat(40), 'b'.repeat(40))));
  const github = await startRecordingGitHub({ token: TOKEN });
  cleanup.push(() => github.close());
  return { dir, eventPath, github, base: { workspace: dir, eventPath, apiUrl: github.url, token: TOKEN } };
}

/** The tutorial's step 8, against the URLs the proxy step exported. */
async function integrationTest(env: Record<string, string>) {
  await fetch(`${env.USERS_API}/api/users/user_123`);
  await fetch(`${env.PRODUCTS_SERVICE_URL}/api/products/prod_456`);
  return fetch(`${env.ORDERS_SERVICE_URL}/api/orders`, {
    method: 'POST',
    body: JSON.stringify({ user_id: 'user_123', items: [{ product_id: 'prod_456', quantity: 1 }] }),
  });
}

describe('command: proxy (dist/main.js, then dist/post.js)', () => {
  it('puts the proxy in front of the services for later steps; post reports the violations and fails the step', async () => {
    const { dir, github, base } = await project('missing-field');
    const inputs = { command: 'proxy' };
    const main = await runStep('main', { ...base, inputs });
    expect(main.stderr).toBe('');
    expect(main.code).toBe(0);
    expect(github.requests).toEqual([]); // nothing to review yet
    const state = JSON.parse(main.state.proxy as string) as { pid: number };
    killLater(state.pid);
    const urls = JSON.parse(main.outputs.urls as string) as Record<string, string>;
    expect(Object.keys(urls)).toEqual(['users-service', 'products-service', 'orders-service']);
    expect(main.env.USERS_SERVICE_URL).toBe(urls['users-service']);
    expect(main.env.USERS_API).toBe(urls['users-service']);
    expect(main.summary).toContain('## Contract proxy');

    // Later steps: this Action's scenarios (through the exported URLs), then the integration test.
    const scenarios = await runStep('main', { ...base, env: main.env, inputs: { command: 'scenarios' } });
    expect(scenarios.code).toBe(1); // step 1 expects the email the drifted service leaves out
    expect((await integrationTest(main.env)).status).toBe(201);

    const post = await runStep('post', { ...base, state: main.state, inputs });
    expect(post.stderr).toBe('');
    expect(github.violations).toEqual([]);
    expect(post.code).toBe(1);
    expect(post.stdout).toMatch(
      /::error::mockforge proxy: 10 request\(s\) through the proxy \(stopped\): 1 distinct violation/,
    );
    expect(post.outputs['drift-count']).toBe('1');
    expect(await fetch(`${urls['users-service']}/__mockforge/health`).catch(() => 'stopped')).toBe('stopped');

    const line = lineOf(
      readFileSync(join(dir, 'contracts/shared-schemas.yaml'), 'utf8'),
      'required: [id, name, email]',
    );
    // The check run of the post step: the violation annotated at the contract line.
    const annotations = github.requests
      .filter((r) => r.method === 'PATCH' && r.path.includes('/check-runs/'))
      .flatMap((r) => (r.body as { output: { annotations?: Array<Record<string, unknown>> } }).output.annotations ?? [])
      .filter((a) => String(a.path).startsWith('contracts/')); // the scenarios step annotated its own file
    expect(annotations).toEqual([
      expect.objectContaining({
        path: 'contracts/shared-schemas.yaml',
        start_line: line,
        annotation_level: 'failure',
        title: 'response_schema_conformance (provider): GET /api/users/{id}',
      }),
    ]);
    expect(String(annotations[0]?.message)).toContain('seen 4 time(s)');
    expect(String(annotations[0]?.message)).toContain('reproduce: curl -sS -i');
    // Its own sticky comment, beside the scenarios step's.
    expect(github.comments).toHaveLength(2);
    const comment = github.comments.find((c) => c.body.includes('mockforge proxy')) ?? { body: '' };
    expect(comment.body).toContain('config="mockforge.yaml proxy"');
    expect(comment.body).toContain('### Contract proxy: ❌ failed');
    expect(comment.body).toMatch(/\| provider \| `response_schema_conformance` \| `GET \/api\/users\/\{id\}` \|/);
    expect(post.summary).toContain('# mockforge proxy');
    expect(post.summary).toMatch(/\| `users-service` \| 4 \| 2xx: 4 \| 0 \| 4 \|/);
    for (const file of ['proxy.json', 'proxy.junit.xml', 'proxy.sarif'])
      expect(existsSync(join(dir, '.mockforge/reports', file))).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, '.mockforge/reports/proxy.json'), 'utf8')) as {
      violations: Array<{ side: string; count: number }>;
    };
    expect(report.violations.map((v) => [v.side, v.count])).toEqual([['provider', 4]]);
  }, 180_000);

  it('fail-on: never reports without failing; the correct services give a clean report', async () => {
    const { github, base } = await project('correct');
    const inputs = { command: 'proxy', 'fail-on': 'never' };
    const main = await runStep('main', { ...base, inputs });
    expect(main.code).toBe(0);
    killLater((JSON.parse(main.state.proxy as string) as { pid: number }).pid);
    expect((await integrationTest(main.env)).status).toBe(201);
    await fetch(`${main.env.USERS_API}/api/nothing`); // not in the contract: a consumer violation
    const post = await runStep('post', { ...base, state: main.state, inputs });
    expect(post.code).toBe(0);
    expect(post.summary).toMatch(
      /\| consumer \| `undocumented_operation` \| `GET \/api\/nothing` \| `contracts\/users-service\.yaml:7` \|/,
    );
    expect(github.violations).toEqual([]);
  }, 180_000);
});
