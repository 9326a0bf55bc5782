// OpenAPI links in the unified state: the id one response returns reads the record in the linked
// operation, even where the paths do not show the pairing (`POST /users` -> `GET /user-profiles/{userId}`).
import { describe, expect, it } from 'vitest';
import { getJson, oasExample, startSpec } from './mock-helpers.js';

const User = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string' } },
};

const contract = (withLink: boolean) => ({
  openapi: '3.0.3',
  info: { title: 'Links', version: '1' },
  paths: {
    '/users': {
      post: {
        operationId: 'createUser',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } },
        responses: {
          '201': {
            description: 'created',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } },
            ...(withLink ? { links: { profile: { $ref: '#/components/links/Profile' } } } : {}),
          },
        },
      },
    },
    '/user-profiles/{userId}': {
      get: {
        operationId: 'getUser',
        parameters: [{ name: 'userId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: { User },
    links: { Profile: { operationId: 'getUser', parameters: { userId: '$response.body#/id' } } },
  },
});

describe('links in the state', () => {
  it('the created id reads the created record through the linked operation', async () => {
    const { url } = await startSpec(contract(true), { stateful: true });
    const created = await getJson(`${url}/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'zed', name: 'Zed' }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/user-profiles/zed');
    expect(await getJson(`${url}/user-profiles/zed`)).toMatchObject({ status: 200, body: { id: 'zed', name: 'Zed' } });
  });

  it('without the link the two operations are unrelated (the GET answers from the contract)', async () => {
    const { url } = await startSpec(contract(false), { stateful: true });
    await getJson(`${url}/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'zed', name: 'Zed' }),
    });
    const read = await getJson(`${url}/user-profiles/zed`);
    expect(read.status).toBe(200);
    expect(read.body).not.toMatchObject({ name: 'Zed' });
  });

  it('@readme/oas-examples link-example.yaml serves every operation with state on', async () => {
    const { url, server } = await startSpec(oasExample('3.0/yaml/link-example.yaml'), { stateful: true });
    for (const path of ['/2.0/users/alice', '/2.0/repositories/alice', '/2.0/repositories/alice/r1/pullrequests/3']) {
      expect((await getJson(`${url}${path}`)).status).toBe(200);
    }
    expect(server.context.journal.list().flatMap((e) => e.responseErrors)).toEqual([]);
  });
});
