import type { IncomingMessage } from 'node:http';
import { Transform } from 'node:stream';

export type BodyCopy = { ok: true; raw: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

export class BodyTooLarge extends Error {
  constructor(limit: number) {
    super(`request body exceeds the ${limit}-byte limit`);
  }
}

/**
 * Streams a request body on to the target while keeping a copy for the contract checks. Past `limit`
 * bytes the stream fails (the target's request is aborted, the client gets 413, as from the mock) and the
 * rest of the upload is drained.
 */
export function teeBody(request: IncomingMessage, limit: number): { stream: Transform; copy: Promise<BodyCopy> } {
  const chunks: Buffer[] = [];
  let size = 0;
  let settle: (copy: BodyCopy) => void = () => {};
  const copy = new Promise<BodyCopy>((resolve) => {
    settle = resolve;
  });
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > limit) {
        settle({ ok: false, reason: 'too-large' });
        request.unpipe(stream);
        request.resume();
        callback(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      settle({ ok: true, raw: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks) });
      callback();
    },
  });
  const abort = () => {
    if (request.complete) return;
    settle({ ok: false, reason: 'aborted' });
    stream.destroy(new Error('the client aborted the request'));
  };
  request.on('aborted', abort);
  request.on('error', abort);
  request.on('close', abort);
  request.pipe(stream);
  return { stream, copy };
}
