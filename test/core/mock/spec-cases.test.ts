// Black-box spec cases in the style of Prism's harness: contract + request -> expected response. Every
// response with a documented status is also checked against the contract by an independent validator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { SchemaValidator } from '../../../src/core/schema/schema-validator.js';
import { appendPointer } from '../../../src/core/source/json-pointer.js';
import { startSpecForSuite } from './mock-helpers.js';

const Pet = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'integer', format: 'int64' }, name: { type: 'string' }, tag: { type: 'string' } },
};
const petId = { name: 'petId', in: 'path', required: true, schema: { type: 'integer' } };
const CONTRACT = {
  openapi: '3.0.3',
  info: { title: 'Pets', version: '1.0.0' },
  servers: [{ url: 'http://localhost/v1' }],
  paths: {
    '/pets': {
      get: {
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } }],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
                example: [{ id: 1, name: 'Rex', tag: 'dog' }],
              },
            },
          },
        },
      },
      post: {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } },
        },
        responses: {
          '201': {
            description: 'created',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
          },
          '422': {
            description: 'invalid',
            content: {
              'application/problem+json': {
                schema: {
                  type: 'object',
                  required: ['title'],
                  properties: { title: { type: 'string' }, errors: { type: 'array' } },
                },
              },
            },
          },
        },
      },
    },
    '/pets/{petId}': {
      get: {
        parameters: [petId],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Pet' },
                examples: {
                  rex: { value: { id: 1, name: 'Rex' } },
                  tom: { value: { id: 2, name: 'Tom', tag: 'cat' } },
                },
              },
              'application/xml': { schema: { type: 'string' }, example: '<pet/>' },
            },
          },
          '404': {
            description: 'missing',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
                example: { message: 'not found' },
              },
            },
          },
        },
      },
      delete: { parameters: [petId], responses: { '204': { description: 'gone' } } },
    },
    '/pets/{petId}/photo.{ext}': {
      get: {
        parameters: [
          petId,
          { name: 'ext', in: 'path', required: true, schema: { type: 'string', enum: ['png', 'jpg'] } },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Pet,
      NewPet: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', minLength: 1 }, tag: { type: 'string' } },
      },
    },
  },
};

interface Case {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  contentType?: string;
  expectBody?: unknown;
  check?: (body: unknown, headers: Headers) => void;
}

const json = { 'content-type': 'application/json' };
const CASES: Case[] = [
  {
    name: 'the documented example of the lowest 2xx',
    path: '/v1/pets',
    status: 200,
    expectBody: [{ id: 1, name: 'Rex', tag: 'dog' }],
  },
  { name: 'the first named example', path: '/v1/pets/1', status: 200, expectBody: { id: 1, name: 'Rex' } },
  {
    name: 'Prefer: example=tom',
    path: '/v1/pets/1',
    headers: { prefer: 'example=tom' },
    status: 200,
    expectBody: { id: 2, name: 'Tom', tag: 'cat' },
  },
  {
    name: 'Prefer: code=404',
    path: '/v1/pets/1',
    headers: { prefer: 'code=404' },
    status: 404,
    expectBody: { message: 'not found' },
  },
  {
    name: 'Prefer: dynamic=true generates schema-valid data',
    path: '/v1/pets/1',
    headers: { prefer: 'dynamic=true' },
    status: 200,
    check: (body) => expect(body).toMatchObject({ id: expect.any(Number), name: expect.any(String) }),
  },
  {
    name: 'Prefer: an unknown example',
    path: '/v1/pets/1',
    headers: { prefer: 'example=nope' },
    status: 404,
    contentType: 'application/problem+json',
  },
  {
    name: 'Accept picks XML',
    path: '/v1/pets/1',
    headers: { accept: 'application/xml' },
    status: 200,
    contentType: 'application/xml',
    expectBody: '<pet/>',
  },
  {
    name: 'Accept with q-values',
    path: '/v1/pets/1',
    headers: { accept: 'application/xml;q=0.5, application/json' },
    status: 200,
    contentType: 'application/json',
  },
  {
    name: 'Accept nothing documented: 406',
    path: '/v1/pets/1',
    headers: { accept: 'text/csv' },
    status: 406,
    contentType: 'application/problem+json',
  },
  {
    name: 'a path parameter of the wrong type: 422 naming it',
    path: '/v1/pets/abc',
    status: 422,
    contentType: 'application/problem+json',
    check: (body) =>
      expect((body as { errors: unknown[] }).errors).toEqual([
        expect.objectContaining({ in: 'path', name: 'petId', location: expect.stringMatching(/api\.yaml:\d+$/) }),
      ]),
  },
  {
    name: 'a query parameter out of range',
    path: '/v1/pets?limit=0',
    status: 422,
    check: (body) =>
      expect((body as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ in: 'query', name: 'limit' })]),
  },
  { name: 'a valid coerced query parameter', path: '/v1/pets?limit=10', status: 200 },
  {
    name: "an invalid body gets the contract's own 422",
    method: 'POST',
    path: '/v1/pets',
    headers: json,
    body: '{"name":""}',
    status: 422,
    contentType: 'application/problem+json',
    check: (body) =>
      expect((body as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ in: 'body', name: '/name' })]),
  },
  { name: 'a missing required body', method: 'POST', path: '/v1/pets', status: 422 },
  { name: 'a valid body', method: 'POST', path: '/v1/pets', headers: json, body: '{"name":"Rex"}', status: 201 },
  {
    name: 'malformed JSON: 400',
    method: 'POST',
    path: '/v1/pets',
    headers: json,
    body: '{"name":',
    status: 400,
    contentType: 'application/problem+json',
  },
  {
    name: 'a wrong content type: 415',
    method: 'POST',
    path: '/v1/pets',
    headers: { 'content-type': 'application/xml' },
    body: '<pet/>',
    status: 415,
  },
  {
    name: 'a __proto__ key: 400',
    method: 'POST',
    path: '/v1/pets',
    headers: json,
    body: '{"name":"x","__proto__":{"admin":true}}',
    status: 400,
  },
  {
    name: 'a constructor key is data',
    method: 'POST',
    path: '/v1/pets',
    headers: json,
    body: '{"name":"x","constructor":{"prototype":1}}',
    status: 201,
  },
  {
    name: 'a documented response without content',
    method: 'DELETE',
    path: '/v1/pets/1',
    status: 204,
    expectBody: undefined,
  },
  {
    name: 'a wrong method: 405 with Allow',
    method: 'PUT',
    path: '/v1/pets/1',
    status: 405,
    check: (_body, headers) => expect(headers.get('allow')).toBe('DELETE, GET, HEAD'),
  },
  {
    name: 'an unknown path: 404 naming the closest routes',
    path: '/v1/pats',
    status: 404,
    check: (body) => expect((body as { closest: string[] }).closest[0]).toBe('/v1/pets'),
  },
  { name: 'outside the base path: 404', path: '/pets', status: 404 },
  { name: 'a template with literal text in a segment', path: '/v1/pets/3/photo.png', status: 200 },
  { name: 'an encoded slash: 400', path: '/v1/pets/1%2F..%2F2', status: 400 },
  {
    name: 'HEAD answers like GET without a body',
    method: 'HEAD',
    path: '/v1/pets/1',
    status: 200,
    expectBody: undefined,
  },
];

