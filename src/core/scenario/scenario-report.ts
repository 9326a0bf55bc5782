import type { Finding } from '../report/finding.js';
import type { JUnitSuite } from '../report/junit.js';
import { type SarifResult, toSarif } from '../report/sarif.js';
import type { ScenarioResult, ScenariosResult, StepFailure, StepFailureKind, StepResult } from './types.js';

/** One finding per failing step field (errors) and per contract warning; passed steps say nothing. */
export function scenarioFindings(result: ScenariosResult): Finding[] {
  const findings: Finding[] = [];
  for (const scenario of result.scenarios) {
    for (const failure of scenario.failures ?? []) {
      findings.push({
        source: 'scenario',
        severity: failure.severity === 'error' ? 'error' : 'warning',
        title: scenario.name,
        message: failureText(failure),
        location: { file: failure.location.file, line: failure.location.line, column: failure.location.column },
        key: `scenario:${scenario.name}:workflow:${failure.kind}:${failure.path ?? failure.location.line}`,
      });
    }
    for (const step of scenario.steps) {
      for (const failure of step.failures) {
        findings.push({
          source: 'scenario',
          severity: failure.severity === 'error' ? 'error' : 'warning',
          title: `${scenario.name} › ${step.name}`,
          message: failureText(failure),
          location: { file: failure.location.file, line: failure.location.line, column: failure.location.column },
          key: failureKey(scenario, step, failure),
        });
      }
    }
  }
  return findings;
}

const SARIF_RULES: Record<StepFailureKind, string> = {
  status: 'The response status is not the one the step expects',
  header: 'A response header differs from the step',
  body: 'The response body differs from the step',
  capture: 'A capture matched nothing in the response',
  variable: 'A variable the step uses (a capture or an env value) has no value',
  'unknown-service': 'The step names a service that no target, environment value or workspace gives',
  unreachable: 'The service could not be reached',
  timeout: 'The service did not answer within the step timeout',
  'contract-request': "The step's request does not fit the service contract",
  'contract-response': "The service's response does not fit its contract",
  'contract-expected': "The step's expected response no longer fits the contract",
  'contract-operation': 'The contract has no operation for the step',
  criterion: "An Arazzo step's success criterion is not met",
  output: 'An Arazzo output reaches no value',
  operation: "An Arazzo step's operation is not in its source description",
  workflow: 'A workflow an Arazzo step calls (or depends on) failed',
  input: "An Arazzo workflow's inputs are missing or do not fit its inputs schema",
  flow: 'An Arazzo workflow ran too many steps (a goto loop?)',
  'not-run': 'The scenario file was not run: the shard of the job matrix that had it did not report',
};

/**
 * SARIF 2.1.0: one rule per kind of step failure (`scenario/body`, `scenario/contract-expected`...), one
 * result at the scenario line of each failing field, fingerprinted like the findings.
 */
export function scenarioSarif(result: ScenariosResult, root: string, version: string): object {
  const rules = Object.entries(SARIF_RULES).map(([kind, text]) => ({
    id: `scenario/${kind}`,
    name: kind,
    shortDescription: text,
  }));
  const results: SarifResult[] = result.scenarios.flatMap((scenario) => [
    ...(scenario.failures ?? []).map((failure) => ({
      ruleId: `scenario/${failure.kind}`,
      level: failure.severity,
      message: `${scenario.name}: ${failureText(failure)}`,
      location: { file: failure.location.file, line: failure.location.line, column: failure.location.column },
      fingerprint: `scenario:${scenario.name}:workflow:${failure.kind}:${failure.path ?? failure.location.line}`,
    })),
    ...scenario.steps.flatMap((step) =>
      step.failures.map((failure) => ({
        ruleId: `scenario/${failure.kind}`,
        level: failure.severity,
        message: `${scenario.name} › ${step.name}: ${failureText(failure)}`,
        location: { file: failure.location.file, line: failure.location.line, column: failure.location.column },
        fingerprint: failureKey(scenario, step, failure),
      })),
    ),
  ]);
  return toSarif({ toolName: 'mockforge', toolVersion: version, root, rules, results });
}

/** Stable across runs and rewording: the scenario, the step's place and what failed where. */
function failureKey(scenario: ScenarioResult, step: StepResult, failure: StepFailure): string {
  return `scenario:${scenario.name}:${step.index}:${failure.kind}:${failure.path ?? ''}`;
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
    cases: [
      ...workflowCase(scenario, display),
      ...scenario.steps.map((step) => {
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
    ],
  }));
}

/** An Arazzo workflow's own failures (inputs, dependsOn, outputs) as one extra test case. */
function workflowCase(scenario: ScenarioResult, display: (file: string) => string) {
  const errors = (scenario.failures ?? []).filter((f) => f.severity === 'error');
  const first = errors[0];
  if (!first) return [];
  return [
    {
      name: `${scenario.name} (workflow)`,
      classname: display(scenario.file),
      timeSeconds: 0,
      file: display(first.location.file),
      line: first.location.line,
      failure: {
        message: failureText(first),
        type: first.kind,
        details: errors.map((f) => `${display(f.location.file)}:${f.location.line}: ${failureText(f)}`).join('\n'),
      },
    },
  ];
}

/** The JSON report: the results plus counts, stable field names for the Action and other tools. */
export function scenarioJsonReport(result: ScenariosResult, display: (file: string) => string): object {
  const steps = result.scenarios.flatMap((s) => s.steps);
  const shown = relocateScenariosResult(result, display);
  return {
    summary: {
      scenarios: result.scenarios.length,
      passed: result.scenarios.filter((s) => s.passed).length,
      steps: steps.length,
      failedSteps: steps.filter((s) => s.outcome === 'failed').length,
      skippedSteps: steps.filter((s) => s.outcome === 'skipped').length,
    },
    targets: result.targets,
    scenarios: shown.scenarios.map((scenario) => ({ ...scenario, steps: scenario.steps.map(redact) })),
    ...(result.shards ? { shards: result.shards } : {}),
  };
}

/** Request headers that carry credentials (often `${env.TOKEN}`): never written to a report artifact. */
const SECRET_HEADER = /authorization|cookie|token|secret|api[-_]?key|password/i;

function redact(step: StepResult): StepResult {
  if (!step.request) return step;
  const headers = Object.fromEntries(
    Object.entries(step.request.headers).map(([k, v]) => [k, SECRET_HEADER.test(k) ? '[redacted]' : v]),
  );
  return { ...step, request: { ...step.request, headers } };
}

/** The same results with every file path (scenario files, failure and contract locations) passed through `move`. */
export function relocateScenariosResult(result: ScenariosResult, move: (file: string) => string): ScenariosResult {
  const at = <T extends { location: { file: string } }>(item: T): T => ({
    ...item,
    location: { ...item.location, file: move(item.location.file) },
  });
  const failure = (f: StepFailure): StepFailure => ({
    ...at(f),
    ...(f.contractLocation ? { contractLocation: { ...f.contractLocation, file: move(f.contractLocation.file) } } : {}),
  });
  return {
    ...result,
    scenarios: result.scenarios.map((scenario) => ({
      ...scenario,
      file: move(scenario.file),
      ...(scenario.failures ? { failures: scenario.failures.map(failure) } : {}),
      steps: scenario.steps.map((step) => ({ ...at(step), failures: step.failures.map(failure) })),
    })),
  };
}

export function countSteps(scenario: ScenarioResult): { passed: number; failed: number; skipped: number } {
  const count = (outcome: StepResult['outcome']) => scenario.steps.filter((s) => s.outcome === outcome).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}
