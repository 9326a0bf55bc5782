import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedContract } from '../contract/types.js';
import { ErrorCode, isMockforgeError } from '../errors.js';
import type { Exec } from '../exec/run-process.js';
import { runOasdiffBreaking } from '../oasdiff/run-oasdiff.js';
import { createPacer, type Pacer } from '../pacer.js';
import { type Progress, silentProgress } from '../progress.js';
import { DEFAULT_MAX_SOURCE_BYTES } from '../source/source-file.js';
import type { SourceReader } from '../source/source-reader.js';
import { assertComplete } from './assert-complete.js';
import { contractAsJson } from './contract-as-json.js';
import { contractAsWritten } from './contract-as-written.js';
import { type ChangeCollector, createChangeCollector, dedupeMapped, type PairChange } from './dedupe-changes.js';
import { type EmittedYaml, emitYaml } from './emit-yaml.js';
import { hasNonLocalRefs } from './file-refs.js';
import { NotBlockYaml } from './line-index.js';
import { type DiffSide, type MappedChange, mapChange } from './map-change.js';
import type { DiffLocation } from './types.js';
import type { NodeView } from './walk-route.js';

export interface OasdiffSettings {
  exec: Exec;
  binary: string;
  tempDir: string;
  /** The environment oasdiff runs in (see runOasdiffBreaking). */
  env?: Record<string, string | undefined> | undefined;
  deprecationDaysBeta?: number | undefined;
  deprecationDaysStable?: number | undefined;
  /** Progress lines for phases over 2 s (oasdiff on a large pair, mapping many changes). */
  progress?: Progress | undefined;
  /** The user's SIGINT/SIGTERM: long phases here run in slices and stop at the next one (see Pacer). */
  signal?: AbortSignal | undefined;
}

export interface SideInput {
  contract: LoadedContract;
  present: (location: DiffLocation) => DiffLocation;
  /** Node access without the document (a file as written): see DiffSide. */
  nodes?: NodeView | undefined;
}

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
 * Large files that need no bundling go to oasdiff as written (as JSON where that says the same), so it
 * starts before they are loaded here.
 * oasdiff's output is read as a stream and deduplicated as it arrives (see createChangeCollector). Line
 * indexing and mapping run in slices, so an abort (settings.signal) ends them within one slice.
 */
