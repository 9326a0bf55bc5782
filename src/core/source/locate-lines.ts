import type { Node } from 'yaml';
import { type IndexedPosition, indexYamlLines } from '../diff/yaml-line-index.js';
import { formatPointer, getAtPointer } from './json-pointer.js';
import { locateInTree } from './locate-in-tree.js';
import { yamlLibrary } from './yaml-library.js';

/** Where a node is written: 1-based line and column; `exact` is false for the nearest ancestor's place. */
export interface LinePosition {
  line: number;
  column: number;
  exact: boolean;
}

/** After this many lookups a JSON file gets its full index instead of one scan per lookup. */
const FULL_INDEX_AFTER = 16;

/**
 * Locates nodes of a block-YAML or JSON file from its text, without the position-keeping parser (which
 * takes minutes and gigabytes on a 30 MB contract): block YAML from its full line index (built on the first
 * lookup), JSON by a scan along each pointer's path skipping other subtrees on their brackets, then its full
 * index once lookups are many. Undefined where the text is beyond what the scanners read (anchors, tags...): the caller
 * falls back to the parser.
 */
export function createLineLocator(
  text: string,
  value: unknown,
): (segments: readonly string[]) => LinePosition | undefined {
  const json = /^\s*[{[]/.test(text);
  let lookups = 0;
  let full: Map<string, IndexedPosition> | undefined | null = null;
  let lineStarts: number[] | undefined;
  return (segments) => {
    // YAML gets its full line index at the first lookup (one pass, as the diff indexes a side); JSON is
    // scanned along each pointer's path until lookups are many.
    if (full === null && (!json || ++lookups > FULL_INDEX_AFTER)) full = json ? indexJson(text) : indexYamlLines(text);
    if (full === null) return locateInJson(text, segments);
    const index = full;
    if (!index) return undefined;
    for (let length = segments.length; length >= 0; length--) {
      const position = index.get(formatPointer(segments.slice(0, length)));
      if (!position) continue;
      let existing = length;
      while (existing < segments.length && getAtPointer(value, segments.slice(0, existing + 1)) !== undefined) {
        existing++;
      }
      const exact = existing === segments.length;
      if (existing === length) return { line: position.line, column: position.column, exact };
      // Nodes that exist but have no line of their own: they are inside a one-line flow value.
      if (length === 0) return undefined;
      lineStarts ??= indexLineStarts(text);
      const item = Array.isArray(getAtPointer(value, segments.slice(0, length - 1)));
      const column = locateInFlowLine(
        lineAt(text, lineStarts, position.line),
        position.column,
        segments.slice(item ? length : length - 1, existing),
      );
      return column === undefined ? undefined : { line: position.line, column, exact };
    }
    return undefined;
  };
}

/**
 * The column of a node inside a flow value written on one line (`responses: {'200': {description: ok}}`),
 * read from the line itself, starting at its key (or sequence item) at `column`. Undefined when the value
 * does not end on that line: the caller falls back to the parser.
 */
function locateInFlowLine(line: string, column: number, segments: readonly string[]): number | undefined {
  const document = yamlLibrary().parseDocument(line.slice(column - 1), { keepSourceTokens: false });
  if (document.errors.length > 0) return undefined;
  const { offset, exact } = locateInTree(document.contents as Node | null, segments);
  return exact ? column + offset : undefined;
}

function indexLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(text: string, starts: readonly number[], line: number): string {
  const start = starts[line - 1] ?? text.length;
  const end = starts[line] ?? text.length + 1;
  return text.slice(start, end - 1).replace(/\r$/, '');
}

/**
 * The position of a JSON node: the key of a member (its opening quote), or an array item's first character.
 * One pass along the path, other values skipped by their brackets. Undefined for text that is not JSON.
 */
function locateInJson(text: string, segments: readonly string[]): LinePosition | undefined {
  let at = skipSpace(text, 0);
  let found = at;
  let depth = 0;
  for (const segment of segments) {
    const open = text[at];
    if (open !== '{' && open !== '[') break;
    let next = skipSpace(text, at + 1);
    let hit: number | undefined;
    for (let index = 0; text[next] !== (open === '{' ? '}' : ']'); index++) {
      let start = next;
      if (open === '{') {
        const keyEnd = skipString(text, next);
        if (keyEnd < 0) return undefined;
        const key = parseKey(text.slice(next, keyEnd));
        if (key === undefined) return undefined;
        next = skipSpace(text, keyEnd);
        if (text[next] !== ':') return undefined;
        if (key === segment) hit = skipSpace(text, next + 1);
        next = skipSpace(text, next + 1);
      } else if (String(index) === segment) {
        hit = next;
      }
      if (hit !== undefined) {
        found = open === '{' ? start : hit;
        at = hit;
        break;
      }
      start = skipValue(text, next);
      if (start < 0) return undefined;
      next = skipSpace(text, start);
      if (text[next] === ',') next = skipSpace(text, next + 1);
      else if (text[next] !== (open === '{' ? '}' : ']')) return undefined;
    }
    if (hit === undefined) break;
    depth++;
  }
  const before = text.lastIndexOf('\n', found - 1);
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < found; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: found - before, exact: depth === segments.length };
}

/** Every member key and array item of a JSON text by pointer, in one pass; undefined for text that is not JSON. */
function indexJson(text: string): Map<string, IndexedPosition> | undefined {
  const index = new Map<string, IndexedPosition>();
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  const position = (at: number): IndexedPosition => {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    counted = at;
    return { line, column: at - lineStart + 1 };
  };
  const value = (at: number, pointer: string): number => {
    const open = text[at];
    if (open !== '{' && open !== '[') return skipValue(text, at);
    const close = open === '{' ? '}' : ']';
    let next = skipSpace(text, at + 1);
    for (let item = 0; text[next] !== close; item++) {
      let child: string;
      if (open === '{') {
        const keyEnd = skipString(text, next);
        if (keyEnd < 0) return -1;
        const key = parseKey(text.slice(next, keyEnd));
        if (key === undefined) return -1;
        child = pointer + formatPointer([key]);
        index.set(child, position(next));
        next = skipSpace(text, keyEnd);
        if (text[next] !== ':') return -1;
        next = skipSpace(text, next + 1);
      } else {
        child = `${pointer}/${item}`;
        index.set(child, position(next));
      }
      const end = value(next, child);
      if (end < 0) return -1;
      next = skipSpace(text, end);
      if (text[next] === ',') next = skipSpace(text, next + 1);
      else if (text[next] !== close) return -1;
    }
    return next + 1;
  };
  const start = skipSpace(text, 0);
  index.set('', position(start));
  return value(start, '') < 0 ? undefined : index;
}

function parseKey(quoted: string): string | undefined {
  if (!quoted.includes('\\')) return quoted.slice(1, -1);
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t')) at++;
  return at;
}

/** The index after the string starting at `at` (a `"`), or -1. */
function skipString(text: string, at: number): number {
  if (text[at] !== '"') return -1;
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

/** The index after the value starting at `at`, or -1. */
function skipValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return skipString(text, at);
  if (first !== '{' && first !== '[') {
    let i = at;
    while (i < text.length && !',}] \n\r\t'.includes(text[i] as string)) i++;
    return i;
  }
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = skipString(text, i) - 1;
      if (i < 0) return -1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
