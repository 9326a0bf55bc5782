import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedContract } from '../contract/types.js';
import { ErrorCode, isMockforgeError } from '../errors.js';
import type { Exec } from '../exec/run-process.js';
import { type OasdiffChange, runOasdiffBreaking } from '../oasdiff/run-oasdiff.js';
import { appendPointer } from '../source/json-pointer.js';
import { DEFAULT_MAX_SOURCE_BYTES } from '../source/source-file.js';
import type { SourceReader } from '../source/source-reader.js';
import { assertComplete } from './assert-complete.js';
import { contractAsWritten } from './contract-as-written.js';
import { type EmittedYaml, emitYaml } from './emit-yaml.js';
import { type DiffSide, mapChange } from './map-change.js';
import type { ContractChange, DiffLocation } from './types.js';
import type { PartialScan } from './yaml-line-index.js';

export interface OasdiffSettings {
  exec: Exec;
  binary: string;
  tempDir: string;
  /** The environment oasdiff runs in (see runOasdiffBreaking). */
  env?: Record<string, string | undefined> | undefined;
  deprecationDaysBeta?: number | undefined;
  deprecationDaysStable?: number | undefined;
}

export interface SideInput {
  contract: LoadedContract;
  present: (location: DiffLocation) => DiffLocation;
  /** Existence and scalars without the document (a file as written): see DiffSide. */
  has?: (pointer: string) => boolean;
  scalar?: (pointer: string) => unknown;
}

export type PairChange = Omit<ContractChange, 'key' | 'consumers'>;

/** A side loaded only once oasdiff runs; `file` is the contract as written, `read` the reader that loads it. */
export interface LazySide {
  file: string;
  read: SourceReader;
  load: () => SideInput;
  present: (location: DiffLocation) => DiffLocation;
}

/** A side as given: loaded, or lazy with its file (may go to oasdiff as written). */
export type SideSource = SideInput | LazySide;

/** The side loaded (a lazy one loads now); it must be complete (see assertComplete). */
export function resolveSide(side: SideSource): SideInput {
  const loaded = 'load' in side ? side.load() : side;
  assertComplete(loaded.contract, loaded.present);
  return loaded;
}

/** Below this size bundling first costs little; above it, a self-contained file goes to oasdiff as written. */
const AS_WRITTEN_MIN_BYTES = 256 * 1024;

/**
 * Breaking changes between two bundled contracts: both are written as line-mapped YAML (oasdiff cannot load
 * the tutorial's shared-schema layout itself), oasdiff compares them, and every change is mapped back.
 * Large files that need no bundling go to oasdiff as written, so it starts before they are loaded here.
 */
