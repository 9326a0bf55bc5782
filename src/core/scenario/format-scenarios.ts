import { isObject } from '../source/json-object.js';
import { failureText } from './scenario-report.js';
import type { MatchMode, ScenarioResult, ScenariosResult, StepResult } from './types.js';

const MAX_DIFF_LINES = 200;

/** The progress line of one step, printed as soon as it finishes. */
export function formatStepLine(step: StepResult, display: (file: string) => string): string {
  const mark = step.outcome === 'passed' ? '✓' : step.outcome === 'failed' ? '✗' : '-';
  const request = step.request ? `  ${step.request.method} ${new URL(step.request.url).pathname}` : '';
  const status = step.response ? ` -> ${step.response.status}` : '';
  const time = step.outcome === 'skipped' ? ` (skipped: ${step.skipReason})` : ` (${Math.round(step.durationMs)} ms)`;
  const retried = step.retried?.length
    ? ` after ${step.retried.length} ${step.retried.length === 1 ? 'retry' : 'retries'} (${step.retried.map((r) => r.status ?? 'no response').join(', ')})`
    : '';
  const lines = [`  ${mark} ${step.index + 1}. ${step.name}${request}${status}${retried}${time}`];
  for (const failure of step.failures) {
    const label = failure.severity === 'warning' ? 'warning: ' : '';
    lines.push(`      ${display(failure.location.file)}:${failure.location.line}: ${label}${failureText(failure)}`);
  }
  return lines.join('\n');
}

/** Expected vs actual body of a failed step as a unified line diff (`-` expected, `+` actual). */
export function formatBodyDiff(step: StepResult, mode: MatchMode = 'subset'): string {
  if (!step.failures.some((f) => f.kind === 'body') || !step.response) return '';
  const expected = step.expectedBody;
  const actual = mode === 'subset' ? project(step.response.body, expected) : step.response.body;
  const left = pretty(expected).slice(0, MAX_DIFF_LINES);
  const right = pretty(actual).slice(0, MAX_DIFF_LINES);
  return ['      expected (-) vs actual (+):', ...diffLines(left, right).map((l) => `        ${l}`)].join('\n');
}

export function formatScenarioHeader(scenario: { name: string; file: string }, display: (file: string) => string) {
  return `${scenario.name} (${display(scenario.file)})`;
}

export function formatSummary(result: ScenariosResult): string {
  const steps = result.scenarios.flatMap((s) => s.steps);
  const failed = steps.filter((s) => s.outcome === 'failed').length;
  const skipped = steps.filter((s) => s.outcome === 'skipped').length;
  const passedScenarios = result.scenarios.filter((s) => s.passed).length;
  return `${passedScenarios}/${result.scenarios.length} scenarios passed; ${steps.length} steps: ${steps.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`;
}

/** One scenario's verdict, then each step that did not pass with its failures and body diff. */
export function formatScenario(scenario: ScenarioResult, display: (file: string) => string, modes: MatchMode[] = []) {
  const passed = scenario.steps.filter((s) => s.outcome === 'passed').length;
  const mark = scenario.passed ? '✓' : '✗';
  const warned = scenario.steps.filter((s) => s.outcome !== 'passed' || s.failures.length > 0);
  const own = (scenario.failures ?? []).map(
    (f) =>
      `  ${display(f.location.file)}:${f.location.line}: ${f.severity === 'warning' ? 'warning: ' : ''}${failureText(f)}`,
  );
  return [
    `${mark} ${formatScenarioHeader(scenario, display)}: ${passed}/${scenario.steps.length} steps passed`,
    ...own,
    ...warned.map((step) =>
      [formatStepLine(step, display), formatBodyDiff(step, modes[step.index])].filter(Boolean).join('\n'),
    ),
  ].join('\n');
}

/** The actual value cut down to the expected shape, so a subset match does not diff the extra fields. */
function project(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return actual.map((item, i) => (i < expected.length ? project(item, expected[i]) : item));
  }
  if (isObject(expected) && isObject(actual)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(expected))
      if (Object.hasOwn(actual, key)) out[key] = project(actual[key], expected[key]);
    return out;
  }
  return actual;
}

function pretty(value: unknown): string[] {
  return (JSON.stringify(value, null, 2) ?? 'undefined').split('\n');
}

/** Longest-common-subsequence line diff; inputs are capped so this stays small. */
function diffLines(left: string[], right: string[]): string[] {
  const rows = left.length;
  const cols = right.length;
  const table = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] =
        left[i] === right[j]
          ? ((table[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((table[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && left[i] === right[j]) {
      out.push(`  ${left[i]}`);
      i++;
      j++;
    } else if (
      i < rows &&
      (j === cols || ((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number))
    ) {
      out.push(`- ${left[i]}`);
      i++;
    } else {
      out.push(`+ ${right[j]}`);
      j++;
    }
  }
  return out;
}
