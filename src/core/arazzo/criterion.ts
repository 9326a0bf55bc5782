import { jsonpath } from 'json-p3';
import isSafeRegex from 'safe-regex2';
import { compileExpressionField, type ExpressionProblem } from './compiled-value.js';
import {
  asText,
  type EvaluationContext,
  evaluateExpression,
  UnresolvedExpressionError,
} from './evaluate-expression.js';
import { ExpressionSyntaxError, parseTemplate, type RuntimeExpression, type Template } from './runtime-expression.js';
import { type Condition, evaluateCondition, isTruthy, parseCondition } from './simple-condition.js';

/** A Criterion Object ready to test: `successCriteria`, or the `criteria` of an action. */
export interface Criterion {
  /** Pointer of the criterion in its document (its `condition` line is where a failure points). */
  pointer: string;
  /** As written, for messages: `$statusCode == 200`, or `jsonpath $[?@.total > 0]`. */
  text: string;
  test(context: EvaluationContext): { passed: true } | { passed: false; reason: string };
}

export interface RawCriterion {
  context?: string;
  condition: string;
  type?: string;
  version?: string;
}

/**
 * Compiles a criterion; bad expressions, regexes and JSONPath queries are problems at load time. `xpath`
 * is refused (there is no XML engine here): `unsupported` says so.
 */
export function compileCriterion(
  raw: RawCriterion,
  pointer: string,
  problems: ExpressionProblem[],
  unsupported: ExpressionProblem[],
): Criterion | undefined {
  const type = raw.type ?? 'simple';
  const at = `${pointer}/condition`;
  if (type === 'xpath') {
    unsupported.push({
      pointer: `${pointer}/type`,
      message: 'xpath criteria are not supported (mockforge has no XPath engine); use a regex or jsonpath criterion',
    });
    return undefined;
  }
  if (type === 'simple') {
    let condition: Condition;
    try {
      condition = parseCondition(raw.condition);
    } catch (error) {
      if (!(error instanceof ExpressionSyntaxError)) throw error;
      problems.push({
        pointer: at,
        message: `bad condition '${raw.condition}': ${error.message} (at character ${error.offset + 1})`,
      });
      return undefined;
    }
    return {
      pointer,
      text: raw.condition,
      test: (context) => outcome(() => isTruthy(evaluateCondition(condition, context)), `${raw.condition} is false`),
    };
  }
  const contextExpression = compileExpressionField(raw.context ?? '', `${pointer}/context`, problems);
  if (!contextExpression) return undefined;
  if (type === 'regex') return compileRegex(raw, pointer, contextExpression, problems);
  return compileJsonPath(raw, pointer, contextExpression, problems);
}

function compileRegex(
  raw: RawCriterion,
  pointer: string,
  context: RuntimeExpression,
  problems: ExpressionProblem[],
): Criterion | undefined {
  // `/pattern/flags` is read as a regex literal (Redocly's reading too); anything else is the pattern itself.
  const literal = /^\/(.*)\/([dgimsuy]*)$/s.exec(raw.condition);
  let regex: RegExp;
  try {
    regex = literal
      ? new RegExp(literal[1] as string, (literal[2] as string).replace('g', ''))
      : new RegExp(raw.condition);
  } catch (error) {
    problems.push({
      pointer: `${pointer}/condition`,
      message: `bad regex '${raw.condition}': ${(error as Error).message}`,
    });
    return undefined;
  }
  // A workflow from a fork's pull request must not hang the job: nested quantifiers (`(a+)+`) can
  // backtrack for hours on a short answer, and JavaScript regexes cannot be interrupted.
  if (!isSafeRegex(regex)) {
    problems.push({
      pointer: `${pointer}/condition`,
      message: `regex '${raw.condition}' can take exponential time (a repeated group inside a repetition); write it without nested quantifiers`,
    });
    return undefined;
  }
  return {
    pointer,
    text: `${context.text} matches ${raw.condition}`,
    test: (values) =>
      outcome(() => {
        const value = evaluateExpression(context, values);
        return regex.test(asText(value));
      }, `${context.text} does not match ${raw.condition}`),
  };
}

function compileJsonPath(
  raw: RawCriterion,
  pointer: string,
  context: RuntimeExpression,
  problems: ExpressionProblem[],
): Criterion | undefined {
  let template: Template;
  try {
    template = parseTemplate(raw.condition);
    // Embedded `{$...}` values are inserted before the query runs; check the syntax with a stand-in.
    jsonpath.compile(template.map((part) => (typeof part === 'string' ? part : '0')).join(''));
  } catch (error) {
    problems.push({
      pointer: `${pointer}/condition`,
      message: `bad JSONPath '${raw.condition}': ${(error as Error).message}`,
    });
    return undefined;
  }
  return {
    pointer,
    text: `${context.text} jsonpath ${raw.condition}`,
    test: (values) =>
      outcome(() => {
        // Embedded values go in as JSONPath literals ('text' as "text", numbers as they are).
        const path = template
          .map((part) =>
            typeof part === 'string' ? part : (JSON.stringify(evaluateExpression(part, values)) ?? 'null'),
          )
          .join('');
        // The context is the single element the query filters (`$[?@.total > 0]` asks "is total > 0"), as Redocly reads it.
        return jsonpath.query(path, [evaluateExpression(context, values) as never]).values().length > 0;
      }, `${raw.condition} selects nothing in ${context.text}`),
  };
}

function outcome(run: () => boolean, whenFalse: string): { passed: true } | { passed: false; reason: string } {
  try {
    return run() ? { passed: true } : { passed: false, reason: whenFalse };
  } catch (error) {
    if (error instanceof UnresolvedExpressionError) return { passed: false, reason: error.message };
    return { passed: false, reason: (error as Error).message };
  }
}
