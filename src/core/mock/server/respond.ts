import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
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

/** Writes a reply; HEAD gets the headers (with the GET's length) and no body. Every body has its length and ETag. */
export function sendReply(response: ServerResponse, reply: Reply, head: boolean): void {
  if (response.headersSent || response.destroyed) return;
  const headers = reply.headers;
  if (reply.body) {
    headers['content-length'] = String(reply.body.length);
    headers.etag ??= etagOf(reply.body);
  } else if (reply.status !== 204 && reply.status !== 304 && reply.status >= 200) headers['content-length'] = '0';
  response.writeHead(reply.status, headers);
  if (head || !reply.body || reply.status === 204 || reply.status === 304) response.end();
  else response.end(reply.body);
  reply.after?.();
}
