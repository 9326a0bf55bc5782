import { hintNumber } from './name-hints.js';
import { fieldName, randomAt } from './pick.js';
import type { FlatSchema, Walk } from './types.js';

const INT32 = 2 ** 31;

/** A number (or integer) inside the schema's bounds, on its `multipleOf` grid, shaped by the field's name. */
export function generateNumber(schema: FlatSchema, walk: Walk, declaredInteger: boolean): number {
  // `type: number, format: int64` (or int32) holds whole numbers only: the validator's format says so.
  const integer = declaredInteger || schema.format === 'int32' || schema.format === 'int64';
  const random = randomAt(walk);
  const bounds = boundsOf(schema, integer);
  const hint = hintNumber(fieldName(walk)) ?? { low: 1, high: integer ? 1000 : 100, decimals: integer ? 0 : 2 };
  let low = Math.max(bounds.low, hint.low);
  let high = Math.min(bounds.high, hint.high);
  if (low > high) {
    low = Number.isFinite(bounds.low) ? bounds.low : bounds.high - (hint.high - hint.low);
    high = Number.isFinite(bounds.high) ? bounds.high : low + (hint.high - hint.low);
  }
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  if (step) return onGrid(step, low, high, random(), integer) ?? low;
  const decimals = integer ? 0 : hint.decimals;
  const factor = 10 ** decimals;
  let value = Math.round((low + random() * (high - low)) * factor) / factor;
  if (integer) value = Math.round(value);
  if (value < low || value > high) value = integer ? Math.ceil(low) : low;
  if (!within(value, bounds)) value = integer ? Math.ceil((low + high) / 2) : (low + high) / 2;
  return value;
}

interface Bounds {
  low: number;
  high: number;
  /** Exclusive bounds themselves, which the value may not equal. */
  exclusiveLow: number | undefined;
  exclusiveHigh: number | undefined;
}

/** Inclusive bounds (exclusive ones moved inward: by 1 for integers, a cent or less for numbers). */
function boundsOf(schema: FlatSchema, integer: boolean): Bounds {
  let low = typeof schema.minimum === 'number' ? schema.minimum : Number.NEGATIVE_INFINITY;
  let high = typeof schema.maximum === 'number' ? schema.maximum : Number.POSITIVE_INFINITY;
  // OpenAPI 3.0 writes exclusiveMinimum: true next to minimum; 3.1 writes the bound itself.
  const exclusiveLow =
    schema.exclusiveMinimum === true
      ? low
      : typeof schema.exclusiveMinimum === 'number'
        ? schema.exclusiveMinimum
        : undefined;
  const exclusiveHigh =
    schema.exclusiveMaximum === true
      ? high
      : typeof schema.exclusiveMaximum === 'number'
        ? schema.exclusiveMaximum
        : undefined;
  if (exclusiveLow !== undefined)
    low = Math.max(low === exclusiveLow ? Number.NEGATIVE_INFINITY : low, nudge(exclusiveLow, 1, integer, high));
  if (exclusiveHigh !== undefined)
    high = Math.min(high === exclusiveHigh ? Number.POSITIVE_INFINITY : high, nudge(exclusiveHigh, -1, integer, low));
  if (schema.format === 'int32') [low, high] = [Math.max(low, -INT32), Math.min(high, INT32 - 1)];
  if (integer) [low, high] = [Math.ceil(low), Math.floor(high)];
  return { low, high, exclusiveLow, exclusiveHigh };
}

function nudge(bound: number, direction: 1 | -1, integer: boolean, other: number): number {
  if (integer) return direction > 0 ? Math.floor(bound) + 1 : Math.ceil(bound) - 1;
  const room = Number.isFinite(other) ? Math.abs(other - bound) / 2 : 1;
  return bound + direction * Math.min(0.01, room);
}

function within(value: number, bounds: Bounds): boolean {
  if (value < bounds.low || value > bounds.high) return false;
  return value !== bounds.exclusiveLow && value !== bounds.exclusiveHigh;
}

/**
 * A multiple of `step` in [low, high] that ajv accepts: it checks that value/step is an integer in
 * floating point, which 0.01 * 1234 does not give, so nearby multiples are tried.
 */
function onGrid(step: number, low: number, high: number, draw: number, integer: boolean): number | undefined {
  const first = Math.ceil(low / step);
  const last = Math.floor(high / step);
  if (first > last) return undefined;
  const start = first + Math.floor(draw * Math.min(last - first + 1, 1000));
  const decimals = Math.min(12, (String(step).split('.')[1] ?? '').length);
  for (let i = 0; i < 200; i++) {
    for (const k of [start + i, start - i]) {
      if (k < first || k > last) continue;
      const value = Number((k * step).toFixed(decimals));
      if (
        value / step === Math.trunc(value / step) &&
        value >= low &&
        value <= high &&
        (!integer || Number.isInteger(value))
      )
        return value;
    }
  }
  return undefined;
}
