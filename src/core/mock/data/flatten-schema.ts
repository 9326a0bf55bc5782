import type { JsonObject } from '../../contract/types.js';
import { namedByProperties } from '../../schema/judge-fit.js';
import { isObject } from '../../source/json-object.js';
import { getAtPointer } from '../../source/json-pointer.js';
import { hashSeed } from '../random.js';
import type { FlatSchema, Walk } from './types.js';

/** Refs are followed at most this deep in one chain (a cycle of refs gives `{}`). */
const MAX_REF_HOPS = 32;

/**
 * The schema as one node: `$ref` followed (3.1 siblings kept), `allOf` merged, the first `oneOf`/`anyOf`
 * branch chosen and merged with its siblings. A `discriminator` fixes its property to the chosen branch's
 * mapping value. Returns the node and the entity name of the last component entered.
 */
export function flattenSchema(
  raw: unknown,
  walk: Walk,
): { schema: FlatSchema; entity: string | undefined; refs: string[] } {
  const refs = [...walk.refs];
  let entity = walk.entity;
  let node = raw;
  let siblings: JsonObject = {};
  for (let hops = 0; isObject(node) && typeof node.$ref === 'string'; hops++) {
    const ref = node.$ref;
    if (walk.context.openapi === '3.1') {
      const { $ref: _ref, ...rest } = node;
      siblings = { ...rest, ...siblings };
    }
    if (!ref.startsWith('#') || hops >= MAX_REF_HOPS) return { schema: {}, entity, refs };
    refs.push(ref);
    const name = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
    if (name) entity = decodeURIComponent(name).replace(/~1/g, '/').replace(/~0/g, '~');
    node = getAtPointer(walk.context.document, ref);
  }
  if (node === true || node === undefined || node === null) return { schema: { ...siblings }, entity, refs };
  if (!isObject(node)) return { schema: { not: {} }, entity, refs };
  let schema: FlatSchema = { ...node, ...siblings };
  const { branch, ...outer } = walk;
  const inner: Walk = { ...outer, refs, entity };
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    schema = rest;
    for (const branch of allOf as unknown[]) {
      const flat = flattenSchema(branch, inner);
      schema = mergeSchemas(schema, flat.schema);
      tagInheritedDiscriminator(schema, flat.schema, entity, inner);
    }
    schema = constrainInherited(schema, rest, inner);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const { [key]: _branches, ...rest } = schema;
    const chosen = branches[key === 'oneOf' && branch !== undefined ? branch : branchIndex(walk, branches.length)];
    const flat = flattenSchema(chosen, inner);
    schema = mergeSchemas(rest, flat.schema);
    const discriminator = rest.discriminator as
      | { propertyName?: unknown; mapping?: Record<string, string> }
      | undefined;
    if (discriminator && typeof discriminator.propertyName === 'string' && isObject(chosen)) {
      const value = discriminatorValue(discriminator.mapping, chosen.$ref);
      if (value !== undefined) fixProperty(schema, discriminator.propertyName, value);
    }
  }
  if (isObject(schema.if) || schema.if === true) schema = applyCondition(schema, inner);
  return { schema, entity, refs };
}

/**
 * A node's own `additionalProperties` applies to every property its own `properties` and
 * `patternProperties` do not name, also those an `allOf` member declares (Azure's `Factory`:
 * `additionalProperties: {type: object}`, `allOf: [Resource]` whose `id` and `eTag` are strings). Such a
 * property must fit both: one that cannot (`false`, or types that share nothing) and is optional is left
 * out, so the generator omits it and an example that has it is judged by `additionalProperties`.
 */
function constrainInherited(schema: FlatSchema, own: FlatSchema, walk: Walk): FlatSchema {
  const additional = own.additionalProperties;
  if (additional === undefined || additional === true || !isObject(schema.properties)) return schema;
  const named = namedByProperties(own);
  const required = Array.isArray(schema.required) ? schema.required : [];
  const properties: JsonObject = {};
  for (const [name, sub] of Object.entries(schema.properties)) {
    if (named(name)) {
      properties[name] = sub;
      continue;
    }
    const fitsBoth = additional !== false && typesMeet(sub, additional, walk);
    if (fitsBoth) properties[name] = { allOf: [sub, additional] };
    else if (required.includes(name)) properties[name] = sub;
  }
  return { ...schema, properties };
}

/** Whether two schemas' declared types (refs followed, `allOf` merged) share one; true when either declares none. */
function typesMeet(a: unknown, b: unknown, walk: Walk): boolean {
  const types = (raw: unknown) => {
    const type = flattenSchema(raw, walk).schema.type;
    return type === undefined ? undefined : Array.isArray(type) ? type.map(String) : [String(type)];
  };
  const left = types(a);
  const right = types(b);
  if (!left || !right) return true;
  const widen = (t: string) => (t === 'integer' ? ['integer', 'number'] : [t]);
  return left.some((t) => widen(t).some((w) => right.includes(w) || (w === 'number' && right.includes('integer'))));
}

/**
 * `if`/`then`/`else` as one node: with a `then`, the value is made to satisfy `if` and `then` together;
 * with only an `else`, the `else` schema is generated (a value that also satisfies `if` is caught by the
 * validator and retried with another seed).
 */
function applyCondition(schema: FlatSchema, walk: Walk): FlatSchema {
  const { if: condition, then: consequence, else: alternative, ...rest } = schema;
  if (consequence !== undefined)
    return mergeSchemas(
      mergeSchemas(rest, flattenSchema(condition, walk).schema),
      flattenSchema(consequence, walk).schema,
    );
  if (alternative !== undefined) return mergeSchemas(rest, flattenSchema(alternative, walk).schema);
  return rest;
}

