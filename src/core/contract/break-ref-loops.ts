import { getAtPointer, parsePointer } from '../source/json-pointer.js';
import type { BundledRef } from './bundle.js';
import type { JsonObject } from './types.js';

/**
 * A `$ref` loop with no object in it (`A: {$ref: B}`, `B: {$ref: A}`, also across files) names nothing,
 * and whatever follows it (a validator, a data generator, oasdiff) loops until it crashes. Each loop is
 * reported once (its members' pointers, the first one met first), and its members become "any" (`{}`) in
 * the bundle, so no command can follow it any more.
 */
export function breakRefLoops(
  document: JsonObject,
  refs: readonly BundledRef[],
  report: (loop: readonly string[]) => void,
): void {
  const targetOf = new Map(refs.map((ref) => [ref.holder, ref.target]));
  const settled = new Set<string>();
  for (const { holder } of refs) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    for (let at: string | undefined = holder; at !== undefined && !settled.has(at); at = targetOf.get(at)) {
      const start = onPath.get(at);
      if (start !== undefined) {
        const members = path.slice(start);
        report(members);
        for (const member of members) replaceWithAny(document, member);
        break;
      }
      onPath.set(at, path.length);
      path.push(at);
    }
    for (const at of path) settled.add(at);
  }
}

function replaceWithAny(document: JsonObject, pointer: string): void {
  const segments = parsePointer(pointer);
  const key = segments.pop();
  const parent = getAtPointer(document, segments);
  if (key === undefined || parent === null || typeof parent !== 'object') return;
  (parent as JsonObject)[key] = segments.at(-1) === 'responses' ? { description: '' } : {};
}
