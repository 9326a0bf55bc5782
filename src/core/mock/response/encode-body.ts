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

// A media type fit for the Content-Type header: wildcards in a contract (any type) become JSON.
export function contentTypeOf(mediaType: string): string {
  return mediaType.includes('*') ? 'application/json' : mediaType;
}
