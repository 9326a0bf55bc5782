import { safeDecode } from './safe-decode.js';

/**
 * RFC 6901 JSON pointers: `/paths/~1api~1users/get` <-> ['paths', '/api/users', 'get']. Pointers double as
 * `$ref` fragments (`#/components/schemas/My%20Pet`), so segments are percent-decoded too; a `%` that starts
 * no valid escape (a path key `/rate/100%`) stays as it is.
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (!body.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return body
    .slice(1)
    .split('/')
    .map((segment) => (segment.includes('%') ? safeDecode(segment) : segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** One segment escaped so parsePointer gives it back: `~` `/` as RFC 6901 says, `%` as `%25`. */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1').replace(/%/g, '%25');
}

export function formatPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapePointerSegment(s)}`).join('');
}

export function appendPointer(pointer: string, ...segments: (string | number)[]): string {
  return pointer + formatPointer(segments);
}

/** The value at `pointer` inside `root`, or undefined. Only own properties are followed. */
export function getAtPointer(root: unknown, pointer: string | readonly string[]): unknown {
  const segments = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  let node: unknown = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
