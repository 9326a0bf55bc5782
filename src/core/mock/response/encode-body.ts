import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { isJsonMediaType } from '../http/negotiate.js';
import { binaryPlaceholder } from './binary-placeholder.js';
import { encodeXml, isXmlMediaType } from './encode-xml.js';

/**
 * Bytes of a body for a media type: JSON for JSON types, XML per the schema's `xml` objects, urlencoded
 * forms, text for strings and scalars, and for an object in a binary type (a zip archive documented as
 * `type: object`) a small well-formed body of that type (binaryPlaceholder). undefined when the value
 * cannot be written in that text media type (an object as text/csv): the caller refuses rather than send
 * JSON labelled as something else.
 */
export function encodeBody(
  value: unknown,
  mediaType: string,
  schema?: { document: JsonObject; schema: unknown },
): Buffer | undefined {
  if (mediaType.includes('*') && !mediaType.startsWith('*')) return encodeBody(value, contentTypeOf(mediaType), schema);
  if (isJsonMediaType(mediaType) || mediaType.includes('*'))
    return Buffer.from(JSON.stringify(value === undefined ? null : value));
  if (typeof value === 'string') return Buffer.from(value);
  if (isXmlMediaType(mediaType)) return Buffer.from(encodeXml(schema?.document ?? {}, schema?.schema, value));
  if (value === null || value === undefined) return Buffer.alloc(0);
  if (typeof value !== 'object') return Buffer.from(String(value));
  if (/^application\/x-www-form-urlencoded\b/i.test(mediaType) && isObject(value)) {
    const form = new URLSearchParams();
    for (const [key, item] of Object.entries(value))
      for (const one of Array.isArray(item) ? item : [item])
        form.append(key, typeof one === 'object' && one !== null ? JSON.stringify(one) : String(one));
    return Buffer.from(form.toString());
  }
  return binaryPlaceholder(mediaType);
}

/** A concrete type inside a documented range (`image/*` -> `image/png`): what a wildcard answers with. */
const IN_RANGE: Record<string, string> = {
  image: 'image/png',
  text: 'text/plain',
  audio: 'audio/mpeg',
  video: 'video/mp4',
  font: 'font/woff2',
};

// A media type fit for the Content-Type header: a range (`image/*`) answers with a type inside it; any
// other wildcard (`*/*`, `application/*`) with JSON.
export function contentTypeOf(mediaType: string): string {
  if (!mediaType.includes('*')) return mediaType;
  return IN_RANGE[(mediaType.split('/')[0] ?? '').trim().toLowerCase()] ?? 'application/json';
}
