import type { SourceLocation } from '../errors.js';
import type { StepFailure } from '../scenario/types.js';
import { appendPointer } from '../source/json-pointer.js';
import { evaluateValue } from './compiled-value.js';
import type { Criterion } from './criterion.js';
import { type EvaluationContext, UnresolvedExpressionError } from './evaluate-expression.js';
import type { PlannedOutput } from './types.js';

/** Every success criterion against the step's request and response: one failure per criterion not met. */
export function checkCriteria(
  criteria: readonly Criterion[],
  context: EvaluationContext,
  locate: (pointer: string) => SourceLocation,
): StepFailure[] {
  const failures: StepFailure[] = [];
  for (const criterion of criteria) {
    const result = criterion.test(context);
    if (result.passed) continue;
    failures.push({
      kind: 'criterion',
      severity: 'error',
      message: `success criterion not met: ${result.reason}`,
      location: locate(appendPointer(criterion.pointer, 'condition')),
      path: `criterion:${criterion.pointer}`,
      expected: criterion.text,
    });
  }
  return failures;
}

/** True when every criterion of an action holds (an action without criteria always applies). */
export function criteriaHold(criteria: readonly Criterion[], context: EvaluationContext): boolean {
  return criteria.every((criterion) => criterion.test(context).passed);
}

/** The outputs of a step or workflow; one that reaches no value is a failure at its line. */
export function evaluateOutputs(
  outputs: readonly PlannedOutput[],
  context: EvaluationContext,
  locate: (pointer: string) => SourceLocation,
): { values: Record<string, unknown>; failures: StepFailure[] } {
  const values: Record<string, unknown> = {};
  const failures: StepFailure[] = [];
  for (const output of outputs) {
    try {
      values[output.name] = evaluateValue(output.expression, context);
    } catch (error) {
      if (!(error instanceof UnresolvedExpressionError)) throw error;
      failures.push({
        kind: 'output',
        severity: 'error',
        message: `output '${output.name}' reaches no value: ${error.message}`,
        location: locate(output.pointer),
        path: `output:${output.name}`,
      });
    }
  }
  return { values, failures };
}
