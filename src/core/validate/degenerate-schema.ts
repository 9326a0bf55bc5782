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
 * in it (`A: {$ref: B}`, `B: {$ref: A}`; the loader has made its members "any" and reported it: `broken`
 * maps each member to that report), or an object that requires itself through required, non-nullable
 * properties (`Node: {required: [next], properties: {next: {$ref: Node}}}`), which no finite value fits.
 * Ordinary recursion (an optional `children` of `Node`s) is fine and not reported.
 */
export function findDegenerateSchema(
  document: JsonObject,
  pointer: string,
  broken: ReadonlyMap<string, DegenerateSchema> = new Map(),
): DegenerateSchema | undefined {
  let visited = 0;
  const required = new Set<string>();

  const visit = (at: string, requiredPath: readonly string[], depth: number): DegenerateSchema | undefined => {
    if (++visited > MAX_NODES || depth > 64) return undefined;
    const loop = broken.get(at);
    if (loop) return loop;
    const node = getAtPointer(document, at);
    if (!isObject(node)) return undefined;
    if (typeof node.$ref === 'string') {
      if (!node.$ref.startsWith('#/')) return undefined;
      const target = node.$ref.slice(1);
      const targetLoop = broken.get(target);
      if (targetLoop) return targetLoop;
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
  return visit(pointer, [pointer], 0);
}
