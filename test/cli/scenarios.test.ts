import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnEcommerceServices } from '../../fixtures/services/start-services.mjs';
import { ECOMMERCE, lineOf, tempProject } from '../helpers/temp-project.js';
import { copyEcommerce, removeCopy, runCli as run } from './serve-fixture.js';

const SCENARIO_TEXT = readFileSync(join(ECOMMERCE, 'scenarios', 'cross-service-purchase.yaml'), 'utf8');

type SarifLocation = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } };

const targetsOf = (urls: Record<string, string>) =>
  Object.entries(urls).flatMap(([name, url]) => ['--target', `${name}=${url}`]);

describe('mockforge scenarios (bundled dist/cli.js)', () => {
  it("passes the tutorial's scenario against the real services (--target), and writes JSON and JUnit", async () => {
    const services = await spawnEcommerceServices('correct');
    const dir = tempProject({});
    try {
      const result = await run(
        ['scenarios', ...targetsOf(services.urls), '--json', join(dir, 'r.json'), '--junit', join(dir, 'r.xml')],
        ECOMMERCE,
      );
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain(
        '✓ Cross-Service Purchase Flow (scenarios/cross-service-purchase.yaml): 3/3 steps passed',
      );
      expect(result.stderr).toContain(
        '[Cross-Service Purchase Flow] ✓ 3. Create Order (Orders Service)  POST /api/orders -> 201',
      );
      const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
      expect(json.summary).toEqual({ scenarios: 1, passed: 1, steps: 3, failedSteps: 0, skippedSteps: 0 });
      expect(json.scenarios[0].steps[2].response.body).toMatchObject({ id: 'order_789', total: 999.99 });
      const xml = readFileSync(join(dir, 'r.xml'), 'utf8');
      expect((xml.match(/<testcase /g) ?? []).length).toBe(3);
      expect(xml).toContain('failures="0"');
    } finally {
      await services.stop();
    }
  });

  it('exits 1 with the scenario line and a diff against the wrong-total services, found through the environment', async () => {
    const services = await spawnEcommerceServices('wrong-total');
    try {
      const env = {
        USERS_SERVICE_URL: services.urls['users-service'] as string,
        PRODUCTS_SERVICE_URL: services.urls['products-service'] as string,
        ORDERS_SERVICE_URL: services.urls['orders-service'] as string,
      };
      const sarifFile = join(tempProject({}), 'scenarios.sarif');
      const result = await run(
        ['scenarios', 'scenarios/*.yaml', '--markdown', '/dev/null', '--sarif', sarifFile],
        ECOMMERCE,
        env,
      );
      expect(result.status, result.stdout + result.stderr).toBe(1);
      const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(
        sarif.runs[0].results.map((r: { ruleId: string; locations: SarifLocation[] }) => [
          r.ruleId,
          r.locations[0]?.physicalLocation.artifactLocation.uri,
          r.locations[0]?.physicalLocation.region.startLine,
        ]),
      ).toEqual([['scenario/body', 'scenarios/cross-service-purchase.yaml', lineOf(SCENARIO_TEXT, 'total: 999.99')]]);
      expect(result.stderr).toContain(`orders-service: ${env.ORDERS_SERVICE_URL} (environment)`);
      expect(result.stdout).toContain(
        `scenarios/cross-service-purchase.yaml:${lineOf(SCENARIO_TEXT, 'total: 999.99')}: body /total is 1099.99, expected 999.99`,
      );
      expect(result.stdout).toContain('-   "total": 999.99\n        +   "total": 1099.99');
      expect(result.stdout).toContain('3 steps: 2 passed, 1 failed, 0 skipped');
    } finally {
      await services.stop();
    }
  });

  it('uses a running `mockforge up` (its state file) and boots nothing itself', async () => {
    const { dir } = await copyEcommerce();
    try {
      const up = await run(['up'], dir);
      expect(up.status, up.stderr).toBe(0);
      const result = await run(['scenarios', '--markdown', 'summary.md'], dir);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stderr).toMatch(/users-service: http:\/\/127\.0\.0\.1:\d+ \(mockforge up\)/);
      expect(result.stderr).not.toContain('mock booted here');
      const markdown = readFileSync(join(dir, 'summary.md'), 'utf8');
      expect(markdown).toContain('```mermaid\nsequenceDiagram');
      expect(markdown).toContain('S3-->>C: 201 ✓');
    } finally {
      await run(['down'], dir);
      removeCopy(dir);
    }
  });

  it('boots the mocks in-process when nothing else is given', async () => {
    const { dir } = await copyEcommerce();
    try {
      const result = await run(['scenarios'], dir);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stderr).toMatch(/orders-service: http:\/\/127\.0\.0\.1:\d+ \(mock booted here\)/);
    } finally {
      removeCopy(dir);
    }
  });

  it('exits 2 with file:line on invalid YAML or an invalid scenario, 1 on an unreachable target; never a stack trace', async () => {
    const dir = tempProject({
      'broken.yaml': 'name: x\nsteps:\n  - name: [a\n',
      'invalid.yaml': 'name: x\nsteps:\n  - name: a\n    service: s\n    request: { method: FETCH, path: /a }\n',
      'ok.yaml': 'name: x\nsteps:\n  - name: a\n    service: s\n    request: { path: /a }\n',
    });
    const broken = await run(['scenarios', 'broken.yaml'], dir);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+: invalid YAML.*\[MF_SOURCE_SYNTAX\]/);
    const invalid = await run(['scenarios', 'invalid.yaml'], dir);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('invalid.yaml:5:');
    expect(invalid.stderr).toContain('an HTTP method such as GET or POST');
    expect(invalid.stderr).toContain('[MF_SCENARIO_INVALID]');
    const badTimeout = await run(['scenarios', 'ok.yaml', '--timeout', 'soon'], dir);
    expect(badTimeout.status).toBe(2);
    expect(badTimeout.stderr).toContain('--timeout must be a positive number of milliseconds [MF_USAGE_INVALID]');
    const missing = await run(['scenarios', 'nothing-*.yaml'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no scenario file matches 'nothing-*.yaml'");
    const unreachable = await run(['scenarios', 'ok.yaml', '--target', 's=http://127.0.0.1:9'], dir);
    expect(unreachable.status).toBe(1);
    expect(unreachable.stdout).toContain('ok.yaml:4: s at http://127.0.0.1:9 is unreachable: connection refused');
    const unknown = await run(['scenarios', 'ok.yaml'], dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain("ok.yaml:4: unknown service 's'");
    for (const r of [broken, invalid, badTimeout, missing, unreachable, unknown])
      expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
