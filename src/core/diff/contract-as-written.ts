import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { basePathOf, serverBasePath } from '../contract/load-contract.js';
import type { JsonObject, LoadedContract, SourceMap } from '../contract/types.js';
import type { Pacer } from '../pacer.js';
import { getAtPointer } from '../source/json-pointer.js';
import type { SourceReader } from '../source/source-reader.js';
import { createLineIndex, indexWhole, type LineIndex, NotBlockYaml } from './line-index.js';
import type { NodeView } from './walk-route.js';
import { childPointer, type IndexedPosition } from './yaml-line-index.js';

export interface WrittenContract {
  contract: LoadedContract;
  /** The first node on a line of the file (for the lines oasdiff names when it read the file itself). */
  pointerAtLine: (line: number) => string | undefined;
  /** Existence, keys and one-line scalars, from the line index: no parse needed. */
  nodes: NodeView;
}

/**
 * A self-contained contract exactly as written: not bundled, linted or repaired, so its pointers are the
 * ones oasdiff saw when it read the file itself. Located from the line index, built part by part as the
 * mapping asks (see createLineIndex); `whole` indexes every part now, in slices (see Pacer): for a file
 * oasdiff reads as written, whose lines it names. The document is parsed only when something asks for it.
 * Undefined when the file is not plain block YAML or not OpenAPI 3. `operations` stay empty. Lookups
 * throw NotBlockYaml when a part turns out not to be plain block YAML.
 */
export async function contractAsWritten(
  file: string,
  read: SourceReader,
  pacer: Pacer,
  options: { text?: string | undefined; whole?: boolean } = {},
): Promise<WrittenContract | undefined> {
  const text = options.text ?? readFileSync(file, 'utf8');
  const index = createLineIndex(text) ?? (await indexWhole(text, pacer));
  if (!index) return undefined;
  try {
    if (options.whole) await index.complete(pacer);
    return located(file, read, text, index);
  } catch (error) {
    if (error instanceof NotBlockYaml) return undefined;
    throw error;
  }
}

function located(file: string, read: SourceReader, text: string, index: LineIndex): WrittenContract | undefined {
  let starts: number[] | undefined;
  const onLine = (pointer: string) => {
    starts ??= lineStarts(text);
    return valueOnLine(text, starts, index.get(pointer), pointer);
  };
  // Nodes inside a one-line flow collection (`schema: {$ref: ...}`, `- {name: id, in: path}`) are not in
  // the line index: they are read from the parsed collection.
  const flows = new Map<string, unknown>();
  const valueAt = (pointer: string): unknown => {
    if (index.has(pointer)) return onLine(pointer);
    let owner = pointer;
    while (owner !== '' && !index.has(owner)) owner = owner.slice(0, owner.lastIndexOf('/'));
    if (owner === '') return undefined;
    let node = flows.get(owner);
    if (node === undefined && !flows.has(owner)) {
      node = onLine(owner);
      flows.set(owner, node);
    }
    return getAtPointer(node, pointer.slice(owner.length));
  };
  const scalars = new Map<string, unknown>();
  const scalar = (pointer: string) => {
    if (scalars.has(pointer)) return scalars.get(pointer);
    let value = valueAt(pointer);
    if (value !== null && typeof value === 'object') value = undefined;
    scalars.set(pointer, value);
    return value;
  };
  const openapi = String(scalar('/openapi') ?? '');
  const family = /^3\.0(\.|$)/.test(openapi) ? '3.0' : /^3\.1(\.|$)/.test(openapi) ? '3.1' : undefined;
  if (!family) return undefined;
  let document: JsonObject | undefined;
  let basePath: string | undefined;
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
      // From the lines when it can: parsing a large contract only for its server's path costs seconds.
      basePath ??= basePathIfPlain(nodes) ?? basePathOf(this.document);
      return basePath;
    },
    operations: [],
    sourceMap: indexSourceMap(file, index, (pointer) => nodes.has(pointer)),
    diagnostics: [],
  };
  const nodes: NodeView = {
    has: (pointer) => index.has(pointer) || valueAt(pointer) !== undefined,
    scalar,
    keys(pointer) {
      const indexed = index.keys(pointer);
      if (indexed) return indexed;
      const value = index.has(pointer) || pointer === '' ? undefined : valueAt(pointer);
      const flow = value === undefined && index.has(pointer) ? onLine(pointer) : value;
      return flow !== null && typeof flow === 'object' ? Object.keys(flow) : [];
    },
  };
  return { contract, pointerAtLine: (line) => index.pointerAtLine(line), nodes };
}

