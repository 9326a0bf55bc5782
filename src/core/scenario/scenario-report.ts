import type { Finding } from '../report/finding.js';
import type { JUnitSuite } from '../report/junit.js';
import type { ScenarioResult, ScenariosResult, StepFailure, StepResult } from './types.js';

/** One finding per failing step field (errors) and per contract warning; passed steps say nothing. */
export function scenarioFindings(result: ScenariosResult): Finding[] {
  const findings: Finding[] = [];
  for (const scenario of result.scenarios) {
    for (const step of scenario.steps) {
      for (const failure of step.failures) {
        findings.push({
          source: 'scenario',
          severity: failure.severity === 'error' ? 'error' : 'warning',
          title: `${scenario.name} › ${step.name}`,
          message: failureText(failure),
          location: { file: failure.location.file, line: failure.location.line, column: failure.location.column },
          key: `scenario:${scenario.name}:${step.index}:${failure.kind}:${failure.path ?? ''}`,
        });
      }
    }
  }
  return findings;
}

export function failureText(failure: StepFailure): string {
  const contract = failure.contractLocation
    ? ` (contract ${failure.contractLocation.file}:${failure.contractLocation.line})`
    : '';
  return `${failure.message}${contract}`;
}

/** One JUnit suite per scenario, one test case per step. */
export function scenarioJUnitSuites(result: ScenariosResult, display: (file: string) => string): JUnitSuite[] {
  return result.scenarios.map((scenario) => ({
    name: scenario.name,
    timeSeconds: scenario.durationMs / 1000,
    cases: scenario.steps.map((step) => {
      const errors = step.failures.filter((f) => f.severity === 'error');
      const first = errors[0];
      return {
        name: `${step.index + 1}. ${step.name}`,
        classname: `${display(scenario.file)}`,
        timeSeconds: step.durationMs / 1000,
        file: display(first?.location.file ?? step.location.file),
        line: first?.location.line ?? step.location.line,
        ...(step.outcome === 'skipped' ? { skipped: step.skipReason ?? 'skipped' } : {}),
        ...(first
          ? {
              failure: {
                message: failureText(first),
                type: first.kind,
                details: errors
                  .map((f) => `${display(f.location.file)}:${f.location.line}: ${failureText(f)}`)
                  .join('\n'),
              },
            }
          : {}),
      };
    }),
  }));
}

/** The JSON report: the results plus counts, stable field names for the Action and other tools. */
export function scenarioJsonReport(result: ScenariosResult, display: (file: string) => string): object {
  const steps = result.scenarios.flatMap((s) => s.steps);
  return {
    summary: {
      scenarios: result.scenarios.length,
      passed: result.scenarios.filter((s) => s.passed).length,
      steps: steps.length,
      failedSteps: steps.filter((s) => s.outcome === 'failed').length,
      skippedSteps: steps.filter((s) => s.outcome === 'skipped').length,
    },
    targets: result.targets,
    scenarios: result.scenarios.map((scenario) => ({
      ...scenario,
      file: display(scenario.file),
      steps: scenario.steps.map((step) => relocate(step, display)),
    })),
  };
}

/** Request headers that carry credentials (often `${env.TOKEN}`): never written to a report artifact. */
const SECRET_HEADER = /authorization|cookie|token|secret|api[-_]?key|password/i;

function relocate(step: StepResult, display: (file: string) => string): StepResult {
  return {
    ...step,
    ...(step.request
      ? {
          request: {
            ...step.request,
            headers: Object.fromEntries(
              Object.entries(step.request.headers).map(([k, v]) => [k, SECRET_HEADER.test(k) ? '[redacted]' : v]),
            ),
          },
        }
      : {}),
    location: { ...step.location, file: display(step.location.file) },
    failures: step.failures.map((f) => ({
      ...f,
      location: { ...f.location, file: display(f.location.file) },
      ...(f.contractLocation
        ? { contractLocation: { ...f.contractLocation, file: display(f.contractLocation.file) } }
        : {}),
    })),
  };
}

export function countSteps(scenario: ScenarioResult): { passed: number; failed: number; skipped: number } {
  const count = (outcome: StepResult['outcome']) => scenario.steps.filter((s) => s.outcome === outcome).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}
