import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnEcommerceServices } from '../../fixtures/services/start-services.mjs';
import { DRIFT, startCatalog, startProcess } from '../core/validate/service-process.js';
import { ECOMMERCE, lineOf, tempProject } from '../helpers/temp-project.js';
import { copyEcommerce, removeCopy } from './serve-fixture.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [CLI, 'validate', ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
const CONTRACT = 'contracts/catalog-service.yaml';
const contractText = readFileSync(join(DRIFT, CONTRACT), 'utf8');

describe('mockforge validate (bundled dist/cli.js, real processes)', () => {
  it("tutorial step 9 as written, against the project's mocks: exit 0 for each service", async () => {
    const { dir, ports } = await copyEcommerce();
    try {
      await startProcess([CLI, 'serve'], { cwd: dir, urlPattern: /orders-service: (http:\S+)/ });
      for (const [name, port] of Object.entries(ports)) {
        const result = run(
          ['--contract', `contracts/${name}.yaml`, '--target', `http://localhost:${port}`, '--json', `${name}.json`],
          dir,
        );
        expect(result.stderr).not.toContain('    at ');
        expect(result.status, result.stdout + result.stderr).toBe(0);
        const json = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
        expect(json.targets[0].findings).toEqual([]);
        expect(json.targets[0].problems).toEqual([]);
      }
      // writes (the orders POST) are checked too with --unsafe, using the scenario's order body
      const orders = run(
        [
          '--contract',
          'contracts/orders-service.yaml',
          '--target',
          `http://localhost:${ports['orders-service']}`,
          '--unsafe',
        ],
        dir,
      );
      expect(orders.status, orders.stdout).toBe(0);
      expect(orders.stdout).toMatch(/1 operation\(s\) checked, 0 finding\(s\)/);
    } finally {
      removeCopy(dir);
    }
  });

  it.each(['correct', 'missing-field'] as const)(
    "tutorial step 9 against the tutorial's real services (%s variant): exit 0",
    async (variant) => {
      const services = await spawnEcommerceServices(variant);
      try {
        for (const [name, url] of Object.entries(services.urls)) {
          // orders-service has only a POST: --unsafe sends the scenario's order (user_123, prod_456)
          const args = ['--contract', `contracts/${name}.yaml`, '--target', url, '--unsafe'];
          const result = run(args, ECOMMERCE);
          expect(result.status, result.stdout + result.stderr).toBe(0);
          // `email` is not required by the tutorial's User schema: dropping it is not drift
          expect(result.stdout).toContain(`${name} -> ${url}: 1 operation(s) checked, 0 finding(s)`);
        }
      } finally {
        await services.stop();
      }
    },
  );

  it('the drifted service: exit 1, findings at contract lines in the terminal, JSON, JUnit and SARIF', async () => {
    const target = await startCatalog('drifted');
    const dir = tempProject({});
    const result = run(
      [
        '--contract',
        CONTRACT,
        '--target',
        target,
        '--json',
        join(dir, 'r.json'),
        '--junit',
        join(dir, 'r.xml'),
        '--sarif',
        join(dir, 'r.sarif'),
      ],
      DRIFT,
    );
    expect(result.status, result.stderr).toBe(1);
    // the violated keyword: Item.price's `type: number`
    const priceLine = lineOf(contractText, 'price:', lineOf(contractText, '    Item:')) + 1;
    expect(result.stdout).toContain(
      `${CONTRACT}:${priceLine}: response_schema_conformance: /price must be number (actual: "999.99")`,
    );
    expect(result.stdout).toContain(`reproduce: curl -sS -i ${target}/api/items/item_1`);
    expect(result.stdout).toMatch(/6 response\(s\) checked in [\d.]+ s: 5 finding\(s\)/);
    expect(result.stderr).toContain('GET /api/health: 1 finding(s)');

    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.targets[0].findings).toHaveLength(5);

    const sarif = JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as Array<{
      ruleId: string;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
    }>;
    expect(results.map((r) => r.ruleId).sort()).toEqual([
      'content_type_conformance',
      'response_schema_conformance',
      'response_schema_conformance',
      'response_schema_conformance',
      'status_code_conformance',
    ]);
    for (const r of results) expect(r.locations[0]?.physicalLocation.artifactLocation.uri).toBe(CONTRACT);
    expect(results.map((r) => r.locations[0]?.physicalLocation.region.startLine)).toContain(priceLine);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('use_after_free');

    const junit = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(junit).toMatch(
      /<testsuite name="validate catalog-service \([^)]*\)" tests="8" failures="5" errors="0" skipped="2"/,
    );
    expect(junit).toContain(`<testcase name="GET /api/items/{itemId}" classname="catalog-service"`);
    expect(junit).toContain(
      `line="${lineOf(contractText, '    get:', lineOf(contractText, '  /api/items/{itemId}:'))}"`,
    );
  });

  it('the faithful service passes, also with --stateful and --header', async () => {
    const target = await startCatalog('faithful');
    const result = run(
      ['--contract', CONTRACT, '--target', target, '--stateful', '--header', 'Authorization: Bearer x'],
      DRIFT,
    );
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/catalog-service -> .*: 8 operation\(s\) checked, 0 finding\(s\)/);
  });

  it('a contract outside the working directory keeps its local refs', async () => {
    const target = await startCatalog('drifted');
    const elsewhere = tempProject({});
    const result = run(['--contract', join(DRIFT, CONTRACT), '--target', target], elsewhere);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toContain('MF_REF_REFUSED');
    expect(result.stdout).toMatch(/: 5 finding\(s\)$/m);
  });

  it('an unreachable target exits 3 and says why, without a stack trace', async () => {
    const result = run(['--contract', CONTRACT, '--target', 'http://127.0.0.1:9', '--retries', '1'], DRIFT);
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(/target refused: GET \/api\/\S+: connection refused/);
    expect(result.stdout).toMatch(/coverage: 0\/8 operation\(s\) reached/);
    expect(result.stdout).toContain('not reached (target unreachable): ');
    expect(result.stderr).not.toContain('    at ');
  });

  it.each([
    [['--contract', CONTRACT], 'give exactly one --target'],
    [['--contract', CONTRACT, '--target', 'localhost:8081'], 'must be http or https'],
    [['--contract', CONTRACT, '--target', 'not a url'], 'is not a URL'],
    [['--contract', 'contracts/nope.yaml', '--target', 'http://127.0.0.1:9'], 'MF_CONTRACT_NOT_FOUND'],
    [['--contract', 'contracts', '--target', 'http://127.0.0.1:9'], 'is a folder'],
    [
      ['--contract', CONTRACT, '--target', 'http://127.0.0.1:9', '--header', 'nocolon'],
      "not of the form 'Name: value'",
    ],
    [['--contract', CONTRACT, '--target', 'http://127.0.0.1:9', '--budget', '0'], '--budget must be a positive number'],
    [['--target', 'http://127.0.0.1:9'], 'MF_CONFIG_NOT_FOUND'],
  ])('bad input %j exits 2: %s', (args, message) => {
    const result = run(args, DRIFT);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('    at ');
  });

  it('a folder of contracts with name=url targets, and config mode over every workspace with a target', async () => {
    const drifted = await startCatalog('drifted');
    const faithful = await startCatalog('faithful');
    const byFolder = run(['--contract', 'contracts', '--target', `catalog-service=${faithful}`], DRIFT);
    expect(byFolder.status, byFolder.stdout + byFolder.stderr).toBe(0);

    const dir = tempProject({});
    cpSync(join(DRIFT, 'contracts'), join(dir, 'contracts'), { recursive: true });
    const config = `workspaces:\n  - name: catalog-service\n    port: 3010\n    target: ${drifted}\n  - name: no-target\n    port: 3011\n    contract: contracts/catalog-service.yaml\n`;
    writeFileSync(join(dir, 'mockforge.yaml'), config);
    const fromConfig = run([], dir);
    expect(fromConfig.status).toBe(1);
    expect(fromConfig.stdout).toContain(`catalog-service -> ${drifted}: 6 operation(s) checked, 5 finding(s)`);
    expect(fromConfig.stdout).not.toContain('no-target');
    const overridden = run(['--config', 'mockforge.yaml', '--target', `catalog-service=${faithful}`], dir);
    expect(overridden.status, overridden.stdout).toBe(0);
    const unknown = run(['--target', `nope=${faithful}`], dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("no workspace named 'nope'");
  });
});
