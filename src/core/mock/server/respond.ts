import { createHash } from 'node:crypto';
import { type ServerResponse, validateHeaderName, validateHeaderValue } from 'node:http';
import { createProblem, PROBLEM_CONTENT_TYPE } from '../http/problem.js';

/** What the handler decided to send, before it goes on the wire. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer | undefined;
  /** Work to start once the reply is on the wire (callbacks). */
  after?: () => void;
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string | string[]> = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: Buffer.from(JSON.stringify(value)),
  };
}

export function problemReply(
  status: number,
  title: string,
  detail: string,
  extensions: Record<string, unknown> = {},
  headers: Record<string, string | string[]> = {},
): Reply {
  return {
    status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
    body: Buffer.from(JSON.stringify(createProblem(status, title, detail, extensions))),
  };
}

const etags = new WeakMap<Buffer, string>();

/** A strong ETag of the bytes, computed once per body buffer (cached bodies are the same buffer). */
export function etagOf(body: Buffer): string {
  let etag = etags.get(body);
  if (!etag) {
    etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
    etags.set(body, etag);
  }
  return etag;
}

/**
 * Headers that describe one connection or the message framing (RFC 9110 7.6.1, 9112 6): the server sets
 * them itself. Copied from a contract (`Transfer-Encoding: chunked` next to our Content-Length, a
 * `Content-Encoding: gzip` on a plain body) they would break the response for every client.
 */
const CONNECTION_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-length',
  'content-encoding',
]);

/** Writes a reply; HEAD gets the headers (with the GET's length) and no body. Every body has its length and ETag. */
export function sendReply(response: ServerResponse, reply: Reply, head: boolean): void {
  if (response.headersSent || response.destroyed) return;
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(reply.headers)) {
    if (!CONNECTION_HEADERS.has(name.toLowerCase()) && isSendable(name, value)) headers[name] = value;
  }
  // 204 and 304 carry no body, so no length either (RFC 9110 8.6): a documented example is not sent.
  const bodiless = reply.status === 204 || reply.status === 304;
  if (reply.body && !bodiless) {
    headers['content-length'] = String(reply.body.length);
    headers.etag ??= etagOf(reply.body);
  } else if (!bodiless && reply.status >= 200) headers['content-length'] = '0';
  response.writeHead(reply.status, headers);
  if (head || !reply.body || bodiless) response.end();
  else response.end(reply.body);
  reply.after?.();
}

/** Whether Node would write the header: a token name and values without control or non-Latin-1 characters. */
function isSendable(name: string, value: string | string[]): boolean {
  try {
    validateHeaderName(name);
    for (const item of Array.isArray(value) ? value : [value]) validateHeaderValue(name, item);
    return true;
  } catch {
    return false;
  }
}
