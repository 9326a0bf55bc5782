import type { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { isJsonMediaType } from '../mock/http/negotiate.js';

/** Response bodies up to this size are held back and checked against the contract; larger ones stream through. */
export const CHECKED_BODY_LIMIT = 16 * 1024 * 1024;

/** What the proxy holds of a target's answer before it writes the head to the client. */
export type HeldBody =
  /** The whole body (as sent, still encoded) and its decoded text for the checks, unless it could not be decoded. */
  | { kind: 'whole'; raw: Buffer; text: string | undefined; unchecked?: string }
  /** Streamed: what was read so far goes out first, then the rest of `body`. */
  | { kind: 'stream'; head: Buffer[]; unchecked: string | undefined }
  | { kind: 'none' };

/**
 * Reads as much of a response body as the checks need: JSON bodies whole (up to CHECKED_BODY_LIMIT), nothing
 * of other types (event streams, files) nor of HEAD, 204 and 304 answers, which stream through untouched.
 */
export async function holdBody(
  body: Readable,
  headers: Record<string, string>,
  status: number,
  method: string,
): Promise<HeldBody> {
  const length = headers['content-length'];
  if (method === 'HEAD' || status === 204 || status === 304 || length === '0') {
    body.resume();
    return { kind: 'none' };
  }
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!isJsonMediaType(type)) return { kind: 'stream', head: [], unchecked: undefined };
  if (length !== undefined && Number(length) > CHECKED_BODY_LIMIT)
    return { kind: 'stream', head: [], unchecked: `body of ${length} bytes is over the checked limit` };
  const chunks: Buffer[] = [];
  if (await readUpTo(body, CHECKED_BODY_LIMIT, chunks))
    return { kind: 'stream', head: chunks, unchecked: `body over ${CHECKED_BODY_LIMIT} bytes is not checked` };
  const raw = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
  if (raw.length === 0) return { kind: 'none' };
  const decoded = decode(raw, headers['content-encoding']);
  return 'text' in decoded
    ? { kind: 'whole', raw, text: decoded.text }
    : { kind: 'whole', raw, text: undefined, unchecked: decoded.unchecked };
}

/** Reads `body` into `chunks` to its end, or until `limit` bytes are passed (then true, and the stream is paused, intact). */
function readUpTo(body: Readable, limit: number, chunks: Buffer[]): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const done = (over: boolean, error?: unknown) => {
      body.off('data', onData);
      body.off('end', onEnd);
      body.off('error', onError);
      if (error) reject(error);
      else resolve(over);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        body.pause();
        done(true);
      }
    };
    const onEnd = () => done(false);
    const onError = (error: unknown) => done(false, error);
    body.on('data', onData);
    body.on('end', onEnd);
    body.on('error', onError);
  });
}

/** The body as text for the checks; the client still gets the bytes as the target sent them. */
function decode(raw: Buffer, encoding: string | undefined): { text: string } | { unchecked: string } {
  const codings = (encoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  let bytes = raw;
  const options = { maxOutputLength: CHECKED_BODY_LIMIT };
  try {
    for (const coding of codings.reverse()) {
      if (coding === 'gzip' || coding === 'x-gzip') bytes = gunzipSync(bytes, options);
      else if (coding === 'deflate') bytes = inflateSync(bytes, options);
      else if (coding === 'br') bytes = brotliDecompressSync(bytes, options);
      else return { unchecked: `Content-Encoding '${coding}' cannot be decoded here` };
    }
  } catch (error) {
    return { unchecked: `Content-Encoding '${encoding}' did not decode: ${(error as Error).message}` };
  }
  return { text: bytes.toString('utf8') };
}
