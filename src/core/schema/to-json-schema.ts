import type { JsonObject } from '../contract/types.js';
import { appendPointer, getAtPointer } from '../source/json-pointer.js';

export type Direction = 'request' | 'response';

/** Keywords that describe but never constrain: dropped so ajv does not trip on them. */
const ANNOTATIONS = new Set(['example', 'examples', 'xml', 'externalDocs', 'deprecated', 'discriminator']);

/**
 * Turns an OpenAPI 3.0 schema into the JSON Schema ajv validates, keeping every node at the same pointer
 * wherever possible so errors map back to contract lines:
 * - `nullable: true` adds `null` to `type` (or to `enum`), or wraps a `$ref` in `if null else <ref>`;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` become the numeric form;
 * - `$ref` siblings are ignored, as OpenAPI 3.0 says;
 * - `readOnly` properties are not required in requests, `writeOnly` ones not in responses;
 * - `discriminator` selects the oneOf/anyOf branch by the property's value, so overlapping branches do not
 *   give a false "matches more than one schema".
 * `refBase` is prepended to local `$ref`s so they point into the registry's copy of the components.
 */
export function toJsonSchema(
  schema: unknown,
  direction: Direction,
  refBase: string,
  openapi: '3.0' | '3.1',
  origin?: SchemaOrigin,
  document: JsonObject = {},
): unknown {
  const at = origin ? { ...origin } : undefined;
  const refs: Refs = { base: refBase, document, inlined: [] };
  return openapi === '3.1' ? convert31(schema, direction, refs, at) : convert30(schema, direction, refs, at);
}

/** How `$ref`s are written for the validator's registry (see convertRef). */
interface Refs {
  /** Prepended to refs into the registry's copy of the components. */
  base: string;
  /** The bundled contract, for refs that point outside `components/schemas`. */
  document: JsonObject;
  /** Refs being inlined right now (a cycle among them is cut to "any"). */
  inlined: string[];
}

/**
 * Where the converted nodes come from: `record` is called with each converted schema object and the
 * contract pointer of the node it was made from, so an error (ajv's `parentSchema`) maps back to its line
 * even inside a separately compiled `$ref` target, whose error paths name no contract location.
 */
export interface SchemaOrigin {
  pointer: string;
  record: (converted: object, pointer: string) => void;
}

const child = (at: SchemaOrigin | undefined, ...segments: (string | number)[]): SchemaOrigin | undefined =>
  at && { record: at.record, pointer: appendPointer(at.pointer, ...segments) };

function convert30(schema: unknown, direction: Direction, refs: Refs, at?: SchemaOrigin): unknown {
  if (Array.isArray(schema)) return schema.map((s, i) => convert30(s, direction, refs, child(at, i)));
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as JsonObject;
  if (typeof node.$ref === 'string') {
    const ref = convertRef(node.$ref, refs, (target) => convert30(target, direction, refs, undefined));
    at?.record(ref, at.pointer);
    return node.nullable === true ? orNull(ref) : ref;
  }
  const out: JsonObject = {};
  at?.record(out, at.pointer);
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key === 'nullable' || key.startsWith('x-')) continue;
    if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value as JsonObject).map(([name, sub]) => [
          name,
          convert30(sub, direction, refs, child(at, 'properties', name)),
        ]),
      );
    } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      const bound = key === 'exclusiveMinimum' ? node.minimum : node.maximum;
      if (value === true && typeof bound === 'number') out[key] = bound;
      else if (typeof value === 'number') out[key] = value;
    } else if (value !== null && typeof value === 'object' && key !== 'enum' && key !== 'default' && key !== 'const') {
      out[key] = convert30(value, direction, refs, child(at, key));
    } else {
      out[key] = value;
    }
  }
  if (out.exclusiveMinimum !== undefined && node.exclusiveMinimum === true) delete out.minimum;
  if (out.exclusiveMaximum !== undefined && node.exclusiveMaximum === true) delete out.maximum;
  dropOneSidedRequired(node, out, direction);
  applyDiscriminator(node, out, refs);
  if (node.nullable === true) addNull(out);
  return out;
}

function convert31(schema: unknown, direction: Direction, refs: Refs, at?: SchemaOrigin): unknown {
  if (Array.isArray(schema)) return schema.map((s, i) => convert31(s, direction, refs, child(at, i)));
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as JsonObject;
  const out: JsonObject = {};
  at?.record(out, at.pointer);
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string')
      Object.assign(
        out,
        convertRef(value, refs, (target) => convert31(target, direction, refs, undefined)),
      );
    else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value as JsonObject).map(([name, sub]) => [
          name,
          convert31(sub, direction, refs, child(at, 'properties', name)),
        ]),
      );
    } else if (value !== null && typeof value === 'object' && key !== 'enum' && key !== 'default' && key !== 'const') {
      out[key] = convert31(value, direction, refs, child(at, key));
    } else out[key] = value;
  }
  dropOneSidedRequired(node, out, direction);
  applyDiscriminator(node, out, refs);
  // 3.1 has no `nullable`, but contracts converted from 3.0 keep it (and ajv refuses it without `type`).
  delete out.nullable;
  if (node.nullable === true) addNull(out);
  return out;
}

const COMPONENT_SCHEMA = /^#\/components\/schemas\/[^/]+$/;

