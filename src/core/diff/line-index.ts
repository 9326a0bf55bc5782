import type { Pacer } from '../pacer.js';
import {
  type ChildKeys,
  childPointer,
  type IndexedPosition,
  indexYamlLinesPaced,
  indexYamlRange,
  readMappingKey,
  type ScanRange,
} from './yaml-line-index.js';

/** Positions and keys of a block-YAML file's nodes by JSON pointer (see indexYamlLines). */
export interface LineIndex {
  get(pointer: string): IndexedPosition | undefined;
  has(pointer: string): boolean;
  /** The keys of a block mapping or the indexes of a block list, in order; undefined for other nodes. */
  keys(pointer: string): string[] | undefined;
  /** The first node written on a (1-based) line. */
  pointerAtLine(line: number): string | undefined;
  /** Indexes every part not yet indexed, in slices (a large file, while oasdiff runs). */
  complete(pacer: Pacer): Promise<void>;
}

/** A part of the file turned out to be beyond plain block YAML after all: the caller starts over without the index. */
export class NotBlockYaml extends Error {
  constructor() {
    super('the file is not plain block YAML');
    this.name = 'NotBlockYaml';
  }
}

/** A path item, a component, or any other top-level entry: indexed on its own, at its first lookup. */
interface Part extends ScanRange {
  indexed: boolean;
}

/**
 * The line index of a block-YAML contract, built part by part as it is asked: one pass over the lines finds
 * where each path item, each component and each other top-level entry starts (a look at each line's
 * indentation), and a part is scanned in full at its first lookup. Mapping a few changes then reads the few
 * parts they are in instead of the whole file, and CPU oasdiff needs is not spent on the rest.
 * Undefined when the outline itself is beyond plain block YAML (see indexYamlLines); a part that is throws
 * NotBlockYaml when it is looked up.
 */
export function createLineIndex(text: string): LineIndex | undefined {
  const outline = outlineOf(text);
  if (!outline) return undefined;
  const { index, children, parts } = outline;
  let pointers: string[] | undefined;
  const indexPart = (part: Part) => {
    part.indexed = true;
    if (!indexYamlRange(text, part, index, children)) throw new NotBlockYaml();
  };
  const ensure = (pointer: string) => {
    const part = parts.get(partOf(pointer));
    if (part && !part.indexed) indexPart(part);
  };
  return {
    get(pointer) {
      ensure(pointer);
      return index.get(pointer);
    },
    has(pointer) {
      ensure(pointer);
      return index.has(pointer);
    },
    keys(pointer) {
      ensure(pointer);
      return children.get(pointer);
    },
    pointerAtLine(line) {
      if (!pointers) {
        for (const part of parts.values()) if (!part.indexed) indexPart(part);
        pointers = firstOnEachLine(index);
      }
      return pointers[line - 1];
    },
    async complete(pacer) {
      for (const part of parts.values()) {
        if (part.indexed) continue;
        if (pacer.due()) await pacer.pause();
        indexPart(part);
      }
    },
  };
}

/** The whole file indexed at once, in slices (the outline could not be read): the same interface. */
export async function indexWhole(text: string, pacer: Pacer): Promise<LineIndex | undefined> {
  const children: ChildKeys = new Map();
  const index = await indexYamlLinesPaced(text, pacer, children);
  if (!index) return undefined;
  let pointers: string[] | undefined;
  return {
    get: (pointer) => index.get(pointer),
    has: (pointer) => index.has(pointer),
    keys: (pointer) => children.get(pointer),
    pointerAtLine(line) {
      pointers ??= firstOnEachLine(index);
      return pointers[line - 1];
    },
    complete: async () => {},
  };
}

/** `[line - 1]`: the first node on each line (a list item before the key written after its dash). */
function firstOnEachLine(index: Map<string, IndexedPosition>): string[] {
  const pointers: string[] = [];
  for (const [pointer, { line }] of index) pointers[line - 1] ??= pointer;
  return pointers;
}

/** Sections whose entries are parts of their own: `paths` (path items) and `components` (one per component). */
const SPLIT = new Set(['paths', 'components']);

/** The part a pointer is in: `/paths/<path>`, `/components/<kind>/<name>`, else its top-level entry. */
function partOf(pointer: string): string {
  const first = pointer.indexOf('/', 1);
  const top = first < 0 ? pointer : pointer.slice(0, first);
  const depth = top === '/paths' ? 1 : top === '/components' ? 2 : 0;
  let end = first;
  for (let level = 0; level < depth && end >= 0; level++) end = pointer.indexOf('/', end + 1);
  return end < 0 ? pointer : pointer.slice(0, end);
}

interface Section {
  /** The mappings it is in, outermost first (the root mapping, then `paths`...). */
  within: Array<{ indent: number; pointer: string }>;
  pointer: string;
  /** Its entries' indent, from its first entry; -1 until then. */
  indent: number;
  keys: string[];
  /** Entries are themselves sections (the kinds under `components`) rather than parts. */
  nested: boolean;
  /** Where its key's line starts, and that line's number. */
  from: number;
  line: number;
}

