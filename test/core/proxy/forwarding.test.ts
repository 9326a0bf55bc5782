import { createServer, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { json, startProxy, startService, violationsOf } from './proxy-helpers.js';

const ITEMS = `openapi: 3.0.3
info: {title: Items, version: '1'}
paths:
  /items:
    get:
      responses:
        '200':
          description: the items
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Item'
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Item'
      responses:
        '201':
          description: created
  /items/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: one item
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Item'
    head:
      responses:
        '200': {description: exists}
    delete:
      responses:
        '204': {description: gone}
  /events:
    get:
      responses:
        '200':
          description: a stream
          content:
            text/event-stream:
              schema: {type: string}
  /old:
    get:
      responses:
        '302': {description: moved}
components:
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: {type: string}
        price: {type: number}
`;

/** One request over a fresh connection, the raw answer's status, headers and body. */
function send(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}${options.path}`,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The journal entry is written once the last byte went out, just after the client has it. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('mockforge proxy: forwarding', () => {
  it('forwards method, path, query and body; Host is the target, X-Forwarded-* and Via are added, hop-by-hop headers dropped both ways', async () => {
    const service = await startService((_req, res) => {
      res.setHeader('x-hop', 'for this connection only');
      res.setHeader('connection', 'x-hop');
      res.setHeader('keep-alive', 'timeout=1');
      json(res, 201, { ok: true }, { 'x-kept': 'yes' });
    });
    const { url } = await startProxy(ITEMS, service.url);
    const answer = await send(url, {
      method: 'POST',
      path: '/items?tag=a&tag=b',
      headers: {
        'content-type': 'application/json',
        'x-custom': 'kept',
        'x-listed': 'named in Connection',
        connection: 'x-listed',
        'proxy-authorization': 'Basic Zm9vOmJhcg==',
        te: 'trailers',
        'x-forwarded-for': '10.0.0.9',
      },
      body: '{"id":"item_1"}',
    });
    expect(answer.status).toBe(201);
    expect(answer.headers['x-kept']).toBe('yes');
    expect(answer.headers['x-hop']).toBeUndefined();
    expect(answer.headers.via).toBe('1.1 mockforge');
    const [seen] = service.requests;
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe('/items?tag=a&tag=b');
    expect(seen?.body.toString()).toBe('{"id":"item_1"}');
    expect(seen?.headers.host).toBe(new URL(service.url).host);
    expect(seen?.headers['x-forwarded-host']).toBe(new URL(url).host);
    expect(seen?.headers['x-forwarded-proto']).toBe('http');
    expect(seen?.headers['x-forwarded-for']).toBe('10.0.0.9, 127.0.0.1');
    expect(seen?.headers.via).toBe('1.1 mockforge');
    expect(seen?.headers['x-custom']).toBe('kept');
    for (const hop of ['x-listed', 'proxy-authorization', 'te']) expect(seen?.headers[hop]).toBeUndefined();
  });

  it('streams a request body to the target while the client is still sending it', async () => {
    let firstChunk: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      firstChunk = resolve;
    });
    const received: string[] = [];
    const service = createServer((req, res) => {
      req.on('data', (chunk: Buffer) => {
        received.push(chunk.toString());
        firstChunk();
      });
      req.on('end', () => json(res, 201, {}));
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    try {
      const { url } = await startProxy(ITEMS, `http://127.0.0.1:${(service.address() as { port: number }).port}`);
      const answered = new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          `${url}/items`,
          { method: 'POST', headers: { 'content-type': 'application/json' } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.write('{"id":');
        // The second half is sent only once the target has the first: nothing buffered the whole upload.
        void arrived.then(() => req.end('"item_1"}'));
      });
      expect(await answered).toBe(201);
      expect(received.join('')).toBe('{"id":"item_1"}');
      expect(received.length).toBeGreaterThanOrEqual(2);
    } finally {
      service.closeAllConnections();
      await new Promise((resolve) => service.close(resolve));
    }
  });

  it('streams an event stream to the client as the target writes it', async () => {
    let clientGotFirst: () => void = () => {};
    const first = new Promise<void>((resolve) => {
      clientGotFirst = resolve;
    });
    const service = await startService(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: one\n\n');
      await first; // the second event only after the client saw the first
      res.end('data: two\n\n');
    });
    const { url } = await startProxy(ITEMS, service.url);
    const events = await new Promise<string[]>((resolve, reject) => {
      const seen: string[] = [];
      httpRequest(`${url}/events`, (res) => {
        res.on('data', (chunk: Buffer) => {
          seen.push(chunk.toString());
          clientGotFirst();
        });
        res.on('end', () => resolve(seen));
      })
        .on('error', reject)
        .end();
    });
    expect(events.join('')).toBe('data: one\n\ndata: two\n\n');
    expect(events[0]).toBe('data: one\n\n');
  });

  it('never follows a redirect; a Location on the target is moved behind the proxy', async () => {
    const service = await startService((req, res) => {
      res.writeHead(302, { location: `http://${req.headers.host}/items/item_1` });
      res.end();
    });
    const { url } = await startProxy(ITEMS, service.url);
    const answer = await fetch(`${url}/old`, { redirect: 'manual' });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe(`${url}/items/item_1`);
    expect(service.requests.map((r) => r.url)).toEqual(['/old']);
    expect(violationsOf(answer)).toEqual([]);
  });

  it('an unreachable target: 502 problem+json naming the workspace and the URL, kept in the journal', async () => {
    const closed = await startService(() => {});
    const target = closed.url;
    await new Promise((resolve) => closed.server.close(resolve));
    const { url, proxy } = await startProxy(ITEMS, target);
    const answer = await fetch(`${url}/items`);
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await answer.json()) as { detail: string; workspace: string; target: string };
    expect(problem.workspace).toBe('api');
    expect(problem.target).toBe(target);
    expect(problem.detail).toContain(`workspace 'api': the target ${target} did not answer: connection refused`);
    const [entry] = proxy.journal.list();
    expect(entry?.problem?.kind).toBe('refused');
    // The request to reproduce it, straight to the target.
    expect(entry?.curl).toMatch(new RegExp(`^curl -sS -i .*-H 'accept: \\*/\\*'.* ${target}/items$`));
  });

  it('a target slower than --timeout: 504', async () => {
    const service = await startService(async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      json(res, 200, []);
    });
    const { url } = await startProxy(ITEMS, service.url, { timeoutMs: 300 });
    const answer = await fetch(`${url}/items`);
    expect(answer.status).toBe(504);
    expect(((await answer.json()) as { title: string }).title).toBe('Gateway timeout');
  });

  it('refuses bodies over the limit with 413, as the mock does: by Content-Length before the target, and mid-stream', async () => {
    const service = await startService((_req, res) => json(res, 201, {}));
    const { url } = await startProxy(ITEMS, service.url, { bodyLimit: 100 });
    const declared = await fetch(`${url}/items`, { method: 'POST', body: 'x'.repeat(101) });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { limit: number }).limit).toBe(100);
    expect(service.requests).toEqual([]);
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${url}/items`,
        { method: 'POST', headers: { 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write('x'.repeat(50));
      req.end();
    });
    expect(chunked).toBe(413);
  });

  it('malformed HTTP and an HTTP/2 preface get 400 problem+json and the connection closes', async () => {
    const service = await startService((_req, res) => json(res, 200, []));
    const { url } = await startProxy(ITEMS, service.url);
    const port = Number(new URL(url).port);
    for (const raw of ['PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'GARBAGE\r\n\r\n']) {
      const text = await new Promise<string>((resolve) => {
        let out = '';
        const socket = connect(port, '127.0.0.1', () => socket.write(raw));
        socket.on('data', (d) => {
          out += d;
        });
        socket.on('close', () => resolve(out));
      });
      expect(text).toMatch(/^HTTP\/1\.1 400 /);
      expect(text).toContain('application/problem+json');
    }
    expect(service.requests).toEqual([]);
  });

  it('checks a gzip answer decoded, and passes it on as the target sent it', async () => {
    const service = await startService((_req, res) => {
      const body = gzipSync(JSON.stringify({ id: 7 }));
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'content-length': body.length,
      });
      res.end(body);
    });
    const { url } = await startProxy(ITEMS, service.url);
    const answer = await fetch(`${url}/items/item_7`, { headers: { 'accept-encoding': 'gzip' } });
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expect(await answer.json()).toEqual({ id: 7 }); // fetch decoded the bytes the target sent
    expect(violationsOf(answer)).toEqual([
      expect.objectContaining({
        side: 'provider',
        check: 'response_schema_conformance',
        at: '/id',
        message: '/id must be string',
      }),
    ]);
  });

  it('HEAD and 204 answers pass without a body', async () => {
    const service = await startService((req, res) => {
      if (req.method === 'HEAD') {
        res.writeHead(200, { 'content-length': '42' });
        res.end();
      } else {
        res.writeHead(204);
        res.end();
      }
    });
    const { url } = await startProxy(ITEMS, service.url);
    const head = await send(url, { method: 'HEAD', path: '/items/item_1' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('42');
    const gone = await send(url, { method: 'DELETE', path: '/items/item_1' });
    expect(gone.status).toBe(204);
    expect(gone.body).toBe('');
    expect(gone.headers['x-mockforge-violations']).toBeUndefined();
  });

  it('a JSON answer over the checked size streams through unchecked', async () => {
    const big = Buffer.from(
      `[${Array.from({ length: 600_000 }, (_, i) => `{"id":"item_${i}","pad":"xxxxxxxx"}`).join(',')}]`,
    );
    expect(big.length).toBeGreaterThan(16 * 1024 * 1024);
    const service = await startService((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked: the proxy finds out while reading
      res.write(big.subarray(0, 1000));
      res.end(big.subarray(1000));
    });
    const { url, proxy } = await startProxy(ITEMS, service.url);
    const answer = await fetch(`${url}/items`);
    const body = Buffer.from(await answer.arrayBuffer());
    expect(body.length).toBe(big.length);
    expect(body.equals(big)).toBe(true);
    await until(() => proxy.journal.total === 1);
    expect(proxy.journal.list()[0]?.unchecked).toMatch(/body over \d+ bytes is not checked/);
  });

  it('answers its admin API itself (health, journal, report) and never forwards it', async () => {
    const service = await startService((_req, res) => json(res, 200, [{ id: 1 }]));
    const { url } = await startProxy(ITEMS, service.url);
    await fetch(`${url}/items`);
    const health = (await (await fetch(`${url}/__mockforge/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', mode: 'proxy', workspace: 'api', target: service.url });
    const journal = (await (await fetch(`${url}/__mockforge/journal`)).json()) as { entries: Array<{ path: string }> };
    expect(journal.entries.map((e) => e.path)).toEqual(['/items']);
    const report = (await (await fetch(`${url}/__mockforge/report`)).json()) as {
      violations: Array<{ check: string }>;
    };
    expect(report.violations.map((v) => v.check)).toEqual(['response_schema_conformance']);
    expect(service.requests.map((r) => r.url)).toEqual(['/items']);
  });
});
