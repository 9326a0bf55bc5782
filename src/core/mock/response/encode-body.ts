import { isJsonMediaType } from '../http/negotiate.js';

/** Bytes of a body for a media type: JSON for JSON types, strings as-is otherwise. */
export function encodeBody(value: unknown, mediaType: string): Buffer {
  if (!isJsonMediaType(mediaType) && typeof value === 'string') return Buffer.from(value);
  return Buffer.from(JSON.stringify(value === undefined ? null : value));
}

// A media type fit for the Content-Type header: wildcards in a contract (any type) become JSON.
export function contentTypeOf(mediaType: string): string {
  return mediaType.includes('*') ? 'application/json' : mediaType;
}
