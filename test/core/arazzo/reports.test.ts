import { describe, expect, it } from 'vitest';
import { formatScenario, formatStepLine } from '../../../src/core/scenario/format-scenarios.js';
import { scenarioSequenceDiagram } from '../../../src/core/scenario/mermaid.js';
import { scenarioFindings, scenarioJUnitSuites, scenarioSarif } from '../../../src/core/scenario/scenario-report.js';
import type { ScenariosResult, StepResult } from '../../../src/core/scenario/types.js';

const at = (line: number) => ({ file: '/repo/flow.arazzo.yaml', line, column: 5 });
const step = (name: string, extra: Partial<StepResult>): StepResult => ({
  index: 0,
  name,
  service: 'orders',
  location: at(10),
  outcome: 'passed',
  durationMs: 3,
  failures: [],
  captured: {},
  ...extra,
});

const result: ScenariosResult = {
  targets: [],
  scenarios: [
    {
      file: '/repo/flow.arazzo.yaml',
      name: 'buy',
      passed: false,
      durationMs: 20,
      failures: [{ kind: 'input', severity: 'error', message: "input 'user' is required", location: at(7) }],
      steps: [
        step('make › create', {
          request: { method: 'POST', url: 'http://o/orders', headers: {} },
          response: { status: 201, headers: {}, body: {} },
          retried: [{ status: 503, failures: [], durationMs: 1 }],
        }),
        step('make', {
          service: '',
          outcome: 'failed',
          failures: [{ kind: 'workflow', severity: 'error', message: 'workflow order-for failed', location: at(12) }],
        }),
      ],
    },
  ],
};

describe('reports of Arazzo runs', () => {
  it('carry the workflow failures (inputs, outputs, dependsOn) next to the steps, at their lines', () => {
    const findings = scenarioFindings(result);
    expect(findings.map((f) => [f.title, f.location?.line, f.message])).toEqual([
      ['buy', 7, "input 'user' is required"],
      ['buy › make', 12, 'workflow order-for failed'],
    ]);
    const sarif = scenarioSarif(result, '/repo', '0.1.0') as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toEqual(['scenario/input', 'scenario/workflow']);
    const [suite] = scenarioJUnitSuites(result, (f) => f.replace('/repo/', ''));
    expect(suite?.cases.map((c) => [c.name, c.failure?.type])).toEqual([
      ['buy (workflow)', 'input'],
      ['1. make › create', undefined],
      ['1. make', 'workflow'],
    ]);
    const text = formatScenario(result.scenarios[0] as never, (f) => f.replace('/repo/', ''));
    expect(text).toContain("  flow.arazzo.yaml:7: input 'user' is required");
    const diagram = scenarioSequenceDiagram(result.scenarios[0] as never);
    expect(diagram).toContain('C->>S1: 1. POST /orders');
    expect(diagram).toContain('Note over C: 1. make (workflow) ✗');
    expect(diagram).toContain("Note over C: ✗ input 'user' is required");
  });

  it('say how many retries a step took before it passed', () => {
    const line = formatStepLine(result.scenarios[0]?.steps[0] as StepResult, (f) => f);
    expect(line).toBe('  ✓ 1. make › create  POST /orders -> 201 after 1 retry (503) (3 ms)');
  });
});
