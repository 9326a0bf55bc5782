import { type EvaluationContext, evaluateExpression, UnresolvedExpressionError } from './evaluate-expression.js';
import { ExpressionSyntaxError, parseRuntimeExpression, type RuntimeExpression } from './runtime-expression.js';

/**
 * A simple condition of a Criterion Object: literals (true, false, null, numbers, 'strings' with ''
 * for a quote), runtime expressions, `< <= > >= == !=`, `! && ||`, parentheses and `[index]` after a value.
 */
export type Condition =
  | { kind: 'literal'; value: unknown }
  | { kind: 'expression'; expression: RuntimeExpression }
  | { kind: 'index'; target: Condition; index: number | string }
  | { kind: 'not'; operand: Condition }
  | { kind: 'logical'; operator: '&&' | '||'; left: Condition; right: Condition }
  | { kind: 'compare'; operator: '==' | '!=' | '<' | '<=' | '>' | '>='; left: Condition; right: Condition };

type Token =
  | { type: 'op'; text: string; at: number }
  | { type: 'value'; node: Condition; at: number }
  | { type: 'end'; at: number };

const OPERATORS = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '!', '(', ')', '[', ']'];
/** In a condition an expression ends at a space or at an operator character. */
const EXPRESSION_END = /[\s=!<>&|()[\]]/;

export function parseCondition(text: string): Condition {
  let body = text.trim();
  // `{$statusCode == 401}`: a whole condition wrapped like an embedded expression (the specification's JSON example)
  if (/^\{\$[^{}]*\}$/.test(body) && /[\s=!<>&|]/.test(body)) body = body.slice(1, -1);
  const tokens = tokenize(body);
  let position = 0;
  const peek = () => tokens[position] as Token;
  const next = () => tokens[position++] as Token;
  const isOp = (text: string) => {
    const token = peek();
    return token.type === 'op' && token.text === text;
  };
  const expect = (text: string) => {
    const token = next();
    if (token.type !== 'op' || token.text !== text) throw new ExpressionSyntaxError(`expected '${text}'`, token.at);
  };
  const parseOr = (): Condition => {
    let left = parseAnd();
    while (isOp('||')) {
      next();
      left = { kind: 'logical', operator: '||', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): Condition => {
    let left = parseComparison();
    while (isOp('&&')) {
      next();
      left = { kind: 'logical', operator: '&&', left, right: parseComparison() };
    }
    return left;
  };
  const parseComparison = (): Condition => {
    const left = parseUnary();
    const token = peek();
    if (token.type === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(token.text)) {
      next();
      return { kind: 'compare', operator: token.text as '==', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): Condition => {
    if (isOp('!')) {
      next();
      return { kind: 'not', operand: parseUnary() };
    }
    let node = parsePrimary();
    while (isOp('[')) {
      next();
      const token = next();
      const index = token.type === 'value' && token.node.kind === 'literal' ? token.node.value : undefined;
      if (typeof index !== 'number' && typeof index !== 'string')
        throw new ExpressionSyntaxError('expected an index or a quoted name in [ ]', token.at);
      expect(']');
      node = { kind: 'index', target: node, index };
    }
    return node;
  };
  const parsePrimary = (): Condition => {
    const token = next();
    if (token.type === 'value') return token.node;
    if (token.type === 'op' && token.text === '(') {
      const inner = parseOr();
      expect(')');
      return inner;
    }
    throw new ExpressionSyntaxError(
      token.type === 'end' ? 'the condition ends too early' : `unexpected '${token.text}'`,
      token.at,
    );
  };
  const condition = parseOr();
  const rest = peek();
  if (rest.type !== 'end')
    throw new ExpressionSyntaxError(
      `unexpected ${rest.type === 'op' ? `'${rest.text}'` : 'value'} after a complete condition`,
      rest.at,
    );
  return condition;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const operator = OPERATORS.find((op) => text.startsWith(op, i));
    if (operator) {
      tokens.push({ type: 'op', text: operator, at: i });
      i += operator.length;
      continue;
    }
    if (char === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new ExpressionSyntaxError('a string literal is not closed', i);
        if (text[j] === "'" && text[j + 1] === "'") {
          value += "'";
          j += 2;
        } else if (text[j] === "'") break;
        else value += text[j++];
      }
      tokens.push({ type: 'value', node: { kind: 'literal', value }, at: i });
      i = j + 1;
      continue;
    }
    if (char === '{' && text[i + 1] === '$') {
      const close = text.indexOf('}', i);
      if (close === -1) throw new ExpressionSyntaxError(`'{$' without a closing '}'`, i);
      tokens.push({ type: 'value', node: expressionNode(text.slice(i + 1, close), i + 1), at: i });
      i = close + 1;
      continue;
    }
    if (char === '$') {
      let j = i + 1;
      while (j < text.length && !EXPRESSION_END.test(text[j] as string)) j++;
      tokens.push({ type: 'value', node: expressionNode(text.slice(i, j), i), at: i });
      i = j;
      continue;
    }
    const word = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?![\w$])/.exec(text.slice(i));
    if (word?.[1]) {
      const raw = word[1];
      const value = raw === 'true' ? true : raw === 'false' ? false : raw === 'null' ? null : Number(raw);
      tokens.push({ type: 'value', node: { kind: 'literal', value }, at: i });
      i += raw.length;
      continue;
    }
    throw new ExpressionSyntaxError(
      `unexpected '${text.slice(i, i + 12)}' (strings need single quotes: 'text'; expressions start with $)`,
      i,
    );
  }
  tokens.push({ type: 'end', at: text.length });
  return tokens;
}

function expressionNode(text: string, offset: number): Condition {
  try {
    return { kind: 'expression', expression: parseRuntimeExpression(text) };
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) throw new ExpressionSyntaxError(error.message, offset + error.offset);
    throw error;
  }
}

