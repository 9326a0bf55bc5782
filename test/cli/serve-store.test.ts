import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithRedis, freePort, type RunningRedis, startRedis } from '../helpers/redis-server.js';
import { ECOMMERCE } from '../helpers/temp-project.js';
import { copyEcommerce, removeCopy } from './serve-fixture.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

it('a store it cannot reach exits 3 naming the URL (MF_STORE_UNREACHABLE), a bad one exits 2', async () => {
  const port = await freePort();
  const unreachable = spawnSync(
    process.execPath,
    [
      CLI,
      'serve',
      '--spec',
      'contracts/users-service.yaml',
      '--port',
      '0',
      '--stateful',
      '--store',
      `redis://:pw@127.0.0.1:${port}/3`,
    ],
    { cwd: ECOMMERCE, encoding: 'utf8', timeout: 30_000 },
  );
  expect(unreachable.status).toBe(3);
  expect(unreachable.stderr).toContain(`cannot reach the state store redis://127.0.0.1:${port}/3`);
  expect(unreachable.stderr).toContain('[MF_STORE_UNREACHABLE]');
  expect(unreachable.stderr).not.toContain('pw@');
  expect(unreachable.stderr).not.toMatch(/\n\s+at /);
  const bad = spawnSync(process.execPath, [CLI, 'serve'], {
    cwd: ECOMMERCE,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, MOCKFORGE_STORE: 'redis:/nohost' },
  });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain("MOCKFORGE_STORE 'redis:/nohost' is not a state store");
});

let redis: RunningRedis;

describeWithRedis('two serve processes sharing MOCKFORGE_STORE (bundled dist/cli.js)', () => {
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('an order created on one replica is read, listed and linked on the other', async () => {
    const { dir } = await copyEcommerce();
    const replicas: ChildProcess[] = [];
    try {
      const urls: string[] = [];
      for (let i = 0; i < 2; i++) {
        const child = spawn(
          process.execPath,
          [CLI, 'serve', '--workspace', 'orders-service', '--port', 'orders-service=0'],
          {
            cwd: dir,
            env: { ...process.env, MOCKFORGE_STORE: redis.url },
          },
        );
        replicas.push(child);
        let stdout = '';
        child.stdout?.on('data', (d) => {
          stdout += d;
        });
        for (let t = 0; t < 400 && !stdout.includes('http://'); t++) await new Promise((r) => setTimeout(r, 25));
        urls.push(/http:\/\/[\d.:]+/.exec(stdout)?.[0] ?? '');
      }
      const [a, b] = urls as [string, string];
      const created = await fetch(`${a}/api/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user_id: 'user_123', items: [{ product_id: 'prod_456', quantity: 2 }] }),
      });
      expect(created.status).toBe(201);
      const order = (await created.json()) as { id: string };
      const read = await fetch(`${b}/api/orders/${order.id}`);
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ id: order.id, user_id: 'user_123' });
      const listed = (await (await fetch(`${b}/api/orders?user_id=user_123`)).json()) as Array<{ id: string }>;
      expect(listed.map((o) => o.id)).toContain(order.id);
      const health = (await (await fetch(`${b}/__mockforge/health`)).json()) as { store: string };
      expect(health.store).toBe(redis.url);
    } finally {
      for (const child of replicas) child.kill('SIGTERM');
      await Promise.all(replicas.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r)))));
      removeCopy(dir);
    }
  });
});
