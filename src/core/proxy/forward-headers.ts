import type { IncomingMessage } from 'node:http';

/** Headers about one connection (RFC 9110 7.6.1): never forwarded, in either direction. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** `Via` names this proxy in both directions (RFC 9110 7.6.3). */
const VIA = '1.1 mockforge';

/** The request headers the proxy sets itself (from the client's, extended). */
const REWRITTEN = new Set(['host', 'expect', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'via']);

/** Hop-by-hop headers, plus those the `Connection` header names (most clients name none: `keep-alive`). */
function dropped(connection: string | string[] | undefined, base: ReadonlySet<string>): ReadonlySet<string> {
  const listed = [connection ?? []]
    .flat()
    .flatMap((v) => v.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name && name !== 'keep-alive' && name !== 'close' && !base.has(name));
  return listed.length === 0 ? base : new Set([...base, ...listed]);
}

const REQUEST_DROPPED = new Set([...HOP_BY_HOP, ...REWRITTEN]);

/**
 * The request headers for the target, as a flat name/value list (repeated headers kept in order): hop-by-hop
 * headers out, `Host` left to the client library (the target's own), `Expect` handled here (Node answered
 * 100-continue), the original host, client address and scheme in `X-Forwarded-*`, and `Via`.
 */
export function upstreamHeaders(request: IncomingMessage): string[] {
  const skip = dropped(request.headers.connection, REQUEST_DROPPED);
  const out: string[] = [];
  const raw = request.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    if (skip.has(name)) continue;
    out.push(raw[i] as string, raw[i + 1] as string);
  }
  const headers = request.headers;
  const client = request.socket.remoteAddress ?? 'unknown';
  const prior = headers['x-forwarded-for'];
  out.push('x-forwarded-for', prior ? `${[prior].flat().join(', ')}, ${client}` : client);
  const host = headers['x-forwarded-host'] ?? headers.host;
  if (host) out.push('x-forwarded-host', [host].flat().join(', '));
  out.push('x-forwarded-proto', [headers['x-forwarded-proto'] ?? 'http'].flat().join(', '));
  out.push('via', headers.via ? `${headers.via}, ${VIA}` : VIA);
  return out;
}

export type ResponseHeaders = Record<string, string | string[] | undefined>;

/**
 * The target's response headers for the client: hop-by-hop headers out (Node frames the body itself), `Via`
 * added, and an absolute `Location`/`Content-Location` on the target's origin moved to the proxy's, so a
 * client following a redirect or a created resource stays behind the proxy (the proxy never follows them).
 */
export function clientHeaders(headers: ResponseHeaders, targetOrigin: string, proxyOrigin: string): ResponseHeaders {
  const skip = dropped(headers.connection, HOP_BY_HOP);
  const out: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || skip.has(name)) continue;
    out[name] =
      (name === 'location' || name === 'content-location') && typeof value === 'string'
        ? rebase(value, targetOrigin, proxyOrigin)
        : value;
  }
  out.via = headers.via ? `${[headers.via].flat().join(', ')}, ${VIA}` : VIA;
  return out;
}

function rebase(value: string, targetOrigin: string, proxyOrigin: string): string {
  return value === targetOrigin || value.startsWith(`${targetOrigin}/`)
    ? proxyOrigin + value.slice(targetOrigin.length)
    : value;
}

/** Lower-case names, repeated values joined with `, ` (what the contract checks read). */
export function flatHeaders(headers: ResponseHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
