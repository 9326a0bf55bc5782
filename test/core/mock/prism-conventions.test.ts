// Prism's documented conventions and where the contract leaves the mock a choice: the query forms of
// `Prefer` (Prism docs "Mock Responses": `?__example=dog`, `?__dynamic=true`, `__code`), the response an
// invalid request gets ("Request Validation": 422, else 400, else a generated 422), ranges and `default`,
// `Deprecation` ("Deprecating operations"), CORS ("CORS": preflights answered 204), Content-Length and
// ETag on every body, and XML written per the schema's `xml` object (Prism writes `<xml>...` and ignores it).
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { getJson, startProject, startSpec } from './mock-helpers.js';

const limit = { name: 'limit', in: 'query', required: true, schema: { type: 'integer' } };
const Pet = {
  type: 'object',
  xml: { name: 'pet', namespace: 'urn:pets', prefix: 'p' },
  required: ['id', 'name'],
  properties: {
    id: { type: 'integer', xml: { attribute: true } },
    name: { type: 'string' },
    tags: { type: 'array', xml: { wrapped: true }, items: { type: 'string', xml: { name: 'tag' } } },
    photos: { type: 'array', items: { type: 'string', xml: { name: 'photo' } } },
  },
};

const CONTRACT = {
  openapi: '3.0.3',
  info: { title: 'Conventions', version: '1' },
  paths: {
    '/pets': {
      get: {
        parameters: [
          limit,
          { name: 'filter', in: 'query', schema: { type: 'object', additionalProperties: { type: 'integer' } } },
        ],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
                examples: { rex: { value: [{ name: 'Rex' }] }, tom: { value: [{ name: 'Tom' }] } },
              },
            },
          },
          '404': { description: 'none', content: { 'application/json': { example: { missing: true } } } },
          '422': {
            description: 'bad',
            content: {
              'application/json': { schema: { type: 'object', required: ['code'] }, example: { code: 'BAD' } },
            },
          },
        },
      },
    },
    '/ranges': {
      get: {
        parameters: [limit],
        responses: {
          '200': { description: 'ok' },
          '4XX': { description: 'client error', content: { 'application/json': { example: { error: 'client' } } } },
        },
      },
    },
    '/fallback': {
      get: {
        parameters: [limit],
        responses: {
          '200': { description: 'ok' },
          default: { description: 'any error', content: { 'application/json': { example: { error: 'default' } } } },
        },
      },
    },
    '/bare400': {
      get: { parameters: [limit], responses: { '200': { description: 'ok' }, '400': { description: 'bad request' } } },
    },
    '/old': {
      get: {
        deprecated: true,
        responses: { '200': { description: 'ok', content: { 'text/plain': { example: 'old' } } } },
      },
    },
    '/pets/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/xml': {
                schema: { $ref: '#/components/schemas/Pet' },
                example: { id: 7, name: 'Rex & <Co>', tags: ['a', 'b'], photos: ['x.png', 'y.png'] },
              },
              'text/csv': { schema: { $ref: '#/components/schemas/Pet' } },
            },
          },
        },
      },
    },
  },
  components: { schemas: { Pet } },
};

describe("Prism's query forms of Prefer", () => {
  it('__code, __example and __dynamic, removed before validation; the Prefer header wins when present', async () => {
    const { url } = await startSpec(CONTRACT);
    expect(await getJson(`${url}/pets?limit=1`)).toMatchObject({ status: 200, body: [{ name: 'Rex' }] });
    expect(await getJson(`${url}/pets?limit=1&__example=tom`)).toMatchObject({ status: 200, body: [{ name: 'Tom' }] });
    expect(await getJson(`${url}/pets?limit=1&__code=404`)).toMatchObject({ status: 404, body: { missing: true } });
    const both = await getJson(`${url}/pets?limit=1&__code=404`, { headers: { prefer: 'example=tom' } });
    expect(both).toMatchObject({ status: 200, body: [{ name: 'Tom' }] });
    const dynamic = await getJson(`${url}/pets?limit=1&__dynamic=true`);
    expect(dynamic.status).toBe(200);
    expect(dynamic.body).not.toEqual([{ name: 'Rex' }]);
    // `filter` takes any other query key as an integer property: the __ keys never reach it
    expect((await getJson(`${url}/pets?limit=1&__example=tom&__dynamic=false&a=1`)).status).toBe(200);
    expect((await getJson(`${url}/pets?limit=1&a=x`)).status).toBe(422);
  });
});

describe('the response an invalid request gets', () => {
  it("the contract's 422, a forced documented error code, never a forced success", async () => {
    const { url } = await startSpec(CONTRACT);
    expect(await getJson(`${url}/pets`)).toMatchObject({ status: 422, body: { code: 'BAD' } });
    const forced = await getJson(`${url}/pets`, { headers: { prefer: 'code=404' } });
    expect(forced).toMatchObject({ status: 404, body: { missing: true } });
    expect(forced.headers.get('x-mockforge-request-errors')).toContain('limit');
    expect((await getJson(`${url}/pets`, { headers: { prefer: 'code=422' } })).status).toBe(422);
    expect((await getJson(`${url}/pets`, { headers: { prefer: 'code=200' } })).status).toBe(422);
  });

  it('only 4XX documented: 400 with its body; only default: 422 with its body; a bodyless 400: empty', async () => {
    const { url } = await startSpec(CONTRACT);
    const ranged = await getJson(`${url}/ranges`);
    expect(ranged).toMatchObject({ status: 400, body: { error: 'client' } });
    expect(ranged.headers.get('x-mockforge-request-errors')).toContain('limit');
    expect(await getJson(`${url}/fallback`)).toMatchObject({ status: 422, body: { error: 'default' } });
    const bare = await getJson(`${url}/bare400`);
    expect(bare.status).toBe(400);
    expect(bare.body).toBeUndefined();
    expect(bare.headers.get('content-length')).toBe('0');
    expect(bare.headers.get('x-mockforge-request-errors')).toContain('limit');
  });
});

