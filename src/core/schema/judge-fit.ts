import { isObject } from '../source/json-object.js';
import { patternRegex } from './read-pattern.js';

/**
 * What a value's fit to a converted schema (see toJsonSchema) is read against: refs into the validator's
 * registry, ajv's formats, and the names of the keywords ajv checks (every other keyword it ignores).
 */
export interface FitContext {
  resolve: (ref: string) => unknown;
  formats: Record<string, unknown>;
  keywords: Record<string, unknown>;
}

/**
 * Whether a value fits a converted schema, read without compiling it: true or false when every keyword
 * on the way is one read here exactly as ajv checks it, undefined when the answer needs ajv (a keyword
 * not read here, a ref outside the registry, an async format, a value that is no JSON). The mock checks
 * its own answers with it: one compiled ajv function per response schema cost a project of 55 contracts
 * ~50 MB of generated code, for bodies that almost always fit.
 */
export function judgeFit(value: unknown, schema: unknown, context: FitContext, depth = 0): boolean | undefined {
  if (schema === true) return true;
  if (schema === false) return false;
  if (!isObject(schema) || depth > MAX_DEPTH || !isJsonValue(value)) return undefined;
  let verdict: boolean | undefined = true;
  for (const key in schema) {
    const read = Object.hasOwn(KEYWORDS, key) ? KEYWORDS[key] : undefined;
    if (read === undefined && (key === 'nullable' || key.startsWith('$') || Object.hasOwn(context.keywords, key))) {
      if (!SKIPPED.has(key)) verdict = undefined;
      continue;
    }
    if (read === undefined) continue; // not a keyword ajv checks: ignored there too
    const fits = read(value, schema[key], schema, context, depth + 1);
    if (fits === false) return false;
    if (fits === undefined) verdict = undefined;
  }
  return verdict;
}

type ReadKeyword = (
  value: unknown,
  keywordValue: unknown,
  schema: Record<string, unknown>,
  context: FitContext,
  depth: number,
) => boolean | undefined;

const MAX_DEPTH = 64;

/** Keywords ajv knows but that never fail a value (annotations, containers of refs' targets). */
const SKIPPED = new Set([
  '$comment',
  '$defs',
  'definitions',
  'title',
  'description',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
  'then',
  'else',
]);

const KEYWORDS: Record<string, ReadKeyword> = {
  $ref: (value, ref, _schema, context, depth) =>
    typeof ref === 'string' ? judgeDefined(value, context.resolve(ref), context, depth) : undefined,
  type: (value, type) => {
    if (typeof type === 'string') return JSON_TYPES.has(type) ? hasJsonType(value, type) : undefined;
    if (!Array.isArray(type) || !type.every((t) => typeof t === 'string' && JSON_TYPES.has(t))) return undefined;
    return type.some((t) => hasJsonType(value, t));
  },
  enum: (value, options) => (Array.isArray(options) ? options.some((option) => equalJson(option, value)) : undefined),
  const: (value, constant) => equalJson(constant, value),
  multipleOf: numeric((value, divisor) => {
    if (divisor === 0) return false;
    const ratio = value / divisor;
    return ratio === Number.parseInt(String(ratio), 10);
  }),
  maximum: numeric((value, bound) => value <= bound),
  minimum: numeric((value, bound) => value >= bound),
  exclusiveMaximum: numeric((value, bound) => value < bound),
  exclusiveMinimum: numeric((value, bound) => value > bound),
  maxLength: lengthOf((length, bound) => length <= bound),
  minLength: lengthOf((length, bound) => length >= bound),
  pattern: (value, pattern) => {
    if (typeof pattern !== 'string') return undefined;
    if (typeof value !== 'string') return true;
    // A pattern this reading cannot build is ajv's to judge.
    return patternRegex(pattern)?.test(value);
  },
  format: (value, name, _schema, context) =>
    typeof name === 'string' ? fitsFormat(value, context.formats[name]) : undefined,
  maxItems: countOf(
    Array.isArray,
    (value) => (value as unknown[]).length,
    (count, bound) => count <= bound,
  ),
  minItems: countOf(
    Array.isArray,
    (value) => (value as unknown[]).length,
    (count, bound) => count >= bound,
  ),
  maxProperties: countOf(
    isObject,
    (value) => Object.keys(value as object).length,
    (count, bound) => count <= bound,
  ),
  minProperties: countOf(
    isObject,
    (value) => Object.keys(value as object).length,
    (count, bound) => count >= bound,
  ),
  uniqueItems: (value, unique) => {
    if (typeof unique !== 'boolean') return undefined;
    if (!unique || !Array.isArray(value)) return true;
    return value.every((item, i) => value.slice(i + 1).every((other) => !equalJson(item, other)));
  },
  required: (value, names) => {
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) return undefined;
    return !isObject(value) || names.every((name) => value[name] !== undefined);
  },
  properties: (value, properties, _schema, context, depth) => {
    if (!isObject(properties)) return undefined;
    if (!isObject(value)) return true;
    let verdict: boolean | undefined = true;
    for (const name in properties) {
      if (value[name] === undefined) continue;
      const fits = judgeFit(value[name], properties[name], context, depth);
      if (fits === false) return false;
      if (fits === undefined) verdict = undefined;
    }
    return verdict;
  },
  patternProperties: (value, patterns, _schema, context, depth) => {
    if (!isObject(patterns)) return undefined;
    if (!isObject(value)) return true;
    return every(Object.keys(patterns), (pattern) =>
      every(Object.keys(value), (key) =>
        matchesKey(pattern, key) ? judgeFit(value[key], patterns[pattern], context, depth) : true,
      ),
    );
  },
  additionalProperties: (value, additional, schema, context, depth) => {
    if (!isObject(value)) return true;
    const named = namedByProperties(schema);
    const extra = Object.keys(value).filter((key) => !named(key));
    return every(extra, (key) => judgeFit(value[key], additional, context, depth));
  },
  propertyNames: (value, names, _schema, context, depth) =>
    !isObject(value) || every(Object.keys(value), (key) => judgeFit(key, names, context, depth)),
  items: (value, items, schema, context, depth) => {
    if (Array.isArray(items) || 'prefixItems' in schema) return undefined; // tuples are left to ajv
    return !Array.isArray(value) || every(value, (item) => judgeFit(item, items, context, depth));
  },
  allOf: (value, branches, _schema, context, depth) =>
    Array.isArray(branches) ? every(branches, (branch) => judgeFit(value, branch, context, depth)) : undefined,
  anyOf: (value, branches, _schema, context, depth) => {
    if (!Array.isArray(branches)) return undefined;
    const verdicts = branches.map((branch) => judgeFit(value, branch, context, depth));
    return verdicts.includes(true) ? true : verdicts.includes(undefined) ? undefined : false;
  },
  oneOf: (value, branches, _schema, context, depth) => {
    if (!Array.isArray(branches)) return undefined;
    const verdicts = branches.map((branch) => judgeFit(value, branch, context, depth));
    const fitting = verdicts.filter((v) => v === true).length;
    if (fitting > 1) return false;
    if (verdicts.includes(undefined)) return undefined;
    return fitting === 1;
  },
  not: (value, negated, _schema, context, depth) => {
    const verdict = judgeFit(value, negated, context, depth);
    return verdict === undefined ? undefined : !verdict;
  },
  if: (value, condition, schema, context, depth) => {
    const chosen = judgeFit(value, condition, context, depth);
    const branch = (key: string) => (key in schema ? judgeFit(value, schema[key], context, depth) : true);
    if (chosen !== undefined) return branch(chosen ? 'then' : 'else');
    const [then, otherwise] = [branch('then'), branch('else')];
    return then === otherwise ? then : undefined;
  },
};

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

