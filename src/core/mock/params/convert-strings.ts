import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';

/** What a decoded parameter or form field looks like before conversion: text, lists of text, or maps. */
export type RawValue = string | RawValue[] | { [key: string]: RawValue };

/** Converts decoded text to the schema's types; `typed: false` keeps every scalar a string. */
export type ConvertStrings = (value: RawValue, typed: boolean) => unknown;

const MAX_DEPTH = 8;
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The JSON types a schema allows: its `type` (3.1 arrays too), else the union over `oneOf`/`anyOf`/`allOf`
 * branches, else the types of its `enum`/`const` values. Empty means anything.
 */
export function schemaTypes(document: JsonObject, schema: unknown, depth = 0): Set<string> {
  const node = resolveLocalRef(document, schema);
  const types = new Set<string>();
  if (!isObject(node) || depth > MAX_DEPTH) return types;
  if (typeof node.type === 'string') types.add(node.type);
  else if (Array.isArray(node.type)) for (const t of node.type) types.add(String(t));
  if (types.size > 0) return types;
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    const branches = node[key];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) for (const t of schemaTypes(document, branch, depth + 1)) types.add(t);
  }
  if (types.size > 0) return types;
  const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : [];
  for (const value of values) types.add(value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
  if (types.has('number') && values.every((v) => typeof v !== 'number' || Number.isInteger(v))) {
    types.delete('number');
    types.add('integer');
  }
  return types;
}

/** The overall shape a schema expects, which decides how a serialized parameter is split. */
export function schemaShape(document: JsonObject, schema: unknown): 'array' | 'object' | 'primitive' {
  const types = schemaTypes(document, schema);
  if (types.has('array')) return 'array';
  if (types.has('object')) return 'object';
  if (types.size === 0 && isObject(resolveLocalRef(document, schema))) {
    const node = resolveLocalRef(document, schema) as JsonObject;
    if ('items' in node) return 'array';
    if ('properties' in node || 'additionalProperties' in node) return 'object';
  }
  return 'primitive';
}

/**
 * A converter for one schema, compiled once: numbers, booleans and null from their text where the schema
 * allows them, arrays and objects element by element (a lone value for an array schema becomes a list).
 */
export function compileConverter(document: JsonObject, schema: unknown, depth = 0): ConvertStrings {
  const node = resolveLocalRef(document, schema);
  if (!isObject(node) || depth > MAX_DEPTH) return (value) => value;
  const types = schemaTypes(document, node);
  let items: ConvertStrings | undefined;
  const properties = new Map<string, ConvertStrings>();
  const itemsOf = () => {
    items ??= compileConverter(document, arrayItems(document, node), depth + 1);
    return items;
  };
  const propertyOf = (key: string): ConvertStrings => {
    let convert = properties.get(key);
    if (!convert) {
      convert = compileConverter(document, propertySchema(document, node, key), depth + 1);
      properties.set(key, convert);
    }
    return convert;
  };
  return (value, typed) => {
    if (typeof value === 'string') {
      if (types.has('array') && !types.has('string')) return [itemsOf()(value, typed)];
      return typed ? convertScalar(value, types) : value;
    }
    if (Array.isArray(value)) {
      if (!types.has('array') && types.size > 0 && value.length === 1)
        return convertScalar(String(value[0]), typed ? types : new Set());
      return value.map((item) => itemsOf()(item, typed));
    }
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) out[key] = propertyOf(key)(item, typed);
    return out;
  };
}

function convertScalar(text: string, types: Set<string>): unknown {
  if (types.size === 0) return text;
  if (types.has('integer') && INTEGER.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  if (types.has('number') && NUMBER.test(text)) return Number(text);
  if (types.has('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (types.has('null') && (text === '' || text === 'null')) return null;
  return text;
}

/** An array schema's `items`, also inside `allOf`/`oneOf`/`anyOf` branches. */
export function arrayItems(document: JsonObject, node: JsonObject): unknown {
  if ('items' in node) return node.items;
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    const branches = node[key];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const resolved = resolveLocalRef(document, branch);
      if (isObject(resolved) && 'items' in resolved) return resolved.items;
    }
  }
  return undefined;
}

/** A property's schema, also inside `allOf`/`oneOf`/`anyOf` branches, else `additionalProperties`. */
export function propertySchema(document: JsonObject, node: JsonObject, key: string, depth = 0): unknown {
  const properties = resolveLocalRef(document, node.properties);
  if (isObject(properties) && key in properties) return properties[key];
  if (depth < MAX_DEPTH) {
    for (const combinator of ['allOf', 'oneOf', 'anyOf']) {
      const branches = node[combinator];
      if (!Array.isArray(branches)) continue;
      for (const branch of branches) {
        const resolved = resolveLocalRef(document, branch);
        if (!isObject(resolved)) continue;
        const found = propertySchema(document, resolved, key, depth + 1);
        if (found !== undefined) return found;
      }
    }
  }
  return isObject(node.additionalProperties) ? node.additionalProperties : undefined;
}

/** Every property name a schema declares, through refs and combinators. */
export function declaredProperties(document: JsonObject, schema: unknown, depth = 0): Set<string> {
  const names = new Set<string>();
  const node = resolveLocalRef(document, schema);
  if (!isObject(node) || depth > MAX_DEPTH) return names;
  const properties = resolveLocalRef(document, node.properties);
  if (isObject(properties)) for (const key of Object.keys(properties)) names.add(key);
  for (const combinator of ['allOf', 'oneOf', 'anyOf']) {
    const branches = node[combinator];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) for (const key of declaredProperties(document, branch, depth + 1)) names.add(key);
  }
  return names;
}
