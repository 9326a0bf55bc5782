import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFileReader } from '../source/source-reader.js';
import { VERSION } from '../version.js';
import { basePathOf, type LoadContractOptions, listOperations, loadContract } from './load-contract.js';
import { createSourceMap } from './source-map.js';
import type { Diagnostic, JsonObject, LoadedContract } from './types.js';

/** Bumped when the cached shape or what the loader makes of a contract changes. */
const FORMAT = 'mockforge-contract-cache/1';

interface Entry {
  format: string;
  openapi: LoadedContract['openapi'];
  title: string;
  version: string;
  document: JsonObject;
  diagnostics: Diagnostic[];
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
  if (isSelfContained(contract)) writeEntry(cacheDir, prefix, entryFile, contract);
  return contract;
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
    sourceMap: createSourceMap([{ bundled: '', file, pointer: '' }], read),
    diagnostics: entry.diagnostics,
  };
}

/** Written whole (temp file, then rename); older entries of the same contract are removed. A failure is not an error. */
function writeEntry(cacheDir: string, prefix: string, entryFile: string, contract: LoadedContract): void {
  let lossy = false;
  const text = JSON.stringify(
    {
      format: FORMAT,
      openapi: contract.openapi,
      title: contract.title,
      version: contract.version,
      document: contract.document,
      diagnostics: contract.diagnostics,
    } satisfies Entry,
    (_key, value) => {
      // JSON would turn a YAML `.inf`/`.nan` into null: such a contract is not cached.
      if (typeof value === 'number' && !Number.isFinite(value)) lossy = true;
      return value;
    },
  );
  if (lossy) return;
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
