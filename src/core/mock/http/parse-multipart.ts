/** One part of a multipart/form-data body (RFC 7578). */
export interface MultipartPart {
  name: string;
  filename: string | undefined;
  /** The part's Content-Type, lower-case without parameters; RFC 7578's default is text/plain. */
  contentType: string;
  /** Declared with a Content-Type header (not the default). */
  typed: boolean;
  data: Buffer;
}

export type ParsedMultipart = { ok: true; parts: MultipartPart[] } | { ok: false; detail: string };

const MAX_PARTS = 1000;

/** Splits a multipart/form-data body at its boundary (taken from the Content-Type header). */
export function parseMultipart(contentType: string, body: Buffer): ParsedMultipart {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const value = boundary?.[1] ?? boundary?.[2];
  if (!value) return { ok: false, detail: 'multipart/form-data without a boundary parameter' };
  const delimiter = Buffer.from(`--${value}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  if (start < 0) return { ok: false, detail: `no part starts with the boundary '${value}'` };
  for (;;) {
    let cursor = start + delimiter.length;
    if (body[cursor] === 0x2d && body[cursor + 1] === 0x2d) break; // closing `--boundary--`
    if (body[cursor] === 0x0d && body[cursor + 1] === 0x0a) cursor += 2;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), cursor);
    if (next < 0) return { ok: false, detail: 'the body ends before the closing boundary' };
    const headerEnd = body.indexOf('\r\n\r\n', cursor);
    if (headerEnd < 0 || headerEnd > next) return { ok: false, detail: 'a part has no blank line after its headers' };
    const part = parsePart(body.subarray(cursor, headerEnd).toString('utf8'), body.subarray(headerEnd + 4, next));
    if (!part) return { ok: false, detail: "a part has no Content-Disposition: form-data; name='...'" };
    parts.push(part);
    if (parts.length > MAX_PARTS) return { ok: false, detail: `more than ${MAX_PARTS} parts` };
    start = next + 2;
  }
  return { ok: true, parts };
}

function parsePart(head: string, data: Buffer): MultipartPart | undefined {
  let name: string | undefined;
  let filename: string | undefined;
  let contentType: string | undefined;
  for (const line of head.split('\r\n')) {
    const index = line.indexOf(':');
    if (index < 0) continue;
    const header = line.slice(0, index).trim().toLowerCase();
    const value = line.slice(index + 1).trim();
    if (header === 'content-disposition') {
      name = parameter(value, 'name');
      filename = parameter(value, 'filename');
    } else if (header === 'content-type') contentType = value.split(';')[0]?.trim().toLowerCase();
  }
  if (name === undefined) return undefined;
  return { name, filename, contentType: contentType ?? 'text/plain', typed: contentType !== undefined, data };
}

function parameter(header: string, key: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${key}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i').exec(header);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]?.trim();
}
