import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMocksFromConfig } from '../../../src/core/mock/start-mocks.js';
import { tempProject } from '../../helpers/temp-project.js';
import { getJson, startProject } from './mock-helpers.js';

const CONFIG = `workspaces:
  - name: items
    port: 3001
    contract: items.yaml
core:
  consistency:
    enabled: true
    unified_state: {workspace_id: bad-input, persona_graph: {enabled: true}}
`;
const CONTRACT = `openapi: 3.0.0
info: {title: Items, version: 1.0.0}
paths:
  /items:
    post:
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
  /items/{id}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
`;

/** Sends a request target as-is (fetch would normalise dot segments away). */
function rawGet(base: string, path: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('bad input', () => {
  it('refuses traversal in request paths, raw or encoded', async () => {
    const { url } = await startProject({ 'mockforge.yaml': CONFIG, 'items.yaml': CONTRACT });
    const base = url.items as string;
    expect(await rawGet(base, '/items/../../etc/passwd')).toBe(400);
    expect(await rawGet(base, '/items/%2e%2e/%2e%2e/etc/passwd')).toBe(400);
    expect(await rawGet(base, '/items/%2E%2E%2Fetc')).toBe(400);
    expect(await rawGet(base, '/items/a%00b')).toBe(400);
    expect(await rawGet(base, '/items/%E0%A4%A')).toBe(400);
    expect(await rawGet(base, '/items/ok')).toBe(200);
  });

  it('refuses an oversized body with 413 and keeps serving', async () => {
    const { url } = await startProject({ 'mockforge.yaml': CONFIG, 'items.yaml': CONTRACT });
    const big = JSON.stringify({ blob: 'x'.repeat(2 * 1024 * 1024) });
    const response = await getJson(`${url.items}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(response.status).toBe(413);
    expect((await getJson(`${url.items}/items/ok`)).status).toBe(200);
  });

  it('a __proto__ body neither pollutes nor loses stored data', async () => {
    const { url, server } = await startProject({ 'mockforge.yaml': CONFIG, 'items.yaml': CONTRACT });
    const before = await server.context.store.size();
    const polluted = await getJson(`${url.items}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":"evil","__proto__":{"polluted":true}}',
    });
    expect(polluted.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ctor = await getJson(`${url.items}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":"c1","constructor":{"prototype":{"polluted":true}}}',
    });
    expect(ctor.status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await server.context.store.size()).toBe(before + 1);
    expect((await getJson(`${url.items}/items/c1`)).body).toMatchObject({
      id: 'c1',
      constructor: { prototype: { polluted: true } },
    });
  });

  it('answers garbage on the socket with 400 and survives', async () => {
    const { url } = await startProject({ 'mockforge.yaml': CONFIG, 'items.yaml': CONTRACT });
    const { hostname, port } = new URL(url.items as string);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), hostname, () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => {
        text += d.toString();
      });
      socket.on('close', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await getJson(`${url.items}/items/ok`)).status).toBe(200);
  });

  it('bounds concurrent connections: beyond the limit sockets are refused, the mock keeps answering', async () => {
    const dir = tempProject({ 'mockforge.yaml': CONFIG, 'items.yaml': CONTRACT });
    const server = createMocksFromConfig(`${dir}/mockforge.yaml`, {
      ports: new Map([['items', 0]]),
      maxConnections: 100,
    });
    const [served] = await server.listen();
    const port = served?.port ?? 0;
    const sockets: Socket[] = [];
    let refused = 0;
    try {
      await Promise.all(
        Array.from(
          { length: 300 },
          () =>
            new Promise<void>((resolve) => {
              const socket = connect(port, '127.0.0.1', () => resolve());
              socket.on('close', () => refused++);
              socket.on('error', () => resolve());
              sockets.push(socket);
            }),
        ),
      );
      for (let i = 0; i < 40 && refused < 200; i++) await new Promise((r) => setTimeout(r, 25));
      expect(refused).toBeGreaterThanOrEqual(200);
      expect(refused).toBeLessThan(300);
      for (const s of sockets.splice(0)) s.destroy();
      await new Promise((r) => setTimeout(r, 50));
      expect((await getJson(`${served?.url}/items/ok`)).status).toBe(200);
    } finally {
      for (const s of sockets) s.destroy();
      await server.close();
    }
  });

  it('handles many parallel requests without losing created records', async () => {
    const { url, server } = await startProject({ 'mockforge.yaml': CONFIG, 'items.yaml': CONTRACT });
    const before = await server.context.store.size();
    const statuses = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        fetch(`${url.items}/items`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ n: i }),
        }).then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        }),
      ),
    );
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(await server.context.store.size()).toBe(before + 300);
  });
});

describe('store bounds', () => {
  it('refuses creates beyond the per-collection limit with 507 and keeps the records', async () => {
    const { MAX_RECORDS_PER_COLLECTION } = await import('../../../src/core/mock/state/handle-resource.js');
    const { url, server } = await startProject({ 'mockforge.yaml': CONFIG, 'items.yaml': CONTRACT });
    const store = server.context.store;
    for (let i = await store.count('items'); i < MAX_RECORDS_PER_COLLECTION; i++)
      await store.put('items', `bulk_${i}`, { id: `bulk_${i}` });
    const refused = await getJson(`${url.items}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(507);
    expect(await store.count('items')).toBe(MAX_RECORDS_PER_COLLECTION);
    expect((await getJson(`${url.items}/items/bulk_5`)).body).toEqual({ id: 'bulk_5' });
  });
});
