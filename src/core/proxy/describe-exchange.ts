import type { IncomingMessage } from 'node:http';
import { toCurl } from '../validate/curl.js';
import type { ProxyWorkspace } from './handle-exchange.js';
import { redactBody, redactHeaders, redactQuery } from './redact.js';

/** Bodies longer than this are not put on the curl line (it would be unreadable, and the journal large). */
const MAX_CURL_BODY = 16 * 1024;

/** Headers a replay must not copy: the connection's, and what curl works out itself. */
const NOT_REPLAYED = new Set([
  'host',
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'expect',
  'te',
  'upgrade',
]);

/** The request as a curl line straight to the target, secrets (by name) redacted: how to reproduce a violation. */
export function describeExchange(
  workspace: ProxyWorkspace,
  request: IncomingMessage,
  body: Buffer | undefined,
): string {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  const path = query < 0 ? url : `${url.slice(0, query)}?${redactQuery(url.slice(query + 1), workspace.isSecret)}`;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || NOT_REPLAYED.has(name) || name.startsWith('x-forwarded-')) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const contentType = headers['content-type'];
  const text =
    body === undefined || body.length === 0
      ? undefined
      : body.length > MAX_CURL_BODY
        ? `<${body.length} bytes not kept>`
        : redactBody(body.toString('utf8'), contentType, workspace.isSecret);
  return toCurl({
    method: request.method ?? 'GET',
    url: `${workspace.targetOrigin}${workspace.targetBase}${path}`,
    headers: redactHeaders(headers, workspace.isSecret),
    ...(text !== undefined ? { body: text } : {}),
  });
}