function judgeDefined(value: unknown, schema: unknown, context: FitContext, depth: number): boolean | undefined {
  return schema === undefined ? undefined : judgeFit(value, schema, context, depth);
}

/** A pattern the validator cannot read is not checked: it matches every key (see contractRegExp). */
/**
 * Whether a schema's `properties` names a key or one of its `patternProperties` matches it: the keys its
 * `additionalProperties` does not apply to.
 */
export function namedByProperties(schema: Record<string, unknown>): (key: string) => boolean {
  const declared = isObject(schema.properties) ? schema.properties : {};
  const patterns = isObject(schema.patternProperties) ? Object.keys(schema.patternProperties) : [];
  return (key) => Object.hasOwn(declared, key) || patterns.some((pattern) => matchesKey(pattern, key));
}

function matchesKey(pattern: string, key: string): boolean {
  return patternRegex(pattern)?.test(key) ?? true;
}

/** Whether a value has one JSON Schema type, as ajv tells (false for a name JSON Schema does not have). */
export function hasJsonType(value: unknown, type: unknown): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
    case 'boolean':
      return typeof value === type;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'null':
      return value === null;
    default:
      return false;
  }
}

/** true, false, or undefined when none is false but one cannot be told. */
function every<T>(items: readonly T[], judge: (item: T) => boolean | undefined): boolean | undefined {
  let verdict: boolean | undefined = true;
  for (const item of items) {
    const fits = judge(item);
    if (fits === false) return false;
    if (fits === undefined) verdict = undefined;
  }
  return verdict;
}

function numeric(check: (value: number, bound: number) => boolean): ReadKeyword {
  return (value, bound) => (typeof bound !== 'number' ? undefined : typeof value !== 'number' || check(value, bound));
}

/** Lengths in code points, as ajv counts them (a surrogate pair is one character). */
function lengthOf(check: (length: number, bound: number) => boolean): ReadKeyword {
  return (value, bound) => {
    if (typeof bound !== 'number') return undefined;
    if (typeof value !== 'string') return true;
    let length = 0;
    for (const _ of value) length++;
    return check(length, bound);
  };
}

function countOf(
  applies: (value: unknown) => boolean,
  count: (value: unknown) => number,
  check: (count: number, bound: number) => boolean,
): ReadKeyword {
  return (value, bound) => (typeof bound !== 'number' ? undefined : !applies(value) || check(count(value), bound));
}

/** As ajv's format keyword: an unknown format is ignored (strict off), a format of one type skips the others. */
export function fitsFormat(value: unknown, format: unknown): boolean | undefined {
  if (format === undefined || format === true) return true;
  const definition = isObject(format) && !(format instanceof RegExp) ? format : undefined;
  if (definition?.async === true) return undefined;
  const type = definition ? (definition.type ?? 'string') : 'string';
  const check = definition ? definition.validate : format;
  if (typeof value !== type || check === undefined || check === true) return true;
  if (typeof check === 'function') return Boolean(check(value));
  return check instanceof RegExp ? check.test(value as string) : undefined;
}

/** Deep equality of JSON values, as ajv compares `enum`, `const` and `uniqueItems`. */
function equalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => equalJson(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && equalJson(a[key], b[key]))
  );
}

/** Plain JSON data: anything else (a function, a Date, NaN) is left to ajv. */
function isJsonValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      return value === null || Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype;
    default:
      return false;
  }
}