/**
 * A ref to a component schema points into the validator's registry. Any other local ref (into `paths`,
 * a media type key with parameters, or a contract's mistake such as a schema ref to
 * `#/components/responses/X`) is not in the registry: its target is inlined, and one that does not exist
 * (or a cycle of such refs) becomes "any", instead of a MissingRefError at request time.
 */
function convertRef(ref: string, refs: Refs, convert: (target: unknown) => unknown): JsonObject {
  if (!ref.startsWith('#')) return { $ref: ref };
  const target = getAtPointer(refs.document, ref);
  if (COMPONENT_SCHEMA.test(ref) && target !== undefined) return { $ref: `${refs.base}${ref}` };
  if (target === undefined || refs.inlined.includes(ref) || refs.inlined.length > 16) return {};
  refs.inlined.push(ref);
  try {
    const inlined = convert(target);
    return inlined !== null && typeof inlined === 'object' && !Array.isArray(inlined) ? (inlined as JsonObject) : {};
  } finally {
    refs.inlined.pop();
  }
}

function addNull(out: JsonObject): void {
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.type === undefined && (out.allOf || out.oneOf || out.anyOf)) {
    const inner = { ...out };
    for (const key of Object.keys(out)) delete out[key];
    Object.assign(out, orNull(inner));
  }
}

/**
 * null, or else `schema`. Not `anyOf: [schema, {type: null}]`: a non-null value that fails would also
 * report "must be null" and "must match a schema in anyOf", two findings the contract never wrote.
 * The validator drops the `if` error, so only the inner schema's own errors remain.
 */
function orNull(schema: JsonObject): JsonObject {
  return { if: { type: 'null' }, else: schema };
}

function dropOneSidedRequired(node: JsonObject, out: JsonObject, direction: Direction): void {
  if (!Array.isArray(node.required) || !node.properties || typeof node.properties !== 'object') return;
  const hidden = direction === 'request' ? 'readOnly' : 'writeOnly';
  const properties = node.properties as Record<string, JsonObject | undefined>;
  const required = node.required.filter((name) => properties[name as string]?.[hidden] !== true);
  if (required.length > 0) out.required = required;
  else delete out.required;
}

interface Discriminator {
  propertyName?: unknown;
  mapping?: Record<string, string>;
}

function applyDiscriminator(node: JsonObject, out: JsonObject, refs: Refs): void {
  const refBase = refs.base;
  const discriminator =
    (node.discriminator as Discriminator | undefined) ?? inheritedDiscriminator(node, refs.document);
  const branchKey = Array.isArray(out.oneOf) ? 'oneOf' : Array.isArray(out.anyOf) ? 'anyOf' : undefined;
  if (!discriminator || typeof discriminator.propertyName !== 'string' || !branchKey) return;
  const property = discriminator.propertyName;
  const branches = out[branchKey] as JsonObject[];
  const byValue = new Map<string, string>();
  for (const [value, target] of Object.entries(discriminator.mapping ?? {})) {
    byValue.set(value, target.startsWith('#') ? `${refBase}${target}` : `${refBase}#/components/schemas/${target}`);
  }
  for (const branch of branches) {
    if (typeof branch.$ref !== 'string') return; // discriminator without refs: keep plain oneOf/anyOf
    const name = branch.$ref.split('/').at(-1) as string;
    if (![...byValue.values()].includes(branch.$ref)) byValue.set(name, branch.$ref);
  }
  delete out[branchKey];
  out.required = [...new Set([...((out.required as string[] | undefined) ?? []), property])];
  out.allOf = [
    ...((out.allOf as unknown[] | undefined) ?? []),
    { properties: { [property]: { enum: [...byValue.keys()] } } },
    ...[...byValue].map(([value, ref]) => ({
      if: { properties: { [property]: { const: value } }, required: [property] },
      then: { $ref: ref },
    })),
  ];
}

/**
 * The discriminator a `oneOf`/`anyOf` of component refs gets from its branches' common parent (OpenAPI's
 * "embedded" form: `Cat` and `Dog` are `allOf: [Pet, ...]` and `Pet` names the property). Every branch must
 * inherit one with the same property; else there is none and the branches are matched as written.
 */
function inheritedDiscriminator(node: JsonObject, document: JsonObject): Discriminator | undefined {
  const branches = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  if (!branches || branches.length < 2) return undefined;
  let found: Discriminator | undefined;
  for (const branch of branches) {
    const ref = (branch as JsonObject | null)?.$ref;
    if (typeof ref !== 'string' || !COMPONENT_SCHEMA.test(ref)) return undefined;
    const own = discriminatorAbove(getAtPointer(document, ref), document, new Set([ref]));
    if (typeof own?.propertyName !== 'string') return undefined;
    if (found && found.propertyName !== own.propertyName) return undefined;
    found ??= own;
  }
  return found;
}

/** A schema's own discriminator, else the first one found up its `allOf` refs. */
function discriminatorAbove(schema: unknown, document: JsonObject, seen: Set<string>): Discriminator | undefined {
  if (schema === null || typeof schema !== 'object') return undefined;
  const node = schema as JsonObject;
  if (node.discriminator && typeof node.discriminator === 'object') return node.discriminator as Discriminator;
  for (const part of Array.isArray(node.allOf) ? node.allOf : []) {
    const ref = (part as JsonObject | null)?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#') || seen.has(ref)) continue;
    seen.add(ref);
    const above = discriminatorAbove(getAtPointer(document, ref), document, seen);
    if (above) return above;
  }
  return undefined;
}
