import { ErrorCode, MockforgeError } from '../../errors.js';

/** Where the unified state lives: this process's memory, or a Redis every replica shares. */
export type StoreSpec = { kind: 'memory' } | { kind: 'redis'; url: string; display: string };

export const MEMORY_STORE: StoreSpec = { kind: 'memory' };

/**
 * Reads `memory` or `redis://[user:password@]host[:port][/db]` (`rediss://` for TLS); `source` names where it
 * came from (`--store`, `MOCKFORGE_STORE`) in the error. A config value is checked by the config schema.
 */
export function parseStoreSpec(text: string, source: string): StoreSpec {
  const spec = readStoreSpec(text);
  if (!spec) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `${source} '${text}' is not a state store`, {
      hint: "give 'memory' or a Redis URL such as redis://localhost:6379/0",
    });
  }
  return spec;
}

/** The spec, or undefined when `text` is neither `memory` nor a Redis URL with a host and a numeric db. */
export function readStoreSpec(text: string): StoreSpec | undefined {
  const trimmed = text.trim();
  if (trimmed === 'memory') return MEMORY_STORE;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'redis:' && url.protocol !== 'rediss:') || url.hostname === '') return undefined;
  if (!/^\/?\d*$/.test(url.pathname)) return undefined;
  const db = url.pathname.replace('/', '') || '0';
  const display = `${url.protocol}//${url.hostname}:${url.port || '6379'}/${db}`;
  return { kind: 'redis', url: trimmed, display };
}
