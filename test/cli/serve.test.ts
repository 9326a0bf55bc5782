import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUpState } from '../../src/core/mock/up-state.js';
import { ECOMMERCE, OAS_EXAMPLES } from '../helpers/temp-project.js';
import { copyEcommerce, freePorts, removeCopy } from './serve-fixture.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });

describe('mockforge serve (bundled dist/cli.js)', () => {
  it('serves one contract with --spec and stops on SIGTERM (exit 143)', async () => {
    const [port] = await freePorts(1);
    const child = spawn(
      process.execPath,
      [CLI, 'serve', '--spec', 'contracts/users-service.yaml', '--port', String(port)],
      {
        cwd: ECOMMERCE,
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    try {
      for (let i = 0; i < 200 && !stdout.includes('http://'); i++) await new Promise((r) => setTimeout(r, 25));
      expect(stdout).toBe(`users-service: http://127.0.0.1:${port}\n`);
      const response = await fetch(`http://127.0.0.1:${port}/api/users/abc`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(143);
    expect(stderr).toContain('mockforge serve: stopped');
  });

  it('a busy port exits 2 naming the workspace, without a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = run(['serve', '--workspace', 'products-service', '--port', `products-service=${port}`], ECOMMERCE);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(
        `port ${port} of workspace 'products-service' is already in use [MF_PORT_IN_USE]`,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('--spec enforces the contract security and CORS; --no-security and --no-cors turn them off', async () => {
    const spec = join(OAS_EXAMPLES, '3.0', 'yaml', 'security.yaml');
    const serve = async (flags: string[], check: (url: string) => Promise<void>) => {
      const [port] = await freePorts(1);
      const child = spawn(process.execPath, [CLI, 'serve', '--spec', spec, '--port', String(port), ...flags], {
        cwd: OAS_EXAMPLES,
      });
      let stdout = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      try {
        for (let i = 0; i < 200 && !stdout.includes('http://'); i++) await new Promise((r) => setTimeout(r, 25));
        await check(`http://127.0.0.1:${port}`);
      } finally {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.on('exit', resolve));
      }
    };
    const preflight = {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    };
    await serve([], async (url) => {
      expect((await fetch(`${url}/anything/bearer`, { method: 'POST' })).status).toBe(401);
      expect((await fetch(`${url}/anything/bearer`, preflight)).status).toBe(204);
    });
    await serve(['--no-security', '--no-cors'], async (url) => {
      expect((await fetch(`${url}/anything/bearer`, { method: 'POST' })).status).toBe(200);
      const refused = await fetch(`${url}/anything/bearer`, preflight);
      expect(refused.status).toBe(405);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('an unknown --workspace is a usage error', () => {
    const result = run(['serve', '--workspace', 'nope'], ECOMMERCE);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no workspace named 'nope'");
  });
});

describe('mockforge up / down (real background process)', () => {
  it('starts the example detached, writes the state file, and down stops it and keeps the journal', async () => {
    const { dir, ports } = await copyEcommerce();
    // serve's options pass through (--host as the mesh image uses it).
    const up = run(['up', '--host', '127.0.0.1'], dir);
    expect(up.stderr).toContain('mockforge up: pid');
    expect(up.status).toBe(0);
    const state = readUpState(dir);
    expect(state?.workspaces).toEqual([
      { name: 'users-service', port: ports['users-service'], url: `http://127.0.0.1:${ports['users-service']}` },
      {
        name: 'products-service',
        port: ports['products-service'],
        url: `http://127.0.0.1:${ports['products-service']}`,
      },
      { name: 'orders-service', port: ports['orders-service'], url: `http://127.0.0.1:${ports['orders-service']}` },
    ]);
    expect(up.stdout).toContain(`users-service: http://127.0.0.1:${ports['users-service']}`);
    const pid = state?.pid ?? 0;
    try {
      expect(pid).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${ports['users-service']}/api/users/user_123`)).status).toBe(200);
      const again = run(['up'], dir);
      expect(again.status).toBe(2);
      expect(again.stderr).toContain('already up');
    } finally {
      const down = run(['down'], dir);
      expect(down.status).toBe(0);
      expect(down.stderr).toMatch(/pid \d+ stopped; journal .mockforge\/journal.jsonl \(1 request\(s\)\)/);
    }
    expect(() => process.kill(pid, 0)).toThrow();
    expect(readUpState(dir)).toBeUndefined();
    const journal = readFileSync(join(dir, '.mockforge', 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(JSON.parse(journal[0] as string)).toMatchObject({ method: 'GET', path: '/api/users/user_123', status: 200 });
    expect(run(['down'], dir).stderr).toContain('nothing is up');
    removeCopy(dir);
  });

  it('up reports a busy port with the workspace name and leaves nothing running', async () => {
    const { dir, ports } = await copyEcommerce();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(ports['orders-service'], '127.0.0.1', resolve));
    try {
      const up = run(['up'], dir);
      expect(up.status).toBe(2);
      expect(up.stderr).toContain("workspace 'orders-service' is already in use [MF_PORT_IN_USE]");
      expect(existsSync(join(dir, '.mockforge', 'up.json'))).toBe(false);
    } finally {
      blocker.close();
      run(['down'], dir);
      removeCopy(dir);
    }
  });
});
