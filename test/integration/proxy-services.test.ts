// The tutorial's real services (fixtures/services) behind `mockforge proxy`: the tutorial's scenario and its
// integration test (step 8) drive traffic through it, and the orders service calls users and products
// through it too. What the proxy finds is asserted: which violations, which side, which contract lines.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnEcommerceServices } from '../../fixtures/services/start-services.mjs';
import { loadContract } from '../../src/core/contract/load-contract.js';
import { readMockFiles } from '../../src/core/mock/mock-files/read-mock-files.js';
import { buildProxyReport } from '../../src/core/proxy/proxy-report.js';
import { formatProxyReport, proxyFindings } from '../../src/core/proxy/report-formats.js';
import { createProxyFromConfig } from '../../src/core/proxy/start-proxy.js';
import { runScenarioFiles } from '../../src/core/scenario/run-scenario-files.js';
import { freePorts } from '../cli/serve-fixture.js';
import { FIXTURES, lineOf } from '../helpers/temp-project.js';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
});

const NAMES = ['users-service', 'products-service', 'orders-service'] as const;
type Variant = 'correct' | 'wrong-total' | 'missing-field';

/** The project copied, the services started (orders calling its dependencies through the proxy), the proxy in front. */
async function behindProxy(project: string, variant: Variant, options: { enforce?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-proxy-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(FIXTURES, project), dir, { recursive: true });
  // The services must know the proxy's ports before it listens: a port found free can be taken by a test
  // running beside this one before the proxy binds it, so that case is tried again with other ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startBehindProxy(dir, variant, options);
    } catch (error) {
      if ((error as { code?: string }).code !== 'MF_PORT_IN_USE' || attempt >= 3) throw error;
    }
  }
}

async function startBehindProxy(dir: string, variant: Variant, options: { enforce?: boolean }) {
  const ports = await freePorts(3);
  const url = Object.fromEntries(NAMES.map((name, i) => [name, `http://127.0.0.1:${ports[i]}`])) as Record<
    (typeof NAMES)[number],
    string
  >;
  const services = await spawnEcommerceServices(variant, {
    dependencies: { users: url['users-service'], products: url['products-service'] },
  });
  cleanup.push(() => services.stop());
  const proxy = createProxyFromConfig(join(dir, 'mockforge.yaml'), {
    workspaces: [...NAMES],
    targets: new Map(Object.entries(services.urls)),
    ports: new Map(NAMES.map((name, i) => [name, ports[i] as number])),
    record: join(dir, 'recorded'),
    ...(options.enforce ? { enforce: true } : {}),
  });
  cleanup.push(() => proxy.close());
  await proxy.listen();
  return { dir, url, proxy, services };
}

/** The tutorial's scenario, run against the proxy's URLs. */
async function runScenario(dir: string, url: Record<string, string>) {
  const { result } = await runScenarioFiles({
    cwd: dir,
    patterns: ['scenarios/cross-service-purchase.yaml'],
    configPath: 'mockforge.yaml',
    targets: new Map(Object.entries(url)),
    env: {},
    noMocks: true,
  });
  return result.scenarios[0]?.steps ?? [];
}

