import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RecordingGitHub, startRecordingGitHub } from '../../fixtures/github/recording-github.mjs';
import { runStep } from '../../fixtures/github/run-action-step.mjs';
import { ECOMMERCE } from '../helpers/temp-project.js';
import { pullRequestEvent } from './git-project.js';

const TOKEN = 'ghs_mocks';
const cleanup: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The tutorial project on free ports, with the tutorial's USERS_API name configured for users-service. */
async function project(): Promise<{ dir: string; eventPath: string; github: RecordingGitHub }> {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-mocks-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const folder of ['contracts', 'scenarios'])
    cpSync(join(ECOMMERCE, folder), join(dir, folder), { recursive: true });
  let config = readFileSync(join(ECOMMERCE, 'mockforge.yaml'), 'utf8');
  for (const port of [3001, 3002, 3003]) config = config.replace(`port: ${port}`, `port: ${await freePort()}`);
  config = config.replace('  - name: users-service\n', '  - name: users-service\n    env: [USERS_API]\n');
  writeFileSync(join(dir, 'mockforge.yaml'), config);
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent('a'.repeat(40), 'b'.repeat(40))));
  const github = await startRecordingGitHub({ token: TOKEN });
  cleanup.push(() => github.close());
  return { dir, eventPath, github };
}

function killLater(pid: number): void {
  cleanup.push(() => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // stopped already
    }
  });
}

describe('command: mocks (dist/main.js, then dist/post.js)', () => {
  it('boots the mocks for later steps, exports their URLs, and post stops them with the journal summary', async () => {
    const { dir, eventPath, github } = await project();
    const base = { workspace: dir, eventPath, apiUrl: github.url, token: TOKEN };
    const started = Date.now();
    const main = await runStep('main', { ...base, inputs: { command: 'mocks' } });
    expect(main.stderr).toBe('');
    // Nothing to review yet: no check run, no comment.
    expect(github.requests).toEqual([]);
    expect(main.code).toBe(0);
    // The step returned while the mocks keep running (no inherited pipes held it open).
    expect(Date.now() - started).toBeLessThan(20_000);
    const state = JSON.parse(main.state.mocks as string) as { pid: number; journalFile: string };
    killLater(state.pid);
    process.kill(state.pid, 0);
    const urls = JSON.parse(main.outputs.urls as string) as Record<string, string>;
    expect(Object.keys(urls)).toEqual(['users-service', 'products-service', 'orders-service']);
    expect(main.env.USERS_SERVICE_URL).toBe(urls['users-service']);
    expect(main.env.USERS_API).toBe(urls['users-service']);
    expect(main.env.ORDERS_SERVICE_URL).toBe(urls['orders-service']);

    // A later step (here: the test) uses the exported URLs.
    const user = await fetch(`${main.env.USERS_API}/api/users/user_123`);
    expect(user.status).toBe(200);
    expect(((await user.json()) as { id: string }).id).toBe('user_123');
    const unknown = await fetch(`${main.env.ORDERS_SERVICE_URL}/api/nothing-here`);
    expect(unknown.status).toBe(404);

    // A later step of this Action: the scenarios run against those mocks (found through the environment).
    const scenarios = await runStep('main', { ...base, env: main.env, inputs: { command: 'scenarios' } });
    expect(scenarios.stderr).toBe('');
    expect(scenarios.code).toBe(0);
    expect(scenarios.outputs['failed-scenarios']).toBe('0');
    expect(scenarios.summary).toContain('```mermaid\nsequenceDiagram');
    expect(scenarios.summary).toContain('| ✅ | Cross\\-Service Purchase Flow |');
    expect(scenarios.summary).toMatch(/`users-service` \| `http:\/\/127\.0\.0\.1:\d+` \| environment/);

    // Post: STATE_mocks from the main step's GITHUB_STATE.
    const post = await runStep('post', { ...base, state: main.state, inputs: {} });
    expect(post.stderr).toBe('');
    expect(post.code).toBe(0);
    expect(await fetch(`${main.env.USERS_API}/__mockforge/health`).catch(() => 'down')).toBe('down');
    expect(post.summary).toContain('## Workspace mocks');
    const usersRow = /\| `users-service` \| (\d+) \| ([^|]+) \| (\d+) \| (\d+) \|/.exec(post.summary);
    expect(Number(usersRow?.[1])).toBeGreaterThanOrEqual(2); // ours and the scenario's
    const ordersRow = /\| `orders-service` \| (\d+) \| ([^|]+) \| (\d+) \| (\d+) \|/.exec(post.summary);
    expect(ordersRow?.[2]).toContain('4xx: 1'); // the unknown path
    expect(ordersRow?.[2]).toContain('2xx: 1'); // the scenario's order
  }, 120_000);

  it('a crashed mock is reported by later steps and by post', async () => {
    const { dir, eventPath, github } = await project();
    const base = { workspace: dir, eventPath, apiUrl: github.url, token: TOKEN };
    const main = await runStep('main', { ...base, inputs: { command: 'mocks', comment: 'off' } });
    expect(main.code).toBe(0);
    const state = JSON.parse(main.state.mocks as string) as { pid: number };
    killLater(state.pid);
    process.kill(state.pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const scenarios = await runStep('main', {
      ...base,
      inputs: { command: 'scenarios', comment: 'off', annotations: 'off' },
    });
    expect(scenarios.code).toBe(1);
    expect(scenarios.summary).toContain('no longer running');

    const post = await runStep('post', { ...base, state: main.state, inputs: {} });
    expect(post.code).toBe(1);
    expect(post.stdout).toMatch(/::error::mockforge: the workspace mocks \(pid \d+\) crashed/);
    expect(post.summary).toContain('had crashed before the end of the job');
  }, 120_000);

  it('a mock that cannot start fails the step with the log tail', async () => {
    const { dir, eventPath, github } = await project();
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    );
    cleanup.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const file = join(dir, 'mockforge.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/port: \d+/, `port: ${port}`));
    const main = await runStep('main', {
      workspace: dir,
      eventPath,
      apiUrl: github.url,
      token: TOKEN,
      inputs: { command: 'mocks' },
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/::error::.*users-service.*\[MF_PORT_IN_USE\]/);
    expect(main.stdout).toContain('last lines of');
    expect(main.state.mocks).toBeUndefined();
  }, 60_000);
});
