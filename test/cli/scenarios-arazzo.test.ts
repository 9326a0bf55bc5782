import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnEcommerceServices } from '../../fixtures/services/start-services.mjs';
import { lineOf } from '../helpers/temp-project.js';
import { copyEcommerce, removeCopy, runCli as run } from './serve-fixture.js';

const ARAZZO = 'arazzo/cross-service-purchase.arazzo.yaml';
const TUTORIAL = 'scenarios/cross-service-purchase.yaml';

interface JsonReport {
  scenarios: Array<{
    name: string;
    passed: boolean;
    steps: Array<{ outcome: string; failures: Array<{ severity: string; location: { file: string; line: number } }> }>;
  }>;
}

/** Each form against services of its own (the services keep state: the order ids count up). */
async function runAgainst(variant: 'wrong-total' | 'missing-field', dir: string, file: string) {
  const services = await spawnEcommerceServices(variant);
  try {
    const targets = Object.entries(services.urls).flatMap(([name, url]) => ['--target', `${name}=${url}`]);
    const report = join(dir, `${variant}-${file.replace(/\W/g, '_')}.json`);
    const result = await run(['scenarios', file, ...targets, '--json', report], dir);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    const [scenario] = (JSON.parse(readFileSync(report, 'utf8')) as JsonReport).scenarios;
    return (scenario?.steps ?? []).map((step) => ({
      outcome: step.outcome,
      lines: step.failures.filter((f) => f.severity === 'error').map((f) => f.location.line),
    }));
  } finally {
    await services.stop();
  }
}

describe('mockforge scenarios --to-arazzo (bundled dist/cli.js)', () => {
  it("converts the tutorial's purchase flow, which then passes against `mockforge up`", {
    timeout: 120_000,
  }, async () => {
    const { dir } = await copyEcommerce();
    try {
      const converted = await run(['scenarios', '--to-arazzo', 'arazzo'], dir);
      expect(converted.status, converted.stderr).toBe(0);
      expect(converted.stdout).toBe(`wrote ${ARAZZO}\n`);
      expect(readFileSync(join(dir, ARAZZO), 'utf8')).toContain(
        'operationPath: "{$sourceDescriptions.orders-service.url}#/paths/~1api~1orders/post"',
      );
      const up = await run(['up'], dir);
      expect(up.status, up.stderr).toBe(0);
      try {
        const passing = await run(['scenarios', ARAZZO, '--junit', 'arazzo.xml'], dir);
        expect(passing.status, passing.stdout + passing.stderr).toBe(0);
        expect(passing.stderr).toMatch(/orders-service: http:\/\/127\.0\.0\.1:\d+ \(mockforge up\)/);
        expect(passing.stdout).toContain(
          '✓ cross-service-purchase-flow (arazzo/cross-service-purchase.arazzo.yaml): 3/3 steps passed',
        );
        expect(readFileSync(join(dir, 'arazzo.xml'), 'utf8')).toContain(
          '<testcase name="3. create-order-orders-service"',
        );
      } finally {
        await run(['down'], dir);
      }
    } finally {
      removeCopy(dir);
    }
  });

  it('fails like the tutorial form, at the same steps and fields, against the wrong-total and missing-field services', {
    timeout: 120_000,
  }, async () => {
    const { dir } = await copyEcommerce();
    try {
      expect((await run(['scenarios', '--to-arazzo', 'arazzo'], dir)).status).toBe(0);
      const arazzo = readFileSync(join(dir, ARAZZO), 'utf8');
      const tutorial = readFileSync(join(dir, TUTORIAL), 'utf8');
      // wrong total: step 3 fails at `total` in both forms, steps 1 and 2 pass in both
      const wrongArazzo = await runAgainst('wrong-total', dir, ARAZZO);
      const wrongTutorial = await runAgainst('wrong-total', dir, TUTORIAL);
      expect(wrongArazzo.map((s) => s.outcome)).toEqual(['passed', 'passed', 'failed']);
      expect(wrongTutorial.map((s) => s.outcome)).toEqual(['passed', 'passed', 'failed']);
      expect(wrongArazzo[2]?.lines).toEqual([lineOf(arazzo, '$[?@.total == 999.99]')]);
      expect(wrongTutorial[2]?.lines).toEqual([lineOf(tutorial, 'total: 999.99')]);
      // missing field: step 1 fails at `email` in both forms, and both go on to steps 2 and 3
      const missingArazzo = await runAgainst('missing-field', dir, ARAZZO);
      const missingTutorial = await runAgainst('missing-field', dir, TUTORIAL);
      expect(missingArazzo.map((s) => s.outcome)).toEqual(['failed', 'passed', 'passed']);
      expect(missingTutorial.map((s) => s.outcome)).toEqual(['failed', 'passed', 'passed']);
      expect(missingArazzo[0]?.lines).toEqual([lineOf(arazzo, "$[?@.email == 'alice@example.com']")]);
      expect(missingTutorial[0]?.lines).toEqual([lineOf(tutorial, 'email: "alice@example.com"')]);
    } finally {
      removeCopy(dir);
    }
  });

  it('refuses a step it cannot express, at the step', async () => {
    const { dir } = await copyEcommerce();
    try {
      const extra =
        'name: Orders of a user\nsteps:\n  - name: List\n    service: orders-service\n    request: { path: /api/orders?user_id=user_123 }\n';
      const file = join(dir, 'scenarios', 'list.yaml');
      (await import('node:fs')).writeFileSync(file, extra);
      const result = await run(['scenarios', 'scenarios/list.yaml', '--to-arazzo', 'arazzo'], dir);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('scenarios/list.yaml:3:');
      expect(result.stderr).toContain(
        "cannot convert step 'List' to Arazzo: GET /api/orders is no operation of orders-service's contract",
      );
    } finally {
      removeCopy(dir);
    }
  });
});
