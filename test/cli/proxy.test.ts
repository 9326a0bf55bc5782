// `mockforge up --proxy` and `mockforge down` as a user runs them (dist/cli.js, real processes): the tutorial's
// services (the missing-field variant) behind the proxy, the scenarios CLI and the tutorial's step 8 through it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readUpState } from '../../src/core/mock/up-state.js';
import { strictProjectBehindProxy } from '../helpers/strict-project.js';
import { FIXTURES, lineOf, tempProject } from '../helpers/temp-project.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const mockforge = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
});

/** ecommerce-strict behind the proxy; `down` before the folder goes (a proxy left running would keep its port). */
async function project(variant: 'correct' | 'missing-field') {
  const { dir, services } = await strictProjectBehindProxy(variant, cleanup);
  cleanup.push(() => mockforge(['down'], dir));
  return { dir, services };
}

describe('mockforge up --proxy / down', () => {
  it('runs the proxy in the background; down reports every distinct violation with its line, side, count and a curl', async () => {
    const { dir, services } = await project('missing-field');
    const up = mockforge(['up', '--proxy', '--record', 'recorded'], dir);
    expect(up.stderr).toMatch(/mockforge up: pid \d+; state \.mockforge\/proxy\.json; log \.mockforge\/proxy\.log/);
    expect(up.status).toBe(0);
    const state = readUpState(dir, 'proxy');
    expect(state?.workspaces.map((w) => w.name)).toEqual(['users-service', 'products-service', 'orders-service']);
    const url = Object.fromEntries((state?.workspaces ?? []).map((w) => [w.name, w.url]));
    expect(readUpState(dir)).toBeUndefined(); // the mocks are not up: their state file is another one

    // The scenarios CLI finds the proxy as it finds mocks started with `up`.
    const scenarios = mockforge(['scenarios'], dir);
    expect(scenarios.stderr).toContain(`users-service: ${url['users-service']} (mockforge up)`);
    expect(scenarios.stdout).toContain("actual response breaks the contract: /email missing required property 'email'");
    expect(scenarios.status).toBe(1); // step 1's expected email is missing
    // The tutorial's step 8, through the proxy.
    await fetch(`${url['users-service']}/api/users/user_123`);
    await fetch(`${url['products-service']}/api/products/prod_456`);
    const order = await fetch(`${url['orders-service']}/api/orders`, {
      method: 'POST',
      body: JSON.stringify({ user_id: 'user_123', items: [{ product_id: 'prod_456', quantity: 1 }] }),
    });
    expect(order.status).toBe(201);

    const down = mockforge(
      ['down', '--json', 'out/proxy.json', '--junit', 'out/proxy.xml', '--sarif', 'out/proxy.sarif'],
      dir,
    );
    expect(down.stderr).toMatch(
      /mockforge down: proxy pid \d+ stopped; journal \.mockforge\/proxy-journal\.jsonl \(10 request\(s\)\)/,
    );
    const shared = readFileSync(join(dir, 'contracts/shared-schemas.yaml'), 'utf8');
    const line = lineOf(shared, 'required: [id, name, email]');
    expect(down.stdout).toContain(
      `contracts/shared-schemas.yaml:${line}: provider response_schema_conformance: GET /api/users/{id}: /email missing required property 'email' (4x)`,
    );
    expect(down.stdout).toContain(`reproduce: curl -sS -i`);
    expect(down.stdout).toContain(`${services.urls['users-service']}/api/users/user_123`);
    expect(down.stdout).toContain('not recorded: GET /api/users/{id}: the answer breaks the contract');
    expect(down.stdout).toContain('10 request(s) through the proxy: 1 distinct violation(s), 2 response(s) recorded');
    expect(down.status).toBe(1);
    expect(await fetch(`${url['users-service']}/__mockforge/health`).catch(() => 'stopped')).toBe('stopped');
    expect(existsSync(join(dir, '.mockforge/proxy.json'))).toBe(false);

    const report = JSON.parse(readFileSync(join(dir, 'out/proxy.json'), 'utf8')) as {
      violations: Array<{ side: string; check: string; count: number; location: { line: number } }>;
    };
    expect(report.violations.map((v) => [v.side, v.check, v.count, v.location.line])).toEqual([
      ['provider', 'response_schema_conformance', 4, line],
    ]);
    const junit = readFileSync(join(dir, 'out/proxy.xml'), 'utf8');
    expect(junit).toContain('<testsuite name="proxy users-service" tests="1" failures="1"');
    expect(junit).toContain(`file="contracts/shared-schemas.yaml" line="${line}"`);
    const sarif = JSON.parse(readFileSync(join(dir, 'out/proxy.sarif'), 'utf8')) as {
      runs: Array<{
        results: Array<{
          ruleId: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
        }>;
      }>;
    };
    const [result] = sarif.runs[0]?.results ?? [];
    expect(result?.ruleId).toBe('response_schema_conformance');
    expect(result?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'contracts/shared-schemas.yaml', uriBaseId: 'SRCROOT' },
      region: { startLine: line, startColumn: expect.any(Number) },
    });
    expect(existsSync(join(dir, 'recorded/products-service/get_api_products_{id}.yaml'))).toBe(true);
    expect(mockforge(['down'], dir).stderr).toBe('mockforge down: nothing is up\n');
  }, 120_000);

  it('down --fail-on never reports and exits 0; the correct services give a clean report', async () => {
    const { dir } = await project('correct');
    expect(mockforge(['up', '--proxy'], dir).status).toBe(0);
    const url = Object.fromEntries((readUpState(dir, 'proxy')?.workspaces ?? []).map((w) => [w.name, w.url]));
    expect((await fetch(`${url['users-service']}/api/users/user_123`)).status).toBe(200);
    const clean = mockforge(['down'], dir);
    expect(clean.stdout).toContain('1 request(s) through the proxy: 0 distinct violation(s)');
    expect(clean.status).toBe(0);

    expect(mockforge(['up', '--proxy'], dir).status).toBe(0);
    const again = Object.fromEntries((readUpState(dir, 'proxy')?.workspaces ?? []).map((w) => [w.name, w.url]));
    await fetch(`${again['users-service']}/api/nothing`);
    const lenient = mockforge(['down', '--fail-on', 'never'], dir);
    // A fresh journal per run: only this run's request.
    expect(lenient.stdout).toContain('1 request(s) through the proxy: 1 distinct violation(s)');
    expect(lenient.status).toBe(0);
  }, 120_000);

  it('bad input: no target, an unknown workspace, an option of serve: exit 2 with a stable code', () => {
    const dir = tempProject({
      'mockforge.yaml': 'workspaces:\n  - name: users-service\n    port: 0\n    contract: users.yaml\n',
      'users.yaml': readFileSync(join(FIXTURES, 'ecommerce-strict/contracts/users-service.yaml'), 'utf8').replace(
        /\$ref: '#\/components\/schemas\/\w+'/g,
        'type: object',
      ),
    });
    const none = mockforge(['proxy'], dir);
    expect(none.stderr).toContain('no workspace of');
    expect(none.stderr).toContain('has a target to proxy to [MF_USAGE_INVALID]');
    expect(none.status).toBe(2);
    const unknown = mockforge(['proxy', '--target', 'user-service=http://127.0.0.1:1'], dir);
    expect(unknown.stderr).toContain("--target: no workspace named 'user-service'");
    expect(unknown.status).toBe(2);
    const notHttp = mockforge(['proxy', '--target', 'users-service=ftp://x'], dir);
    expect(notHttp.stderr).toContain("the target of 'users-service' is not an http(s) URL: ftp://x [MF_USAGE_INVALID]");
    const serveOnly = mockforge(['up', '--proxy', '--stateful'], dir);
    expect(serveOnly.stderr).toContain("Unknown option '--stateful'");
    expect(serveOnly.status).toBe(2);
  });
});
