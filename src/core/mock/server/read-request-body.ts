import type { IncomingMessage } from 'node:http';
import { isJsonMediaType } from '../http/negotiate.js';
import { parseMultipart } from '../http/parse-multipart.js';
import { parseJsonBody, readBody } from '../http/read-body.js';
import { decodeMultipart, decodeUrlencoded } from '../validation/form-body.js';
import type { RequestIssue } from '../validation/request-issue.js';
import type { RequestBodySpec } from '../validation/request-validator.js';
import { problemReply, type Reply } from './respond.js';

export interface RequestBody {
  present: boolean;
  value: unknown;
  /** The declared media type the body was matched to, if any. */
  mediaType: string | undefined;
  /** Problems found while decoding (a multipart part of the wrong type), reported with validation's. */
  issues?: RequestIssue[];
}

export const NO_BODY: RequestBody = { present: false, value: undefined, mediaType: undefined };

/** True when the request announces a body (Content-Length > 0 or chunked). */
export function hasRequestBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * Reads, bounds and parses a request body against the operation's declared media types. A body sent as
 * `text/plain` or without a Content-Type (what `fetch(url, {body: JSON.stringify(x)})` does, as in the
 * tutorial's step 8) is accepted as JSON when it parses as JSON and the operation takes JSON.
 */
export async function readRequestBody(
  request: IncomingMessage,
  declared: RequestBodySpec | undefined,
  limit: number,
  strict: boolean,
): Promise<RequestBody | { reply: Reply }> {
  if (!hasRequestBody(request)) return NO_BODY;
  const read = await readBody(request, limit);
  if (!read.ok) return { reply: problemReply(413, 'Payload too large', read.detail, { limit }) };
  return parseRequestBody(read.raw, request.headers['content-type'], declared, strict);
}

/**
 * Parses a body already read (the mock's, or a copy the proxy kept while forwarding it) against the
 * operation's declared media types: 415 for an undeclared type when `strict`, 400 for malformed JSON.
 */
export function parseRequestBody(
  raw: Buffer,
  contentTypeHeader: string | undefined,
  declared: RequestBodySpec | undefined,
  strict: boolean,
): RequestBody | { reply: Reply } {
  if (raw.length === 0) return NO_BODY;
  const contentType = (contentTypeHeader ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const mediaTypes = [...(declared?.media.keys() ?? [])];
  let mediaType = mediaTypes.find((m) => matches(m, contentType));
  // `curl -d '{...}'` sends form encoding: a JSON-looking body to a JSON-only operation is read as JSON.
  const looksJson = /^\s*[{[]/.test(raw.subarray(0, 64).toString('utf8'));
  const sniffable =
    contentType === '' ||
    contentType === 'text/plain' ||
    (contentType === 'application/x-www-form-urlencoded' && looksJson && !mediaTypes.some((m) => m.includes('form')));
  if (!mediaType && sniffable) mediaType = mediaTypes.find((m) => isJsonMediaType(m));
  if (!mediaType && strict && mediaTypes.length > 0) {
    return {
      reply: problemReply(415, 'Unsupported media type', `'${contentType || '(none)'}' is not accepted here`, {
        accepted: mediaTypes,
      }),
    };
  }
  const asJson = mediaType ? isJsonMediaType(mediaType) : isJsonMediaType(contentType) || sniffable;
  if (asJson) {
    const parsed = parseJsonBody(raw);
    if (parsed.ok) return { present: true, value: parsed.value, mediaType };
    if (!sniffable || mediaType) return { reply: problemReply(400, 'Malformed request body', parsed.detail) };
    return { present: true, value: raw.toString('utf8'), mediaType };
  }
  const form = mediaType ? declared?.media.get(mediaType)?.form : undefined;
  const kind = (mediaType && !mediaType.includes('*') ? mediaType : contentType).toLowerCase();
  if (kind.startsWith('application/x-www-form-urlencoded')) {
    const decoded = decodeUrlencoded(form, raw.toString('utf8'));
    return { present: true, value: decoded.value, mediaType, issues: decoded.issues };
  }
  if (kind.startsWith('multipart/form-data')) {
    const parsed = parseMultipart(contentTypeHeader ?? '', raw);
    if (!parsed.ok) return { reply: problemReply(400, 'Malformed request body', parsed.detail) };
    const decoded = decodeMultipart(form, parsed.parts);
    return { present: true, value: decoded.value, mediaType, issues: decoded.issues };
  }
  return { present: true, value: raw.toString('utf8'), mediaType };
}

function matches(declared: string, actual: string): boolean {
  const base = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  if (base === actual || base === '*/*') return true;
  if (base.endsWith('/*')) return actual.startsWith(base.slice(0, -1));
  return false;
}
