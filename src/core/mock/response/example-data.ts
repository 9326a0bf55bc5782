import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import { createRandom } from '../random.js';

// Adapter over the data generator (src/core/mock/data/generate-value.ts, built in parallel): the server
// calls only these two functions. Until the generator lands they use the small fallback below.

export interface DataContext {
  document: JsonObject;
  openapi: '3.0' | '3.1';
  seed: number;
}

/** The contract's own example of a media type (`example`, first of `examples`, schema `example`) or generated data. */
export function exampleForMediaType(mediaType: JsonObject, context: DataContext): unknown {
  if ('example' in mediaType) return mediaType.example;
  const examples = mediaType.examples as JsonObject | undefined;
  for (const entry of Object.values(examples ?? {})) {
    const example = resolveLocalRef(context.document, entry) as JsonObject | undefined;
    if (example && 'value' in example) return example.value;
  }
  const schema = resolveLocalRef(context.document, mediaType.schema) as JsonObject | undefined;
  if (schema && 'example' in schema) return schema.example;
  return generateForSchema(mediaType.schema, context, 'response');
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
  if (type === 'array') {
    if (depth > 6) return [];
    const count = Math.max(Number(schema.minItems ?? 1), 1);
    return Array.from({ length: count }, () =>
      fallbackValue(schema.items, document, direction, random, name, depth + 1),
    );
  }
  if (type === 'integer' || type === 'number') {
    const min = Number(schema.minimum ?? 1);
    const max = Number(schema.maximum ?? min + 999);
    const value = min + random() * (max - min);
    return type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
  }
  if (type === 'boolean') return random() < 0.5;
  if (type === 'string' || type === undefined) {
    if (schema.format === 'date-time') return '2024-01-01T00:00:00Z';
    if (schema.format === 'date') return '2024-01-01';
    if (schema.format === 'email' || name === 'email') return `user${Math.floor(random() * 1000)}@example.com`;
    if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
    if (schema.format === 'uri') return 'https://example.com/';
    return `${name || 'string'}_${Math.floor(random() * 1000)}`;
  }
  return null;
}
