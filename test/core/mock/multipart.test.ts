// multipart/form-data and urlencoded request bodies: parsed into fields, files and JSON parts, converted to
// their schema types, checked against the schema and each part's `encoding.contentType`; a part that does
// not fit is a 422 naming it. Contracts: @readme/oas-examples file-uploads.yaml, form-data.yaml,
// parameters-style.yaml (multipart with encoding styles) and one of our own.
import { describe, expect, it } from 'vitest';
import { getJson, oasExample, startSpec } from './mock-helpers.js';

interface Problem {
  errors: Array<{ in: string; name: string; message: string }>;
}

function form(fields: Array<[string, string | Blob, string?]>): FormData {
  const data = new FormData();
  for (const [name, value, filename] of fields) {
    if (typeof value === 'string') data.append(name, value);
    else data.append(name, value, filename);
  }
  return data;
}

describe('file-uploads.yaml', () => {
  it('a single file with typed fields; a field that is not an integer is named', async () => {
    const { url, server } = await startSpec(oasExample('3.0/yaml/file-uploads.yaml'));
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255])], { type: 'image/png' });
    const ok = await getJson(`${url}/anything/multipart-formdata`, {
      method: 'POST',
      body: form([
        ['orderId', '12'],
        ['userId', '7'],
        ['documentFile', png, 'doc.png'],
      ]),
    });
    expect(ok.status).toBe(200);
    expect(server.context.journal.list().at(-1)?.requestErrors).toEqual([]);
    const bad = await getJson(`${url}/anything/multipart-formdata`, {
      method: 'POST',
      body: form([
        ['orderId', 'twelve'],
        ['documentFile', png, 'doc.png'],
      ]),
    });
    expect(bad.status).toBe(422);
    expect((bad.body as Problem).errors).toEqual([
      expect.objectContaining({ in: 'body', name: '/orderId', message: 'must be integer' }),
    ]);
  });

  it('several files under one name make an array', async () => {
    const { url, server } = await startSpec(oasExample('3.0/yaml/file-uploads.yaml'));
    const files = form([
      ['filename', new Blob(['a']), 'a.txt'],
      ['filename', new Blob(['b']), 'b.txt'],
    ]);
    expect((await getJson(`${url}/anything/multipart-formdata`, { method: 'PUT', body: files })).status).toBe(200);
    expect(server.context.journal.list().at(-1)?.requestErrors).toEqual([]);
  });

  it('a malformed multipart body is a 400, not a crash', async () => {
    const { url } = await startSpec(oasExample('3.0/yaml/file-uploads.yaml'));
    const response = await getJson(`${url}/anything/multipart-formdata`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="orderId"\r\n\r\n12',
    });
    expect(response.status).toBe(400);
    expect((response.body as { detail: string }).detail).toContain('closing boundary');
  });
});

describe('form-data.yaml (application/x-www-form-urlencoded)', () => {
  it('fields converted to their types; a required field missing and a wrong type are named', async () => {
    const { url } = await startSpec(oasExample('3.0/yaml/form-data.yaml'));
    const post = (body: string) =>
      getJson(`${url}/anything`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    expect((await post('client_id=a&client_secret=b&scope=3')).status).toBe(200);
    const bad = await post('client_id=a&scope=x');
    expect(bad.status).toBe(422);
    expect((bad.body as Problem).errors.map((e) => `${e.name} ${e.message}`).sort()).toEqual([
      "/client_secret missing required property 'client_secret'",
      '/scope must be integer',
    ]);
  });
});

describe('parameters-style.yaml multipart with encoding styles', () => {
  it('arrays as repeated parts, a non-exploded form array as one comma-separated part, objects as JSON', async () => {
    const document = oasExample('3.0/yaml/parameters-style.yaml');
    const { url, server } = await startSpec(document);
    const standard = form([
      ['primitive', 'p'],
      ['array', 'a'],
      ['array', 'b'],
      ['object', new Blob(['{"foo":"x","bar":"y"}'], { type: 'application/json' }), 'object.json'],
    ]);
    expect((await getJson(`${url}/anything/form-data`, { method: 'POST', body: standard })).status).toBe(200);
    expect(server.context.journal.list().at(-1)?.requestErrors).toEqual([]);
    const badJson = form([['object', new Blob(['{nope'], { type: 'application/json' }), 'o.json']]);
    const refused = await getJson(`${url}/anything/form-data`, { method: 'POST', body: badJson });
    expect(refused.status).toBe(422);
    expect((refused.body as Problem).errors[0]).toMatchObject({
      name: '/object',
      message: "part 'object' is not valid JSON",
    });
  });
});

const CONTRACT = {
  openapi: '3.0.3',
  info: { title: 'Uploads', version: '1' },
  paths: {
    '/avatars': {
      post: {
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['userId', 'image'],
                properties: {
                  userId: { type: 'integer' },
                  tags: { type: 'array', items: { type: 'string' }, maxItems: 2 },
                  meta: { type: 'object', required: ['source'], properties: { source: { type: 'string' } } },
                  image: { type: 'string', format: 'binary', maxLength: 16 },
                },
              },
              encoding: { image: { contentType: 'image/png, image/jpeg' } },
            },
          },
        },
        responses: { '201': { description: 'stored' } },
      },
    },
  },
};

describe('our contract: encoding contentType, sizes, nested JSON parts', () => {
  it('accepts what fits and names each part that does not', async () => {
    const { url } = await startSpec(CONTRACT);
    const image = (type: string, bytes = 8) => new Blob([new Uint8Array(bytes)], { type });
    const meta = (text: string) => new Blob([text], { type: 'application/json' });
    const ok = form([
      ['userId', '3'],
      ['tags', 'a'],
      ['meta', meta('{"source":"camera"}'), 'meta.json'],
      ['image', image('image/jpeg'), 'me.jpg'],
    ]);
    expect((await getJson(`${url}/avatars`, { method: 'POST', body: ok })).status).toBe(201);
    const bad = form([
      ['userId', '3'],
      ['tags', 'a'],
      ['tags', 'b'],
      ['tags', 'c'],
      ['meta', meta('{}'), 'meta.json'],
      ['image', image('image/gif', 20), 'me.gif'],
    ]);
    const refused = await getJson(`${url}/avatars`, { method: 'POST', body: bad });
    expect(refused.status).toBe(422);
    expect((refused.body as Problem).errors.map((e) => `${e.name}: ${e.message}`).sort()).toEqual([
      '/image: must NOT have more than 16 characters',
      "/image: part 'image' is image/gif; the contract's encoding allows image/png, image/jpeg",
      "/meta/source: missing required property 'source'",
      '/tags: must NOT have more than 2 items',
    ]);
  });
});
