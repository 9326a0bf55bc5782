import type { JsonObject } from '../../contract/types.js';
import { patternRegex } from '../../schema/read-pattern.js';
import { stringForPattern } from '../../schema/string-for-pattern.js';
import { isObject } from '../../source/json-object.js';
import { enumAdmitsNothing, exampleOf, fitsDeclaredType, fitsSchema, typeOf } from './fits-schema.js';
import { flattenSchema } from './flatten-schema.js';
import { generateNumber } from './generate-number.js';
import {
  exclusiveOneOf,
  findOneOfOverlaps,
  generateOneOf,
  type OneOfOverlap,
  SEARCH_BUDGET,
} from './generate-one-of.js';
import { generateString } from './generate-string.js';
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
  return generateAt(schema, startWalk(context));
}

/**
 * The branches of a `oneOf` node for which no value was found that fits that branch alone (see
 * generateOneOf; needs `context.fitsNode`): every value of theirs also fits another branch.
 */
export function findOverlappingBranches(node: JsonObject, context: GenerateContext): OneOfOverlap[] {
  return findOneOfOverlaps(node, startWalk(context), generateAt);
}

function startWalk(context: GenerateContext): Walk {
  return {
    context,
    path: [...(context.propertyPath ?? [])],
    refs: [],
    entity: undefined,
    depth: 0,
    budget: { left: SEARCH_BUDGET },
  };
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
  tries = 8,
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
  const oneOf = exclusiveOneOf(raw, walk);
  if (oneOf) return generateOneOf(oneOf.raw, oneOf.node, walk, generateAt);
  const flat = flattenSchema(raw, walk);
  const schema = flat.schema;
  const { branch: _branch, ...rest } = walk;
  const here: Walk = { ...rest, refs: flat.refs, entity: flat.entity };
  if ('const' in schema) return schema.const;
  const example = exampleOf(schema);
  if (example !== undefined && fitsSchema(example.value, schema, here)) return example.value;
  if (Array.isArray(schema.enum)) {
    const typed = schema.enum.filter((v) => v !== null && fitsDeclaredType(v, schema));
    // No value has the declared type: the contract admits none (lint says so); send one it lists.
    const choices = typed.length > 0 ? typed : schema.enum.filter((v) => v !== null);
    if (choices.length > 0) return pick(randomAt(here), choices);
    if (schema.enum.length > 0) return null;
  }
  if ('default' in schema && schema.default !== null && fitsSchema(schema.default, schema, here)) return schema.default;
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

const admitsNothingByNode = new WeakMap<object, boolean>();

/** enumAdmitsNothing of a property schema, flattened once per contract node (generation runs per request). */
function admitsNothing(raw: unknown, walk: Walk): boolean {
  if (raw === null || typeof raw !== 'object') return false;
  let answer = admitsNothingByNode.get(raw);
  if (answer === undefined) {
    answer = enumAdmitsNothing(flattenSchema(raw, walk).schema);
    admitsNothingByNode.set(raw, answer);
  }
  return answer;
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
    // An optional property no value can fit is left out, so the body stays valid.
    if (!isRequired && admitsNothing(sub, child(walk, name))) continue;
    out[name] = generateAt(sub, child(walk, name));
  }
  const patterns = isObject(schema.patternProperties) ? Object.entries(schema.patternProperties) : [];
  const extra =
    schema.additionalProperties === undefined && schema.unevaluatedProperties === false
      ? false
      : schema.additionalProperties;
  // Required names that `properties` does not describe take a matching patternProperties schema, else the
  // additionalProperties one; `dependentRequired` names follow the properties present.
  const dependents = isObject(schema.dependentRequired) ? schema.dependentRequired : {};
  const missing = [...required];
  for (let i = 0; i < missing.length; i++) {
    const name = missing[i] as string;
    if (!(name in out) && !(name in properties))
      out[name] = generateAt(extraSchema(name, patterns, extra), child(walk, name));
    if (name in out) for (const more of arrayOf(dependents[name])) if (!missing.includes(more)) missing.push(more);
  }
  for (const name of Object.keys(out)) {
    for (const more of arrayOf(dependents[name])) {
      if (!(more in out))
        out[more] = generateAt(properties[more] ?? extraSchema(more, patterns, extra), child(walk, more));
    }
  }
  const min = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
  const open = extra !== false || patterns.length > 0;
  const isMap =
    Object.keys(properties).length === 0 && ((extra !== undefined && extra !== false) || patterns.length > 0);
  if (open && (isMap && !minimal ? Object.keys(out).length < Math.max(min, 1) : Object.keys(out).length < min)) {
    for (let i = 1; Object.keys(out).length < Math.max(min, isMap ? 1 : 0) && i < 100; i++) {
      const [key, valueSchema] = extraEntry(schema, walk, patterns, extra, i);
      if (key === undefined) break;
      if (!(key in out)) out[key] = generateAt(valueSchema, child(walk, key));
    }
  }
  return out;
}

