import type { TransportResponse } from '../http/transport.js';
import type { SentRequest } from './types.js';

/** The request of a step, placeholders already substituted: JSON body unless a non-JSON Content-Type says otherwise. */
export function buildRequest(
  base: string,
  method: string,
  path: string,
  query: Record<string, unknown>,
  headers: Record<string, string>,
  body: unknown,
): SentRequest {
  const url = new URL(base + path);
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  const sent: SentRequest = { method, url: url.toString(), headers: { ...headers } };
  if (body !== undefined) {
    const type = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
    if (!type) sent.headers['content-type'] = 'application/json';
    sent.body = typeof body === 'string' && type && !/json/i.test(type) ? body : JSON.stringify(body);
  }
  return sent;
}

/** JSON when the body is JSON (by Content-Type or by look), else the text. */
export function parseBody(response: TransportResponse): unknown {
  if (response.body === '') return '';
  const type = response.headers['content-type'] ?? '';
  if (/json/i.test(type) || /^\s*[[{"]/.test(response.body)) {
    try {
      return JSON.parse(response.body);
    } catch {
      return response.body;
    }
  }
  return response.body;
}
