import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { basePathOf } from '../contract/load-contract.js';
import type { JsonObject, LoadedContract, SourceMap } from '../contract/types.js';
import { formatPointer, getAtPointer, parsePointer } from '../source/json-pointer.js';
import type { SourceReader } from '../source/source-reader.js';
import { type IndexedPosition, indexYamlLines, type PartialScan } from './yaml-line-index.js';

export interface WrittenContract {
  contract: LoadedContract;
  /** `pointers[line - 1]`: the first node on each line of the file. */
  pointers: string[];
  /** True when a node exists at the pointer (from the line index: no parse needed). */
  has(pointer: string): boolean;
  /** The value of a one-line scalar entry at the pointer, read from its line. */
  scalar(pointer: string): unknown;
}

/**
 * A self-contained contract exactly as written: not bundled, linted or repaired, so its pointers are the
 * ones oasdiff saw when it read the file itself. Located from the line index; the document is parsed only
 * when something asks for it, so the base of a large diff costs one line scan while oasdiff runs.
 * Undefined when the file is not plain block YAML or not OpenAPI 3. `operations` stay empty.
 */
export function contractAsWritten(file: string, read: SourceReader, only?: PartialScan): WrittenContract | undefined {
  const text = readFileSync(file, 'utf8');
  const partial = indexYamlLines(text, only);
  if (!partial) return undefined;
  // A partial index knows the children of the nodes it descended into; anything else needs the full one.
  let full: Map<string, IndexedPosition> | undefined;
  const index = {
    get(pointer: string): IndexedPosition | undefined {
      if (!only) return partial.get(pointer);
      const parent = pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
      if (pointer === '' || parent === '' || only.descend(parent) || only.forced.has(parent))
        return partial.get(pointer);
      full ??= indexYamlLines(text) ?? new Map();
      return full.get(pointer);
    },
    has(pointer: string): boolean {
      return index.get(pointer) !== undefined;
    },
  };
  let starts: number[] | undefined;
  const scalar = (pointer: string) => {
    starts ??= lineStarts(text);
    return scalarOnLine(text, starts, index.get(pointer));
  };
  const openapi = String(scalar('/openapi') ?? '');
  const family = /^3\.0(\.|$)/.test(openapi) ? '3.0' : /^3\.1(\.|$)/.test(openapi) ? '3.1' : undefined;
  if (!family) return undefined;
  let document: JsonObject | undefined;
  const version = scalar('/info/version');
  const title = scalar('/info/title');
  const contract: LoadedContract = {
    file,
    openapi: family,
    title: typeof title === 'string' ? title : '',
    version: version === undefined || version === null ? '' : String(version),
    get document() {
      document ??= read(file).value as JsonObject;
      return document;
    },
    get basePath() {
      return basePathOf(this.document);
    },
    operations: [],
    sourceMap: indexSourceMap(file, index, () => contract.document),
    diagnostics: [],
  };
  const pointers: string[] = [];
  for (const [pointer, { line }] of partial) pointers[line - 1] ??= pointer;
  return { contract, pointers, has: (pointer) => index.has(pointer), scalar };
}

function indexSourceMap(
  file: string,
  index: { get(pointer: string): IndexedPosition | undefined },
  document: () => unknown,
): SourceMap {
  return {
    files: [file],
    origin: (pointer) => ({ file, pointer }),
    moves: { mappings: new Map([['', { file, pointer: '' }]]), keySites: new Map() },
    locate(pointer) {
      const direct = index.get(pointer);
      if (direct) return { file, line: direct.line, column: direct.column, exact: true };
      const segments = parsePointer(pointer);
      for (let length = segments.length; length >= 0; length--) {
        const position = index.get(formatPointer(segments.slice(0, length)));
        if (!position) continue;
        const exact = length === segments.length || getAtPointer(document(), segments) !== undefined;
        return { file, line: position.line, column: position.column, exact };
      }
      return { file, line: 1, column: 1, exact: false };
    },
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The value of a one-line `key: value` entry, as the YAML core schema reads it. */
function scalarOnLine(text: string, starts: readonly number[], position: IndexedPosition | undefined): unknown {
  const start = position ? starts[position.line - 1] : undefined;
  if (!position || start === undefined) return undefined;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? text.length : end);
  try {
    const entry = load(line.slice(position.column - 1), { schema: CORE_SCHEMA }) as Record<string, unknown> | null;
    return entry && typeof entry === 'object' ? Object.values(entry)[0] : undefined;
  } catch {
    return undefined;
  }
}
