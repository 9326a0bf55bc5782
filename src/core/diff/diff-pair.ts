import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedContract } from '../contract/types.js';
import { ErrorCode, isMockforgeError } from '../errors.js';
import type { Exec } from '../exec/run-process.js';
import { type OasdiffChange, runOasdiffBreaking } from '../oasdiff/run-oasdiff.js';
import type { SourceReader } from '../source/source-reader.js';
import { type EmittedYaml, emitYaml } from './emit-yaml.js';
import { linePointersOf } from './indexed-reader.js';
import { type DiffSide, mapChange } from './map-change.js';
import type { ContractChange, DiffLocation } from './types.js';

export interface OasdiffSettings {
  exec: Exec;
  binary: string;
  tempDir: string;
  deprecationDaysBeta?: number | undefined;
  deprecationDaysStable?: number | undefined;
}

export interface SideInput {
  contract: LoadedContract;
  present: (location: DiffLocation) => DiffLocation;
}

export type PairChange = Omit<ContractChange, 'key' | 'consumers'>;

/** A side loaded only once oasdiff runs; `file` is the contract as written, `read` the reader that loads it. */
export interface LazySide {
  file: string;
  read: SourceReader;
  load: () => SideInput;
}

/** A side as given: loaded, lazy with its file (may go to oasdiff as written), or a plain loader. */
export type SideSource = SideInput | LazySide | (() => SideInput);

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
    if (base.mayGoAsWritten()) {
      const fast = await diffAsWritten(base, head, head.mayGoAsWritten(), work, settings);
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
    await warm([base, head]);
    const outcome = await running;
    if ('error' in outcome) throw outcome.error;
    return mapAll(outcome.changes, base, baseYaml.pointers, head, head.emitted().pointers);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** oasdiff on the files as written; undefined when one needed bundling after all, or oasdiff refused it. */
async function diffAsWritten(
  base: SideLoader,
  head: SideLoader,
  headAsWritten: boolean,
  work: string,
  settings: OasdiffSettings,
) {
  const revision = headAsWritten ? (head.file as string) : () => head.emitted().text;
  // Handled at once: a refusal (exit 100+) only means "bundle first", and must not go unhandled meanwhile.
  const running = runBreaking(base.file as string, revision, work, settings).catch((error: unknown) => {
    if (isMockforgeError(error) && error.code === ErrorCode.ToolFailed) return undefined;
    throw error;
  });
  await warm(headAsWritten ? [base, head] : [base], true);
  if (!headAsWritten) await warm([head]);
  const changes = await running;
  const basePointers = base.asWritten();
  const headPointers = headAsWritten ? head.asWritten() : head.emitted().pointers;
  if (!changes || !basePointers || !headPointers) return undefined;
  return mapAll(changes, base, basePointers, head, headPointers);
}

function mapAll(
  changes: OasdiffChange[],
  base: SideLoader,
  basePointers: string[],
  head: SideLoader,
  headPointers: string[],
) {
  const baseSide: DiffSide = { ...base.get(), linePointers: basePointers };
  const headSide: DiffSide = { ...head.get(), linePointers: headPointers };
  return { base: baseSide, head: headSide, changes: changes.map((change) => mapChange(change, baseSide, headSide)) };
}

/** Loads (and indexes) each side between turns of the event loop, so oasdiff's stdin keeps being fed. */
async function warm(sides: SideLoader[], asWritten = false): Promise<void> {
  for (const side of sides) {
    await yieldToStreams();
    side.get();
    await yieldToStreams();
    side.get().contract.sourceMap.locate('');
    if (asWritten) side.asWritten();
  }
}

function runBreaking(basePath: string, revision: string | (() => string), work: string, settings: OasdiffSettings) {
  return runOasdiffBreaking(basePath, typeof revision === 'string' ? revision : '-', {
    exec: settings.exec,
    binary: settings.binary,
    cwd: work,
    ...(typeof revision === 'string' ? {} : { revisionInput: revision }),
    deprecationDaysBeta: settings.deprecationDaysBeta,
    deprecationDaysStable: settings.deprecationDaysStable,
  });
}

const yieldToStreams = () => new Promise<void>((resolve) => setImmediate(resolve));

interface SideLoader {
  file: string | undefined;
  get(): SideInput;
  emitted(): EmittedYaml;
  mayGoAsWritten(): boolean;
  /** Line pointers of the file as written, when oasdiff could compare it unbundled (else undefined). */
  asWritten(): string[] | undefined;
}

function sideLoader(source: SideSource): SideLoader {
  let side: SideInput | undefined = typeof source !== 'function' && !('load' in source) ? source : undefined;
  let yaml: EmittedYaml | undefined;
  let pointers: string[] | undefined | null = null;
  const lazy = typeof source !== 'function' && 'load' in source ? source : undefined;
  const loader: SideLoader = {
    file: lazy?.file,
    get() {
      side ??= typeof source === 'function' ? source() : (source as LazySide).load();
      return side;
    },
    emitted() {
      yaml ??= emitYaml(loader.get().contract.document);
      return yaml;
    },
    mayGoAsWritten: () => lazy !== undefined && mayBeSelfContained(lazy.file),
    asWritten() {
      if (pointers !== null) return pointers;
      if (!lazy) return undefined;
      const { contract } = loader.get();
      const unchanged =
        contract.sourceMap.files.length === 1 &&
        !contract.diagnostics.some((d) => d.code.startsWith('MF_REF_') || d.code === 'MF_LINT_PATH_PARAMETER');
      pointers = unchanged ? linePointersOf(lazy.read(lazy.file)) : undefined;
      return pointers;
    },
  };
  return loader;
}

/** A large YAML file without refs to other files: oasdiff can likely read it as written. */
function mayBeSelfContained(file: string): boolean {
  if (!/\.ya?ml$/i.test(file)) return false;
  try {
    if (statSync(file).size < AS_WRITTEN_MIN_BYTES) return false;
    return !/\$ref['"]?\s*:\s*['"]?(?!#)[^\s'"]/.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}