/** The schema of a property `properties` does not name: its patternProperties match, else additionalProperties. */
function extraSchema(name: string, patterns: [string, unknown][], extra: unknown): unknown {
  const matching = patterns.find(([pattern]) => patternRegex(pattern)?.test(name));
  if (matching) return matching[1];
  return isObject(extra) ? extra : {};
}

/** The i-th extra key of a map: from a patternProperties pattern when there is one, else `<field>_<i>`. */
function extraEntry(
  schema: FlatSchema,
  walk: Walk,
  patterns: [string, unknown][],
  extra: unknown,
  i: number,
): [string | undefined, unknown] {
  const names = isObject(schema.propertyNames) ? schema.propertyNames : {};
  const namePattern = typeof names.pattern === 'string' ? names.pattern : undefined;
  const [pattern, valueSchema] = patterns[(i - 1) % Math.max(patterns.length, 1)] ?? [namePattern, extra];
  if (pattern === undefined) return [`${toSnake(walk.path.at(-1) ?? '') || 'key'}_${i}`, isObject(extra) ? extra : {}];
  const key = stringForPattern(pattern, randomAt(walk, `key${i}`), {
    ...(typeof names.minLength === 'number' ? { minLength: names.minLength } : {}),
    ...(typeof names.maxLength === 'number' ? { maxLength: names.maxLength } : {}),
  });
  return [key, isObject(valueSchema) || valueSchema === true ? valueSchema : {}];
}

function arrayOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** readOnly/writeOnly on the property itself or on what its ref points at. */
function isHidden(sub: unknown, hidden: 'readOnly' | 'writeOnly', walk: Walk): boolean {
  if (isObject(sub) && sub[hidden] === true) return true;
  return flattenSchema(sub, walk).schema[hidden] === true;
}

function generateArray(schema: FlatSchema, walk: Walk): unknown[] {
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
  // 2020-12 `contains`: the first minContains items (default 1) are generated from it.
  const contains = schema.contains !== undefined && schema.contains !== false ? schema.contains : undefined;
  const minContains = contains === undefined ? 0 : typeof schema.minContains === 'number' ? schema.minContains : 1;
  const closed = schema.items === false || (schema.unevaluatedItems === false && schema.items === undefined);
  const min = Math.max(typeof schema.minItems === 'number' ? schema.minItems : 0, minContains);
  let max = typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
  if (closed) max = Math.min(max, prefix.length);
  const recursing = new Set(walk.refs).size < walk.refs.length;
  let count = recursing || walk.depth >= FULL_DEPTH ? min : Math.max(min, between(randomAt(walk, 'count'), 1, 2));
  count = Math.min(count, max);
  if (walk.depth >= HARD_DEPTH) count = min;
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (let i = 0, tries = 0; out.length < count && tries < count + 20; tries++, i++) {
    const own = out.length < prefix.length ? prefix[out.length] : schema.items;
    const itemSchema =
      contains !== undefined && out.length >= prefix.length && out.length - prefix.length < minContains
        ? own === undefined || own === true
          ? contains
          : { allOf: [own, contains] }
        : own;
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