/** The tutorial's step 8 (tests/integration/cross-service.test.ts) as written, plus the orders listing its comment names. */
async function integrationTest(url: Record<string, string>) {
  const user = await fetch(`${url['users-service']}/api/users/user_123`);
  const product = await fetch(`${url['products-service']}/api/products/prod_456`);
  const order = await fetch(`${url['orders-service']}/api/orders`, {
    method: 'POST',
    body: JSON.stringify({
      user_id: 'user_123',
      items: [{ product_id: 'prod_456', quantity: 1 }],
    }),
  });
  const orders = await fetch(`${url['orders-service']}/api/orders?user_id=user_123`);
  return { user, product, order, orders };
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
/**
 * The report once the journal is still: an exchange is journalled just after its answer reaches the client
 * (and after the answer is recorded), so a read right after the last response can miss it.
 */
async function report(proxy: { journal: { list(): never[] } } | ReturnType<typeof createProxyFromConfig>) {
  let count = -1;
  for (let waited = 0; waited < 3000 && proxy.journal.list().length !== count; waited += 50) {
    count = proxy.journal.list().length;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return buildProxyReport(proxy.journal.list());
}

describe('the tutorial services behind mockforge proxy', () => {
  it("the tutorial's own contracts and the correct services: the scenario and step 8 pass; the one undocumented call is found", async () => {
    const { dir, url, proxy } = await behindProxy('ecommerce', 'correct');
    expect((await runScenario(dir, url)).map((s) => [s.outcome, s.response?.status])).toEqual([
      ['passed', 200],
      ['passed', 200],
      ['passed', 201],
    ]);
    const step8 = await integrationTest(url);
    expect(step8.order.status).toBe(201);
    expect(await step8.order.json()).toMatchObject({ id: 'order_790', user_id: 'user_123', total: 999.99 });
    expect(step8.orders.status).toBe(200);

    const found = await report(proxy);
    const orders = read(dir, 'contracts/orders-service.yaml');
    const where = { file: join(dir, 'contracts/orders-service.yaml'), line: lineOf(orders, '/api/orders:'), column: 3 };
    expect(found.violations.map((v) => [v.workspace, v.side, v.check, v.operation, v.location, v.count])).toEqual([
      ['orders-service', 'consumer', 'undocumented_operation', 'GET /api/orders', where, 1],
      ['orders-service', 'provider', 'unsupported_method', 'GET /api/orders', where, 1],
    ]);
    // The request that showed it, straight to the service (the headers are what Node's fetch sent).
    expect(found.violations[0]?.example.curl).toMatch(/^curl -sS -i -H 'accept: \*\/\*' .*-H 'user-agent: node'/);
    expect(found.violations[0]?.example.curl).toMatch(
      new RegExp(` '${proxy.proxied[2]?.target}/api/orders\\?user_id=user_123'$`),
    );
    // Two orders, each checked its user and priced its item through the proxy: the services' own traffic.
    expect(found.traffic.map((t) => [t.workspace, t.requests])).toEqual([
      ['users-service', 4],
      ['products-service', 4],
      ['orders-service', 3],
    ]);

    // Recorded as mock data: the files the mock reads, with what the services answered.
    const recorded = found.recorded.filter((r) => r.outcome.startsWith('written')).map((r) => r.outcome);
    expect(recorded).toEqual([
      'written recorded/users-service/get_api_users_{id}.yaml (200)',
      'written recorded/products-service/get_api_products_{id}.yaml (200)',
      'written recorded/orders-service/post_api_orders.yaml (201)',
    ]);
    const usersContract = loadContract(join(dir, 'contracts/users-service.yaml'));
    const users = readMockFiles(join(dir, 'recorded/users-service'), usersContract);
    expect(users.warnings).toEqual([]);
    expect(read(dir, 'recorded/users-service/get_api_users_{id}.yaml')).toContain('email: alice@example.com');
    expect(read(dir, 'recorded/orders-service/post_api_orders.yaml')).toContain('id: order_789');

    const text = formatProxyReport(found, (file) => file.replace(`${dir}/`, ''));
    expect(text).toContain(
      `contracts/orders-service.yaml:${where.line}: consumer undocumented_operation: GET /api/orders: GET is not documented for this path (documented: POST) (1x)`,
    );
    expect(text).toContain('11 request(s) through the proxy: 2 distinct violation(s), 3 response(s) recorded');
  });

  it('a drifted users service (missing-field) against the contracts that require email: provider drift at the required line', async () => {
    const { dir, url, proxy } = await behindProxy('ecommerce-strict', 'missing-field');
    const steps = await runScenario(dir, url);
    expect(steps.map((s) => s.outcome)).toEqual(['failed', 'passed', 'passed']);
    const step8 = await integrationTest(url);
    expect(step8.order.status).toBe(201);

    const found = await report(proxy);
    const shared = read(dir, 'contracts/shared-schemas.yaml');
    expect(
      found.violations.map((v) => [v.workspace, v.side, v.check, v.operation, v.at, v.location?.line, v.count]),
    ).toEqual([
      [
        'users-service',
        'provider',
        'response_schema_conformance',
        'GET /api/users/{id}',
        '/email',
        lineOf(shared, 'required: [id, name, email]'),
        4, // the scenario's step, the test's GET, and the orders service checking the user of each order
      ],
    ]);
    expect(found.violations[0]?.location?.file).toBe(join(dir, 'contracts/shared-schemas.yaml'));
    expect(found.violations[0]?.message).toBe("/email missing required property 'email'");
    // Not recorded: the answer breaks the contract (and that is said).
    expect(found.recorded.find((r) => r.workspace === 'users-service')).toMatchObject({
      outcome:
        "not written: the answer breaks the contract (response_schema_conformance: /email missing required property 'email')",
      count: 4,
    });
    expect(found.recorded.filter((r) => r.outcome.startsWith('written')).map((r) => r.workspace)).toEqual([
      'products-service',
      'orders-service',
      'orders-service', // the list GET /api/orders, documented here
    ]);
    expect(proxyFindings(found).map((f) => [f.severity, f.title, f.location?.line])).toEqual([
      [
        'error',
        'response_schema_conformance (provider): GET /api/users/{id}',
        lineOf(shared, 'required: [id, name, email]'),
      ],
    ]);
  });

  it('a wrong total is no contract violation: the proxy stays silent where only the scenario can tell', async () => {
    const { dir, url, proxy } = await behindProxy('ecommerce-strict', 'wrong-total');
    const steps = await runScenario(dir, url);
    expect(steps.map((s) => s.outcome)).toEqual(['passed', 'passed', 'failed']);
    expect(steps[2]?.failures.find((f) => f.kind === 'body')).toMatchObject({ path: '/total', actual: 1099.99 });
    await integrationTest(url);
    expect((await report(proxy)).violations).toEqual([]);
  });

  it('a consumer that breaks the order contract: consumer violations at their lines, the documented 400 is fine; --enforce keeps it from the service', async () => {
    const { dir, url, proxy } = await behindProxy('ecommerce-strict', 'correct');
    const bad = await fetch(`${url['orders-service']}/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ items: [{ product_id: 'prod_456', quantity: 0 }] }),
    });
    expect(bad.status).toBe(400); // the service refused it itself
    const shared = read(dir, 'contracts/shared-schemas.yaml');
    const createOrder = lineOf(shared, 'CreateOrderRequest:');
    expect((await report(proxy)).violations.map((v) => [v.side, v.check, v.at, v.location?.line])).toEqual([
      [
        'consumer',
        'request_body_conformance',
        'body /user_id',
        lineOf(shared, 'required: [user_id, items]', createOrder),
      ],
      ['consumer', 'request_body_conformance', 'body /items/0/quantity', lineOf(shared, 'minimum: 1')],
    ]);

    const guarded = await behindProxy('ecommerce-strict', 'correct', { enforce: true });
    const refused = await fetch(`${guarded.url['orders-service']}/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ items: [{ product_id: 'prod_456', quantity: 0 }] }),
    });
    // As the mock answers it: the contract's own 422 (its Error schema), the issues in a header.
    expect(refused.status).toBe(422);
    expect(JSON.parse(refused.headers.get('x-mockforge-request-errors') ?? '[]')).toHaveLength(2);
    const steps = await runScenario(guarded.dir, guarded.url);
    // The refused order never reached the service: the scenario's order is still the first one, order_789.
    expect(steps.map((s) => s.outcome)).toEqual(['passed', 'passed', 'passed']);
  });

  it('services that did not follow a contract change (the v2 contracts): provider drift in the body and in the status', async () => {
    const { dir, url, proxy } = await behindProxy('ecommerce-v2', 'correct');
    await runScenario(dir, url);
    const found = await report(proxy);
    const shared = read(dir, 'contracts/shared-schemas.yaml');
    const orders = read(dir, 'contracts/orders-service.yaml');
    expect(found.violations.map((v) => [v.workspace, v.side, v.check, v.operation, v.location?.line, v.count])).toEqual(
      [
        [
          'products-service',
          'provider',
          'response_schema_conformance',
          'GET /api/products/{id}',
          lineOf(shared, 'type: string', lineOf(shared, 'price:')),
          2, // the scenario's step, and the orders service pricing the order
        ],
        ['orders-service', 'provider', 'status_code_conformance', 'POST /api/orders', lineOf(orders, 'responses:'), 1],
      ],
    );
    expect(found.violations[1]?.message).toBe('status 201 is not documented (documented: 200)');
  });
});