/** basePathFromLines, undefined when the servers turn out not to be plain block YAML. */
function basePathIfPlain(nodes: NodeView): string | undefined {
  try {
    return basePathFromLines(nodes);
  } catch (error) {
    if (error instanceof NotBlockYaml) return undefined;
    throw error;
  }
}

/** The first server's path prefix from one-line `url` and variable `default`s; undefined when they are not. */
function basePathFromLines(nodes: NodeView): string | undefined {
  if (!nodes.has('/servers')) return '';
  const url = nodes.scalar('/servers/0/url');
  if (typeof url !== 'string') return undefined;
  const variables: Record<string, { default: unknown }> = {};
  for (const name of nodes.keys('/servers/0/variables')) {
    variables[name] = { default: nodes.scalar(childPointer(childPointer('/servers/0/variables', name), 'default')) };
  }
  return serverBasePath([{ url, variables }]) ?? '';
}

function indexSourceMap(file: string, index: LineIndex, has: (pointer: string) => boolean): SourceMap {
  return {
    files: [file],
    origin: (pointer) => ({ file, pointer }),
    moves: { mappings: new Map([['', { file, pointer: '' }]]), keySites: new Map() },
    locate(pointer) {
      // Up the pointer's own text: a path key may hold `%` or `~1`, which must not be decoded here.
      for (let at = pointer; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/')))) {
        const position = index.get(at);
        if (position)
          return { file, line: position.line, column: position.column, exact: at === pointer || has(pointer) };
        if (at === '') return { file, line: 1, column: 1, exact: false };
      }
    },
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * The value at a position: of a one-line `key: value` entry (a flow collection parsed whole), or of a list
 * item written on its line (`- GET`). Undefined for a key whose value starts on the next line (a block).
 */
function valueOnLine(
  text: string,
  starts: readonly number[],
  position: IndexedPosition | undefined,
  pointer: string,
): unknown {
  const start = position ? starts[position.line - 1] : undefined;
  if (!position || start === undefined) return undefined;
  const end = text.indexOf('\n', start);
  const line = text.slice(start + position.column - 1, end < 0 ? text.length : end);
  const simple = simpleValue(line, isItem(text, start, position, pointer));
  if (simple !== undefined) return simple;
  let value: unknown;
  try {
    value = load(line, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (isItem(text, start, position, pointer)) {
    // `- name: id` starts a block mapping item whose keys are indexed on their own: not a value here.
    return value !== null && typeof value === 'object' && !/^[[{]/.test(line) ? undefined : value;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== 1) return undefined;
  const [, inner] = entries[0] as [string, unknown];
  return inner === null && /:\s*(#.*)?$/.test(line) ? undefined : inner;
}

/** Words a plain scalar may not be to be read as a string (the YAML core schema's null and booleans). */
const SPECIAL = /^(null|Null|NULL|true|True|TRUE|false|False|FALSE|y|n|yes|no|on|off)$/;

/**
 * The common one-line forms read without the YAML parser: `- word`, `key: word`, `key: 'text'` (a word
 * starts with a letter and has no character YAML treats specially). Undefined for anything else.
 */
function simpleValue(line: string, item: boolean): string | undefined {
  const value = item ? line : /^[A-Za-z_$][\w$.-]*: (.*)$/.exec(line)?.[1];
  if (value === undefined) return undefined;
  if (/^[A-Za-z_][\w./+-]*$/.test(value)) return SPECIAL.test(value) ? undefined : value;
  const quoted = /^'([^']*)'$/.exec(value);
  return quoted ? quoted[1] : undefined;
}

/** A list item: an index, positioned at its content right after the `- ` (its first key shares that place). */
function isItem(text: string, lineStart: number, position: IndexedPosition, pointer: string): boolean {
  return /\/\d+$/.test(pointer) && /-\s*$/.test(text.slice(lineStart, lineStart + position.column - 1));
}
