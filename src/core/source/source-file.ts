import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { CORE_SCHEMA, load as loadYamlFast, YAMLException } from 'js-yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { ErrorCode, MockforgeError, type SourceLocation } from '../errors.js';
import { parsePointer } from './json-pointer.js';
import { locateInTree } from './locate-in-tree.js';
import { createLineLocator } from './locate-lines.js';
import { yamlLibrary } from './yaml-library.js';

export const DEFAULT_MAX_SOURCE_BYTES = 32 * 1024 * 1024;
/** YAML aliases allowed per document: enough for real contracts, far too few for a "billion laughs". */
const MAX_ALIAS_COUNT = 1000;

/** A parsed YAML or JSON file that can say where any of its nodes came from. */
export interface SourceFile {
  readonly file: string;
  readonly text: string;
  readonly value: unknown;
  /** Location of the node at `pointer`; falls back to the nearest ancestor that exists (exact: false). */
  locate(pointer: string | readonly string[]): SourceLocation & { exact: boolean };
}

export interface ReadSourceOptions {
  maxBytes?: number;
}

export function readSourceFile(file: string, options: ReadSourceOptions = {}): SourceFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SOURCE_BYTES;
  let size: number;
  try {
    size = statSync(file).size;
  } catch (cause) {
    throw new MockforgeError(ErrorCode.ContractNotFound, `cannot read ${file}: no such file`, { cause });
  }
  if (size > maxBytes) {
    throw new MockforgeError(ErrorCode.SourceTooLarge, `${file} is ${size} bytes, over the limit of ${maxBytes}`, {
      hint: 'split the file into parts joined with $ref (each part has the same limit)',
    });
  }
  return parseSource(readFileSync(file, 'utf8'), file);
}

export function parseSource(text: string, file: string): SourceFile {
  const isJson = extname(file).toLowerCase() === '.json' || /^\s*[{[]/.test(text);
  if (isJson) {
    try {
      return createSourceFile(file, text, JSON.parse(text), undefined);
    } catch {
      // Not strict JSON (comments, trailing commas...): the YAML parser gives a located error or a value.
    }
  }
  if (!MAY_USE_ALIASES.test(text)) return createSourceFile(file, text, loadYamlValue(text, file), undefined);
  const parsed = parseYaml(text, file);
  return createSourceFile(file, text, parsed.value, parsed);
}

/**
 * Documents without anchors take the fast path: js-yaml builds the value several times faster than the
 * position-keeping parser, which then runs only if a location is asked for. Anchors (and so aliases, and
 * alias bombs) go through the `yaml` parser, which bounds alias expansion.
 */
const MAY_USE_ALIASES = /(?:^|[\s[{,])&[^\s[\]{},]+(?=\s|$)/m;

function loadYamlValue(text: string, file: string): unknown {
  try {
    // The YAML 1.2 core schema, as the `yaml` parser uses: `2024-01-01` stays a string, not a Date.
    return loadYamlFast(text, { filename: file, schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw new MockforgeError(ErrorCode.SourceSyntax, `invalid YAML: ${error.reason}`, {
      location: { file, line: (error.mark?.line ?? 0) + 1, column: (error.mark?.column ?? 0) + 1 },
      hint: 'fix the syntax at that line',
    });
  }
}

interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
  value: unknown;
}

function parseYaml(text: string, file: string): ParsedYaml {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, keepSourceTokens: false });
  const firstError = document.errors[0];
  if (firstError) {
    const { line, col } = lineCounter.linePos(firstError.pos[0]);
    throw new MockforgeError(ErrorCode.SourceSyntax, `invalid YAML: ${firstError.message.split('\n')[0]}`, {
      location: { file, line, column: col },
      hint: 'fix the syntax at that line',
    });
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    throw new MockforgeError(
      ErrorCode.SourceSyntax,
      `YAML aliases expand too far (${String((cause as Error).message)})`,
      {
        location: { file, line: 1, column: 1 },
        hint: 'replace the nested aliases (&anchor / *alias) with plain values',
        cause,
      },
    );
  }
  return { document, lineCounter, value };
}

/**
 * Position trees are many times the size of the file: a long-running mock of 55 contracts that located one
 * issue in each would hold them all. The last few stay; older ones are held weakly (the collector may take
 * them, and the next location in that file parses it again).
 */
const RECENT_TREES = 3;
const recentTrees: ParsedYaml[] = [];

function keepRecent(tree: ParsedYaml): void {
  const at = recentTrees.indexOf(tree);
  if (at >= 0) recentTrees.splice(at, 1);
  recentTrees.unshift(tree);
  recentTrees.length = Math.min(recentTrees.length, RECENT_TREES);
}

function createSourceFile(file: string, text: string, value: unknown, parsed: ParsedYaml | undefined): SourceFile {
  let tree = parsed ? new WeakRef(parsed) : undefined;
  if (parsed) keepRecent(parsed);
  let lines: ReturnType<typeof createLineLocator> | undefined;
  return {
    file,
    text,
    value,
    locate(pointer) {
      const segments = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
      if (!parsed) {
        // Parsed for speed without positions: block YAML and JSON are located from their lines, and the
        // position tree is built only for what the line scanners do not read.
        lines ??= createLineLocator(text, value);
        const found = lines(segments);
        if (found) return { file, ...found };
      }
      let ast = tree?.deref();
      if (!ast) {
        ast = parseYaml(text, file);
        tree = new WeakRef(ast);
      }
      keepRecent(ast);
      return locateInDocument(ast, file, segments);
    },
  };
}

function locateInDocument(parsed: ParsedYaml, file: string, segments: readonly string[]) {
  const { offset, exact } = locateInTree(parsed.document.contents as Node | null, segments);
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { file, line, column: col, exact };
}