describe('mock responses (spec cases)', () => {
  let suite: Awaited<ReturnType<typeof startSpecForSuite>>;
  let validator: SchemaValidator;
  beforeAll(async () => {
    suite = await startSpecForSuite(CONTRACT);
    validator = new SchemaValidator(loadContract(suite.file));
  });
  afterAll(() => suite.close());

  for (const c of CASES) {
    it(c.name, async () => {
      const response = await fetch(`${suite.url}${c.path}`, {
        method: c.method ?? 'GET',
        ...(c.headers ? { headers: c.headers } : {}),
        ...(c.body !== undefined ? { body: c.body } : {}),
      });
      const text = await response.text();
      const contentType = response.headers.get('content-type') ?? '';
      const body = text === '' ? undefined : contentType.includes('json') ? JSON.parse(text) : text;
      expect(response.status).toBe(c.status);
      if (c.contentType) expect(contentType).toBe(c.contentType);
      if ('expectBody' in c) expect(body).toEqual(c.expectBody);
      c.check?.(body, response.headers);
      if (c.method === 'HEAD') expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
      // Independent check: a documented status's body fits the contract's schema for it.
      expect(response.headers.get('x-mockforge-response-errors')).toBeNull();
      const template = c.path.startsWith('/v1/pets/')
        ? c.path.includes('photo')
          ? '/pets/{petId}/photo.{ext}'
          : '/pets/{petId}'
        : '/pets';
      const method = (c.method ?? 'GET').toLowerCase();
      const mediaPointer = appendPointer(
        '/paths',
        template,
        method,
        'responses',
        String(c.status),
        'content',
        contentType,
      );
      const schema = appendPointer(mediaPointer, 'schema');
      if (
        body !== undefined &&
        c.path.startsWith('/v1/pets') &&
        hasNode(validator, CONTRACT, template, method, c.status, contentType)
      ) {
        expect(validator.forPointer(schema, 'response')(body)).toEqual([]);
      }
    });
  }
});

function hasNode(
  _v: SchemaValidator,
  contract: typeof CONTRACT,
  template: string,
  method: string,
  status: number,
  mediaType: string,
): boolean {
  const paths = contract.paths as Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
  return paths[template]?.[method]?.responses?.[String(status)]?.content?.[mediaType]?.schema !== undefined;
}

describe('CORS (as Prism by default)', () => {
  let suite: Awaited<ReturnType<typeof startSpecForSuite>>;
  beforeAll(async () => {
    suite = await startSpecForSuite(CONTRACT);
  });
  afterAll(() => suite.close());

  it('answers a preflight and echoes the origin on responses', async () => {
    const preflight = await fetch(`${suite.url}/v1/pets`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');
    const get = await fetch(`${suite.url}/v1/pets`, { headers: { origin: 'http://localhost:5173' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const plain = await fetch(`${suite.url}/v1/pets`);
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
  });
});
