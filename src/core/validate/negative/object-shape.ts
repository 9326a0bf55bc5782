import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';

/** The properties an object schema declares, `allOf` parts merged, refs followed. */
export interface ObjectShape {
  properties: Record<string, unknown>;
  required: Set<string>;
  /** True when some part says `additionalProperties: false`. */
  closed: boolean;
}

/** undefined when the schema is not an object schema (or a `$ref` loop). */
export function objectShape(raw: unknown, document: JsonObject, depth = 0): ObjectShape | undefined {
  const schema = resolveLocalRef(document, raw);
  if (!isObject(schema) || depth > 8) return undefined;
  const shape: ObjectShape = { properties: {}, required: new Set(), closed: schema.additionalProperties === false };
  if (isObject(schema.properties)) Object.assign(shape.properties, schema.properties);
  if (Array.isArray(schema.required)) for (const name of schema.required) shape.required.add(String(name));
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const inner = objectShape(part, document, depth + 1);
    if (!inner) continue;
    Object.assign(shape.properties, inner.properties);
    for (const name of inner.required) shape.required.add(name);
    shape.closed ||= inner.closed;
  }
  const typed = schema.type === 'object' || Object.keys(shape.properties).length > 0 || shape.required.size > 0;
  return typed ? shape : undefined;
}
