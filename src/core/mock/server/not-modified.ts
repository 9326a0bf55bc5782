import type { IncomingMessage } from 'node:http';
import { etagOf, type Reply } from './respond.js';

/**
 * `If-None-Match` on a GET or HEAD (RFC 9110 13.1.2): when one of the listed entity tags matches the ETag
 * the reply would carry (weak comparison: `W/"x"` matches `"x"`), or the list is `*`, the answer is 304
 * with that ETag and no body. Only a 2xx is turned into a 304: other answers ignore preconditions (13.2.1).
 */
export function notModified(request: IncomingMessage, method: string, reply: Reply): Reply | undefined {
  const condition = request.headers['if-none-match'];
  if (condition === undefined || (method !== 'GET' && method !== 'HEAD')) return undefined;
  if (reply.status < 200 || reply.status > 299) return undefined;
  const own = reply.headers.etag;
  const etag = typeof own === 'string' ? own : reply.body ? etagOf(reply.body) : undefined;
  const matches =
    condition.trim() === '*' ||
    (etag !== undefined && entityTags(condition).some((tag) => opaqueTag(tag) === opaqueTag(etag)));
  if (!matches) return undefined;
  // A 304 sends what a 200 would have sent to update caches (RFC 9110 15.4.5), not the body's metadata.
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(reply.headers)) {
    const key = name.toLowerCase();
    if (!key.startsWith('content-') || key === 'content-location') headers[key] = value;
  }
  if (etag !== undefined) headers.etag = etag;
  return { status: 304, headers, body: undefined };
}

/** The entity tags of an `If-None-Match` list: `"a", W/"b"`. */
function entityTags(header: string): string[] {
  return header.match(/(?:W\/)?"[^"]*"/g) ?? [];
}

/** The tag without its weakness indicator: what weak comparison compares. */
function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}
