import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; raw: Buffer } | { ok: false; status: 413; detail: string };

/** Reads a request body up to `limit` bytes; beyond it the rest is drained and refused with 413. */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.resolve({
      ok: false,
      status: 413,
      detail: `body of ${declared} bytes exceeds the ${limit}-byte limit`,
    });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (tooLarge) resolve({ ok: false, status: 413, detail: `body exceeds the ${limit}-byte limit` });
      else resolve({ ok: true, raw: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks) });
    });
    // An aborted upload never ends: settle anyway so nothing waits forever (the reply goes nowhere).
    request.on('error', () => resolve({ ok: true, raw: Buffer.alloc(0) }));
    request.on('close', () => resolve({ ok: true, raw: Buffer.alloc(0) }));
  });
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; detail: string };

const FORBIDDEN_KEYS = new Set(['__proto__']);

/**
 * JSON.parse that refuses `__proto__` keys: they are never data a mock needs, and merging them into stored
 * records could change an object's prototype. `constructor` and `prototype` stay ordinary data keys.
 */
export function parseJsonBody(raw: Buffer): ParsedJson {
  const text = raw.toString('utf8');
  let forbidden: string | undefined;
  try {
    const value = JSON.parse(text, (key, v) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return v;
    });
    if (forbidden) return { ok: false, detail: `the key '${forbidden}' is not allowed in a request body` };
    return { ok: true, value };
  } catch (error) {
    return { ok: false, detail: `malformed JSON: ${(error as Error).message}` };
  }
}
