import type { JsonObject } from '../../contract/types.js';
import { flattenSchema, isObject } from './flatten-schema.js';
import { generateNumber } from './generate-number.js';
import { fits, generateString } from './generate-string.js';
import { between, pick, randomAt, toSnake } from './pick.js';
import type { FlatSchema, GenerateContext, Walk } from './types.js';

export type { GenerateContext } from './types.js';

/** Below this depth only required properties and minimum item counts are generated. */
const FULL_DEPTH = 6;
/** Past this depth (or on a recursive ref) optional data stops; past HARD_DEPTH everything does. */
const HARD_DEPTH = 24;

/**
 * A value that fits `schema` (OpenAPI 3.0 or 3.1, refs local to `context.document`), deterministic for
 * the same schema, seed and property path. Example, const, default and enum come first; then types,
 * formats, bounds and field-name hints (`email`, `user_id`, `price`...). readOnly properties are left
 * out of requests and writeOnly ones out of responses; `nullable` and `null` types give non-null data.
 */
export function generateValue(schema: unknown, context: GenerateContext): unknown {
  return generateAt(schema, {
    context,
    path: [...(context.propertyPath ?? [])],
    refs: [],
    entity: undefined,
    depth: 0,
  });
}

/**
 * generateValue, retried until `fits` accepts the value: each try takes the next `oneOf`/`anyOf` branch
 * and another seed (a generator alone cannot tell which branches of a `oneOf` overlap). The last try is
 * returned when none fits.
 */
export function generateFitting(
  schema: unknown,
  context: GenerateContext,
  fits: (value: unknown) => boolean,
  tries = 4,
): unknown {
  let value: unknown;
  for (let i = 0; i < tries; i++) {
    const attempt =
      i === 0 ? context : { ...context, seed: `${context.seed}#${i}`, variant: (context.variant ?? 0) + i };
    value = generateValue(schema, attempt);
    if (fits(value)) return value;
  }
  return value;
}

function generateAt(raw: unknown, walk: Walk): unknown {
  const flat = flattenSchema(raw, walk);
  const schema = flat.schema;
  const here: Walk = { ...walk, refs: flat.refs, entity: flat.entity };
  if ('const' in schema) return schema.const;
  const example = exampleOf(schema);
  if (example !== undefined && fitsShallow(example.value, schema)) return example.value;
  if (Array.isArray(schema.enum)) {
    const choices = schema.enum.filter((v) => v !== null);
    if (choices.length > 0) return pick(randomAt(here), choices);
    if (schema.enum.length > 0) return null;
  }
  if ('default' in schema && schema.default !== null && fitsShallow(schema.default, schema)) return schema.default;
  switch (typeOf(schema)) {
    case 'object':
      return generateObject(schema, here);
    case 'array':
      return generateArray(schema, here);
    case 'integer':
      return generateNumber(schema, here, true);
    case 'number':
      return generateNumber(schema, here, false);
    case 'boolean':
      return randomAt(here)() < 0.5;
    case 'null':
      return null;
    default:
      return generateString(schema, here);
  }
}

/** The one type to generate: the first non-null of a 3.1 type array, else what the keywords imply. */
function typeOf(schema: FlatSchema): string {
  const declared = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : [schema.type];
  const type = declared[0];
  if (typeof type === 'string') return type;
  if (Array.isArray(schema.type)) return 'null';
  if (schema.properties || schema.additionalProperties !== undefined || schema.required) return 'object';
  if (schema.items !== undefined || schema.prefixItems !== undefined) return 'array';
  if (typeof schema.minimum === 'number' || typeof schema.maximum === 'number' || schema.multipleOf !== undefined)
    return 'number';
  return 'string';
}

