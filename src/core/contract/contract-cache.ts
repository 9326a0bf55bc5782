import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFileReader } from '../source/source-reader.js';
import { VERSION } from '../version.js';
import { basePathOf, type LoadContractOptions, listOperations, loadContract } from './load-contract.js';
import { createSourceMap, type Origin } from './source-map.js';
import type { Diagnostic, JsonObject, LoadedContract } from './types.js';

/** Bumped when the cached shape or what the loader makes of a contract changes. */
const FORMAT = 'mockforge-contract-cache/2';

interface Entry {
  format: string;
  openapi: LoadedContract['openapi'];
  title: string;
  version: string;
  document: JsonObject;
  diagnostics: Diagnostic[];
  /** The source map's moved subtrees (bundled pointer, pointer in the file): in-file refs that were inlined. */
  mappings: Array<[string, string]>;
  keySites: Array<[string, string]>;
}

/**
 * loadContract with the bundled result kept between runs in `cacheDir` (`.mockforge/cache/contracts`):
 * parsing and bundling a large YAML contract costs seconds, reading the bundle back as JSON milliseconds.
 * Only self-contained contracts are kept (every ref inside the file, none refused or unresolved): their
 * bundle depends on nothing but the file's bytes, which are part of the key together with the project root
 * and the loader itself (version and build), so any change to them is a miss. A contract reaching other
 * files (file refs, shared schemas, whose discovery depends on the folder) is loaded as usual every time.
 * Line numbers for findings come from the file itself, read only when one is asked for.
 */
export function loadContractCached(file: string, options: LoadContractOptions, cacheDir: string): LoadedContract {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return loadContract(file, options);
  }
  const prefix = hash(file).slice(0, 16);
  const key = hash(FORMAT, VERSION, loaderStamp(), options.root ?? '', bytes);
  const entryFile = join(cacheDir, `${prefix}-${key.slice(0, 32)}.json`);
  const entry = readEntry(entryFile);
  if (entry) return revive(file, entry, options);
  const contract = loadContract(file, options);
  if (!isSelfContained(contract)) return contract;
  const text = serializeEntry(contract);
  if (text === undefined) return contract;
  writeEntry(cacheDir, prefix, entryFile, text);
  // The same contract a later run reads back, and lighter: the parse's strings are slices that hold the
  // whole file's text, and its reader keeps that text and a second tree of the file for line lookups.
  return revive(file, JSON.parse(text) as Entry, options);
}

function hash(...parts: (string | Buffer)[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('hex');
}

/** The loader's own build: a rebuilt mockforge of the same version must not read an older build's bundles. */
function loaderStamp(): string {
  try {
    const stat = statSync(fileURLToPath(import.meta.url));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'unknown';
  }
}

function isSelfContained(contract: LoadedContract): boolean {
  return (
    contract.sourceMap.files.length === 1 &&
    !contract.diagnostics.some((d) => d.code.startsWith('MF_REF') || d.location.file !== contract.file)
  );
}

function readEntry(entryFile: string): Entry | undefined {
  try {
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
    return entry.format === FORMAT ? entry : undefined;
  } catch {
    return undefined;
  }
}

function revive(file: string, entry: Entry, options: LoadContractOptions): LoadedContract {
  const read = options.read ?? createFileReader();
  return {
    file,
    openapi: entry.openapi,
    title: entry.title,
    version: entry.version,
    document: entry.document,
    basePath: basePathOf(entry.document),
    operations: listOperations(entry.document),
    sourceMap: createSourceMap(inFile(file, entry.mappings), read, inFile(file, entry.keySites)),
    diagnostics: entry.diagnostics,
  };
}

function inFile(file: string, moves: Array<[string, string]>): Map<string, Origin> {
  return new Map(moves.map(([bundled, pointer]) => [bundled, { file, pointer }]));
}

function pointersOf(moves: ReadonlyMap<string, Origin>): Array<[string, string]> {
  return [...moves].map(([bundled, origin]) => [bundled, origin.pointer]);
}

/** The entry as JSON, or undefined when JSON cannot hold it (a YAML `.inf`/`.nan` would become null). */
function serializeEntry(contract: LoadedContract): string | undefined {
  let lossy = false;
  const text = JSON.stringify(
    {
      format: FORMAT,
      openapi: contract.openapi,
      title: contract.title,
      version: contract.version,
      document: contract.document,
      diagnostics: contract.diagnostics,
      mappings: pointersOf(contract.sourceMap.moves.mappings),
      keySites: pointersOf(contract.sourceMap.moves.keySites),
    } satisfies Entry,
    (_key, value) => {
      if (typeof value === 'number' && !Number.isFinite(value)) lossy = true;
      return value;
    },
  );
  return lossy ? undefined : text;
}

/** Written whole (temp file, then rename); older entries of the same contract are removed. A failure is not an error. */
function writeEntry(cacheDir: string, prefix: string, entryFile: string, text: string): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const name of readdirSync(cacheDir)) {
      if (name.startsWith(`${prefix}-`)) rmSync(join(cacheDir, name), { force: true });
    }
    const temp = `${entryFile}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, entryFile);
  } catch {
    // A read-only checkout or a full disk only costs the next run its speed.
  }
}
