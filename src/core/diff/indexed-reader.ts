import { formatPointer, getAtPointer, parsePointer } from '../source/json-pointer.js';
import type { SourceFile } from '../source/source-file.js';
import { createFileReader, type SourceReader } from '../source/source-reader.js';
import { type IndexedPosition, indexYamlLines } from './yaml-line-index.js';

/**
 * A reader whose files answer `locate` from a one-pass line index (see yaml-line-index.ts) instead of the
 * full position-keeping parse, which costs seconds on contracts of tens of thousands of lines. Files the
 * index does not cover (JSON, anchors, flow style) keep the parser's answer.
 */
export function createIndexedReader(read: SourceReader = createFileReader()): SourceReader {
  const cache = new Map<string, SourceFile>();
  return (file) => {
    let indexed = cache.get(file);
    if (!indexed) {
      indexed = withLineIndex(read(file));
      cache.set(file, indexed);
    }
    return indexed;
  };
}

function withLineIndex(source: SourceFile): SourceFile {
  let index: Map<string, IndexedPosition> | undefined | null = null;
  const indexed: SourceFile = {
    file: source.file,
    text: source.text,
    value: source.value,
    locate(pointer) {
      if (index === null) index = indexYamlLines(source.text);
      if (!index) return source.locate(pointer);
      const direct = typeof pointer === 'string' ? index.get(pointer) : undefined;
      if (direct) return { file: source.file, line: direct.line, column: direct.column, exact: true };
      const segments = typeof pointer === 'string' ? parsePointer(pointer) : [...pointer];
      const exact = getAtPointer(source.value, segments) !== undefined;
      for (let length = segments.length; length >= 0; length--) {
        const position = index.get(formatPointer(segments.slice(0, length)));
        if (position) return { file: source.file, line: position.line, column: position.column, exact };
      }
      return source.locate(pointer);
    },
  };
  return indexed;
}
