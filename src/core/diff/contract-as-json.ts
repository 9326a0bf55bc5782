import { parseSource } from '../source/source-file.js';

/** Above this size the parse held in memory costs more than oasdiff's faster read saves. */
const MAX_JSON_SOURCE_BYTES = 8 * 1024 * 1024;

/** A YAML merge key (`<<: *base`): oasdiff merges it, our YAML 1.2 reading does not. */
const MERGE_KEY = /(?:^|[\s{,])<<\s*:/m;

/**
 * A self-contained YAML contract as JSON for oasdiff, which reads JSON about twice as fast as YAML (Twilio's
 * api_v2010 pair: 0.95 s against 1.95 s) but then reports no lines of its own: the mapping finds them (see
 * changedField). Undefined when the JSON might not say what the YAML says: a merge key, a number JSON or
 * JavaScript cannot hold exactly, text the parser refuses, or a large file.
 */
export function contractAsJson(text: string, file: string): string | undefined {
  if (text.length > MAX_JSON_SOURCE_BYTES || MERGE_KEY.test(text)) return undefined;
  let value: unknown;
  try {
    value = parseSource(text, file).value;
  } catch {
    return undefined;
  }
  let lossy = false;
  const json = JSON.stringify(value, (_key, item) => {
    if (typeof item === 'number' && (!Number.isFinite(item) || (Number.isInteger(item) && !Number.isSafeInteger(item))))
      lossy = true;
    return item;
  });
  return lossy ? undefined : json;
}