function generateObject(schema: FlatSchema, walk: Walk): JsonObject {
  const out: JsonObject = {};
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const recursing = new Set(walk.refs).size < walk.refs.length;
  const minimal = recursing || walk.depth >= FULL_DEPTH;
  if (walk.depth >= HARD_DEPTH) return out;
  const properties = isObject(schema.properties) ? schema.properties : {};
  const max = typeof schema.maxProperties === 'number' ? schema.maxProperties : Number.POSITIVE_INFINITY;
  const hidden = walk.context.direction === 'request' ? 'readOnly' : 'writeOnly';
  const names = [
    ...Object.keys(properties).filter((n) => required.has(n)),
    ...Object.keys(properties).filter((n) => !required.has(n)),
  ];
  for (const name of names) {
    const sub = properties[name];
    const isRequired = required.has(name);
    if (!isRequired && (minimal || Object.keys(out).length >= max)) continue;
    if (isHidden(sub, hidden, walk) && (!isRequired || (isObject(sub) && sub[hidden] === true))) continue;
    out[name] = generateAt(sub, child(walk, name));
  }
  const extra = schema.additionalProperties;
  // Required names that `properties` does not describe take the additionalProperties schema.
  for (const name of required) {
    if (!(name in out) && !(name in properties))
      out[name] = generateAt(isObject(extra) ? extra : {}, child(walk, name));
  }
  const min = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
  const isMap = Object.keys(properties).length === 0 && extra !== undefined && extra !== false;
  if (
    extra !== false &&
    (isMap && !minimal ? Object.keys(out).length < Math.max(min, 1) : Object.keys(out).length < min)
  ) {
    const valueSchema = isObject(extra) ? extra : {};
    for (let i = 1; Object.keys(out).length < Math.max(min, isMap ? 1 : 0) && i < 100; i++) {
      const key = `${toSnake(walk.path.at(-1) ?? '') || 'key'}_${i}`;
      if (!(key in out)) out[key] = generateAt(valueSchema, child(walk, key));
    }
  }
  return out;
}

/** readOnly/writeOnly on the property itself or on what its ref points at. */
function isHidden(sub: unknown, hidden: 'readOnly' | 'writeOnly', walk: Walk): boolean {
  if (isObject(sub) && sub[hidden] === true) return true;
  return flattenSchema(sub, walk).schema[hidden] === true;
}

function generateArray(schema: FlatSchema, walk: Walk): unknown[] {
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
  const recursing = new Set(walk.refs).size < walk.refs.length;
  let count = recursing || walk.depth >= FULL_DEPTH ? min : Math.max(min, between(randomAt(walk, 'count'), 1, 2));
  count = Math.min(count, max);
  if (walk.depth >= HARD_DEPTH) count = min;
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (let i = 0, tries = 0; out.length < count && tries < count + 20; tries++, i++) {
    const itemSchema = out.length < prefix.length ? prefix[out.length] : schema.items;
    const step = child(walk, String(i));
    const value = generateAt(itemSchema === false ? {} : itemSchema, step);
    if (schema.uniqueItems === true) {
      const key = JSON.stringify(value);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(value);
  }
  return out;
}

function child(walk: Walk, segment: string): Walk {
  return { ...walk, path: [...walk.path, segment], depth: walk.depth + 1 };
}

/** `example` (3.0) or the first of `examples` (3.1 schema arrays). */
function exampleOf(schema: FlatSchema): { value: unknown } | undefined {
  if ('example' in schema && schema.example !== null) return { value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { value: schema.examples[0] };
  return undefined;
}

/**
 * A cheap check that a contract's example or default fits its own schema (contracts are not always
 * right: Twilio's `format: uri` examples are relative paths). Objects and arrays are only type-checked.
 */
function fitsShallow(value: unknown, schema: FlatSchema): boolean {
  const type = typeOf(schema);
  if (Array.isArray(schema.enum) && !schema.enum.some((v) => JSON.stringify(v) === JSON.stringify(value))) return false;
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || (type === 'integer' && !Number.isInteger(value))) return false;
      return generateNumberFits(value, schema);
    }
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string' && fits(value, schema) && formatFits(value, schema.format);
    default:
      return value === null;
  }
}

function generateNumberFits(value: number, schema: FlatSchema): boolean {
  if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
  if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return false;
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return false;
  if (schema.exclusiveMinimum === true && value === schema.minimum) return false;
  if (schema.exclusiveMaximum === true && value === schema.maximum) return false;
  if (typeof schema.multipleOf === 'number' && value / schema.multipleOf !== Math.trunc(value / schema.multipleOf))
    return false;
  return true;
}

const FORMAT_CHECKS: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i,
  date: /^\d{4}-\d\d-\d\d$/,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  url: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  ipv4: /^(\d{1,3}\.){3}\d{1,3}$/,
  hostname: /^[a-z0-9]([a-z0-9-.]*[a-z0-9])?$/i,
};

function formatFits(value: string, format: unknown): boolean {
  const check = typeof format === 'string' ? FORMAT_CHECKS[format] : undefined;
  return !check || check.test(value);
}
