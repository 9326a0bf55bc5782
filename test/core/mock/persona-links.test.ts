import { describe, expect, it } from 'vitest';
import { getJson, startProject } from './mock-helpers.js';

const PRODUCTS = `openapi: 3.0.0
info: {title: Products, version: 1.0.0}
paths:
  /api/products/{id}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Product'}}}}
components:
  schemas:
    Product: {type: object, required: [id, name, price], properties: {id: {type: string}, name: {type: string}, price: {type: number, minimum: 0}}}
`;
const ORDERS = `openapi: 3.0.0
info: {title: Orders, version: 1.0.0}
paths:
  /api/orders:
    get:
      parameters: [{name: user_id, in: query, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Order'}}}}}
    post:
      requestBody: {required: true, content: {application/json: {schema: {type: object, required: [user_id], properties: {user_id: {type: string}}}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
components:
  schemas:
    Order:
      type: object
      required: [id, user_id, items]
      properties:
        id: {type: string}
        user_id: {type: string}
        items:
          type: array
          minItems: 1
          items: {type: object, required: [product_id, quantity], properties: {product_id: {type: string}, quantity: {type: integer, minimum: 1}}}
`;
const USERS = `openapi: 3.0.0
info: {title: Users, version: 1.0.0}
paths:
  /api/users/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}, name: {type: string}}}}}}
`;
const config = (validation: string) => `workspaces:
  - name: users
    port: 3001
    contract: users.yaml
  - name: products
    port: 3002
    contract: products.yaml
  - name: orders
    port: 3003
    contract: orders.yaml
    validation: ${validation}
core:
  consistency:
    enabled: true
    unified_state: {workspace_id: links, persona_graph: {enabled: true}}
`;
const files = (validation = 'true') => ({
  'mockforge.yaml': config(validation),
  'users.yaml': USERS,
  'products.yaml': PRODUCTS,
  'orders.yaml': ORDERS,
});

describe('persona graph across services', () => {
  it('links orders.user_id to users and items[].product_id to products that exist on the other ports', async () => {
    const { url } = await startProject(files());
    const orders = await getJson(`${url.orders}/api/orders`);
    expect(orders.status).toBe(200);
    expect(orders.headers.get('x-mockforge-response-errors')).toBeNull();
    const list = orders.body as Array<{ user_id: string; items: Array<{ product_id: string }> }>;
    expect(list.length).toBeGreaterThan(0);
    const state = (await getJson(`${url.users}/__mockforge/state`)).body as {
      collections: Record<string, Array<{ id: string }>>;
    };
    const productIds = new Set(state.collections.products?.map((p) => p.id));
    const userIds = new Set(state.collections.users?.map((u) => u.id));
    for (const order of list) {
      expect(userIds.has(order.user_id)).toBe(true);
      for (const item of order.items) {
        expect(productIds.has(item.product_id)).toBe(true);
        const product = await getJson(`${url.products}/api/products/${item.product_id}`);
        expect(product.body).toMatchObject({ id: item.product_id, price: expect.any(Number) });
      }
    }
  });

  it('a created order without items gets the required fields from its persona and validates', async () => {
    const { url } = await startProject(files());
    const created = await getJson(`${url.orders}/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: 'user_1' }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-mockforge-response-errors')).toBeNull();
    expect(created.body).toMatchObject({ user_id: 'user_1', items: expect.any(Array) });
  });

  it('validation: false lets an invalid request through; true refuses it', async () => {
    const on = await startProject(files('true'));
    const off = await startProject(files('false'));
    const post = (base: string) =>
      getJson(`${base}/api/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"user_id": 5}',
      });
    expect((await post(on.url.orders as string)).status).toBe(422);
    expect((await post(off.url.orders as string)).status).toBe(201);
  });
});
