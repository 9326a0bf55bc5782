// What real published API descriptions contain and the mock must survive (issue 18 §10, issue 12 §2): each
// case is a contract served on loopback and a real HTTP request, asserting status, headers and body.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startSpecForSuite } from './mock-helpers.js';

const ok = (schema: object) => ({
  description: 'ok',
  content: { 'application/json': { schema } },
});

const CONTRACT = {
  openapi: '3.0.3',
  info: { title: 'Real descriptions', version: '1' },
  servers: [{ url: 'https://api.example.com/my api/v1' }],
  paths: {
    '/test path > with | unsafe % characters': { get: { responses: { '200': ok({ const: 'unsafe' }) } } },
    '/rate/100%': { get: { responses: { '200': ok({ const: 'percent' }) } } },
    // Zalando's paged lists: the parent's discriminator names `content`, an array.
    '/articles': { get: { responses: { '200': ok({ $ref: '#/components/schemas/Articles' }) } } },
    // Bungie's enums: `type: integer` with the values written as strings; no value fits such a schema.
    '/items': {
      get: {
        responses: {
          '200': ok({
            type: 'object',
            required: ['id'],
            properties: {
              id: { type: 'integer', enum: [1, 2] },
              breakerType: { type: 'integer', format: 'int32', enum: ['0', '1', '2'] },
              mode: { type: 'integer', enum: ['0', 1, '2'] },
            },
          }),
        },
      },
    },
    '/words': {
      get: {
        parameters: [
          // Written for PCRE/Java/.NET: each used to kill the server while its validators compiled.
          { name: 'slug', in: 'query', schema: { type: 'string', pattern: '^[a-zA-Z0-9\\_\\-]+$' } },
          { name: 'anchored', in: 'query', schema: { type: 'string', pattern: '\\A[a-z]+\\Z' } },
          { name: 'graph', in: 'query', schema: { type: 'string', pattern: '^[\\p{Graph}]+$' } },
          { name: 'sized', in: 'query', schema: { type: 'string', pattern: '^.{1-5}$' } },
          { name: 'extended', in: 'query', schema: { type: 'string', pattern: '(?x) a  b' } },
        ],
        responses: {
          '200': ok({
            type: 'object',
            required: ['slug', 'id'],
            properties: {
              slug: { type: 'string', pattern: '^[a-z\\_]{4,8}$' },
              id: { type: 'string', pattern: '^([0-9]+)_([0-9]+)$' },
            },
          }),
        },
      },
    },
    '/captions': {
      get: {
        responses: {
          '200': {
            description: 'media type keys with parameters, refs into paths and to non-schemas',
            content: {
              'application/json; charset=utf-8': {
                schema: { $ref: '#/paths/~1words/get/responses/200/content/application~1json/schema' },
              },
              'text/vtt': { schema: { $ref: '#/components/responses/NotASchema' } },
            },
          },
        },
      },
    },
    '/framing': {
      get: {
        responses: {
          '200': {
            description: 'headers a contract must not make the mock send',
            headers: {
              'Transfer-Encoding': { schema: { type: 'string', example: 'chunked' } },
              Connection: { schema: { type: 'string', example: 'close' } },
              'Content-Encoding': { schema: { type: 'string', example: 'gzip' } },
              'Content-Length': { schema: { type: 'integer', example: 99999 } },
              'X-Rate-Limit': { schema: { type: 'integer', example: 42 } },
            },
            content: { 'application/json': { schema: { type: 'object' }, example: { a: 1 } } },
          },
        },
      },
    },
    '/files/{id}{mediaTypeExtension}': {
      get: {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
          {
            name: 'mediaTypeExtension',
            in: 'path',
            required: true,
            schema: { type: 'string', enum: ['.json', '.xml'] },
          },
        ],
        responses: { '200': ok({ type: 'object' }) },
      },
    },
    '/rest?method=photos.search': { get: { responses: { '200': ok({ const: 'search' }) } } },
    '/rest?method=photos.get': { get: { responses: { '200': ok({ const: 'get' }) } } },
    '/#X-Amz-Target=Queue.Send': { post: { responses: { '200': ok({ const: 'send' }) } } },
    '/#X-Amz-Target=Queue.Receive': { post: { responses: { '200': ok({ const: 'receive' }) } } },
    '/uploads': {
      servers: [{ url: 'https://uploads.example.com/upload api' }],
      post: { responses: { '201': { description: 'stored' } } },
    },
    '/media': {
      post: {
        servers: [{ url: 'https://media.example.com/v2' }],
        responses: { '201': { description: 'stored' } },
      },
    },
  },
  components: {
    responses: { NotASchema: { description: 'a response object, not a schema' } },
    schemas: {
      Page: {
        type: 'object',
        discriminator: { propertyName: 'content' },
        required: ['content', 'page'],
        properties: { content: { type: 'array', items: {} }, page: { type: 'integer' } },
      },
      Articles: {
        allOf: [
          { $ref: '#/components/schemas/Page' },
          {
            properties: {
              content: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' } } } },
            },
          },
        ],
      },
    },
  },
};

