import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ECOMMERCE } from '../../helpers/temp-project.js';
import { getJson, startProject } from './mock-helpers.js';

const read = (path: string) => readFileSync(join(ECOMMERCE, path), 'utf8');
const ecommerceFiles = (overrides: Record<string, string> = {}) => ({
  'mockforge.yaml': read('mockforge.yaml'),
  'contracts/users-service.yaml': read('contracts/users-service.yaml'),
  'contracts/products-service.yaml': read('contracts/products-service.yaml'),
  'contracts/orders-service.yaml': read('contracts/orders-service.yaml'),
  'contracts/shared-schemas.yaml': read('contracts/shared-schemas.yaml'),
  'scenarios/cross-service-purchase.yaml': read('scenarios/cross-service-purchase.yaml'),
  ...overrides,
});

describe('unified state on the tutorial example', () => {
  it('serves the scenario personas and records the created order across services', async () => {
    const { url } = await startProject(ecommerceFiles());
    const user = await getJson(`${url['users-service']}/api/users/user_123`);
    expect(user).toMatchObject({ status: 200, body: { id: 'user_123', name: 'Alice', email: 'alice@example.com' } });
    const product = await getJson(`${url['products-service']}/api/products/prod_456`);
    expect(product.body).toEqual({ id: 'prod_456', name: 'Laptop', price: 999.99 });

    const order = await getJson(`${url['orders-service']}/api/orders`, {
      method: 'POST',
      body: JSON.stringify({ user_id: 'user_123', items: [{ product_id: 'prod_456', quantity: 1 }] }),
    });
    expect(order.status).toBe(201);
    expect(order.body).toEqual({ id: 'order_789', user_id: 'user_123', total: 999.99 });
    expect(order.headers.get('x-mockforge-response-errors')).toBeNull();

    const list = await getJson(`${url['orders-service']}/api/orders?user_id=user_123`);
    expect(list.status).toBe(200);
    const orders = list.body as Array<{ id: string; user_id: string }>;
    expect(orders.map((o) => o.id)).toContain('order_789');
    expect(orders.every((o) => o.user_id === 'user_123')).toBe(true);
    expect(list.headers.get('x-mockforge-implicit')).toMatch(/collection of orders/);
    expect((await getJson(`${url['orders-service']}/api/orders/order_789`)).body).toMatchObject({ total: 999.99 });
  });

  it('a scenario step listing a collection is answered by the store, not verbatim', async () => {
    const listing = `name: List orders
steps:
  - name: Orders of Alice
    service: orders-service
    request: {method: GET, path: /api/orders?user_id=user_123}
    response: {status: 200, body: []}
`;
    const { url } = await startProject(ecommerceFiles({ 'scenarios/list.yaml': listing }));
    await getJson(`${url['orders-service']}/api/orders`, {
      method: 'POST',
      body: JSON.stringify({ user_id: 'user_123', items: [{ product_id: 'prod_456', quantity: 1 }] }),
    });
    const list = (await getJson(`${url['orders-service']}/api/orders?user_id=user_123`)).body as Array<{ id: string }>;
    expect(list.map((o) => o.id)).toContain('order_789');
  });

  it('creates with 201, id and Location, and every order links to an existing user', async () => {
    const { url } = await startProject(ecommerceFiles());
    const created = await getJson(`${url['orders-service']}/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: 'user_123', items: [] }),
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(id).toMatch(/^order_\d+$/);
    expect(created.headers.get('location')).toBe(`/api/orders/${id}`);
    const all = (await getJson(`${url['orders-service']}/api/orders`)).body as Array<{ id: string; user_id: string }>;
    expect(all.map((o) => o.id)).toContain(id);
    for (const order of all) {
      const owner = await getJson(`${url['users-service']}/api/users/${order.user_id}`);
      expect(owner.status).toBe(200);
      expect((owner.body as { id: string }).id).toBe(order.user_id);
    }
  });

  it('gives the same personas for the same workspace_id and other ones for another', async () => {
    const first = await startProject(ecommerceFiles());
    const second = await startProject(ecommerceFiles());
    const dump = async (base: string) => (await getJson(`${base}/__mockforge/state`)).body;
    expect(await dump(first.url['users-service'] as string)).toEqual(await dump(second.url['users-service'] as string));
    const persona = async (base: string) => (await getJson(`${base}/api/users/user_42`)).body;
    expect(await persona(first.url['users-service'] as string)).toEqual(
      await persona(second.url['users-service'] as string),
    );
    const other = await startProject(
      ecommerceFiles({ 'mockforge.yaml': read('mockforge.yaml').replace('ecommerce-platform', 'another-platform') }),
    );
    expect(await dump(other.url['users-service'] as string)).not.toEqual(
      await dump(first.url['users-service'] as string),
    );
  });

  it('PUT, PATCH and DELETE change the shared store; a deleted item is then 404', async () => {
    const contract = `openapi: 3.0.0
info: {title: Users, version: 1.0.0}
paths:
  /api/users:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/User'}}, total: {type: integer}}}}}}
  /api/users/{id}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
        '404': {description: missing, content: {application/json: {schema: {type: object, required: [code], properties: {code: {type: string}}}}}}
    put:
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
    patch:
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
    delete:
      responses:
        '204': {description: gone}
components:
  schemas:
    User: {type: object, required: [id, name], properties: {id: {type: string}, name: {type: string}, email: {type: string, format: email}}}
`;
    const { url } = await startProject({
      'mockforge.yaml':
        'workspaces:\n  - name: users\n    port: 3001\n    contract: users.yaml\ncore:\n  consistency:\n    enabled: true\n    unified_state: {workspace_id: crud, persona_graph: {enabled: true}}\n',
      'users.yaml': contract,
    });
    const base = `${url.users}/api/users`;
    const put = await getJson(`${base}/u1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'u1', name: 'Bob', email: 'bob@example.com' }),
    });
    expect(put).toMatchObject({ status: 200, body: { id: 'u1', name: 'Bob' } });
    const patched = await getJson(`${base}/u1`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Robert' }),
    });
    expect(patched.body).toEqual({ id: 'u1', name: 'Robert', email: 'bob@example.com' });
    const list = await getJson(`${base}?name=Robert`);
    expect(list.body).toMatchObject({ data: [{ id: 'u1', name: 'Robert' }] });
    expect(list.headers.get('x-mockforge-response-errors')).toBeNull();
    expect((await fetch(`${base}/u1`, { method: 'DELETE' })).status).toBe(204);
    const gone = await getJson(`${base}/u1`);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('x-mockforge-response-errors')).toBeNull();
  });

  it('scopes a nested collection to the parent its path names: /users/{userId}/orders', async () => {
    const contract = `openapi: 3.0.0
info: {title: Shop, version: 1.0.0}
paths:
  /api/users/{userId}/orders:
    get:
      parameters: [{name: userId, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Order'}}}}}
    post:
      parameters: [{name: userId, in: path, required: true, schema: {type: string}}]
      requestBody: {content: {application/json: {schema: {type: object, properties: {total: {type: number}}}}}}
      responses:
        '201': {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
  /api/users/{userId}/orders/{orderId}:
    get:
      parameters:
        - {name: userId, in: path, required: true, schema: {type: string}}
        - {name: orderId, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
        '404': {description: not found}
components:
  schemas:
    Order: {type: object, required: [id, user_id, total], properties: {id: {type: string}, user_id: {type: string}, total: {type: number}}}
`;
    const { url } = await startProject({
      'mockforge.yaml':
        'workspaces:\n  - name: shop\n    port: 3001\n    contract: shop.yaml\ncore:\n  consistency:\n    enabled: true\n    unified_state: {workspace_id: nested, persona_graph: {enabled: true}}\n',
      'shop.yaml': contract,
    });
    const post = (user: string, total: number) =>
      getJson(`${url.shop}/api/users/${user}/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ total }),
      });
    const alices = await post('user_alice', 10);
    expect(alices).toMatchObject({ status: 201, body: { user_id: 'user_alice', total: 10 } });
    await post('user_bob', 20);
    const list = await getJson(`${url.shop}/api/users/user_alice/orders`);
    expect(list.headers.get('x-mockforge-response-errors')).toBeNull();
    expect((list.body as Array<{ user_id: string; total: number }>).map((o) => [o.user_id, o.total])).toEqual([
      ['user_alice', 10],
    ]);
    const id = (alices.body as { id: string }).id;
    expect(alices.headers.get('location')).toBe(`/api/users/user_alice/orders/${id}`);
    expect((await getJson(`${url.shop}/api/users/user_alice/orders/${id}`)).status).toBe(200);
    expect((await getJson(`${url.shop}/api/users/user_bob/orders/${id}`)).status).toBe(404);
  });

  it('Twilio-style records: ids minted to fit the sid pattern, form fields renamed and typed, no stray fields', async () => {
    const contract = `openapi: 3.0.0
info: {title: Calls, version: 1.0.0}
paths:
  /Calls.json:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties: {FriendlyName: {type: string}, Ttl: {type: integer}, Extra: {type: string}}
      responses:
        '201': {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Call'}}}}
  /Calls/{Sid}.json:
    parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Call'}}}}
    delete:
      responses:
        '204': {description: deleted}
  /Calls/{Sid}/Recording.json:
    parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
    post:
      responses:
        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Recording'}}}}
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Recording'}}}}
components:
  schemas:
    Call:
      type: object
      additionalProperties: false
      properties:
        sid: {type: string, pattern: '^CA[0-9a-f]{32}$', minLength: 34, maxLength: 34}
        friendly_name: {type: string}
        ttl: {type: string}
    Recording: {type: object, properties: {duration: {type: integer}, status: {type: string}}}
`;
    const { url } = await startProject({
      'mockforge.yaml':
        'workspaces:\n  - name: calls\n    port: 3001\n    contract: calls.yaml\ncore:\n  consistency:\n    enabled: true\n    unified_state: {workspace_id: sids, persona_graph: {enabled: true}}\n',
      'calls.yaml': contract,
    });
    const created = await getJson(`${url.calls}/Calls.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'FriendlyName=Alice&Ttl=3600&Extra=dropped',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-mockforge-response-errors')).toBeNull();
    const call = created.body as { sid: string; friendly_name: string; ttl: string };
    expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(call).toEqual({ sid: call.sid, friendly_name: 'Alice', ttl: '3600' });
    expect(created.headers.get('location')).toBe(`/Calls/${call.sid}.json`);
    expect((await getJson(`${url.calls}/Calls/${call.sid}.json`)).body).toEqual(call);
    // Persona ids fit the pattern too; an id no record could have is answered from the contract.
    const stranger = await getJson(`${url.calls}/Calls/nope.json`);
    expect(stranger.status).toBe(200);
    expect(stranger.headers.get('x-mockforge-response-errors')).toBeNull();
    expect((await fetch(`${url.calls}/Calls/${call.sid}.json`, { method: 'DELETE' })).status).toBe(204);
    // Deleting what is gone: the contract documents no 404 for DELETE, so its 204 (DELETE is idempotent).
    expect((await fetch(`${url.calls}/Calls/${call.sid}.json`, { method: 'DELETE' })).status).toBe(204);
    // A POST next to a GET of one object is a singleton, not a collection: the GET answers one object.
    const recording = await getJson(`${url.calls}/Calls/${call.sid}/Recording.json`);
    expect(Array.isArray(recording.body)).toBe(false);
    expect(recording.headers.get('x-mockforge-response-errors')).toBeNull();
  });
});
