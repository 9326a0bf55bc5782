import { parsePointer } from '../source/json-pointer.js';
import type { SourceReader } from '../source/source-reader.js';
import type { SourceMap } from './types.js';

/** Where a subtree of the bundle (keyed by its bundled pointer) was copied from. */
export interface Origin {
  file: string;
  pointer: string;
}

/** The subtrees of a bundle and their origins; the root (`''`) must be set first. */
export type Mappings = Map<string, Origin>;

/** Inlined nodes (an operation given as a `$ref`): where their key is written, the ref's line. */
export type KeySites = Map<string, Origin>;

/**
 * Maps a bundled pointer to its origin through the nearest mapped ancestor: a few hash lookups per
 * pointer, however many files and refs the bundle has. An inlined node itself is located at its key
 * (the `$ref`'s line), its content in the file it came from.
 */
export function createSourceMap(mappings: Mappings, read: SourceReader, keySites: KeySites = new Map()): SourceMap {
  const origin = (pointer: string): Origin => {
    for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
      const mapped = mappings.get(at);
      if (mapped)
        return at === pointer ? mapped : { file: mapped.file, pointer: mapped.pointer + pointer.slice(at.length) };
      if (at === '') throw new Error('source map without a root mapping');
    }
  };
  return {
    origin,
    locate(pointer) {
      const from = keySites.get(pointer) ?? origin(pointer);
      return read(from.file).locate(parsePointer(from.pointer));
    },
    get files() {
      return [...new Set([...mappings.values()].map((m) => m.file))];
    },
    moves: { mappings, keySites },
  };
}
