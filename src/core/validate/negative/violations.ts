import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import type { NegativeKind } from '../types.js';

/** One way to break a value's schema: the broken value and what was broken. */
export interface Violation {
  kind: NegativeKind;
  how: string;
  value: unknown;
}

/** Longest string or array built to go past a bound: a `maxLength: 1000000` is not worth a megabyte. */
const MAX_BUILT = 10_000;

/**
 * Values that break a scalar or array schema, each in one way: the wrong type, past each bound, outside
 * the enum, off the pattern. `onTheWire` is true for parameters and form fields, which travel as text:
 * a string cannot have the wrong type there, and a number is sent as text that is not a number.
 */
export function violationsOf(raw: unknown, document: JsonObject, onTheWire: boolean): Violation[] {
  const schema = resolveLocalRef(document, raw);
  if (!isObject(schema)) return [];
  const out: Violation[] = [];
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t) => typeof t === 'string');
  const type = types.find((t) => t !== 'null') as string | undefined;
  const wrongType = wrongTypeValue(type, onTheWire);
  if (wrongType !== undefined)
    out.push({ kind: 'wrong_type', how: `${describe(wrongType)} for a ${type}`, value: wrongType });
  const num = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  const minimum = num('minimum');
  const maximum = num('maximum');
  if (minimum !== undefined) {
    const value = schema.exclusiveMinimum === true ? minimum : minimum - 1;
    out.push({ kind: 'past_bound', how: `${value} below minimum ${minimum}`, value: wire(value, onTheWire) });
  }
  if (typeof schema.exclusiveMinimum === 'number') {
    const bound = schema.exclusiveMinimum;
    out.push({ kind: 'past_bound', how: `${bound} at exclusiveMinimum ${bound}`, value: wire(bound, onTheWire) });
  }
  if (maximum !== undefined) {
    const value = schema.exclusiveMaximum === true ? maximum : maximum + 1;
    out.push({ kind: 'past_bound', how: `${value} above maximum ${maximum}`, value: wire(value, onTheWire) });
  }
  if (typeof schema.exclusiveMaximum === 'number') {
    const bound = schema.exclusiveMaximum;
    out.push({ kind: 'past_bound', how: `${bound} at exclusiveMaximum ${bound}`, value: wire(bound, onTheWire) });
  }
  const minLength = num('minLength');
  const maxLength = num('maxLength');
  if (minLength !== undefined && minLength > 0 && (type === 'string' || type === undefined)) {
    const value = 'x'.repeat(minLength - 1);
    out.push({ kind: 'past_bound', how: `${value.length} character(s), minLength ${minLength}`, value });
  }
  if (maxLength !== undefined && maxLength < MAX_BUILT && (type === 'string' || type === undefined)) {
    const value = 'x'.repeat(maxLength + 1);
    out.push({ kind: 'past_bound', how: `${value.length} characters, maxLength ${maxLength}`, value });
  }
  if (type === 'array' && !onTheWire) {
    const item = sampleItem(schema.items, document);
    const minItems = num('minItems');
    const maxItems = num('maxItems');
    if (minItems !== undefined && minItems > 0) {
      const value = Array.from({ length: minItems - 1 }, () => item);
      out.push({ kind: 'past_bound', how: `${value.length} item(s), minItems ${minItems}`, value });
    }
    if (maxItems !== undefined && maxItems < MAX_BUILT) {
      const value = Array.from({ length: maxItems + 1 }, () => item);
      out.push({ kind: 'past_bound', how: `${value.length} items, maxItems ${maxItems}`, value });
    }
  }
  if (typeof schema.pattern === 'string') {
    const off = offPattern(schema.pattern, minLength, maxLength);
    if (off !== undefined)
      out.push({ kind: 'pattern_mismatch', how: `'${off}' off pattern ${schema.pattern}`, value: off });
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const value = outsideEnum(schema.enum);
    out.push({ kind: 'not_in_enum', how: `${describe(value)} not in ${JSON.stringify(schema.enum)}`, value });
  }
  return out;
}

function wrongTypeValue(type: string | undefined, onTheWire: boolean): unknown {
  switch (type) {
    case 'integer':
    case 'number':
      return 'not-a-number';
    case 'boolean':
      return onTheWire ? 'not-a-boolean' : 'true';
    case 'string':
      return onTheWire ? undefined : 12345;
    case 'object':
    case 'array':
      return onTheWire ? undefined : 'not-an-' + type;
    default:
      return undefined;
  }
}

function wire(value: number, onTheWire: boolean): unknown {
  return onTheWire ? String(value) : value;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/** A string the pattern refuses and the length bounds allow, when one of a few candidates is. */
function offPattern(pattern: string, minLength: number | undefined, maxLength: number | undefined): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  const length = Math.max(minLength ?? 1, 1);
  const candidates = [
    '!'.repeat(length),
    '~'.repeat(length),
    ' '.repeat(length),
    '0'.repeat(length),
    'z'.repeat(length),
  ];
  return candidates.find((c) => !regex.test(c) && (maxLength === undefined || c.length <= maxLength));
}

function outsideEnum(values: readonly unknown[]): unknown {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length === values.filter((v) => v !== null).length && numbers.length > 0) return Math.max(...numbers) + 1;
  let candidate = 'not-in-enum';
  while (values.includes(candidate)) candidate += '-x';
  return candidate;
}

function sampleItem(raw: unknown, document: JsonObject): unknown {
  const schema = resolveLocalRef(document, raw);
  if (!isObject(schema)) return 'x';
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.type === 'integer' || schema.type === 'number') return 1;
  if (schema.type === 'boolean') return true;
  if (schema.type === 'object') return {};
  return 'x';
}