export async function diffPair(
  baseSource: SideSource,
  headSource: SideSource,
  settings: OasdiffSettings,
): Promise<{ base: SideInput; head: SideInput; changes: PairChange[] }> {
  const work = mkdtempSync(join(settings.tempDir, 'mockforge-diff-'));
  const base = sideLoader(baseSource);
  const head = sideLoader(headSource);
  try {
    if (base.mayGoAsWritten() && head.mayGoAsWritten()) {
      const fast = await diffAsWritten(base, head, work, settings);
      if (fast) return fast;
    }
    const baseYaml = base.emitted();
    const basePath = join(work, 'base.yaml');
    writeFileSync(basePath, baseYaml.text);
    // Settled into a value at once, so a quick failure is not an unhandled rejection while we warm up.
    const running = runBreaking(basePath, () => head.emitted().text, work, settings).then(
      (changes) => ({ changes }),
      (error: unknown) => ({ error }),
    );
    // While oasdiff works, build the line indexes the mapping needs (CPU we would wait on anyway),
    // yielding in between so the head keeps flowing into oasdiff's stdin.
    for (const side of [base, head]) {
      await yieldToStreams();
      side.get().contract.sourceMap.locate('');
    }
    const outcome = await running;
    if ('error' in outcome) throw outcome.error;
    return mapAll(outcome.changes, base.get(), baseYaml.pointers, head.get(), head.emitted().pointers);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * oasdiff on both files as written, each only parsed and line-indexed here (no bundle): for large
 * self-contained contracts. Undefined when oasdiff refused them (they need bundling after all).
 */
async function diffAsWritten(base: SideLoader, head: SideLoader, work: string, settings: OasdiffSettings) {
  // Handled at once: a refusal (exit 100+) only means "bundle first", and must not go unhandled meanwhile.
  const running = runBreaking(base.file as string, head.file as string, work, settings).catch((error: unknown) => {
    if (isMockforgeError(error) && error.code === ErrorCode.ToolFailed) return undefined;
    throw error;
  });
  // The base is line-indexed while oasdiff runs; the head afterwards, and only as far as the changes need.
  await yieldToStreams();
  base.written();
  const changes = await running;
  const b = base.written();
  if (!changes || !b) return undefined;
  const h = head.written(wantedInHead(changes, b.pointers));
  if (!h) return undefined;
  return mapAll(changes, b.side, b.pointers, h.side, h.pointers);
}

function mapAll(
  changes: OasdiffChange[],
  base: SideInput,
  basePointers: string[],
  head: SideInput,
  headPointers: string[],
) {
  const baseSide: DiffSide = { ...base, linePointers: basePointers };
  const headSide: DiffSide = { ...head, linePointers: headPointers };
  return { base, head, changes: changes.map((change) => mapChange(change, baseSide, headSide)) };
}

function runBreaking(basePath: string, revision: string | (() => string), work: string, settings: OasdiffSettings) {
  return runOasdiffBreaking(basePath, typeof revision === 'string' ? revision : '-', {
    exec: settings.exec,
    binary: settings.binary,
    cwd: work,
    ...(typeof revision === 'string' ? {} : { revisionInput: revision }),
    deprecationDaysBeta: settings.deprecationDaysBeta,
    deprecationDaysStable: settings.deprecationDaysStable,
    env: settings.env,
  });
}

/**
 * What the mapping will ask the head about: every ancestor of the base nodes oasdiff named (for the
 * nearest surviving parent), the operations and their (and their path's) parameters, and the lines oasdiff
 * named in the head.
 */
function wantedInHead(changes: readonly OasdiffChange[], basePointers: readonly string[]): PartialScan {
  const wanted = new Set<string>(['', '/info']);
  const addAncestors = (pointer: string) => {
    for (let at = pointer; at !== '' && !wanted.has(at); at = at.slice(0, at.lastIndexOf('/'))) wanted.add(at);
  };
  const lines = new Set<number>();
  for (const change of changes) {
    const basePointer = change.baseSource ? basePointers[change.baseSource.line - 1] : undefined;
    if (basePointer) addAncestors(basePointer);
    if (change.revisionSource) lines.add(change.revisionSource.line);
    if (change.path !== undefined && change.operation) {
      const operation = appendPointer('/paths', change.path, change.operation.toLowerCase());
      addAncestors(operation);
      wanted.add(`${operation}/parameters`);
      wanted.add(`${operation.slice(0, operation.lastIndexOf('/'))}/parameters`);
    }
  }
  const descend = (pointer: string) => {
    if (wanted.has(pointer)) return true;
    const cut = pointer.lastIndexOf('/');
    return (
      pointer.endsWith('/parameters', cut) && /^\d+$/.test(pointer.slice(cut + 1)) && wanted.has(pointer.slice(0, cut))
    );
  };
  return { descend, lines, forced: new Set() };
}

const yieldToStreams = () => new Promise<void>((resolve) => setImmediate(resolve));

interface SideLoader {
  file: string | undefined;
  get(): SideInput;
  emitted(): EmittedYaml;
  mayGoAsWritten(): boolean;
  /** The file as written (not bundled) with its line pointers; undefined unless plain block YAML. */
  written(only?: PartialScan): { side: SideInput; pointers: string[] } | undefined;
}

function sideLoader(source: SideSource): SideLoader {
  let side: SideInput | undefined;
  let yaml: EmittedYaml | undefined;
  let written: { side: SideInput; pointers: string[] } | undefined | null = null;
  const lazy = 'load' in source ? source : undefined;
  const loader: SideLoader = {
    file: lazy?.file,
    get() {
      side ??= resolveSide(source);
      return side;
    },
    emitted() {
      yaml ??= emitYaml(loader.get().contract.document);
      return yaml;
    },
    mayGoAsWritten: () => lazy !== undefined && mayBeSelfContained(lazy.file),
    written(only) {
      if (written === null) {
        // Only line-indexed: existence and the few scalars the mapping needs are read from the lines.
        const found = lazy ? contractAsWritten(lazy.file, lazy.read, only) : undefined;
        written =
          found && lazy
            ? {
                side: { contract: found.contract, present: lazy.present, has: found.has, scalar: found.scalar },
                pointers: found.pointers,
              }
            : undefined;
      }
      return written;
    },
  };
  return loader;
}

/** A large YAML file without refs to other files: oasdiff can likely read it as written. */
function mayBeSelfContained(file: string): boolean {
  if (!/\.ya?ml$/i.test(file)) return false;
  try {
    const size = statSync(file).size;
    // Over the source limit: the bundled path refuses it with the usual error.
    if (size < AS_WRITTEN_MIN_BYTES || size > DEFAULT_MAX_SOURCE_BYTES) return false;
    return !/\$ref['"]?\s*:\s*['"]?(?!#)[^\s'"]/.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}
