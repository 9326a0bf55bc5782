// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${name} is the scenario placeholder syntax, not a template
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../src/core/http/http-transport.js';
import { loadProject } from '../../../src/core/project.js';
import { parseScenario } from '../../../src/core/scenario/load-scenario.js';
import { runScenarios } from '../../../src/core/scenario/run-scenarios.js';
import type { ResolvedTarget } from '../../../src/core/scenario/types.js';
import { ECOMMERCE, lineOf } from '../../helpers/temp-project.js';

const servers: Server[] = [];
const transport = createHttpTransport();
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

type Handler = (
  method: string,
  url: string,
  body: string,
) => { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

/** A loopback service answering by `handler`; records what it received. */
async function serve(handler: Handler): Promise<{
  url: string;
  received: Array<{ method: string; url: string; body: string; headers: Record<string, unknown> }>;
}> {
  const received: Array<{ method: string; url: string; body: string; headers: Record<string, unknown> }> = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    received.push({ method: req.method ?? '', url: req.url ?? '', body, headers: req.headers });
    const answer = handler(req.method ?? '', req.url ?? '', body);
    if (answer === 'hang') return;
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, received };
}

function target(service: string, url: string): ResolvedTarget {
  return { service, url, source: 'target' };
}

describe('runScenarios', () => {
  it('captures a value and uses it, with ${env.X}, in later steps; status lists and ranges match', async () => {
    const service = await serve((method, url) =>
      method === 'POST'
        ? { status: 201, body: { id: 'order_1', n: 2 } }
        : { status: 200, body: { id: url.split('/')[3]?.split('?')[0], n: 2 } },
    );
    const scenario = parseScenario(
      [
        'name: captures',
        'steps:',
        '  - name: create',
        '    service: orders',
        '    request: { method: POST, path: /api/orders, headers: { authorization: "Bearer ${env.TOKEN}" }, body: { a: 1 } }',
        '    response: { status: [200, 201] }',
        '    capture: { order_id: $.id, count: $.n }',
        '  - name: read',
        '    service: orders',
        '    request: { path: "/api/orders/${order_id}", query: { n: "${count}" } }',
        '    response: { status: 2xx, body: { id: "${order_id}", n: "${count}" } }',
      ].join('\n'),
      '/x/captures.yaml',
    );
    const result = await runScenarios({
      scenarios: [scenario],
      targets: [target('orders', service.url)],
      transport,
      env: { TOKEN: 't0k' },
    });
    const steps = result.scenarios[0]?.steps ?? [];
    expect(steps.map((s) => s.outcome)).toEqual(['passed', 'passed']);
    expect(steps[0]?.captured).toEqual({ order_id: 'order_1', count: 2 });
    expect(service.received[0]?.headers.authorization).toBe('Bearer t0k');
    expect(service.received[0]?.body).toBe('{"a":1}');
    expect(service.received[1]?.url).toBe('/api/orders/order_1?n=2');
  });

  it('fails clearly for a capture matching nothing, an unset env value, a wrong status and exact-match extras', async () => {
    const service = await serve(() => ({ status: 404, body: { id: 'x', extra: true } }));
    const text = [
      'name: failures',
      'steps:',
      '  - name: capture nothing',
      '    service: s',
      '    request: { path: /a }',
      '    response: { status: 404 }',
      '    capture: { missing: $.nope.deeper }',
      '  - name: wrong status, exact',
      '    service: s',
      '    request: { path: /b }',
      '    match: exact',
      '    response:',
      '      status: 200-299',
      '      body: { id: x }',
      '  - name: unset env',
      '    service: s',
      '    request: { path: "/c/${env.NOT_SET_ANYWHERE}" }',
    ].join('\n');
    const scenario = parseScenario(text, '/x/failures.yaml');
    const result = await runScenarios({
      scenarios: [scenario],
      targets: [target('s', service.url)],
      transport,
      env: {},
    });
    const [capture, status, env] = result.scenarios[0]?.steps ?? [];
    expect(capture?.failures).toMatchObject([{ kind: 'capture', location: { line: lineOf(text, 'capture:') } }]);
    expect(capture?.failures[0]?.message).toContain('$.nope.deeper matches nothing');
    expect(status?.failures.map((f) => [f.kind, f.location.line])).toEqual([
      ['status', lineOf(text, 'status: 200-299')],
      ['body', lineOf(text, 'body: { id: x }')],
    ]);
    expect(status?.failures[1]?.message).toContain('/extra is not expected');
    expect(env?.failures[0]).toMatchObject({
      kind: 'variable',
      message: 'environment variable NOT_SET_ANYWHERE is not set',
    });
    expect(service.received.map((r) => r.url)).toEqual(['/a', '/b']);
  });

  it('fails a step on a timeout (and skips the rest) instead of hanging', async () => {
    const service = await serve(() => 'hang');
    const text =
      'name: slow\nsteps:\n  - name: hangs\n    service: s\n    request: { path: /slow }\n    timeout: 300ms\n  - name: after\n    service: s\n    request: { path: /x }\n';
    const started = Date.now();
    const result = await runScenarios({
      scenarios: [parseScenario(text, '/x/slow.yaml')],
      targets: [target('s', service.url)],
      transport,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    const [hangs, after] = result.scenarios[0]?.steps ?? [];
    expect(hangs?.failures[0]).toMatchObject({ kind: 'timeout', location: { line: 3 } });
    expect(hangs?.failures[0]?.message).toContain('within 300 ms');
    expect(after?.outcome).toBe('skipped');
  });

  it('fails an unknown service at its line with a suggestion', async () => {
    const text = 'name: typo\nsteps:\n  - name: a\n    service: user-service\n    request: { path: /a }\n';
    const result = await runScenarios({
      scenarios: [parseScenario(text, '/x/typo.yaml')],
      targets: [target('users-service', 'http://127.0.0.1:9')],
      transport,
    });
    const failure = result.scenarios[0]?.steps[0]?.failures[0];
    expect(failure).toMatchObject({ kind: 'unknown-service', location: { line: 4 } });
    expect(failure?.message).toContain("did you mean 'users-service'");
  });

  it('reports an expected body that no longer fits the contract, and a response that breaks it', async () => {
    const { contracts } = loadProject(join(ECOMMERCE, 'mockforge.yaml'));
    const service = await serve((method) =>
      method === 'GET'
        ? { status: 200, body: { id: 'p', name: 'Laptop', price: 'cheap' } }
        : { status: 201, body: { id: 'o' } },
    );
    const text = [
      'name: stale',
      'steps:',
      '  - name: product',
      '    service: products-service',
      '    request: { path: /api/products/p }',
      '    response:',
      '      status: 200',
      '      body:',
      '        price: "999.99"',
    ].join('\n');
    const result = await runScenarios({
      scenarios: [parseScenario(text, '/x/stale.yaml')],
      targets: [target('products-service', service.url)],
      contracts,
      transport,
    });
    const failures = result.scenarios[0]?.steps[0]?.failures ?? [];
    const expected = failures.find((f) => f.kind === 'contract-expected');
    expect(expected?.message).toContain('expected body no longer fits the contract: /price must be number');
    expect(expected?.location.line).toBe(lineOf(text, 'price: "999.99"'));
    expect(expected?.contractLocation?.file).toMatch(/shared-schemas\.yaml$/);
    const actual = failures.find((f) => f.kind === 'contract-response');
    expect(actual?.message).toContain('/price must be number');
  });
});

describe('runScenarios with a target that is not a URL', () => {
  it('fails the step at its path line instead of crashing', async () => {
    const text = 'name: bad\nsteps:\n  - name: a\n    service: s\n    request: { path: /a }\n';
    const result = await runScenarios({
      scenarios: [parseScenario(text, '/x/bad.yaml')],
      targets: [{ service: 's', url: 'localhost-without-scheme', source: 'env' }],
      transport,
    });
    const failure = result.scenarios[0]?.steps[0]?.failures[0];
    expect(failure?.message).toContain("cannot build the request URL from 'localhost-without-scheme' and '/a'");
    expect(failure?.location.line).toBe(5);
  });
});
