import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnEcommerceServices } from '../../../fixtures/services/start-services.mjs';
import { toJUnitXml } from '../../../src/core/report/junit.js';
import { formatBodyDiff } from '../../../src/core/scenario/format-scenarios.js';
import { scenarioSequenceDiagram } from '../../../src/core/scenario/mermaid.js';
import { runScenarioFiles } from '../../../src/core/scenario/run-scenario-files.js';
import { scenarioFindings, scenarioJUnitSuites } from '../../../src/core/scenario/scenario-report.js';
import { ECOMMERCE, lineOf } from '../../helpers/temp-project.js';

const SCENARIO = join(ECOMMERCE, 'scenarios', 'cross-service-purchase.yaml');
const TEXT = readFileSync(SCENARIO, 'utf8');
const running: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  for (const services of running.splice(0)) await services.stop();
});

async function runAgainst(variant: 'correct' | 'wrong-total' | 'missing-field') {
  const services = await spawnEcommerceServices(variant);
  running.push(services);
  return runScenarioFiles({
    cwd: ECOMMERCE,
    patterns: ['scenarios/cross-service-purchase.yaml'],
    configPath: 'mockforge.yaml',
    targets: new Map(Object.entries(services.urls)),
    env: {},
    noMocks: true,
  });
}

describe('the tutorial scenario against the real services', () => {
  it('passes against the correct implementation, with contract checks on every step', async () => {
    const { result } = await runAgainst('correct');
    const [scenario] = result.scenarios;
    expect(scenario?.steps.map((s) => [s.outcome, s.response?.status])).toEqual([
      ['passed', 200],
      ['passed', 200],
      ['passed', 201],
    ]);
    expect(scenario?.steps.flatMap((s) => s.failures.filter((f) => f.severity === 'error'))).toEqual([]);
    expect(result.targets.every((t) => t.source === 'target')).toBe(true);
    expect(scenarioFindings(result).filter((f) => f.severity === 'error')).toEqual([]);
    const diagram = scenarioSequenceDiagram(scenario!);
    expect(diagram).toContain('participant S3 as orders-service');
    expect(diagram).toContain('S3-->>C: 201 ✓');
  });

  it('fails at step 3 on the total line against the wrong-total variant', async () => {
    const { result } = await runAgainst('wrong-total');
    const steps = result.scenarios[0]?.steps ?? [];
    expect(steps.map((s) => s.outcome)).toEqual(['passed', 'passed', 'failed']);
    const failure = steps[2]?.failures.find((f) => f.kind === 'body');
    expect(failure).toMatchObject({ path: '/total', expected: 999.99, actual: 1099.99 });
    expect(failure?.location.line).toBe(lineOf(TEXT, 'total: 999.99'));
    const diff = formatBodyDiff(steps[2]!);
    expect(diff).toContain('-   "total": 999.99');
    expect(diff).toContain('+   "total": 1099.99');
    expect(diff).not.toContain('items'); // subset match: fields the scenario does not name stay out of the diff
    const xml = toJUnitXml(scenarioJUnitSuites(result, (f) => f));
    expect(xml).toContain(`line="${lineOf(TEXT, 'total: 999.99')}"`);
    expect((xml.match(/<testcase /g) ?? []).length).toBe(3);
    expect((xml.match(/<failure /g) ?? []).length).toBe(1);
  });

  it('fails at step 1 on the email line against the missing-field variant', async () => {
    const { result } = await runAgainst('missing-field');
    const steps = result.scenarios[0]?.steps ?? [];
    expect(steps.map((s) => s.outcome)).toEqual(['failed', 'passed', 'passed']);
    const failure = steps[0]?.failures.find((f) => f.kind === 'body');
    expect(failure).toMatchObject({ path: '/email', kind: 'body' });
    expect(failure?.message).toContain('missing');
    expect(failure?.location.line).toBe(lineOf(TEXT, 'email: "alice@example.com"'));
    const finding = scenarioFindings(result).find((f) => f.severity === 'error');
    expect(finding?.location?.line).toBe(lineOf(TEXT, 'email: "alice@example.com"'));
    expect(finding?.title).toBe('Cross-Service Purchase Flow › Get User (Users Service)');
  });
});
