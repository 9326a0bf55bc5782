// The OpenAPI 3.0/3.1 style/explode table ("Style Values", "Style Examples") applied to incoming requests,
// on @readme/oas-examples' parameters-style.yaml (3.0 and 3.1). Its leaves are strings, which any text
// fits; a strict copy (leaves integer, object properties required, arrays of at least two) shows that each
// style is really decoded: the request serialized as the style says passes, the same values serialized in
// another style fail with an error naming the parameter.
import { describe, expect, it } from 'vitest';
import { getJson, oasExample, startSpec } from './mock-helpers.js';

type Json = Record<string, unknown>;

/** parameters-style.yaml with integer leaves, required object properties and arrays of at least two. */
function strict(document: Json): Json {
  const copy = structuredClone(document);
  const tighten = (schema: Json) => {
    if (schema.type === 'string') schema.type = 'integer';
    if (schema.type === 'array') {
      schema.minItems = 2;
      tighten(schema.items as Json);
    }
    if (schema.type === 'object') {
      const properties = schema.properties as Record<string, Json>;
      schema.required = Object.keys(properties);
      for (const property of Object.values(properties)) tighten(property);
    }
  };
  for (const item of Object.values(copy.paths as Record<string, Record<string, Json>>)) {
    for (const operation of Object.values(item)) {
      for (const parameter of (operation.parameters ?? []) as Json[]) tighten(parameter.schema as Json);
    }
  }
  return copy;
}

/** Each request serialized as its operation's styles say (primitive 5, array [3, 4, 5], object {name: 7, description: 8}). */
const SERIALIZED: Array<[string, string, Record<string, string>?]> = [
  ['GET', '/anything/path/5/3,4,5/name,7,description,8'],
  ['GET', '/anything/path/simple/5/3,4,5/name,7,description,8'],
  ['POST', '/anything/path/simple/5/3,4,5/name=7,description=8'],
  ['GET', '/anything/path/label/.5/.3,4,5/.name,7,description,8'],
  ['POST', '/anything/path/label/.5/.3.4.5/.name=7.description=8'],
  ['GET', '/anything/path/matrix/;primitive=5/;array=3,4,5/;object=name,7,description,8'],
  ['POST', '/anything/path/matrix/;primitive=5/;array=3;array=4;array=5/;name=7;description=8'],
  ['GET', '/anything/query?primitive=5&array=3&array=4&array=5&name=7&description=8'],
  ['GET', '/anything/query/form?primitive=5&array=3,4,5&object=name,7,description,8'],
  ['POST', '/anything/query/form?primitive=5&array=3&array=4&array=5&name=7&description=8'],
  ['GET', '/anything/query/spaceDelimited?array=3%204%205&object=name%207%20description%208'],
  ['GET', '/anything/query/pipeDelimited?array=3|4|5&object=name|7|description|8'],
  ['GET', '/anything/query/deepObject?object[name]=7&object[description]=8'],
  ['GET', '/anything/headers', { primitive: '5', array: '3,4,5', object: 'name,7,description,8' }],
  ['GET', '/anything/headers/simple', { primitive: '5', array: '3, 4, 5', object: 'name,7,description,8' }],
  ['POST', '/anything/headers/simple', { primitive: '5', array: '3,4,5', object: 'name=7,description=8' }],
  ['GET', '/cookies', { cookie: 'primitive=5; array=3; array=4; name=7; description=8' }],
];

/** The same values in a style the operation does not use: [method, path, headers, parameter named]. */
const MISSERIALIZED: Array<[string, string, Record<string, string>, string]> = [
  ['POST', '/anything/path/matrix/;primitive=5/;array=3,4,5/;name=7;description=8', {}, 'array'],
  ['GET', '/anything/path/label/5/.3,4,5/.name,7,description,8', {}, 'primitive'],
  ['POST', '/anything/path/simple/5/3,4,5/name,7,description,8', {}, 'object'],
  ['GET', '/anything/query/form?primitive=5&array=3&array=4&array=5&object=name,7,description,8', {}, 'array'],
  ['POST', '/anything/query/form?primitive=5&array=3,4,5&name=7&description=8', {}, 'array'],
  ['GET', '/anything/query/pipeDelimited?array=3,4,5', {}, 'array'],
  ['GET', '/anything/query/deepObject?name=7&description=8&object[name]=7', {}, 'object'],
  ['POST', '/anything/headers/simple', { object: 'name,7,description,8' }, 'object'],
];

describe.each(['3.0', '3.1'])('parameters-style.yaml (OpenAPI %s)', (version) => {
  it('accepts every operation serialized as its styles say', async () => {
    const { url } = await startSpec(oasExample(`${version}/yaml/parameters-style.yaml`));
    for (const [method, path, headers] of SERIALIZED) {
      const response = await getJson(`${url}${path}`, { method, ...(headers ? { headers } : {}) });
      expect(`${method} ${path}: ${response.status}`).toBe(`${method} ${path}: 200`);
    }
  });

  it('with integer leaves: decodes each style (passes) and names the parameter sent in another style', async () => {
    const { url, server } = await startSpec(strict(oasExample(`${version}/yaml/parameters-style.yaml`)));
    for (const [method, path, headers] of SERIALIZED) {
      const response = await getJson(`${url}${path}`, { method, ...(headers ? { headers } : {}) });
      const errors = server.context.journal.list({ limit: 1 })[0]?.requestErrors ?? [];
      expect(`${method} ${path}: ${response.status} ${JSON.stringify(errors)}`).toBe(`${method} ${path}: 200 []`);
    }
    for (const [method, path, headers, name] of MISSERIALIZED) {
      const response = await getJson(`${url}${path}`, { method, headers });
      expect(`${method} ${path}: ${response.status}`).toBe(`${method} ${path}: 422`);
      const errors = (response.body as { errors: Array<{ name: string; in: string }> }).errors;
      expect(errors.map((e) => e.name)).toContain(name);
    }
  });
});

