import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePorts } from '../../cli/serve-fixture.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';
import { json, startProxy, startService, violationsOf } from './proxy-helpers.js';

const SHOP = `openapi: 3.0.3
info: {title: Shop, version: '1'}
paths:
  /orders:
    get:
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
            maximum: 50
      responses:
        '200':
          description: the orders
          headers:
            X-Total:
              required: true
              schema:
                type: integer
          content:
            application/json:
              schema:
                type: array
                items:
                  $ref: '#/components/schemas/Order'
    post:
      security:
        - key: []
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [quantity]
              properties:
                quantity:
                  type: integer
                  minimum: 1
      responses:
        '201':
          description: created
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Order'
        '400':
          description: refused
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Error'
components:
  securitySchemes:
    key:
      type: apiKey
      in: header
      name: X-Api-Key
  schemas:
    Order:
      type: object
      required: [id, total]
      properties:
        id:
          type: string
        total:
          type: number
    Error:
      type: object
      required: [error]
      properties:
        error:
          type: string
`;
const line = (needle: string, from = 0) => lineOf(SHOP, needle, from);
const at = (needle: string, from = 0) => `api.yaml:${line(needle, from)}`;
const ORDER = { id: 'order_1', total: 12.5 };
const VALID_POST = { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'k' } };

