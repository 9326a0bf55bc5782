import type { JsonObject } from '../contract/types.js';
import { appendPointer, getAtPointer } from '../source/json-pointer.js';

/** A node of the bundled contract together with the pointer it really lives at (after following `$ref`s). */
export interface ContractNode {
  node: JsonObject;
  pointer: string;
}

/** The object at `pointer`, following local `$ref`s; undefined when absent, not an object or a ref cycle. */
export function resolveNode(document: JsonObject, pointer: string): ContractNode | undefined {
  let current = pointer;
  const seen = new Set<string>();
  for (;;) {
    const node = getAtPointer(document, current);
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    const ref = (node as JsonObject).$ref;
    if (typeof ref !== 'string') return { node: node as JsonObject, pointer: current };
    if (!ref.startsWith('#') || seen.has(ref)) return undefined;
    seen.add(ref);
    current = ref.slice(1);
  }
}

/** `resolveNode` of a child: `child(doc, op, 'responses', '200')`. */
export function resolveChild(document: JsonObject, parent: string, ...segments: string[]): ContractNode | undefined {
  return resolveNode(document, appendPointer(parent, ...segments));
}
