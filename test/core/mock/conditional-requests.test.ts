// If-None-Match (RFC 9110 13.1.2): the mock sends an ETag with every body; a GET or HEAD naming it (weak
// comparison, in a list, or `*`) answers 304 with the ETag and no body. Other answers ignore the condition.
import { describe, expect, it } from 'vitest';
import { startSpec } from './mock-helpers.js';

const CONTRACT = {
  openapi: '3.0.3',
  info: { title: 'Conditional requests', version: '1' },
  paths: {
    '/pets/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        responses: {
          '200': {
            description: 'a pet',
            headers: { 'Cache-Control': { schema: { type: 'string', example: 'max-age=60' } } },
            content: { 'application/json': { example: { id: '7', name: 'Rex' } } },
          },
        },
      },
    },
    '/versioned': {
      get: {
        responses: {
          '200': {
            description: 'with the ETag the contract documents',
            headers: { ETag: { schema: { type: 'string', example: '"v42"' } } },
            content: { 'text/plain': { example: 'version 42' } },
          },
        },
      },
    },
    '/pets': {
      post: {
        responses: { '201': { description: 'made', content: { 'application/json': { example: { id: '8' } } } } },
      },
    },
  },
};

const send = async (url: string, init: RequestInit = {}) => {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
};

describe('If-None-Match', () => {
  it('GET with the ETag it was given: 304, no body, the same ETag and cache headers; a GET without gets 200', async () => {
    const { url, server } = await startSpec(CONTRACT);
    const first = await send(`${url}/pets/7`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await send(`${url}/pets/7`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('max-age=60');
    expect(again.headers.get('content-type')).toBeNull();
    expect(again.headers.get('content-length')).toBeNull();
    expect(server.context.journal.list().map((e) => e.status)).toEqual([200, 304]);
  });

  it('weak comparison, lists and *: each matches; another tag does not', async () => {
    const { url } = await startSpec(CONTRACT);
    const etag = (await send(`${url}/pets/7`)).headers.get('etag') as string;
    for (const condition of [`W/${etag}`, `"other", ${etag}`, `W/"other",W/${etag}`, '*']) {
      const { status, text } = await send(`${url}/pets/7`, { headers: { 'if-none-match': condition } });
      expect({ condition, status, text }).toEqual({ condition, status: 304, text: '' });
    }
    const changed = await send(`${url}/pets/7`, { headers: { 'if-none-match': '"other", W/"older"' } });
    expect(changed.status).toBe(200);
    expect(JSON.parse(changed.text)).toEqual({ id: '7', name: 'Rex' });
  });

  it('HEAD too; the ETag the contract documents is the one compared', async () => {
    const { url } = await startSpec(CONTRACT);
    const head = await send(`${url}/versioned`, { method: 'HEAD' });
    expect(head.headers.get('etag')).toBe('"v42"');
    const cached = await send(`${url}/versioned`, { method: 'HEAD', headers: { 'if-none-match': '"v42"' } });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('etag')).toBe('"v42"');
    expect((await send(`${url}/versioned`, { headers: { 'if-none-match': 'W/"v42"' } })).status).toBe(304);
  });

  it('ignored where the answer is not a 2xx, and on other methods', async () => {
    const { url } = await startSpec(CONTRACT);
    const missing = await send(`${url}/nowhere`, { headers: { 'if-none-match': '*' } });
    expect(missing.status).toBe(404);
    expect(missing.text).not.toBe('');
    const post = await send(`${url}/pets`, {
      method: 'POST',
      headers: { 'if-none-match': '*' },
    });
    expect(post.status).toBe(201);
  });
});
