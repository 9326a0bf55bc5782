// A response documented as a binary media type whose schema is an object (Vonage's media download: a zip
// archive written as `type: object` under `application/octet-stream`) used to answer 500 "Cannot
// serialize" (issue 18 §10). A valid contract gets its documented status and bytes honest for the type: the
// contract's own example where it gives bytes, else a small well-formed file of that format.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { startSpec } from './mock-helpers.js';

const binary = (mediaType: string, media: object = { schema: { type: 'object' } }) => ({
  get: { responses: { '200': { description: 'a file', content: { [mediaType]: media } } } },
});

const CONTRACT = {
  openapi: '3.0.3',
  info: { title: 'Binary bodies', version: '1' },
  paths: {
    '/download': binary('application/octet-stream', {
      schema: { type: 'object', properties: { name: { type: 'string' } } },
    }),
    '/archive': binary('application/zip'),
    '/backup': binary('application/gzip'),
    '/report': binary('application/pdf'),
    '/icon': binary('image/png'),
    '/sheet': binary('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    '/sample': binary('application/octet-stream', { schema: { type: 'object' }, example: 'raw sample bytes' }),
    '/media/{id}': {
      get: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'the file, or its metadata',
            content: {
              'application/json': { schema: { type: 'object', properties: { size: { type: 'integer' } } } },
              'application/octet-stream': { schema: { type: 'object' } },
            },
          },
        },
      },
    },
  },
};

async function bytesOf(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('binary media types with an object schema', () => {
  it('application/octet-stream: 200 with placeholder bytes under the documented type, also with Prefer: dynamic=true', async () => {
    const { url, server } = await startSpec(CONTRACT);
    for (const headers of [{}, { prefer: 'dynamic=true' }]) {
      const { status, headers: sent, bytes } = await bytesOf(`${url}/download`, headers);
      expect(status).toBe(200);
      expect(sent.get('content-type')).toBe('application/octet-stream');
      expect(bytes.length).toBeGreaterThan(0);
      expect(sent.get('content-length')).toBe(String(bytes.length));
      expect(sent.get('etag')).toMatch(/^"[\w-]+"$/);
      expect(sent.get('x-mockforge-response-errors')).toBeNull();
    }
    expect(server.context.journal.list().map((e) => e.status)).toEqual([200, 200]);
  });

  it('known formats get a well-formed empty file: zip (and xlsx), gzip, pdf, png', async () => {
    const { url } = await startSpec(CONTRACT);
    const emptyZip = Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]);
    for (const path of ['/archive', '/sheet']) {
      const zip = await bytesOf(`${url}${path}`);
      expect(zip.status).toBe(200);
      expect(zip.bytes).toEqual(emptyZip);
    }
    const gzip = await bytesOf(`${url}/backup`);
    expect(gzip.headers.get('content-type')).toBe('application/gzip');
    expect(gunzipSync(gzip.bytes).length).toBe(0);
    const pdf = await bytesOf(`${url}/report`);
    expect(pdf.bytes.toString('latin1')).toMatch(/^%PDF-1\.\d\n[\s\S]*%%EOF\n$/);
    const png = await bytesOf(`${url}/icon`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it("the contract's own example is sent when it is bytes (a string)", async () => {
    const { url } = await startSpec(CONTRACT);
    const { status, headers, bytes } = await bytesOf(`${url}/sample`);
    expect(status).toBe(200);
    expect(bytes.toString('utf8')).toBe('raw sample bytes');
    // bytes are not the JSON value the schema describes: not flagged as a contract violation
    expect(headers.get('x-mockforge-response-errors')).toBeNull();
  });

  it('negotiation still picks the documented type: JSON for Accept JSON, the placeholder for Accept octet-stream', async () => {
    const { url } = await startSpec(CONTRACT);
    const json = await bytesOf(`${url}/media/7`, { accept: 'application/json' });
    expect(json.headers.get('content-type')).toBe('application/json');
    expect(typeof JSON.parse(json.bytes.toString('utf8'))).toBe('object');
    const file = await bytesOf(`${url}/media/7`, { accept: 'application/octet-stream' });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
    expect(file.bytes.length).toBeGreaterThan(0);
  });
});