const pagination = {
  name: 'pagination',
  in: 'query',
  required: true,
  schema: {
    type: 'object',
    required: ['offset', 'limit'],
    properties: { offset: { type: 'integer', minimum: 0 }, limit: { type: 'integer', maximum: 100 } },
  },
};

const CONTRACT = {
  openapi: '3.1.0',
  info: { title: 'Params', version: '1' },
  paths: {
    '/items': {
      get: {
        parameters: [
          pagination,
          { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' }, maxItems: 2 } },
          { name: 'q', in: 'query', allowReserved: true, schema: { type: 'string', pattern: '^[a-z+/]+$' } },
          { name: 'Accept', in: 'header', required: true, schema: { type: 'string', enum: ['text/csv'] } },
          { name: 'Content-Type', in: 'header', required: true, schema: { type: 'string' } },
          { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' } },
          { name: 'X-Trace', in: 'header', schema: { type: 'object', properties: { id: { type: 'integer' } } } },
          {
            name: 'filter',
            in: 'query',
            content: { 'application/json': { schema: { type: 'object', required: ['a'] } } },
          },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { example: [] } } } },
      },
    },
    '/repos/{id}': {
      get: {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { oneOf: [{ type: 'integer' }, { type: 'string' }] } },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { example: { id: 1 } } } } },
      },
    },
    '/numbers/{n}': {
      get: {
        parameters: [
          {
            name: 'n',
            in: 'path',
            required: true,
            schema: {
              oneOf: [
                { type: 'integer', minimum: 10 },
                { type: 'string', pattern: '^[0-9]$' },
              ],
            },
          },
        ],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};

describe('parameters of our own contract', () => {
  it('an exploded form object is read from its properties spread over the query (issue 18: pagination)', async () => {
    const { url } = await startSpec(CONTRACT);
    expect((await getJson(`${url}/items?offset=1&limit=100`)).status).toBe(200);
    const over = await getJson(`${url}/items?offset=1&limit=123`);
    expect(over.status).toBe(422);
    expect((over.body as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ in: 'query', name: 'pagination', message: '/limit must be <= 100' }),
    ]);
    const missing = await getJson(`${url}/items`);
    expect((missing.body as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ in: 'query', name: 'pagination', message: "missing required property 'pagination'" }),
    ]);
  });

  it('Accept, Content-Type and Authorization header parameters are ignored, as OpenAPI says', async () => {
    const { url, server } = await startSpec(CONTRACT);
    const response = await getJson(`${url}/items?offset=0&limit=1`);
    expect(response.status).toBe(200);
    expect(server.context.journal.list()[0]?.requestErrors).toEqual([]);
  });

  it('allowReserved keeps + as itself; other values are form-decoded; header objects and content parameters', async () => {
    const { url } = await startSpec(CONTRACT);
    expect((await getJson(`${url}/items?offset=0&limit=1&q=a+b/c`)).status).toBe(200);
    const bad = await getJson(`${url}/items?offset=0&limit=1&q=a%20b`);
    expect((bad.body as { errors: Array<{ name: string }> }).errors.map((e) => e.name)).toEqual(['q']);
    const tags = await getJson(`${url}/items?offset=0&limit=1&tags=a&tags=b&tags=c`);
    expect((tags.body as { errors: Array<{ name: string }> }).errors.map((e) => e.name)).toEqual(['tags']);
    const trace = await getJson(`${url}/items?offset=0&limit=1`, { headers: { 'x-trace': 'id,abc' } });
    expect((trace.body as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ in: 'header', name: 'X-Trace', message: '/id must be integer' }),
    ]);
    expect((await getJson(`${url}/items?offset=0&limit=1`, { headers: { 'x-trace': 'id,7' } })).status).toBe(200);
    const filter = encodeURIComponent(JSON.stringify({ a: 1 }));
    expect((await getJson(`${url}/items?offset=0&limit=1&filter=${filter}`)).status).toBe(200);
    const noA = await getJson(`${url}/items?offset=0&limit=1&filter=${encodeURIComponent('{"b":1}')}`);
    expect((noA.body as { errors: Array<{ name: string }> }).errors.map((e) => e.name)).toEqual(['filter']);
  });

  it('a path parameter with oneOf [integer, string] takes a number and a word (issue 18, GitHub)', async () => {
    const { url } = await startSpec(CONTRACT);
    expect((await getJson(`${url}/repos/1296269`)).status).toBe(200);
    expect((await getJson(`${url}/repos/octocat`)).status).toBe(200);
    // each reading is tried: 12 as an integer (>= 10), 7 as a one-digit string
    expect((await getJson(`${url}/numbers/12`)).status).toBe(200);
    expect((await getJson(`${url}/numbers/7`)).status).toBe(200);
    const neither = await getJson(`${url}/numbers/x`);
    expect(neither.status).toBe(422);
    expect((neither.body as { errors: Array<{ name: string }> }).errors[0]?.name).toBe('n');
  });
});
