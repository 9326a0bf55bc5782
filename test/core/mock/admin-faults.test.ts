import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isMockforgeError } from '../../../src/core/errors.js';
import { createMocksFromConfig } from '../../../src/core/mock/start-mocks.js';
import { tempProject } from '../../helpers/temp-project.js';
import { getJson, startProject } from './mock-helpers.js';

const CONTRACT = `openapi: 3.0.0
info: {title: Items, version: 1.0.0}
servers: [{url: /v2}]
paths:
  /items:
    post:
      requestBody: {content: {application/json: {schema: {type: object, required: [name], properties: {name: {type: string}}}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}, name: {type: string}}}}}}
  /items/{id}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
        '503': {description: down, content: {application/json: {schema: {type: object, required: [retry], properties: {retry: {type: boolean}}}}}}
`;
const config = (extra = '', workspaceExtra = '') => `workspaces:
  - name: items
    port: 3001
    contract: items.yaml
${workspaceExtra}
  - name: other
    port: 3002
    contract: items.yaml
core:
  consistency:
    enabled: true
    unified_state: {workspace_id: admin-test, persona_graph: {enabled: true}}
${extra}`;

describe('admin API', () => {
  it('health, state dump, journal and reset on every port, with one shared store', async () => {
    const { url } = await startProject({ 'mockforge.yaml': config(), 'items.yaml': CONTRACT });
    const health = await getJson(`${url.other}/__mockforge/health`);
    expect(health.body).toMatchObject({
      status: 'ok',
      workspace: 'other',
      workspaces: [{ name: 'items' }, { name: 'other' }],
    });
    const created = await getJson(`${url.items}/v2/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'lamp' }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toMatch(/^\/v2\/items\/item_\d+$/);
    const id = (created.body as { id: string }).id;
    // The same collection on the other port: one store.
    expect((await getJson(`${url.other}/v2/items/${id}`)).body).toMatchObject({ id, name: 'lamp' });
    await getJson(`${url.items}/v2/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const state = await getJson(`${url.items}/__mockforge/state`);
    expect(
      (state.body as { collections: { items: Array<{ id: string }> } }).collections.items.map((i) => i.id),
    ).toContain(id);
    const journal = await getJson(`${url.items}/__mockforge/journal?workspace=items`);
    const entries = (journal.body as { entries: Array<Record<string, unknown>> }).entries;
    expect(entries.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'POST /v2/items 201',
      'POST /v2/items 422',
    ]);
    expect(entries[1]).toMatchObject({
      route: 'POST /items',
      requestErrors: [{ in: 'body', name: '/name', location: expect.stringMatching(/^items\.yaml:\d+$/) }],
      latencyMs: expect.any(Number),
    });
    const reset = await getJson(`${url.other}/__mockforge/reset?journal=true`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await getJson(`${url.items}/v2/items/${id}`)).body).not.toMatchObject({ name: 'lamp' });
    expect((await getJson(`${url.items}/__mockforge/nothing`)).status).toBe(404);
  });
});

describe('faults', () => {
  it('an error rate fails the same requests for the same workspace_id, with the contract response when documented', async () => {
    const files = {
      'mockforge.yaml': config('', '    faults: {error_rate: 0.5, error_status: 503}'),
      'items.yaml': CONTRACT,
    };
    const run = async () => {
      const { url } = await startProject(files);
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        const r = await getJson(`${url.items}/v2/items/a${i}`);
        statuses.push(r.status);
        if (r.status === 503) expect(r.body).toEqual({ retry: expect.any(Boolean) });
      }
      return statuses;
    };
    const first = await run();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it('endpoint faults add latency and a status the contract does not document (problem+json)', async () => {
    const workspace = `    endpoints:
      - path: /items
        method: POST
        faults: {latency_ms: 60, error_rate: 1, error_status: 500}`;
    const { url } = await startProject({ 'mockforge.yaml': config('', workspace), 'items.yaml': CONTRACT });
    const started = Date.now();
    const failed = await getJson(`${url.items}/v2/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"x"}',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toBe('application/problem+json');
    expect((await getJson(`${url.items}/v2/items/a`)).status).toBe(200);
    const journal = await getJson(`${url.items}/__mockforge/journal`);
    expect((journal.body as { entries: Array<{ fault?: string }> }).entries[0]?.fault).toBe('error 500');
  });
});

describe('boot', () => {
  it('a busy port is an MF_PORT_IN_USE error naming the workspace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const dir = tempProject({ 'mockforge.yaml': config(), 'items.yaml': CONTRACT });
      const server = createMocksFromConfig(`${dir}/mockforge.yaml`, {
        ports: new Map([
          ['items', 0],
          ['other', port],
        ]),
      });
      const error = await server.listen().catch((e: unknown) => e);
      expect(isMockforgeError(error) && error.code).toBe('MF_PORT_IN_USE');
      expect((error as Error).message).toContain(`port ${port} of workspace 'other'`);
    } finally {
      blocker.close();
    }
  });

  it('a missing from_mock folder is said once and the contract data is served', async () => {
    const workspace = `    endpoints:
      - path: /items/*
        response: {from_mock: mocks/items/}`;
    const { url, server } = await startProject({ 'mockforge.yaml': config('', workspace), 'items.yaml': CONTRACT });
    expect(server.notices.filter((n) => n.includes('mocks/items'))).toHaveLength(1);
    expect((await getJson(`${url.items}/v2/items/x`)).status).toBe(200);
  });

  it('a scenario file that does not load is a notice; the others still seed the mocks', async () => {
    const good = `name: Seed
steps:
  - name: Get item
    service: items
    request: {method: GET, path: /v2/items/it_1}
    response: {status: 200, body: {id: it_1, name: seeded}}
`;
    const { url, server } = await startProject({
      'mockforge.yaml': config(),
      'items.yaml': CONTRACT,
      'scenarios/good.yaml': good,
      'scenarios/broken.yaml': 'name: Broken\nsteps: 42\n',
    });
    expect(server.notices.some((n) => n.includes('broken.yaml') && n.includes('MF_SCENARIO_INVALID'))).toBe(true);
    expect((await getJson(`${url.other}/v2/items/it_1`)).body).toEqual({ id: 'it_1', name: 'seeded' });
  });

  it('refuses a from_mock folder outside the project', async () => {
    const workspace = `    endpoints:
      - path: /items/*
        response: {from_mock: ../../etc/}`;
    const dir = tempProject({ 'mockforge.yaml': config('', workspace), 'items.yaml': CONTRACT });
    expect(() => createMocksFromConfig(`${dir}/mockforge.yaml`)).toThrow(/from_mock/);
  });
});
