import type { JsonObject } from '../contract/types.js';
import { isObject } from '../source/json-object.js';
import { appendPointer, getAtPointer } from '../source/json-pointer.js';

/** A schema no request or response can be checked against: where it is written and why. */
export interface DegenerateSchema {
  pointer: string;
  message: string;
}

/** Nodes visited per search: a huge schema graph is cut off, never walked forever. */
const MAX_NODES = 5_000;

/**
 * The first degenerate `$ref` cycle reachable from the schema at `pointer`: a loop of refs with no schema
 * in it (`A: {$ref: B}`, `B: {$ref: A}`), or an object that requires itself through required, non-nullable
 * properties (`Node: {required: [next], properties: {next: {$ref: Node}}}`), which no finite value fits.
 * Ordinary recursion (an optional `children` of `Node`s) is fine and not reported.
 */
export function findDegenerateSchema(document: JsonObject, pointer: string): DegenerateSchema | undefined {
  let visited = 0;
  const required = new Set<string>();

  const visit = (at: string, requiredPath: readonly string[], depth: number): DegenerateSchema | undefined => {
    if (++visited > MAX_NODES || depth > 64) return undefined;
    const node = getAtPointer(document, at);
    if (!isObject(node)) return undefined;
    if (typeof node.$ref === 'string') {
      const alias = aliasLoop(document, at);
      if (alias) return alias;
      if (!node.$ref.startsWith('#/')) return undefined;
      const target = node.$ref.slice(1);
      if (requiredPath.includes(target)) {
        return {
          pointer: target,
          message: `schema ${target} requires itself through required properties: no finite value fits it`,
        };
      }
      if (node.nullable === true) return undefined;
      const key = `${target}|${requiredPath.join(',')}`;
      if (required.has(key)) return undefined;
      required.add(key);
      return visit(target, [...requiredPath, target], depth + 1);
    }
    if (node.nullable === true || (Array.isArray(node.type) && node.type.includes('null'))) return undefined;
    for (const [index] of (Array.isArray(node.allOf) ? node.allOf : []).entries()) {
      const found = visit(appendPointer(at, 'allOf', index), requiredPath, depth + 1);
      if (found) return found;
    }
    const properties = isObject(node.properties) ? node.properties : {};
    for (const name of Array.isArray(node.required) ? node.required : []) {
      if (typeof name !== 'string' || !(name in properties)) continue;
      const found = visit(appendPointer(at, 'properties', name), requiredPath, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  const own = aliasLoop(document, pointer);
  return own ?? visit(pointer, [pointer], 0);
}

/** A chain of refs from `at` that comes back to a ref it passed, with no schema in between. */
function aliasLoop(document: JsonObject, at: string): DegenerateSchema | undefined {
  const seen: string[] = [];
  let node = getAtPointer(document, at);
  let current = at;
  while (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
    const target = node.$ref.slice(1);
    if (seen.includes(target) || target === current) {
      return {
        pointer: target,
        message: `$ref loop with no schema in it: ${[...seen, target].map((p) => p.split('/').at(-1)).join(' -> ')}`,
      };
    }
    seen.push(target);
    current = target;
    node = getAtPointer(document, target);
    if (seen.length > 64) break;
  }
  return undefined;
}
