/** The request target split into decoded path segments and query parameters. */
export interface RequestTarget {
  /** The raw path as sent, without the query. */
  path: string;
  segments: string[];
  query: Record<string, string | string[]>;
  /** The query as sent, still encoded (parameters are decoded by their own style). */
  rawQuery: string;
}

export type ParsedTarget =
  | { ok: true; target: RequestTarget }
  /** `routable`: the target whose only fault is an encoded separator in a segment, to route the refusal by. */
  | { ok: false; detail: string; routable?: RequestTarget };

/**
 * Decodes `/api/users/user%20123?a=1&a=2`. Dot segments, NUL bytes and bad percent-encoding are refused:
 * a mock never needs them, and refusing them keeps any later use of the path traversal-safe.
 */
export function parseTarget(url: string | undefined): ParsedTarget {
  const raw = url ?? '/';
  if (raw.length > 8192) return { ok: false, detail: 'request target is longer than 8192 characters' };
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  if (!path.startsWith('/')) return { ok: false, detail: 'request target must start with /' };
  const segments: string[] = [];
  let separator: string | undefined;
  for (const part of path.split('/')) {
    if (part === '') continue;
    let decoded: string;
    try {
      decoded = part.includes('%') ? decodeURIComponent(part) : part;
    } catch {
      return { ok: false, detail: `bad percent-encoding in '${part}'` };
    }
    if (decoded === '..' || decoded === '.' || decoded.includes('\0')) {
      return { ok: false, detail: `path segment '${part}' is not allowed (no dot segments or encoded separators)` };
    }
    if (decoded.includes('/') || decoded.includes('\\')) separator ??= part;
    segments.push(decoded);
  }
  const query: Record<string, string | string[]> = Object.create(null);
  if (q >= 0) {
    for (const [key, value] of new URLSearchParams(raw.slice(q + 1))) {
      const existing = query[key];
      if (existing === undefined) query[key] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else query[key] = [existing, value];
    }
  }
  const target = { path, segments, query, rawQuery: q >= 0 ? raw.slice(q + 1) : '' };
  if (separator !== undefined) {
    const detail = `path segment '${separator}' is not allowed (no dot segments or encoded separators)`;
    return { ok: false, detail, routable: target };
  }
  return { ok: true, target };
}
