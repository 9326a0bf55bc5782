import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import { createRandom } from '../random.js';
import { stringForPattern } from './pattern-string.js';

// Adapter over the data generator (src/core/mock/data/generate-value.ts, built in parallel): the server
// calls only these two functions. Until the generator lands they use the small fallback below.

export interface DataContext {
  document: JsonObject;
  openapi: '3.0' | '3.1';
  seed: number;
}

/** The contract's own example of a media type (`example`, first of `examples`, schema `example`), if any. */
export function contractExample(mediaType: JsonObject, document: JsonObject): { value: unknown } | undefined {
  if ('example' in mediaType) return { value: mediaType.example };
  const examples = mediaType.examples as JsonObject | undefined;
  for (const entry of Object.values(examples ?? {})) {
    const example = resolveLocalRef(document, entry) as JsonObject | undefined;
    if (example && 'value' in example) return { value: example.value };
  }
  const schema = resolveLocalRef(document, mediaType.schema) as JsonObject | undefined;
  if (schema && 'example' in schema) return { value: schema.example };
  return undefined;
}

/**
 * Generated data that passes `validate`: a few seeds are tried, as a generator cannot satisfy every
 * combination of keywords (a `oneOf` whose branches overlap, a `pattern`). The last try is kept otherwise.
 */
export function generateValid(
  schema: unknown,
  context: DataContext,
  validate: ((value: unknown) => unknown[]) | undefined,
  tries = 5,
): unknown {
  let value: unknown;
  for (let i = 0; i < tries; i++) {
    value = generateForSchema(schema, { ...context, seed: context.seed + i * 7919 }, 'response');
    if (!validate || validate(value).length === 0) return value;
  }
  return value;
}

/** Data generated from a schema, deterministic for a given seed. */
export function generateForSchema(
  schema: unknown,
  context: DataContext,
  direction: 'request' | 'response',
  propertyPath?: string,
): unknown {
  const random = createRandom(context.seed);
  return fallbackValue(schema, context.document, direction, random, propertyPath ?? '', 0);
}

function fallbackValue(
  raw: unknown,
  document: JsonObject,
  direction: 'request' | 'response',
  random: () => number,
  name: string,
  depth: number,
): unknown {
  const schema = (resolveLocalRef(document, raw) ?? {}) as JsonObject;
  if ('example' in schema) return schema.example;
  if (schema.nullable === true && random() < 0.1) return null;
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return schema.enum[Math.floor(random() * schema.enum.length)];
  const branches = (schema.allOf ?? schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(branches) && branches.length > 0) {
    if (schema.allOf) {
      const merged: JsonObject = {};
      for (const branch of branches)
        Object.assign(merged, fallbackValue(branch, document, direction, random, name, depth + 1));
      return merged;
    }
    return fallbackValue(branches[0], document, direction, random, name, depth + 1);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || (type === undefined && schema.properties)) {
    const out: JsonObject = {};
    if (depth > 6) return out;
    for (const [key, sub] of Object.entries((schema.properties ?? {}) as JsonObject)) {
      const resolved = (resolveLocalRef(document, sub) ?? {}) as JsonObject;
      if (direction === 'response' && resolved.writeOnly === true) continue;
      if (direction === 'request' && resolved.readOnly === true) continue;
      out[key] = fallbackValue(sub, document, direction, random, key, depth + 1);
    }
    return out;
  }
  if ('const' in schema) return schema.const;
  if ('default' in schema && random() < 0.5) return schema.default;
  if (type === 'array') {
    if (depth > 6) return [];
    const count = Math.min(Math.max(Number(schema.minItems ?? 1), 1), Number(schema.maxItems ?? 3));
    return Array.from({ length: count }, () =>
      fallbackValue(schema.items, document, direction, random, name, depth + 1),
    );
  }
  if (type === 'integer' || type === 'number') {
    const low = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : Number(schema.minimum ?? 1);
    const high =
      typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - 1 : Number(schema.maximum ?? low + 999);
    const value = low + random() * Math.max(high - low, 0);
    const step = Number(schema.multipleOf ?? 0);
    if (step > 0) return Math.ceil(low / step) * step;
    return type === 'integer'
      ? Math.min(Math.max(Math.round(value), Math.ceil(low)), Math.floor(high))
      : Math.round(value * 100) / 100;
  }
  if (type === 'boolean') return random() < 0.5;
  if (type === 'string' || type === undefined) {
    if (schema.format === 'date-time') return '2024-01-01T00:00:00Z';
    if (schema.format === 'date') return '2024-01-01';
    if (schema.format === 'email' || name === 'email') return `user${Math.floor(random() * 1000)}@example.com`;
    if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
    if (schema.format === 'uri' || schema.format === 'url') return 'https://example.com/';
    if (schema.format === 'ipv4') return '192.0.2.10';
    if (schema.format === 'ipv6') return '2001:db8::10';
    if (schema.format === 'hostname') return 'example.com';
    const patterned = typeof schema.pattern === 'string' ? stringForPattern(schema.pattern, random) : undefined;
    if (patterned !== undefined) return patterned;
    const text = `${name || 'string'}_${Math.floor(random() * 1000)}`;
    const minLength = Number(schema.minLength ?? 0);
    const maxLength = Number(schema.maxLength ?? Number.POSITIVE_INFINITY);
    return text.padEnd(minLength, 'x').slice(0, maxLength);
  }
  return null;
}
