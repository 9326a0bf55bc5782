import type { JsonObject } from '../contract/types.js';

/** A JSON object (a mapping): not null, not an array. */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