describe('mockforge proxy: the contract checks of both sides', () => {
  it('a valid exchange passes with no violation header', async () => {
    const service = await startService((req, res) =>
      req.method === 'GET' ? json(res, 200, [ORDER], { 'x-total': '1' }) : json(res, 201, ORDER),
    );
    const { url, proxy } = await startProxy(SHOP, service.url);
    const list = await fetch(`${url}/orders?limit=10`);
    const created = await fetch(`${url}/orders`, { ...VALID_POST, body: '{"quantity":2}' });
    expect([list.status, created.status]).toEqual([200, 201]);
    for (const answer of [list, created]) {
      expect(answer.headers.get('x-mockforge-violations')).toBeNull();
      expect(answer.headers.get('sl-violations')).toBeNull();
    }
    expect(proxy.journal.list().map((e) => [e.operation, e.violations])).toEqual([
      ['GET /orders', []],
      ['POST /orders', []],
    ]);
  });

  it('provider drift: body, headers, status and server errors, at the violated contract lines', async () => {
    let fail = false;
    const service = await startService((_req, res) =>
      fail ? json(res, 500, { error: 'boom' }) : json(res, 200, [{ id: 'order_1', total: '12.50' }]),
    );
    const { url } = await startProxy(SHOP, service.url);
    const drifted = await fetch(`${url}/orders`);
    expect(drifted.status).toBe(200);
    expect(await drifted.json()).toEqual([{ id: 'order_1', total: '12.50' }]); // passed on as it came
    expect(violationsOf(drifted)).toEqual([
      {
        side: 'provider',
        check: 'response_headers_conformance',
        operation: 'GET /orders',
        at: 'header:X-Total',
        message: "required header 'X-Total' is missing",
        location: at('X-Total:'),
      },
      {
        side: 'provider',
        check: 'response_schema_conformance',
        operation: 'GET /orders',
        at: '/0/total',
        message: '/0/total must be number',
        location: at('type: number', line('Order:')),
      },
    ]);
    fail = true;
    const broken = await fetch(`${url}/orders`);
    expect(violationsOf(broken).map((v) => [v.check, v.location])).toEqual([
      ['not_a_server_error', at('get:')],
      ['status_code_conformance', at('responses:')],
    ]);
  });

  it('consumer drift: credentials, parameters, body and content type, at their lines; a documented refusal is fine', async () => {
    const service = await startService((_req, res) => json(res, 400, { error: 'invalid order' }));
    const { url } = await startProxy(SHOP, service.url);
    const unauthenticated = await fetch(`${url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"quantity":0}',
    });
    expect(unauthenticated.status).toBe(400); // not blocked: the service's own answer
    expect(violationsOf(unauthenticated)).toEqual([
      {
        side: 'consumer',
        check: 'request_security_presence',
        operation: 'POST /orders',
        at: 'credentials',
        message: "credentials required: key (API key 'X-Api-Key' in header)",
        location: at('security:'),
      },
      {
        side: 'consumer',
        check: 'request_body_conformance',
        operation: 'POST /orders',
        at: 'body /quantity',
        message: 'must be >= 1',
        location: at('minimum: 1'),
      },
    ]);
    const xml = await fetch(`${url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', 'x-api-key': 'k' },
      body: '<order/>',
    });
    expect(violationsOf(xml).map((v) => [v.side, v.check, v.location])).toEqual([
      ['consumer', 'request_content_type_conformance', at('content:', line('requestBody:'))],
    ]);
    const noBody = await fetch(`${url}/orders`, VALID_POST);
    expect(violationsOf(noBody).map((v) => [v.check, v.message, v.location])).toEqual([
      ['request_body_conformance', 'a request body is required', at('required: true', line('requestBody:'))],
    ]);
  });

  it('a provider that accepts what its contract forbids fails the check validate would have run', async () => {
    const service = await startService((req, res) =>
      req.method === 'GET' ? json(res, 200, [], { 'x-total': '0' }) : json(res, 201, ORDER),
    );
    const { url } = await startProxy(SHOP, service.url);
    const accepted = await fetch(`${url}/orders`, { ...VALID_POST, body: '{"quantity":0}' });
    expect(violationsOf(accepted).map((v) => [v.side, v.check, v.message])).toEqual([
      ['consumer', 'request_body_conformance', 'must be >= 1'],
      [
        'provider',
        'negative_data_rejection',
        'accepted a request with /quantity must be >= 1 (body /quantity): 201, expected 4xx',
      ],
    ]);
    const anonymous = await fetch(`${url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"quantity":1}',
    });
    expect(violationsOf(anonymous).map((v) => [v.side, v.check])).toEqual([
      ['consumer', 'request_security_presence'],
      ['provider', 'ignored_auth'],
    ]);
    const limit = await fetch(`${url}/orders?limit=99`);
    expect(violationsOf(limit).map((v) => [v.side, v.check, v.at, v.message])).toEqual([
      ['consumer', 'request_parameter_conformance', 'query limit', 'must be <= 50'],
      [
        'provider',
        'negative_data_rejection',
        undefined,
        'accepted a request with must be <= 50 (query limit): 200, expected 4xx',
      ],
    ]);
  });

  it('what the contract does not document: the consumer broke it; a 2xx to an undocumented method is the provider too', async () => {
    const service = await startService((req, res) =>
      req.url === '/nothing' ? json(res, 404, { error: 'no' }) : json(res, 200, {}),
    );
    const { url } = await startProxy(SHOP, service.url);
    const unknown = await fetch(`${url}/nothing`);
    expect(unknown.status).toBe(404);
    expect(violationsOf(unknown)).toEqual([
      {
        side: 'consumer',
        check: 'undocumented_operation',
        operation: 'GET /nothing',
        message: 'no operation of the contract matches GET /nothing',
        location: at('paths:'),
      },
    ]);
    const deleted = await fetch(`${url}/orders`, { method: 'DELETE' });
    expect(violationsOf(deleted).map((v) => [v.side, v.check, v.message, v.location])).toEqual([
      [
        'consumer',
        'undocumented_operation',
        'DELETE is not documented for this path (documented: GET, HEAD, POST)',
        at('/orders:'),
      ],
      [
        'provider',
        'unsupported_method',
        'accepted a method the contract does not document for the path: 200, expected 405',
        at('/orders:'),
      ],
    ]);
  });

  it('--enforce answers invalid requests as the mock does, and the service never sees them', async () => {
    const service = await startService((_req, res) => json(res, 201, ORDER));
    const { url } = await startProxy(SHOP, service.url, { enforce: true });
    const invalid = await fetch(`${url}/orders`, { ...VALID_POST, body: '{"quantity":0}' });
    // As the mock: the contract's own 400 (a problem document does not fit its Error schema, so its data),
    // with the issues in a header.
    expect(invalid.status).toBe(400);
    expect(Object.keys((await invalid.json()) as object)).toContain('error');
    expect(JSON.parse(invalid.headers.get('x-mockforge-request-errors') ?? '[]')).toEqual([
      expect.objectContaining({ in: 'body', name: '/quantity', message: 'must be >= 1', location: at('minimum: 1') }),
    ]);
    expect(violationsOf(invalid)).toEqual([]); // the proxy's own answer
    const anonymous = await fetch(`${url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"quantity":1}',
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('ApiKey realm="mockforge", name="X-Api-Key", in="header"');
    expect((await fetch(`${url}/nothing`)).status).toBe(404);
    const wrongMethod = await fetch(`${url}/orders`, { method: 'PUT' });
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'GET, HEAD, POST']);
    expect(service.requests).toEqual([]);
    const valid = await fetch(`${url}/orders`, { ...VALID_POST, body: '{"quantity":1}' });
    expect(valid.status).toBe(201);
    expect(service.requests).toHaveLength(1);
  });

  it("a workspace's validation: false is honoured", async () => {
    const service = await startService((_req, res) => json(res, 200, [{ total: 'x' }]));
    const { url } = await startProxy(SHOP, service.url, { workspaceExtra: '    validation: false\n' });
    const answer = await fetch(`${url}/orders?limit=99`);
    expect(violationsOf(answer)).toEqual([]);
  });

  it('faults of mockforge.yaml, per endpoint, seeded as the mock: latency, and errors answered without the service', async () => {
    const service = await startService((req, res) =>
      req.method === 'GET' ? json(res, 200, [], { 'x-total': '0' }) : json(res, 201, ORDER),
    );
    const faults =
      '    faults: {latency_ms: 150}\n    endpoints:\n      - path: /orders\n        method: POST\n        faults: {error_rate: 1, error_status: 400}\n';
    const { url, proxy } = await startProxy(SHOP, service.url, { workspaceExtra: faults });
    const started = performance.now();
    const slow = await fetch(`${url}/orders`);
    expect(slow.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const failed = await fetch(`${url}/orders`, { ...VALID_POST, body: '{"quantity":1}' });
    // The contract documents the 400: its response, as the mock's fault would give it.
    expect(failed.status).toBe(400);
    expect(failed.headers.get('x-mockforge-fault')).toBe('error 400');
    expect(Object.keys((await failed.json()) as object)).toContain('error');
    expect(service.requests.map((r) => r.method)).toEqual(['GET']);
    expect(proxy.journal.list().map((e) => e.answeredBy)).toEqual([undefined, 'fault 400']);

    const off = await startProxy(SHOP, service.url, { workspaceExtra: faults, faults: false });
    expect((await fetch(`${off.url}/orders`, { ...VALID_POST, body: '{"quantity":1}' })).status).toBe(201);
  });

  it("sl-violations is Stoplight Prism's header: the same locations as Prism's own proxy for the same exchange", async () => {
    const service = await startService((_req, res) =>
      json(res, 200, [{ id: 'o1', total: '12.50' }], { 'x-total': '1' }),
    );
    const { url } = await startProxy(SHOP, service.url);
    const ours = await fetch(`${url}/orders?limit=99`);
    const sl = JSON.parse(ours.headers.get('sl-violations') ?? '[]') as Array<Record<string, unknown>>;
    expect(sl).toEqual([
      {
        location: ['request', 'query', 'limit'],
        severity: 'Error',
        code: 'request_parameter_conformance',
        message: 'must be <= 50',
      },
      {
        location: ['response'],
        severity: 'Error',
        code: 'negative_data_rejection',
        message: 'accepted a request with must be <= 50 (query limit): 200, expected 4xx',
      },
      {
        location: ['response', 'body', '0', 'total'],
        severity: 'Error',
        code: 'response_schema_conformance',
        message: '/0/total must be number',
      },
    ]);

    const dir = tempProject({ 'api.yaml': SHOP });
    const [port] = await freePorts(1);
    const prism = spawn(
      join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', 'prism'),
      ['proxy', '-h', '127.0.0.1', '-p', String(port), join(dir, 'api.yaml'), service.url],
      { stdio: 'ignore' },
    );
    try {
      let theirs: Response | undefined;
      for (let i = 0; i < 600 && !theirs; i++) {
        theirs = await fetch(`http://127.0.0.1:${port}/orders?limit=99`).catch(() => undefined);
        if (!theirs) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const prismViolations = JSON.parse(theirs?.headers.get('sl-violations') ?? '[]') as Array<
        Record<string, unknown>
      >;
      const shape = (list: Array<Record<string, unknown>>) => list.map((v) => [v.location, v.severity]);
      // Prism's two, at the same places; ours adds validate's check that the service should have refused.
      expect(prismViolations).toHaveLength(2);
      expect(shape(sl)).toEqual(expect.arrayContaining(shape(prismViolations)));
    } finally {
      prism.kill('SIGKILL');
    }
  }, 90_000);
});