describe('refusals before the operation answers (405, 415) as the contract documents them', () => {
  const refusal = {
    description: 'refused',
    headers: { 'X-Request-ID': { required: true, schema: { type: 'string', format: 'uuid' } } },
    content: {
      'application/json': { schema: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } } },
    },
  };
  const DOCUMENTED = {
    openapi: '3.0.3',
    info: { title: 'Refusals', version: '1' },
    paths: {
      '/accounts': {
        get: { responses: { '200': { description: 'ok' }, '405': refusal } },
        post: {
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { '201': { description: 'created' }, '4XX': refusal },
        },
      },
      '/plain': { get: { responses: { '200': { description: 'ok' } } } },
    },
  };

  it("answers with the path's documented 405 (plus Allow) and the operation's 4XX for a 415", async () => {
    const { url } = await startSpec(DOCUMENTED);
    for (const response of [
      await getJson(`${url}/accounts`, { method: 'DELETE' }),
      await getJson(`${url}/accounts`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b' }),
    ]) {
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.body).toMatchObject({ code: expect.any(String) });
    }
    const notAllowed = await getJson(`${url}/accounts`, { method: 'DELETE' });
    expect(notAllowed.status).toBe(405);
    expect(notAllowed.headers.get('allow')).toBe('GET, HEAD, POST');
    const unsupported = await getJson(`${url}/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b',
    });
    expect(unsupported.status).toBe(415);
    // Nothing documented: the mock's own problem document.
    const plain = await getJson(`${url}/plain`, { method: 'DELETE' });
    expect(plain).toMatchObject({ status: 405, body: { title: 'Method not allowed', allow: ['GET', 'HEAD'] } });
    expect(plain.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('headers a client relies on', () => {
  it('Deprecation on deprecated operations; Content-Length and ETag on every body', async () => {
    const { url } = await startSpec(CONTRACT);
    const old = await getJson(`${url}/old`);
    expect(old.headers.get('deprecation')).toBe('true');
    expect((await getJson(`${url}/pets?limit=1`)).headers.get('deprecation')).toBeNull();
    const first = await getJson(`${url}/pets?limit=1`);
    const second = await getJson(`${url}/pets?limit=1`);
    expect(first.headers.get('etag')).toMatch(/^"[\w-]{22}"$/);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect((await getJson(`${url}/pets?limit=1&__example=tom`)).headers.get('etag')).not.toBe(
      first.headers.get('etag'),
    );
    for (const response of [first, old, await getJson(`${url}/pets`), await getJson(`${url}/nowhere`)]) {
      expect(response.headers.get('etag')).toBeTruthy();
      expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    }
  });

  it('CORS preflight answered by default on loopback, off with cors: false', async () => {
    const { url } = await startProject(
      {
        'contracts/a.yaml': stringify(CONTRACT),
        'contracts/b.yaml': stringify(CONTRACT),
        'mockforge.yaml':
          'workspaces:\n  - name: a\n    contract: contracts/a.yaml\n  - name: b\n    contract: contracts/b.yaml\n    cors: false\n',
      },
      ['a', 'b'],
    );
    const preflight = {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    };
    const on = await getJson(`${url.a}/pets`, preflight);
    expect(on.status).toBe(204);
    expect(on.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(on.headers.get('access-control-allow-methods')).toContain('GET');
    const get = await getJson(`${url.a}/pets?limit=1`, { headers: { origin: 'http://localhost:5173' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const off = await getJson(`${url.b}/pets`, preflight);
    expect(off.status).toBe(405);
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('XML bodies', () => {
  it('written per the xml object: name, prefix and namespace, attributes, wrapped and unwrapped arrays', async () => {
    const { url, server } = await startSpec(CONTRACT);
    const response = await fetch(`${url}/pets/7`, { headers: { accept: 'application/xml' } });
    expect(response.headers.get('content-type')).toBe('application/xml');
    expect(await response.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<p:pet xmlns:p="urn:pets" id="7"><name>Rex &#38; &#60;Co&#62;</name>' +
        '<tags><tag>a</tag><tag>b</tag></tags><photo>x.png</photo><photo>y.png</photo></p:pet>',
    );
    expect(server.context.journal.list().at(-1)?.responseErrors).toEqual([]);
  });

  it('refuses what it cannot write rather than mislabel it: an object as text/csv, JSON from an XML-only operation', async () => {
    const { url } = await startSpec(CONTRACT);
    const csv = await getJson(`${url}/pets/7`, { headers: { accept: 'text/csv' } });
    expect(csv.status).toBe(500);
    expect(csv.headers.get('content-type')).toBe('application/problem+json');
    expect(csv.body).toMatchObject({ title: 'Cannot serialize', mediaType: 'text/csv' });
    const json = await getJson(`${url}/pets/7`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(406);
  });
});

describe('problem bodies are never ETag-less', () => {
  it('a 404 of the router has its ETag too', async () => {
    const { url } = await startSpec(CONTRACT);
    expect((await getJson(`${url}/nowhere`)).headers.get('etag')).toBeTruthy();
  });
});