/**
 * One pass over the lines: the positions of the root, of `paths`, `components` and each kind of component,
 * the keys of those mappings, and the range of every part. Only each line's indentation and, where an
 * entry starts, its key are read. Undefined for anything the part scans could not be joined up from.
 */
function outlineOf(
  text: string,
): { index: Map<string, IndexedPosition>; children: ChildKeys; parts: Map<string, Part> } | undefined {
  const index = new Map<string, IndexedPosition>();
  const children: ChildKeys = new Map();
  const parts = new Map<string, Part>();
  const rootKeys: string[] = [];
  const root = { indent: 0, pointer: '' };
  children.set('', rootKeys);
  /** Open sections, outermost first. */
  const sections: Section[] = [];
  let current: Part | undefined;
  let seenContent = false;
  let line = 0;
  for (let start = 0, next = 0; start < text.length; start = next) {
    line++;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    next = end + 1;
    let first = start;
    while (first < end && text.charCodeAt(first) === 32) first++;
    const lead = text.charCodeAt(first);
    if (first === end || lead === 35) continue;
    // A line of spaces and tabs only is blank (inside a block scalar, say).
    if ((lead === 9 || lead === 13) && text.slice(first, end).trim() === '') continue;
    const indent = first - start;
    const content = text.slice(first, text.charCodeAt(end - 1) === 13 ? end - 1 : end).trimEnd();
    const isItem = lead === 45 && (content.length === 1 || content.charCodeAt(1) === 32);
    if (indent === 0 && /^(---|\.\.\.|%)/.test(content)) {
      if (seenContent || content !== '---') return undefined;
      continue;
    }
    if (!seenContent) {
      if (indent !== 0) return undefined;
      index.set('', { line, column: 1 });
      seenContent = true;
    }
    const opened = sections.at(-1);
    if (opened && opened.indent < 0 && isItem && indent >= entriesIndentAround(sections)) {
      // The section just opened is not a mapping after all (`x-samples-languages:` then `- curl`): a part like
      // any other entry, this line its value.
      sections.pop();
      children.delete(opened.pointer);
      index.delete(opened.pointer);
      current = { from: opened.from, to: text.length, line: opened.line, within: opened.within, indexed: false };
      parts.set(opened.pointer, current);
      continue;
    }
    // Close the sections this line is not inside of; the one opened last learns its entries' indent here.
    while (sections.length > 0) {
      const section = sections.at(-1) as Section;
      if (section.indent < 0) {
        if (indent <= entriesIndentAround(sections)) {
          // An empty section (`paths:` and nothing under it): no keys, as the full scan has none.
          children.delete(section.pointer);
          sections.pop();
          continue;
        }
        section.indent = indent;
        break;
      }
      if (indent >= section.indent) break;
      sections.pop();
      const outer = sections.at(-1);
      if (indent > (outer ? outer.indent : 0)) return undefined;
    }
    const section = sections.at(-1);
    if (section && indent > section.indent) continue;
    if (!section && indent > 0) continue;
    // A list written at its key's indent (`servers:` then `- url: ...`) is still that entry's value.
    if (isItem) {
      if (!current) return undefined;
      continue;
    }
    if (lead === 9) return undefined;
    // The value of an explicit key (`? long key` then `: value`), as emitters write keys over 128 characters.
    if (content === ':' || content.startsWith(': ')) {
      if (!current) return undefined;
      continue;
    }
    // An entry starts here: of the root, or of an open section.
    const explicit = content.startsWith('? ');
    const keyText = explicit
      ? `${content
          .slice(2)
          .trimStart()
          .replace(/\s+#.*$/, '')}:`
      : content;
    const key = readMappingKey(keyText);
    if (!key || /^[&*!?]/.test(key.value)) return undefined;
    const parent = section ? section.pointer : '';
    const pointer = childPointer(parent, key.key);
    (section ? section.keys : rootKeys).push(key.key);
    const position = { line, column: indent + 1 };
    const within = section ? [...section.within, { indent: section.indent, pointer: section.pointer }] : [root];
    // Each part ends where the next entry (a part or a section) starts.
    if (current) current.to = start;
    current = undefined;
    const opensSection =
      !explicit &&
      (key.value === '' || key.value.startsWith('#')) &&
      (section ? section.nested : SPLIT.has(key.key) && indent === 0);
    if (opensSection) {
      index.set(pointer, position);
      const keys: string[] = [];
      children.set(pointer, keys);
      sections.push({
        within,
        pointer,
        indent: -1,
        keys,
        nested: !section && key.key === 'components',
        from: start,
        line,
      });
      continue;
    }
    current = { from: start, to: text.length, line, within, indexed: false };
    parts.set(pointer, current);
  }
  for (const section of sections) if (section.indent < 0) children.delete(section.pointer);
  return seenContent ? { index, children, parts } : undefined;
}

/** The indent of the entries the innermost open section's key is one of (0: the root's). */
function entriesIndentAround(sections: readonly Section[]): number {
  return sections.length > 1 ? (sections.at(-2) as Section).indent : 0;
}
