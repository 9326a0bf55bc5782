import { type CompiledValue, expressionsOf } from './compiled-value.js';
import type { RuntimeExpression } from './runtime-expression.js';

export interface StepOutline {
  stepId: string;
  outputs: readonly string[];
}

/**
 * References the runtime ABNF accepts but that cannot resolve: `$steps.<id>` of a step the workflow does
 * not have, an output a step does not define, `$steps.<id>.<name>` without `outputs`, an input the
 * workflow does not declare. Warnings: the step that evaluates one fails at run time with the reason.
 */
export function findReferenceProblems(
  value: CompiledValue,
  steps: readonly StepOutline[],
  declaredInputs: readonly string[] | undefined,
): string[] {
  return expressionsOf(value).flatMap((expression) => check(expression, steps, declaredInputs));
}

function check(
  expression: RuntimeExpression,
  steps: readonly StepOutline[],
  inputs: readonly string[] | undefined,
): string[] {
  if (expression.root === 'inputs' && inputs && inputs.length > 0) {
    const name = expression.name.split('#', 1)[0] ?? '';
    return longest(name, inputs)
      ? []
      : [`${expression.text}: the workflow declares no input '${name}' (inputs: ${inputs.join(', ')})`];
  }
  if (expression.root !== 'steps') return [];
  const name = expression.name.split('#', 1)[0] ?? '';
  const stepId = longest(
    name,
    steps.map((s) => s.stepId),
  );
  if (!stepId) return [`${expression.text}: this workflow has no step '${name.split('.')[0]}'`];
  const rest = name.slice(stepId.length + 1);
  if (!rest.startsWith('outputs.')) return [`${expression.text}: expected $steps.${stepId}.outputs.<name>`];
  const outputs = steps.find((s) => s.stepId === stepId)?.outputs ?? [];
  const output = rest.slice('outputs.'.length);
  return longest(output, outputs)
    ? []
    : [
        `${expression.text}: step ${stepId} has no output '${output}'${outputs.length > 0 ? ` (outputs: ${outputs.join(', ')})` : ''}`,
      ];
}

function longest(text: string, candidates: readonly string[]): string | undefined {
  return candidates.filter((c) => text === c || text.startsWith(`${c}.`)).sort((a, b) => b.length - a.length)[0];
}
