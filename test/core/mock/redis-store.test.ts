import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { isMockforgeError } from '../../../src/core/errors.js';
import type { MockServer } from '../../../src/core/mock/server/mock-server.js';
import { createMocksFromConfig } from '../../../src/core/mock/start-mocks.js';
import { parseStoreSpec } from '../../../src/core/mock/state/store-spec.js';
import { describeWithRedis, freePort, type RunningRedis, startRedis } from '../../helpers/redis-server.js';
import { tempProject } from '../../helpers/temp-project.js';
import { getJson } from './mock-helpers.js';

const contract = `openapi: 3.0.0
info: {title: Items, version: 1.0.0}
paths:
  /items:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Item'}}}}}
    post:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
  /items/{id}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
        '404': {description: gone}
    put:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
    delete:
      responses:
        '204': {description: gone}
        '404': {description: gone}
  /ping:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object}, example: {pong: true}}}}
components:
  schemas:
    Item:
      type: object
      properties: {id: {type: string}, name: {type: string}}
`;

const config = (workspaceId: string, store?: string) => `workspaces:
  - name: items
    port: 3001
    contract: items.yaml
core:
  consistency:
    enabled: true
    unified_state:
      workspace_id: ${workspaceId}
      persona_graph: {enabled: false}
${store ? `      store: ${store}\n` : ''}`;

let redis: RunningRedis;
const running: MockServer[] = [];

/** One replica: its own process state, the project's Redis store; resolves to its base URL. */
async function replica(workspaceId: string, options: { store?: string; log?: string[] } = {}): Promise<string> {
  const dir = tempProject({
    'mockforge.yaml': config(workspaceId, options.store ?? redis.url),
    'items.yaml': contract,
  });
  const server = createMocksFromConfig(`${dir}/mockforge.yaml`, {
    ports: new Map([['items', 0]]),
    ...(options.log ? { log: (message: string) => options.log?.push(message) } : {}),
  });
  running.push(server);
  const [served] = await server.listen();
  return served?.url ?? '';
}

