import { isObject } from '../source/json-object.js';
import { appendPointer } from '../source/json-pointer.js';
import { type EvaluationContext, evaluateExpression, evaluateTemplate } from './evaluate-expression.js';
import {
  ExpressionSyntaxError,
  hasEmbeddedExpression,
  looksLikeExpression,
  parseRuntimeExpression,
  parseTemplate,
  type RuntimeExpression,
  type Template,
} from './runtime-expression.js';

/** A value of the document (a parameter value, a payload, an output) with its expressions parsed. */
export type CompiledValue =
  | { kind: 'literal'; value: unknown }
  | { kind: 'expression'; expression: RuntimeExpression }
  | { kind: 'template'; template: Template }
  | { kind: 'object'; entries: Array<[string, CompiledValue]> }
  | { kind: 'array'; items: CompiledValue[] };

/** A bad expression found while compiling: the pointer of the value that holds it. */
export interface ExpressionProblem {
  pointer: string;
  message: string;
}

/**
 * Parses the expressions of a value: a string starting with `$` and a letter is one expression, `{$...}`
 * parts are embedded ones; objects and arrays are walked (keys stay as written).
 */
export function compileValue(value: unknown, pointer: string, problems: ExpressionProblem[]): CompiledValue {
  if (typeof value === 'string') return compileString(value, pointer, problems);
  if (Array.isArray(value))
    return { kind: 'array', items: value.map((item, i) => compileValue(item, appendPointer(pointer, i), problems)) };
  if (isObject(value)) {
    return {
      kind: 'object',
      entries: Object.entries(value).map(([key, item]) => [
        key,
        compileValue(item, appendPointer(pointer, key), problems),
      ]),
    };
  }
  return { kind: 'literal', value };
}

function compileString(text: string, pointer: string, problems: ExpressionProblem[]): CompiledValue {
  try {
    if (looksLikeExpression(text)) return { kind: 'expression', expression: parseRuntimeExpression(text) };
    if (hasEmbeddedExpression(text)) return { kind: 'template', template: parseTemplate(text) };
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    problems.push({ pointer, message: `bad runtime expression in '${shorten(text)}': ${error.message}` });
  }
  return { kind: 'literal', value: text };
}

/** Parses a field that must be one expression (`context`, an output): `$x` or `{$x}`. */
export function compileExpressionField(
  text: string,
  pointer: string,
  problems: ExpressionProblem[],
): RuntimeExpression | undefined {
  const body = /^\{\$[^{}]*\}$/.test(text) ? text.slice(1, -1) : text;
  try {
    return parseRuntimeExpression(body);
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    problems.push({ pointer, message: `bad runtime expression '${shorten(text)}': ${error.message}` });
    return undefined;
  }
}

/** The value with every expression evaluated; throws UnresolvedExpressionError when one reaches nothing. */
export function evaluateValue(value: CompiledValue, context: EvaluationContext): unknown {
  switch (value.kind) {
    case 'literal':
      return value.value;
    case 'expression':
      return evaluateExpression(value.expression, context);
    case 'template':
      return evaluateTemplate(value.template, context);
    case 'array':
      return value.items.map((item) => evaluateValue(item, context));
    case 'object':
      return Object.fromEntries(value.entries.map(([key, item]) => [key, evaluateValue(item, context)]));
  }
}

/** Every expression a value holds (for static checks of step and output references). */
export function expressionsOf(value: CompiledValue): RuntimeExpression[] {
  switch (value.kind) {
    case 'literal':
      return [];
    case 'expression':
      return [value.expression];
    case 'template':
      return value.template.filter((part): part is RuntimeExpression => typeof part !== 'string');
    case 'array':
      return value.items.flatMap(expressionsOf);
    case 'object':
      return value.entries.flatMap(([, item]) => expressionsOf(item));
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