export async function diffPair(
  baseSource: SideSource,
  headSource: SideSource,
  settings: OasdiffSettings,
): Promise<{ base: SideInput; head: SideInput; changes: PairChange[]; received: number }> {
  const pacer = createPacer(settings.signal);
  const work = mkdtempSync(join(settings.tempDir, 'mockforge-diff-'));
  const base = sideLoader(baseSource);
  const head = sideLoader(headSource);
  try {
    if (base.mayGoAsWritten() && head.mayGoAsWritten()) {
      const fast = await diffAsWritten(base, head, work, settings, pacer);
      if (fast) return fast;
    }
    await pacer.pause();
    const baseYaml = base.emitted();
    const basePath = join(work, 'base.yaml');
    writeFileSync(basePath, baseYaml.text);
    const collector = createChangeCollector();
    // Settled into a value at once, so a quick failure is not an unhandled rejection while we warm up.
    const running = runBreaking(basePath, base.shownFile(), () => head.emitted().text, work, settings, collector).then(
      () => ({}),
      (error: unknown) => ({ error }),
    );
    // While oasdiff works, build the line indexes the mapping needs (CPU we would wait on anyway),
    // yielding in between so the head keeps flowing into oasdiff's stdin.
    for (const side of [base, head]) {
      await pacer.pause();
      side.get().contract.sourceMap.locate('');
    }
    const outcome = await running;
    if ('error' in outcome) throw outcome.error;
    const headPointers = head.emitted().pointers;
    const mapped = await mapAll(
      collector,
      base.get(),
      (line) => baseYaml.pointers[line - 1],
      head.get(),
      (line) => headPointers[line - 1],
      settings,
      pacer,
    );
    return { ...mapped, received: collector.received };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * oasdiff on both files as written, each only line-indexed here (no bundle, no parse): for large
 * self-contained contracts. Undefined when oasdiff refused them or a file is not plain block YAML after all
 * (they need bundling).
 */
async function diffAsWritten(
  base: SideLoader,
  head: SideLoader,
  work: string,
  settings: OasdiffSettings,
  pacer: Pacer,
) {
  const collector = createChangeCollector();
  // The same text on both sides (a contract the change left alone) has no changes: oasdiff is not asked.
  // Settled into a value at once: a refusal (exit 100+) only means "bundle first", and neither it nor an
  // abort may go unhandled while the files are indexed.
  const running = base.sameTextAs(head)
    ? Promise.resolve({ accepted: true })
    : runBreaking(
        base.forOasdiff(work, 'base.json'),
        base.shownFile(),
        () => head.textForOasdiff(),
        work,
        settings,
        collector,
      ).then(
        () => ({ accepted: true }),
        (error: unknown) =>
          isMockforgeError(error) && error.code === ErrorCode.ToolFailed ? { accepted: false } : { error },
      );
  // Both files are outlined while oasdiff runs (indexed whole where oasdiff names their lines).
  const b = await base.written(pacer);
  const h = await head.written(pacer);
  const outcome = await running;
  if ('error' in outcome) throw outcome.error;
  if (!outcome.accepted || !b || !h) return undefined;
  try {
    const mapped = await mapAll(collector, b.side, b.pointerAtLine, h.side, h.pointerAtLine, settings, pacer);
    return { ...mapped, received: collector.received };
  } catch (error) {
    if (error instanceof NotBlockYaml) return undefined;
    throw error;
  }
}

async function mapAll(
  collector: ChangeCollector,
  base: SideInput,
  basePointerAtLine: DiffSide['pointerAtLine'],
  head: SideInput,
  headPointerAtLine: DiffSide['pointerAtLine'],
  settings: OasdiffSettings,
  pacer: Pacer,
) {
  const baseSide: DiffSide = { ...base, pointerAtLine: basePointerAtLine };
  const headSide: DiffSide = { ...head, pointerAtLine: headPointerAtLine };
  const changes = collector.changes();
  const phase = (settings.progress ?? silentProgress).phase('mapping changes to lines', changes.length);
  const mapped: MappedChange[] = [];
  for (const [index, change] of changes.entries()) {
    if ((index & 1023) === 0) phase.tick(index);
    if (pacer.due()) await pacer.pause();
    mapped.push(mapChange(change, baseSide, headSide));
  }
  const deduped = await dedupeMapped(mapped, baseSide, headSide, pacer);
  phase.tick(changes.length);
  phase.end();
  return { base, head, changes: deduped };
}

function runBreaking(
  basePath: string,
  /** The base contract basePath stands for (the user's file, not a temp copy): for oasdiff's errors. */
  baseContract: string,
  revision: string | (() => string),
  work: string,
  settings: OasdiffSettings,
  collector: ChangeCollector,
) {
  const phase = (settings.progress ?? silentProgress).phase('oasdiff comparing the contracts, changes received');
  return runOasdiffBreaking(basePath, typeof revision === 'string' ? revision : '-', {
    exec: settings.exec,
    binary: settings.binary,
    cwd: work,
    ...(typeof revision === 'string' ? {} : { revisionInput: revision }),
    deprecationDaysBeta: settings.deprecationDaysBeta,
    deprecationDaysStable: settings.deprecationDaysStable,
    env: settings.env,
    contractOf: new Map([[basePath, baseContract]]),
    onChange: (change) => {
      collector.add(change);
      if ((collector.received & 1023) === 0) phase.tick(collector.received);
    },
  }).finally(() => {
    phase.tick(collector.received);
    phase.end();
  });
}

interface SideLoader {
  file: string | undefined;
  /** The contract's file as the user knows it (a git ref's temp copy shown at its path in the repository). */
  shownFile(): string;
  get(): SideInput;
  emitted(): EmittedYaml;
  mayGoAsWritten(): boolean;
  /** Both files as written (read by mayGoAsWritten) have the very same text. */
  sameTextAs(other: SideLoader): boolean;
  /** The file's text while it is held (from mayGoAsWritten until written() has indexed it). */
  readonly text: string | undefined;
  /** The file for oasdiff as written: rewritten as JSON in `work` where that says the same (see contractAsJson). */
  forOasdiff(work: string, name: string): string;
  /**
   * The text for oasdiff's stdin, JSON where that says the same: made once oasdiff runs, so it starts
   * reading the base while the head is converted.
   */
  textForOasdiff(): string;
  /** The file as written (not bundled) with its lines' pointers; undefined unless plain block YAML. */
  written(pacer: Pacer): Promise<{ side: SideInput; pointerAtLine: DiffSide['pointerAtLine'] } | undefined>;
}

function sideLoader(source: SideSource): SideLoader {
  let side: SideInput | undefined;
  let yaml: EmittedYaml | undefined;
  let written: Promise<{ side: SideInput; pointerAtLine: DiffSide['pointerAtLine'] } | undefined> | undefined;
  /** The file's text, once read to see whether it may go as written (not read twice). */
  let text: string | undefined;
  /** oasdiff got the file itself, not JSON written from it (and so names its lines). */
  let sentAsWritten = false;
  const lazy = 'load' in source ? source : undefined;
  const loader: SideLoader = {
    file: lazy?.file,
    shownFile() {
      const file = lazy ? lazy.file : loader.get().contract.file;
      return source.present({ file, line: 1, column: 1 }).file;
    },
    get() {
      side ??= resolveSide(source);
      return side;
    },
    emitted() {
      yaml ??= emitYaml(loader.get().contract.document);
      return yaml;
    },
    mayGoAsWritten() {
      text = lazy ? selfContainedText(lazy.file) : undefined;
      return text !== undefined;
    },
    sameTextAs(other) {
      return text !== undefined && text === other.text;
    },
    get text() {
      return text;
    },
    forOasdiff(work, name) {
      const file = lazy?.file as string;
      const json = text === undefined ? undefined : contractAsJson(text, file);
      sentAsWritten = json === undefined;
      if (json === undefined) return file;
      writeFileSync(join(work, name), json);
      return join(work, name);
    },
    textForOasdiff() {
      const held = text ?? readFileSync(lazy?.file as string, 'utf8');
      const json = contractAsJson(held, lazy?.file as string);
      sentAsWritten = json === undefined;
      return json ?? held;
    },
    written(pacer) {
      written ??= (async () => {
        if (!lazy) return undefined;
        // Only line-indexed: existence, keys and the few scalars the mapping needs are read from the lines.
        // oasdiff names lines of a file it read as written: the first node on each line is then asked for.
        const found = await contractAsWritten(lazy.file, lazy.read, pacer, { text, whole: sentAsWritten });
        text = undefined;
        if (!found) return undefined;
        return {
          side: { contract: found.contract, present: lazy.present, nodes: found.nodes },
          pointerAtLine: found.pointerAtLine,
        };
      })();
      return written;
    },
  };
  return loader;
}

/** A large YAML file without refs to other files (oasdiff can likely read it as written): its text. */
export function selfContainedText(file: string): string | undefined {
  if (!/\.ya?ml$/i.test(file)) return undefined;
  try {
    const size = statSync(file).size;
    // Over the source limit: the bundled path refuses it with the usual error.
    if (size < AS_WRITTEN_MIN_BYTES || size > DEFAULT_MAX_SOURCE_BYTES) return undefined;
    const text = readFileSync(file, 'utf8');
    return hasNonLocalRefs(text) ? undefined : text;
  } catch {
    return undefined;
  }
}
