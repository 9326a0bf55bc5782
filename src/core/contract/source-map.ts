import { parsePointer } from '../source/json-pointer.js';
import type { SourceReader } from '../source/source-reader.js';
import type { SourceMap } from './types.js';

/** A subtree of the bundle (`bundled` pointer) copied from `pointer` in `file`. */
export interface Mapping {
  bundled: string;
  file: string;
  pointer: string;
}

export function createSourceMap(mappings: readonly Mapping[], read: SourceReader): SourceMap {
  const origin = (pointer: string) => {
    let best: Mapping | undefined;
    for (const mapping of mappings) {
      const covers = mapping.bundled === '' || pointer === mapping.bundled || pointer.startsWith(`${mapping.bundled}/`);
      if (covers && (!best || mapping.bundled.length > best.bundled.length)) best = mapping;
    }
    const chosen = best ?? (mappings[0] as Mapping);
    return { file: chosen.file, pointer: chosen.pointer + pointer.slice(chosen.bundled.length) };
  };
  return {
    origin,
    locate(pointer) {
      const from = origin(pointer);
      return read(from.file).locate(parsePointer(from.pointer));
    },
    get files() {
      return [...new Set(mappings.map((m) => m.file))];
    },
  };
}
