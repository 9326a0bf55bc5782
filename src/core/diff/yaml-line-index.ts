import { type Pacer, runPaced, runUnpaced } from '../pacer.js';
import { escapePointerSegment } from '../source/json-pointer.js';

export interface IndexedPosition {
  line: number;
  column: number;
}

interface Frame {
  indent: number;
  pointer: string;
  kind: 'map' | 'seq';
  next: number;
  /** The keys (or indexes) of its children, in order, when the caller asked for them. */
  keys: string[] | undefined;
}

/** Filled by a scan: the keys of each mapping and the indexes of each list, in document order. */
export type ChildKeys = Map<string, string[]>;

/** Thrown inside the scanner for anything beyond plain block YAML; the caller falls back to the full parser. */
class Unsupported extends Error {}

/**
 * Positions of every block-mapping key and block-sequence item of a YAML file, by JSON pointer, in one pass
 * over the lines: far cheaper than a full position-keeping parse of a large contract. It covers block YAML
 * as OpenAPI files are written (plain, quoted and block scalars, multi-line scalars, one-line flow values)
 * and returns undefined for anything else (anchors, tags, complex keys, several documents, tabs), so the
 * caller can fall back to the full parser. Positions match the parser's: a key's start, an item's content.
 */
export function indexYamlLines(text: string, children?: ChildKeys): Map<string, IndexedPosition> | undefined {
  try {
    return runUnpaced(scan(text, children));
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** indexYamlLines in slices: the event loop gets turns while a large file is scanned (see Pacer). */
export async function indexYamlLinesPaced(
  text: string,
  pacer: Pacer,
  children?: ChildKeys,
): Promise<Map<string, IndexedPosition> | undefined> {
  try {
    return await runPaced(scan(text, children), pacer);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Lines scanned between two chances to pause (a few milliseconds of work). */
const LINES_PER_STEP = 4096;

/**
 * A part of a file scanned on its own (see createLineIndex): the lines from offset `from` (a line start) up
 * to `to`, the first one's number, and the block mappings it sits in (their keys are not recorded again).
 */
export interface ScanRange {
  from: number;
  to: number;
  line: number;
  within: ReadonlyArray<{ indent: number; pointer: string }>;
}

/** Scans a range into `index` and `children`: false when it is beyond plain block YAML. */
export function indexYamlRange(
  text: string,
  range: ScanRange,
  index: Map<string, IndexedPosition>,
  children: ChildKeys,
): boolean {
  try {
    runUnpaced(scan(text, children, range, index));
    return true;
  } catch (error) {
    if (error instanceof Unsupported) return false;
    throw error;
  }
}

function* scan(
  text: string,
  children: ChildKeys | undefined,
  range?: ScanRange,
  into?: Map<string, IndexedPosition>,
): Generator<void, Map<string, IndexedPosition>> {
  const index = into ?? new Map<string, IndexedPosition>();
  const frames: Frame[] = (range?.within ?? []).map(({ indent, pointer }) => ({
    indent,
    pointer,
    kind: 'map',
    next: 0,
    keys: undefined,
  }));
  const open = (indent: number, pointer: string, kind: Frame['kind']): Frame => {
    const keys = children ? [] : undefined;
    if (keys) children?.set(pointer, keys);
    return { indent, pointer, kind, next: 0, keys };
  };
  /** A node whose value starts on a later line (`key:` with nothing after it). */
  let pending: { pointer: string; indent: number } | undefined;
  /** Lines indented deeper than this belong to a scalar (block or multi-line) and are skipped. */
  let scalarIndent = -1;
  let seenContent = range !== undefined;
  let explicit: { pointer: string; indent: number } | undefined;
  let emptyItem: { pointer: string; indent: number } | undefined;
  // Lines are walked in place (no split): most of a large contract is skipped on its indentation alone.
  let n = range ? range.line - 2 : -1;
  const stop = range?.to ?? text.length;
  for (let start = range?.from ?? 0, next = start; start < stop; start = next) {
    n++;
    if ((n & (LINES_PER_STEP - 1)) === 0) yield;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    // Fast path for lines of a multi-line scalar: one native comparison, no loop.
    if (scalarIndent >= 0 && text.startsWith(spaces(scalarIndent + 1), start)) continue;
    let first = start;
    while (first < end && text.charCodeAt(first) === 32) first++;
    if (first === end) continue;
    const indent = first - start;
    const lead = text.charCodeAt(first);
    if (lead === 35) continue; // '#': a comment line
    if (scalarIndent >= 0 && indent > scalarIndent) continue;
    scalarIndent = -1;
    if (lead === 9) throw new Unsupported(); // a tab in the indentation
    const content = text.slice(first, end).trimEnd();
    if (indent === 0 && (content.startsWith('---') || content.startsWith('...') || content.startsWith('%'))) {
      if (seenContent || content.startsWith('%') || content.trim() !== '---') throw new Unsupported();
      continue;
    }
    if (emptyItem && indent > emptyItem.indent) index.set(emptyItem.pointer, { line: n + 1, column: indent + 1 });
    emptyItem = undefined;
    if (!seenContent) index.set('', { line: n + 1, column: indent + 1 });
    seenContent = true;
    let column = indent;
    let rest = content;
    // Explicit keys (`? long key` then `: value`), as emitters write keys over 128 characters.
    if (explicit) {
      if (indent !== explicit.indent || !(content === ':' || content.startsWith(': '))) throw new Unsupported();
      const value = content.slice(1);
      const valueColumn = column + 1 + (value.length - value.trimStart().length);
      const text = value.trim();
      const pointer = explicit.pointer;
      explicit = undefined;
      pending = undefined;
      if (text === '' || text.startsWith('#')) {
        pending = { pointer, indent: column };
        continue;
      }
      const key = readKey(text);
      if (!key) {
        if (/^[&*!?]/.test(text)) throw new Unsupported();
        scalarIndent = column;
        continue;
      }
      const frame = open(valueColumn, pointer, 'map');
      frames.push(frame);
      ({ pending, scalarIndent } = entry(index, frame, key, n, valueColumn));
      continue;
    }
    if (rest.startsWith('? ')) {
      const top = mapFrameAt(frames, column, pending, open);
      const keyText = rest.slice(2).trimStart();
      const key = readKey(`${keyText.replace(/\s+#.*$/, '')}:`);
      if (key?.value !== '') throw new Unsupported();
      const pointer = childPointer(top.pointer, key.key);
      top.keys?.push(key.key);
      index.set(pointer, { line: n + 1, column: column + rest.length - keyText.length + 1 });
      explicit = { pointer, indent: column };
      pending = undefined;
      continue;
    }
    // Sequence items, possibly a compact mapping after the dash (`- name: id`).
    if (rest === '-' || rest.startsWith('- ')) {
      while (frames.length > 0 && (frames.at(-1) as Frame).indent > column) frames.pop();
      let top = frames.at(-1);
      if (!(top && top.kind === 'seq' && top.indent === column)) {
        if (!pending || pending.indent > column) throw new Unsupported();
        top = open(column, pending.pointer, 'seq');
        frames.push(top);
      }
      let item: string;
      for (;;) {
        top.keys?.push(String(top.next));
        item = `${top.pointer}/${top.next++}`;
        const after = rest.slice(1);
        column += 1 + after.length - after.trimStart().length;
        rest = after.trimStart();
        if (!(rest === '-' || rest.startsWith('- '))) break;
        // `- - x`: the item is itself a sequence starting on this line.
        index.set(item, { line: n + 1, column: column + 1 });
        top = open(column, item, 'seq');
        frames.push(top);
      }
      pending = undefined;
      if (rest === '' || rest.startsWith('#')) {
        // `-` alone: the item starts where its content does, on a later line (if any).
        index.set(item, { line: n + 1, column: column + 1 });
        pending = { pointer: item, indent: top.indent + 1 };
        emptyItem = { pointer: item, indent: top.indent };
        continue;
      }
      if (/^[&*!?]/.test(rest)) throw new Unsupported();
      index.set(item, { line: n + 1, column: column + 1 });
      const key = readKey(rest);
      if (!key) {
        scalarIndent = top.indent;
        continue;
      }
      frames.push(open(column, item, 'map'));
      pending = undefined;
      ({ pending, scalarIndent } = entry(index, frames.at(-1) as Frame, key, n, column));
      continue;
    }
    const top = mapFrameAt(frames, column, pending, open);
    const key = readKey(rest);
    if (!key) throw new Unsupported();
    ({ pending, scalarIndent } = entry(index, top, key, n, column));
  }
  return index;
}

const paddings: string[] = [];

function spaces(count: number): string {
  paddings[count] ??= ' '.repeat(count);
  return paddings[count];
}

/** The mapping a key at `column` belongs to: the open one at that indent, or a new one for the pending node. */
function mapFrameAt(
  frames: Frame[],
  column: number,
  pending: { pointer: string } | undefined,
  open: (indent: number, pointer: string, kind: Frame['kind']) => Frame,
): Frame {
  while (
    frames.length > 0 &&
    ((frames.at(-1) as Frame).indent > column ||
      ((frames.at(-1) as Frame).kind === 'seq' && (frames.at(-1) as Frame).indent === column))
  ) {
    frames.pop();
  }
  let top = frames.at(-1);
  if (!top || top.indent < column) {
    if (top && !pending) throw new Unsupported();
    top = open(column, pending?.pointer ?? '', 'map');
    frames.push(top);
  } else if (top.kind !== 'map') {
    throw new Unsupported();
  }
  return top;
}

function entry(
  index: Map<string, IndexedPosition>,
  frame: Frame,
  key: { key: string; value: string },
  n: number,
  column: number,
) {
  const pointer = childPointer(frame.pointer, key.key);
  frame.keys?.push(key.key);
  index.set(pointer, { line: n + 1, column: column + 1 });
  const value = key.value;
  if (value === '' || value.startsWith('#')) return { pending: { pointer, indent: column }, scalarIndent: -1 };
  // Anchors, aliases and tags could hide structure: refused. Any other value is a scalar (block or inline).
  if (/^[&*!?]/.test(value)) throw new Unsupported();
  return { pending: undefined, scalarIndent: column };
}

/** `pointer` + `/key`, escaped as RFC 6901 asks. */
export function childPointer(pointer: string, key: string): string {
  return /[~/%]/.test(key) ? `${pointer}/${escapePointerSegment(key)}` : `${pointer}/${key}`;
}

/**
 * `key: value` at the start of `text`; undefined when the text is not a mapping entry. Throws for keys
 * beyond plain block YAML (see readMappingKey).
 */
function readKey(text: string): { key: string; value: string } | undefined {
  let key: string;
  let end: number;
  if (text.startsWith('"')) {
    end = closingQuote(text, '"');
    if (end < 0) return undefined;
    try {
      key = JSON.parse(text.slice(0, end + 1)) as string;
    } catch {
      throw new Unsupported();
    }
    end += 1;
  } else if (text.startsWith("'")) {
    end = closingQuote(text, "'");
    if (end < 0) return undefined;
    key = text.slice(1, end).replace(/''/g, "'");
    end += 1;
  } else {
    if (/^[[{]/.test(text)) return undefined;
    end = plainKeyEnd(text);
    if (end < 0) return undefined;
    key = text.slice(0, end).trimEnd();
    if (key.includes(' #') || /^[&*!?|>%@`]/.test(key)) throw new Unsupported();
  }
  const after = text.slice(end).trimStart();
  if (!after.startsWith(':')) return undefined;
  return { key, value: after.slice(1).trim() };
}

/** `key: value` at the start of `text` (a line's content); undefined when it is not a plain mapping entry. */
export function readMappingKey(text: string): { key: string; value: string } | undefined {
  try {
    return readKey(text);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Index of the `:` that ends a plain key (followed by a space, a tab or the end of the line), or -1. */
function plainKeyEnd(text: string): number {
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    const after = text.charCodeAt(at + 1);
    if (at + 1 === text.length || after === 32 || after === 9) return at;
  }
  return -1;
}

function closingQuote(text: string, quote: string): number {
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
