import { gzipSync } from 'node:zlib';

// A binary response documented with an object schema (a zip archive written as `type: object` under
// `application/octet-stream`) has no bytes to write the object as: the mock answers with a small body that
// is what the media type says it is, rather than a 500 for a contract that is valid.

/** The smallest well-formed files of common binary formats (an empty archive, a 1x1 image, an empty document). */
const FORMATS: Array<[RegExp, () => Buffer]> = [
  // ZIP and the formats built on it (xlsx, docx, jar, epub): the end-of-central-directory record alone.
  [
    /^application\/(zip|x-zip-compressed|java-archive|epub\+zip|vnd\.openxmlformats-[\w.-]+)$/,
    () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]),
  ],
  [/^application\/(gzip|x-gzip)$/, () => gzipSync(Buffer.alloc(0))],
  [
    /^application\/pdf$/,
    () =>
      Buffer.from(
        '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
          'trailer<</Root 1 0 R>>\n%%EOF\n',
      ),
  ],
  [
    /^image\/png$/,
    () =>
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
  ],
  [/^image\/gif$/, () => Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')],
];

/** Media types whose bodies are text (or structured text the mock writes elsewhere): no placeholder there. */
const TEXTUAL =
  /^(text\/|multipart\/|[\w.+-]+\/([\w.-]+\+)?(json|xml|yaml|x-yaml|javascript|ecmascript|graphql|sql|csv|x-www-form-urlencoded)$)/;

/**
 * A small body honest for a binary media type (`application/octet-stream`, `application/zip`, `image/*`...):
 * a well-formed empty file of the format where one is known, else a few placeholder bytes. undefined for
 * text media types, where an object written as something else would be a lie.
 */
export function binaryPlaceholder(mediaType: string): Buffer | undefined {
  if (!isBinaryMediaType(mediaType)) return undefined;
  const base = baseType(mediaType);
  const known = FORMATS.find(([pattern]) => pattern.test(base));
  return known ? known[1]() : Buffer.from('mockforge placeholder bytes\n');
}

/** Whether bodies of the media type are bytes rather than text (`application/zip`, `image/png`...). */
export function isBinaryMediaType(mediaType: string): boolean {
  const base = baseType(mediaType);
  return base !== '' && !base.includes('*') && !TEXTUAL.test(base);
}

function baseType(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}
