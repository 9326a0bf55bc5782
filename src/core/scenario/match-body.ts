import type { SourceLocation } from '../errors.js';
import { isObject } from '../source/json-object.js';
import { appendPointer } from '../source/json-pointer.js';
import type { MatchMode, StepFailure } from './types.js';

/** One difference between the expected and the actual body, at a JSON pointer of the expected value. */
export interface BodyMismatch {
  /** Pointer into the body (`/items/0/total`); '' for the whole body. */
  path: string;
  kind: 'missing' | 'different' | 'unexpected' | 'length';
  expected?: unknown;
  actual?: unknown;
}

/**
 * Compares `actual` against `expected`. Subset: every expected field must be present and equal (extra
 * fields allowed); arrays match element-wise (same length, each item a subset). Exact: deep equality.
 */
export function matchBody(expected: unknown, actual: unknown, mode: MatchMode, path = ''): BodyMismatch[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path, kind: 'different', expected, actual }];
    const out: BodyMismatch[] = [];
    if (expected.length !== actual.length) {
      out.push({ path, kind: 'length', expected: expected.length, actual: actual.length });
    }
    const shared = Math.min(expected.length, actual.length);
    for (let i = 0; i < shared; i++) out.push(...matchBody(expected[i], actual[i], mode, appendPointer(path, i)));
    return out;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [{ path, kind: 'different', expected, actual }];
    const out: BodyMismatch[] = [];
    for (const [key, value] of Object.entries(expected)) {
      const child = appendPointer(path, key);
      if (!Object.hasOwn(actual, key)) out.push({ path: child, kind: 'missing', expected: value });
      else out.push(...matchBody(value, actual[key], mode, child));
    }
    if (mode === 'exact') {
      for (const key of Object.keys(actual)) {
        if (!Object.hasOwn(expected, key)) {
          out.push({ path: appendPointer(path, key), kind: 'unexpected', actual: actual[key] });
        }
      }
    }
    return out;
  }
  return sameScalar(expected, actual) ? [] : [{ path, kind: 'different', expected, actual }];
}

/** Numbers compare by value (999.99 === 999.990); everything else strictly. */
function sameScalar(expected: unknown, actual: unknown): boolean {
  return expected === actual || (Number.isNaN(expected) && Number.isNaN(actual));
}

/** A mismatch as a step failure at the scenario line of the field. */
export function describeMismatch(mismatch: BodyMismatch, at: (pointer: string) => SourceLocation): StepFailure {
  const where = mismatch.path || '(body)';
  const show = (value: unknown) => JSON.stringify(value);
  const message =
    mismatch.kind === 'missing'
      ? `body ${where} is missing (expected ${show(mismatch.expected)})`
      : mismatch.kind === 'unexpected'
        ? `body ${where} is not expected (exact match), got ${show(mismatch.actual)}`
        : mismatch.kind === 'length'
          ? `body ${where} has ${show(mismatch.actual)} items, expected ${show(mismatch.expected)}`
          : `body ${where} is ${show(mismatch.actual)}, expected ${show(mismatch.expected)}`;
  return {
    kind: 'body',
    severity: 'error',
    message,
    location: at(`response/body${mismatch.path}`),
    path: mismatch.path,
    ...(mismatch.expected !== undefined ? { expected: mismatch.expected } : {}),
    ...(mismatch.actual !== undefined ? { actual: mismatch.actual } : {}),
  };
}