/** Evaluates to a value; comparisons follow the specification (loose, strings case-insensitive). */
export function evaluateCondition(condition: Condition, context: EvaluationContext): unknown {
  switch (condition.kind) {
    case 'literal':
      return condition.value;
    case 'expression':
      return evaluateExpression(condition.expression, context);
    case 'index': {
      const target = evaluateCondition(condition.target, context);
      const key = String(condition.index);
      if (target === null || typeof target !== 'object' || !Object.hasOwn(target, key)) {
        throw new UnresolvedExpressionError(`[${JSON.stringify(condition.index)}] reaches no value`);
      }
      return (target as Record<string, unknown>)[key];
    }
    case 'not':
      return !isTruthy(evaluateCondition(condition.operand, context));
    case 'logical': {
      const left = isTruthy(evaluateCondition(condition.left, context));
      if (condition.operator === '&&' ? !left : left) return left;
      return isTruthy(evaluateCondition(condition.right, context));
    }
    case 'compare':
      return compare(
        condition.operator,
        evaluateCondition(condition.left, context),
        evaluateCondition(condition.right, context),
      );
  }
}

/** false, null, 0, '' and a missing value are false; everything else is true. */
export function isTruthy(value: unknown): boolean {
  return !(value === false || value === null || value === undefined || value === 0 || value === '');
}

function compare(operator: string, left: unknown, right: unknown): boolean {
  if (operator === '==') return looselyEqual(left, right);
  if (operator === '!=') return !looselyEqual(left, right);
  const a = asNumber(left);
  const b = asNumber(right);
  let order: number;
  if (a !== undefined && b !== undefined) order = a - b;
  else if (typeof left === 'string' && typeof right === 'string')
    order = left.toLowerCase().localeCompare(right.toLowerCase());
  else return false;
  if (operator === '<') return order < 0;
  if (operator === '<=') return order <= 0;
  if (operator === '>') return order > 0;
  return order >= 0;
}

/** `200 == '200'`, `'OK' == 'ok'`, `true == 'true'`; objects and arrays by value. */
export function looselyEqual(left: unknown, right: unknown): boolean {
  if (typeof left === 'string' && typeof right === 'string') return left.toLowerCase() === right.toLowerCase();
  const a = asNumber(left);
  const b = asNumber(right);
  if (a !== undefined && b !== undefined && (typeof left === 'number' || typeof right === 'number')) return a === b;
  if (typeof left === 'boolean' && typeof right === 'string') return String(left) === right.toLowerCase();
  if (typeof right === 'boolean' && typeof left === 'string') return String(right) === left.toLowerCase();
  if (left !== null && right !== null && typeof left === 'object' && typeof right === 'object') {
    return JSON.stringify(left) === JSON.stringify(right);
  }
  return left === right;
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}
