import { getAtPointer } from '../source/json-pointer.js';
import type { JsonObject } from './types.js';

/** Follows local `$ref`s (`#/...`) until a non-ref node; a cycle of refs gives undefined. */
export function resolveLocalRef(document: JsonObject, node: unknown): unknown {
  const seen = new Set<string>();
  let current = node;
  while (current !== null && typeof current === 'object' && typeof (current as JsonObject).$ref === 'string') {
    const ref = (current as JsonObject).$ref as string;
    if (!ref.startsWith('#') || seen.has(ref)) return undefined;
    seen.add(ref);
    current = getAtPointer(document, ref);
  }
  return current;
}
