/** How much of an output that is not a JSON array is kept, for the error message. */
const KEEP_NOT_JSON = 64 * 1024;

export interface JsonArrayStream {
  write(chunk: Buffer): void;
  /** Whether the output was a complete JSON array (or `null`); the text seen otherwise, for errors. */
  end(): { complete: true } | { complete: false; text: string };
}

/**
 * Splits a JSON array arriving in chunks into its items, each parsed on its own as soon as it is complete:
 * memory holds one item at a time, however long the whole array is (oasdiff can print hundreds of MB).
 * Works on bytes: the structural characters are ASCII, which never occur inside a UTF-8 multi-byte
 * sequence, so a character split between chunks is harmless. Output that does not start with `[` (or is
 * `null`) is kept, up to 64 KiB, for the caller's error message instead of being parsed.
 */
export function createJsonArrayStream(onItem: (value: unknown) => void): JsonArrayStream {
  let state: 'start' | 'array' | 'done' | 'other' = 'start';
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Pieces of the item being read (it may span chunks); empty between items. */
  let pieces: Buffer[] = [];
  let other = '';
  let leading = '';

  const emit = (chunk: Buffer, start: number, end: number) => {
    pieces.push(chunk.subarray(start, end));
    const bytes = pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces);
    pieces = [];
    onItem(JSON.parse(bytes.toString('utf8')));
  };

  return {
    write(chunk) {
      let at = 0;
      if (state === 'start') {
        while (at < chunk.length && isSpace(chunk[at] as number)) at++;
        if (at === chunk.length) return;
        if (chunk[at] === 0x5b) {
          state = 'array';
          at++;
        } else {
          // `null` (no changes) or anything else: kept as text and judged at the end.
          state = 'other';
        }
      }
      if (state === 'other' || state === 'done') {
        if (other.length < KEEP_NOT_JSON) other += chunk.subarray(at, at + KEEP_NOT_JSON).toString('utf8');
        return;
      }
      let itemStart = depth > 0 || pieces.length > 0 ? at : -1;
      for (; at < chunk.length; at++) {
        const byte = chunk[at] as number;
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === 0x5c) escaped = true;
          else if (byte === 0x22) inString = false;
          continue;
        }
        if (byte === 0x22) {
          inString = true;
          if (itemStart < 0) itemStart = at;
        } else if (byte === 0x7b || byte === 0x5b) {
          if (itemStart < 0) itemStart = at;
          depth++;
        } else if (byte === 0x7d || byte === 0x5d) {
          if (depth === 0) {
            // The array's own `]`: a scalar item before it ends here.
            if (itemStart >= 0) emit(chunk, itemStart, at);
            itemStart = -1;
            state = 'done';
            leading = chunk.subarray(at + 1).toString('utf8');
            return;
          }
          depth--;
          if (depth === 0) {
            emit(chunk, itemStart, at + 1);
            itemStart = -1;
          }
        } else if (byte === 0x2c && depth === 0) {
          if (itemStart >= 0) emit(chunk, itemStart, at);
          itemStart = -1;
        } else if (itemStart < 0 && !isSpace(byte)) {
          itemStart = at;
        }
      }
      if (itemStart >= 0) pieces.push(chunk.subarray(itemStart));
    },
    end() {
      if (state === 'done' && (leading + other).trim() === '') return { complete: true };
      if (state === 'start') return { complete: true };
      if (state === 'other' && other.trim() === 'null') return { complete: true };
      return { complete: false, text: state === 'other' ? other : `[ ... (incomplete array) ${other}` };
    },
  };
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