describe('contracts as real descriptions write them', () => {
  let suite: Awaited<ReturnType<typeof startSpecForSuite>>;
  let base: string;
  beforeAll(async () => {
    suite = await startSpecForSuite(CONTRACT);
    base = `${suite.url}/my%20api/v1`;
  });
  afterAll(() => suite.close());

  it('serves path keys with % and characters that need encoding, on the percent-encoded request path', async () => {
    const unsafe = await getJson(`${base}/test%20path%20%3E%20with%20%7C%20unsafe%20%25%20characters`);
    expect([unsafe.status, unsafe.body]).toEqual([200, 'unsafe']);
    const percent = await getJson(`${base}/rate/100%25`);
    expect([percent.status, percent.body]).toEqual([200, 'percent']);
  });

  it('a discriminator naming an array property (Zalando) leaves the array alone instead of writing the schema name', async () => {
    const { status, body } = await getJson(`${base}/articles`, { headers: { prefer: 'dynamic=true' } });
    expect(status).toBe(200);
    expect(Array.isArray((body as { content: unknown }).content)).toBe(true);
  });

  it('leaves out an optional property whose enum has no value of its type; keeps the values that have it', async () => {
    for (let i = 0; i < 5; i++) {
      const { status, body } = await getJson(`${base}/items`, { headers: { prefer: 'dynamic=true' } });
      expect(status).toBe(200);
      const item = body as Record<string, unknown>;
      expect([1, 2]).toContain(item.id);
      expect(item).not.toHaveProperty('breakerType');
      if ('mode' in item) expect(item.mode).toBe(1);
    }
  });

  it('reads patterns of other regex dialects instead of crashing, and generates strings that fit them', async () => {
    const fine = await getJson(`${base}/words?slug=a_b-c&anchored=abc&graph=a!b&sized=abc&extended=zz`);
    expect(fine.status).toBe(200);
    const body = fine.body as { slug: string; id: string };
    expect(body.slug).toMatch(/^[a-z_]{4,8}$/);
    expect(body.id).toMatch(/^([0-9]+)_([0-9]+)$/);
    expect(fine.headers.get('x-mockforge-response-errors')).toBeNull();
    for (const query of ['slug=a%23b', 'anchored=ab1', 'graph=a%20b', 'sized=abcdef']) {
      const refused = await getJson(`${base}/words?${query}`);
      expect(refused.status, query).toBe(422);
    }
  });

  it('answers media types with parameters and refs the validator registry does not hold', async () => {
    const json = await getJson(`${base}/captions`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(json.headers.get('x-mockforge-response-errors')).toBeNull();
    const vtt = await getJson(`${base}/captions`, { headers: { accept: 'text/vtt' } });
    expect(vtt.status).toBe(200);
  });

  it('never copies hop-by-hop or framing headers from the contract', async () => {
    const response = await fetch(`${base}/framing`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ a: 1 });
    expect(response.headers.get('transfer-encoding')).toBeNull();
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-length')).toBe('7');
    expect(response.headers.get('connection')).not.toBe('close');
    expect(response.headers.get('x-rate-limit')).toBe('42');
  });

  it('splits adjacent template parameters at the extension', async () => {
    const found = await getJson(`${base}/files/12.json`);
    expect(found.status).toBe(200);
    const wrong = await getJson(`${base}/files/12.txt`);
    expect(wrong.status).toBe(422);
    const entry = suite.server.context.journal.list().at(-1);
    expect(entry?.requestErrors.map((e) => e.name)).toEqual(['mediaTypeExtension']);
  });

  it('routes path keys with ? on the query parameter and with # on the header they encode', async () => {
    expect((await getJson(`${base}/rest?method=photos.get`)).body).toBe('get');
    expect((await getJson(`${base}/rest?method=photos.search&page=2`)).body).toBe('search');
    expect((await getJson(`${base}/rest?method=photos.delete`)).status).toBe(404);
    const send = await getJson(`${base}/`, { method: 'POST', headers: { 'x-amz-target': 'Queue.Send' } });
    expect([send.status, send.body]).toEqual([200, 'send']);
    const receive = await getJson(`${base}/?X-Amz-Target=Queue.Receive`, { method: 'POST' });
    expect([receive.status, receive.body]).toEqual([200, 'receive']);
  });

  it('routes operations with servers of their own on their base path (with spaces too)', async () => {
    expect((await fetch(`${suite.url}/upload%20api/uploads`, { method: 'POST' })).status).toBe(201);
    expect((await fetch(`${suite.url}/v2/media`, { method: 'POST' })).status).toBe(201);
    expect((await fetch(`${base}/media`, { method: 'POST' })).status).toBe(404);
  });

  it('answers 431 with a problem document to a 100 KB request header, and 400 with one to malformed HTTP', async () => {
    const big = await getJson(`${base}/framing`, { headers: { 'x-big': 'a'.repeat(100_000) } });
    expect(big.status).toBe(431);
    expect(big.headers.get('content-type')).toBe('application/problem+json');
    expect(big.body).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
    const port = Number(new URL(suite.url).port);
    const raw = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('NOT HTTP\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk;
      });
      socket.on('close', () => resolve(text));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(raw).toMatch(/"status":400/);
  });
});