const post = (url: string, body: object) =>
  getJson(`${url}/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function redisCommand(...args: string[]): Promise<unknown> {
  const { Redis } = await import('ioredis');
  const client = new Redis(redis.url, { lazyConnect: true });
  await client.connect();
  try {
    return await client.call(args[0] as string, ...args.slice(1));
  } finally {
    client.disconnect();
  }
}

describeWithRedis('the Redis state store', () => {
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  afterEach(async () => {
    for (const server of running.splice(0)) await server.close();
  });

  it('a write acknowledged by one replica is what the next request to the other reads', async () => {
    const [a, b] = [await replica('ryw'), await replica('ryw')];
    for (let i = 0; i < 20; i++) {
      const created = await post(i % 2 ? b : a, { name: `n${i}` });
      expect(created.status).toBe(201);
      const { id } = created.body as { id: string };
      const other = i % 2 ? a : b;
      expect((await getJson(`${other}/items/${id}`)).body).toEqual({ id, name: `n${i}` });
      const put = await getJson(`${other}/items/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: `renamed${i}` }),
      });
      expect(put.status).toBe(200);
      expect((await getJson(`${i % 2 ? b : a}/items/${id}`)).body).toEqual({ id, name: `renamed${i}` });
      expect((await getJson(`${other}/items/${id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await getJson(`${i % 2 ? b : a}/items/${id}`)).status).toBe(404);
    }
    // Only the three seeded personas are left: every created record was deleted through the other replica.
    const listed = (await getJson(`${b}/items`)).body as Array<{ id: string }>;
    expect(listed).toHaveLength(3);
    expect(listed.every((r) => !/^item_1\d{3}$/.test(r.id))).toBe(true);
  });

  it("a replica that has just read a record reads the other replica's write of it on its very next request", async () => {
    // Each replica keeps the record it parsed last (same JSON text, same object, cached reply bytes): the
    // text is still read from Redis on every request, so a write on the other replica is never missed,
    // also when it writes back a value this replica read before (A, B, A).
    const [a, b] = [await replica('parsed'), await replica('parsed')];
    const put = (url: string, name: string) =>
      getJson(`${url}/items/shared`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
    expect((await post(a, { id: 'shared', name: 'start' })).status).toBe(201);
    for (let i = 0; i < 60; i++) {
      const [reader, writer] = i % 3 === 2 ? [b, a] : [a, b];
      const before = await getJson(`${reader}/items/shared`);
      const name = i % 2 ? 'first' : `second${i % 4}`;
      expect((await put(writer, name)).status).toBe(200);
      const after = await getJson(`${reader}/items/shared`);
      expect(after.body).toEqual({ id: 'shared', name });
      // The ETag is of the bytes sent: it changes exactly when the record did.
      const changed = (before.body as { name: string }).name !== name;
      expect(after.headers.get('etag') !== before.headers.get('etag')).toBe(changed);
    }
  });

  it('mints every id once under concurrent POSTs to two replicas; both list the same records in the same order', async () => {
    const [a, b] = [await replica('ids'), await replica('ids')];
    const created = await Promise.all(Array.from({ length: 60 }, (_, i) => post(i % 2 ? a : b, { name: `c${i}` })));
    expect(created.every((r) => r.status === 201)).toBe(true);
    const ids = created.map((r) => (r.body as { id: string }).id);
    expect(new Set(ids).size).toBe(60);
    const listA = (await getJson(`${a}/items`)).body as Array<{ id: string }>;
    const listB = (await getJson(`${b}/items`)).body as Array<{ id: string }>;
    // The seeded personas first, then the created records in the order Redis stored them, the same on both.
    expect(
      listA
        .slice(3)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(listB).toEqual(listA);
  });

  it('ten replicas booting together seed the workspace once; a later replica keeps the writes', async () => {
    const personas = `${config('seed-once')}`.replace(
      'persona_graph: {enabled: false}',
      'persona_graph: {enabled: true}',
    );
    const boot = async (workspaceId: string) => {
      const dir = tempProject({
        'mockforge.yaml': personas.replace('seed-once', workspaceId).concat(`      store: ${redis.url}\n`),
        'items.yaml': contract,
      });
      const server = createMocksFromConfig(`${dir}/mockforge.yaml`, { ports: new Map([['items', 0]]) });
      running.push(server);
      return (await server.listen())[0]?.url ?? '';
    };
    const writes = async () => {
      const info = (await redisCommand('INFO', 'commandstats')) as string;
      // HSET runs only in the store's put script: the records written.
      return Number(/cmdstat_hset:calls=(\d+)/.exec(info)?.[1] ?? 0);
    };
    let before = await writes();
    await boot('alone');
    const one = (await writes()) - before;
    expect(one).toBeGreaterThan(0);
    before = await writes();
    const urls = await Promise.all(Array.from({ length: 10 }, () => boot('together')));
    expect((await writes()) - before).toBe(one);
    const [first] = (await getJson(`${urls[0]}/items`)).body as Array<{ id: string }>;
    await getJson(`${urls[3]}/items/${first?.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'kept' }),
    });
    const late = await boot('together');
    expect((await getJson(`${late}/items/${first?.id}`)).body).toEqual({ id: first?.id, name: 'kept' });
  });

  it("namespaces keys by workspace_id: a reset clears one project's state only", async () => {
    const [one, two] = [await replica('project-one'), await replica('project-two')];
    await post(one, { id: 'shared', name: 'one' });
    await post(two, { id: 'shared', name: 'two' });
    expect((await getJson(`${one}/items/shared`)).body).toEqual({ id: 'shared', name: 'one' });
    expect((await getJson(`${two}/items/shared`)).body).toEqual({ id: 'shared', name: 'two' });
    const reset = await getJson(`${one}/__mockforge/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await getJson(`${one}/items/shared`)).status).toBe(404);
    expect((await getJson(`${two}/items/shared`)).body).toEqual({ id: 'shared', name: 'two' });
    const keys = (await redisCommand('KEYS', '*')) as string[];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith('mockforge:'))).toBe(true);
    expect(keys.some((k) => k.startsWith('mockforge:project-two:'))).toBe(true);
    expect(await redisCommand('HEXISTS', 'mockforge:project-one:records:items', 'shared')).toBe(0);
    expect(await redisCommand('HEXISTS', 'mockforge:project-two:records:items', 'shared')).toBe(1);
  });

  it('Redis unreachable at boot is a coded error naming the store', async () => {
    const port = await freePort();
    const error = await replica('down', { store: `redis://127.0.0.1:${port}/0` }).catch((e: unknown) => e);
    expect(isMockforgeError(error) && error.code).toBe('MF_STORE_UNREACHABLE');
    expect((error as Error).message).toContain(`redis://127.0.0.1:${port}/0`);
  });

  it('answers 503 problem+json naming the store while Redis is lost, and recovers when it is back', async () => {
    const log: string[] = [];
    const url = await replica('outage', { log });
    const created = await post(url, { id: 'before', name: 'x' });
    expect(created.status).toBe(201);
    await redis.kill();
    const lost = await getJson(`${url}/items/before`);
    expect(lost.status).toBe(503);
    expect(lost.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(lost.body).toMatchObject({ status: 503, store: redis.url });
    expect((await post(url, { name: 'y' })).status).toBe(503);
    // Kubernetes' readiness probe: not ready while the store is lost; the liveness probe still answers.
    expect((await getJson(`${url}/__mockforge/ready`)).status).toBe(503);
    expect((await getJson(`${url}/__mockforge/health`)).status).toBe(200);
    expect((await getJson(`${url}/ping`)).body).toEqual({ pong: true });
    await redis.restart();
    // The restarted Redis is empty: the replica seeds it again (the three personas) once it is back.
    let back = lost;
    for (let i = 0; i < 100 && (back.status !== 200 || (back.body as unknown[]).length < 3); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      back = await getJson(`${url}/items`);
    }
    expect(back.status).toBe(200);
    expect(back.body).toHaveLength(3);
    expect((await getJson(`${url}/__mockforge/ready`)).body).toEqual({ status: 'ready', store: redis.url });
    expect((await post(url, { id: 'after', name: 'z' })).status).toBe(201);
    expect((await getJson(`${url}/items/after`)).body).toEqual({ id: 'after', name: 'z' });
    expect(log.some((line) => line.includes(`${redis.url} lost`))).toBe(true);
    expect(log.some((line) => line.includes(`${redis.url} is back`))).toBe(true);
  });
});

it('reads the store from memory or a Redis URL, and names a bad one', () => {
  expect(parseStoreSpec('memory', '--store')).toEqual({ kind: 'memory' });
  expect(parseStoreSpec('redis://:secret@cache:6380/2', '--store')).toEqual({
    kind: 'redis',
    url: 'redis://:secret@cache:6380/2',
    display: 'redis://cache:6380/2',
  });
  expect(() => parseStoreSpec('postgres://x', 'MOCKFORGE_STORE')).toThrow(/MOCKFORGE_STORE 'postgres:\/\/x'/);
});