/**
 * Which `oneOf`/`anyOf` branch this try takes: the first on the first try, then each in turn everywhere,
 * then a different mix per place (so nested choices are not always made together).
 */
export function branchIndex(walk: Walk, count: number): number {
  const variant = walk.context.variant ?? 0;
  if (variant < count) return variant % count;
  return hashSeed(walk.path.join('/'), variant) % count;
}

/** The value a discriminator takes for a branch: its mapping key, else the component name. */
function discriminatorValue(mapping: Record<string, string> | undefined, ref: unknown): string | undefined {
  if (typeof ref !== 'string') return undefined;
  for (const [value, target] of Object.entries(mapping ?? {})) {
    if (target === ref || `#/components/schemas/${target}` === ref) return value;
  }
  return ref.split('/').at(-1);
}

/** `Cat: allOf: [Pet (discriminator petType), ...]`: a Cat says `petType: Cat`. */
function tagInheritedDiscriminator(schema: FlatSchema, branch: FlatSchema, entity: string | undefined, walk: Walk) {
  const discriminator = branch.discriminator as
    | { propertyName?: unknown; mapping?: Record<string, string> }
    | undefined;
  if (!discriminator || typeof discriminator.propertyName !== 'string' || !entity) return;
  const ownRef = walk.refs.findLast((ref) => ref.startsWith('#/components/schemas/'));
  const value = discriminatorValue(discriminator.mapping, ownRef) ?? entity;
  const property = ((schema.properties ?? {}) as JsonObject)[discriminator.propertyName];
  if (isObject(property) && (property.enum || property.const !== undefined || property.$ref)) return;
  fixProperty(schema, discriminator.propertyName, value);
}

function fixProperty(schema: FlatSchema, property: string, value: string): void {
  const properties = { ...((schema.properties ?? {}) as JsonObject) };
  // A discriminator names a string property; one declared as something else (Zalando's paged `content`
  // array) keeps its own schema rather than take a value it cannot hold.
  const declared = properties[property];
  const type = isObject(declared) ? declared.type : undefined;
  if (type !== undefined && !(type === 'string' || (Array.isArray(type) && type.includes('string')))) return;
  properties[property] = { type: 'string', const: value };
  schema.properties = properties;
  const required = Array.isArray(schema.required) ? schema.required : [];
  if (!required.includes(property)) schema.required = [...required, property];
}

const LOWER_BOUNDS = ['minimum', 'minLength', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maximum', 'maxLength', 'maxItems', 'maxProperties'];

/** Both schemas at once (`allOf`): the stricter bound wins, properties of both, required of both. */
export function mergeSchemas(a: FlatSchema, b: FlatSchema): FlatSchema {
  const out: FlatSchema = { ...b, ...a };
  for (const key of LOWER_BOUNDS)
    if (typeof a[key] === 'number' && typeof b[key] === 'number') out[key] = Math.max(a[key], b[key]);
  for (const key of UPPER_BOUNDS)
    if (typeof a[key] === 'number' && typeof b[key] === 'number') out[key] = Math.min(a[key], b[key]);
  if (a.properties || b.properties) {
    const properties: JsonObject = { ...((b.properties ?? {}) as JsonObject) };
    for (const [name, sub] of Object.entries((a.properties ?? {}) as JsonObject)) {
      properties[name] = name in properties ? { allOf: [sub, properties[name]] } : sub;
    }
    out.properties = properties;
  }
  if (Array.isArray(a.required) || Array.isArray(b.required)) {
    out.required = [...new Set([...((a.required as string[]) ?? []), ...((b.required as string[]) ?? [])])];
  }
  if (a.type !== undefined && b.type !== undefined) out.type = intersectTypes(a.type, b.type);
  if (Array.isArray(a.enum) && Array.isArray(b.enum)) {
    const other = b.enum.map((v) => JSON.stringify(v));
    out.enum = a.enum.filter((v) => other.includes(JSON.stringify(v)));
  }
  if (a.items !== undefined && b.items !== undefined) out.items = { allOf: [a.items, b.items] };
  if (a.unevaluatedProperties === false || b.unevaluatedProperties === false) out.unevaluatedProperties = false;
  if (isObject(a.dependentRequired) && isObject(b.dependentRequired))
    out.dependentRequired = { ...b.dependentRequired, ...a.dependentRequired };
  if (isObject(a.patternProperties) && isObject(b.patternProperties))
    out.patternProperties = { ...b.patternProperties, ...a.patternProperties };
  if (a.additionalProperties === false || b.additionalProperties === false) out.additionalProperties = false;
  const patterns = [a.pattern, b.pattern, ...(a['x-mf-patterns'] ?? []), ...(b['x-mf-patterns'] ?? [])];
  const distinct = [...new Set(patterns.filter((p): p is string => typeof p === 'string'))];
  if (distinct.length > 1) out['x-mf-patterns'] = distinct.slice(1);
  return out;
}

function intersectTypes(a: unknown, b: unknown): unknown {
  const left = Array.isArray(a) ? a : [a];
  const right = Array.isArray(b) ? b : [b];
  const both = left.filter((t) => right.includes(t) || (t === 'integer' && right.includes('number')));
  for (const t of right) if (t === 'integer' && left.includes('number') && !both.includes(t)) both.push(t);
  if (both.length === 0) return a;
  return both.length === 1 ? both[0] : both;
}
