import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { MockforgeConfig } from '../config/types.js';
import { loadContract } from '../contract/load-contract.js';
import { ErrorCode, isMockforgeError, MockforgeError } from '../errors.js';
import { assertSafeRef, gitTopLevel } from '../exec/git.js';
import type { Progress } from '../progress.js';
import { contractRoot } from '../source/contract-root.js';
import { readSourceFile } from '../source/source-file.js';
import { createFileReader, isInside, type SourceReader } from '../source/source-reader.js';
import { applyIgnores, checkVersionBump, countChanges, isFailing } from './apply-policies.js';
import { type BaseSnapshot, createBaseSnapshot } from './base-snapshot.js';
import { type ContractSides, diffContract } from './diff-contract.js';
import {
  type LazySide,
  type OasdiffSettings,
  type SideInput,
  type SideSource,
  selfContainedText,
} from './diff-pair.js';
import { loadIgnoreFile } from './ignore-file.js';
import { loadBaseContract } from './load-base-contract.js';
import { pairContracts } from './pair-contracts.js';
import type { ContractDiff, DiffLocation, DiffResult, FailOn } from './types.js';
import { findUnchangedContracts, type ProjectContract } from './unchanged-contracts.js';

export interface RunDiffOptions extends OasdiffSettings {
  cwd: string;
  /** A contract file, or a git ref (then each contract is read as it was at that ref). */
  base: string;
  /** One contract; without it every contract of the config is compared. */
  head?: string | undefined;
  /** mockforge.yaml: the contracts (project mode) and the scenarios and workspaces that consume them. */
  config?: string | undefined;
  failOn: FailOn;
  ignoreFile?: string | undefined;
  versionPolicy: boolean;
  /** Today as YYYY-MM-DD (injected clock): ignore entries expire against it. */
  today: string;
  /** Called as each contract's comparison ends, with the time it took (progress in the Action's log). */
  onContract?: ((diff: ContractDiff, ms: number) => void) | undefined;
  /** Progress of long contract loads. */
  progress?: Progress | undefined;
}

/** `mockforge diff`: breaking changes between the base and the head of one contract or of a whole project. */
export async function runDiff(options: RunDiffOptions): Promise<DiffResult> {
  const temporary: string[] = [];
  try {
    return await compare(options, temporary);
  } finally {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }
}

async function compare(options: RunDiffOptions, temporary: string[]): Promise<DiffResult> {
  const configPath = resolve(options.cwd, options.config ?? 'mockforge.yaml');
  // Loaded only when there is a config: comparing two files needs neither it nor its validators.
  const config =
    options.config !== undefined || options.head === undefined || existsSync(configPath)
      ? (await import('../config/load-config.js')).loadConfig(configPath)
      : undefined;
  const ignores = options.ignoreFile ? loadIgnoreFile(resolve(options.cwd, options.ignoreFile)) : [];
  const sides =
    options.head === undefined
      ? await projectSides(options, config as MockforgeConfig, temporary)
      : [await fileSides(options, config, temporary)];
  const root = config?.root ?? options.cwd;
  // Loaded only with a project: scenario globbing is not needed to compare two files.
  const consumers = config ? (await import('./find-consumers.js')).indexConsumers(config) : undefined;
  const contracts: ContractDiff[] = [];
  const heads: Array<SideInput | undefined> = [];
  for (const side of sides) {
    options.signal?.throwIfAborted();
    const started = performance.now();
    const { diff, head } = await diffContract(side, { settings: options, consumers });
    options.onContract?.(diff, performance.now() - started);
    contracts.push(diff);
    heads.push(head);
  }
  // Accepted changes do not count for the version policy; its own errors can be accepted too.
  let staleIgnores = applyIgnores(contracts, ignores, options.today);
  if (options.versionPolicy) {
    for (const [index, contract] of contracts.entries()) {
      const head = heads[index];
      if (!head) continue;
      const { file, line, column } = head.contract.sourceMap.locate('/info/version');
      const violation = checkVersionBump(contract, { file, line, column });
      if (violation) contract.changes.push(violation);
    }
    staleIgnores = applyIgnores(contracts, ignores, options.today);
  }
  const counts = countChanges(contracts);
  return {
    base: options.base,
    root,
    failOn: options.failOn,
    contracts,
    staleIgnores,
    counts,
    failed: isFailing(counts, options.failOn),
  };
}

async function fileSides(
  options: RunDiffOptions,
  config: MockforgeConfig | undefined,
  temporary: string[],
): Promise<ContractSides> {
  const headFile = resolve(options.cwd, options.head as string);
  // Refs may not leave the root: the project's, else the contract's repository, else its own folder.
  const rootOf = (file: string) => (config && isInside(config.root, file) ? config.root : contractRoot(file));
  const read = createFileReader();
  const head = {
    file: headFile,
    read,
    load: () => ({
      contract: loadContract(headFile, { root: rootOf(headFile), read, ...progressOf(options) }),
      present: same,
    }),
    present: same,
  };
  const workspaces = config?.workspaces.filter((w) => w.contract === headFile).map((w) => w.name) ?? [];
  const baseFile = resolve(options.cwd, options.base);
  if (existsSync(baseFile) && statSync(baseFile).isFile()) {
    const base = {
      file: baseFile,
      read,
      load: () => ({
        contract: loadContract(baseFile, { root: rootOf(baseFile), read, ...progressOf(options) }),
        present: same,
      }),
      present: same,
    };
    return {
      name: relative(config?.root ?? options.cwd, headFile),
      workspaces,
      base,
      head,
    };
  }
  assertSafeRef(options.base);
  const snapshot = await snapshotFor(options);
  temporary.push(snapshot.dir);
  const name = relative(config?.root ?? options.cwd, headFile);
  const sharedSchemaFiles = config?.sharedSchemaFiles ?? [];
  const { unchanged } = await compareWithBase(options, snapshot, [{ file: headFile, sharedSchemaFiles }], []);
  if (unchanged.has(headFile)) return { name, workspaces, skipped: true };
  const base = await baseSideAt(snapshot, headFile, rootOf(headFile), config);
  return { name, workspaces, ...(base ? { base } : {}), head };
}

async function projectSides(
  options: RunDiffOptions,
  config: MockforgeConfig,
  temporary: string[],
): Promise<ContractSides[]> {
  const baseFile = resolve(options.cwd, options.base);
  if (existsSync(baseFile)) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `--base ${options.base} is a file, but no --head was given`, {
      hint: 'compare two files with --base <file> --head <file>, or a whole project with --base <git ref>',
    });
  }
  assertSafeRef(options.base);
  const snapshot = await snapshotFor(options);
  temporary.push(snapshot.dir);
  const contracts = [...new Set(config.workspaces.map((w) => w.contract))].map((file) => ({
    file,
    sharedSchemaFiles: config.sharedSchemaFiles,
  }));
  const { unchanged, same } = await compareWithBase(options, snapshot, contracts, [config.file]);
  // mockforge.yaml unchanged: the base's is this one (no need to read it and its contracts from git).
  const baseConfig = same.has(config.file) ? config : await loadBaseConfig(snapshot, config);
  const sharedSame = sameFiles(baseConfig?.sharedSchemaFiles ?? [], config.sharedSchemaFiles);
  const read = createFileReader();
  const sides: ContractSides[] = [];
  for (const pair of pairContracts(baseConfig ?? config, config)) {
    const name = relative(config.root, pair.headFile ?? pair.baseFile ?? '');
    if (sharedSame && pair.headFile !== undefined && pair.baseFile === pair.headFile && unchanged.has(pair.headFile)) {
      sides.push({ name, workspaces: pair.workspaces, skipped: true });
      continue;
    }
    const head = pair.headFile ? workTreeSide(pair.headFile, config.root, config.sharedSchemaFiles, read) : undefined;
    const base = pair.baseFile
      ? await baseSideAt(snapshot, pair.baseFile, config.root, baseConfig ?? config)
      : undefined;
    sides.push({ name, workspaces: pair.workspaces, ...(base ? { base } : {}), ...(head ? { head } : {}) });
  }
  return sides;
}

/**
 * Which contracts are byte for byte what they were at the base (with every file they read), and which
 * files are: those are copied into the base snapshot from the work tree rather than read with git.
 */
async function compareWithBase(
  options: RunDiffOptions,
  snapshot: BaseSnapshot,
  contracts: ProjectContract[],
  extraFiles: string[],
) {
  try {
    const found = await findUnchangedContracts({
      exec: options.exec,
      repo: snapshot.repo,
      commit: snapshot.commit,
      contracts,
      extraFiles,
      baseText: async (file) => {
        const [fetched] = await snapshot.fetch([file]);
        return fetched ? readFileSync(snapshot.toSnapshot(file), 'utf8') : undefined;
      },
    });
    snapshot.markSame(found.same);
    return found;
  } catch (error) {
    // Skipping only saves time: if git cannot tell, every contract is compared.
    if (isMockforgeError(error) && error.code === ErrorCode.GitFailed)
      return { unchanged: new Set<string>(), same: new Set<string>() };
    throw error;
  }
}

function sameFiles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((file, index) => file === b[index]);
}

/** A work-tree contract, loaded only when needed (a large self-contained one may go to oasdiff as written). */
function workTreeSide(file: string, root: string, sharedSchemaFiles: readonly string[], read: SourceReader): LazySide {
  const shared = sharedSchemaFiles.length > 0 ? { sharedSchemaFiles } : {};
  return {
    file,
    read,
    load: () => ({ contract: loadContract(file, { root, read, ...shared }), present: same }),
    present: same,
  };
}

/**
 * A contract as it was at the base: lazy when its copy is a large self-contained file (oasdiff may read it
 * as written), else bundled with the files of that revision. Undefined when it did not exist there.
 */
async function baseSideAt(
  snapshot: BaseSnapshot,
  file: string,
  root: string,
  config: MockforgeConfig | undefined,
): Promise<SideSource | undefined> {
  const shared = config && config.sharedSchemaFiles.length > 0 ? config.sharedSchemaFiles : undefined;
  if (!shared) {
    const [found] = await snapshot.fetch([file]);
    if (!found) return undefined;
    const copy = snapshot.toSnapshot(file);
    if (selfContainedText(copy) !== undefined) {
      // Its neighbours too: should oasdiff refuse it as written, it is bundled with their shared schemas.
      await snapshot.fetchFolder(dirname(file));
      const read = createFileReader();
      const load = () => ({
        contract: loadContract(copy, { root: snapshot.toSnapshot(root), read }),
        present: snapshot.present,
      });
      return { file: copy, read, load, present: snapshot.present };
    }
  }
  const contract = await loadBaseContract(snapshot, file, { root, ...(shared ? { sharedSchemaFiles: shared } : {}) });
  return contract ? { contract, present: snapshot.present } : undefined;
}

async function snapshotFor(options: RunDiffOptions): Promise<BaseSnapshot> {
  try {
    const repo = await gitTopLevel(options.exec, options.cwd);
    return await createBaseSnapshot({ exec: options.exec, repo, ref: options.base, tempDir: options.tempDir });
  } catch (error) {
    // `--base old.yaml` with a typo reads as a git ref: say that the file is missing, not only the ref.
    if (isMockforgeError(error) && error.code === ErrorCode.GitFailed && /\.(ya?ml|json)$/i.test(options.base)) {
      throw new MockforgeError(
        ErrorCode.UsageInvalid,
        `--base ${options.base}: no such file (${resolve(options.cwd, options.base)}), and ${error.message}`,
        { hint: 'give --base an existing contract file, or a git ref (origin/main, a SHA)' },
      );
    }
    throw error;
  }
}

/** The config as it was at the base ref, with paths in the work tree; undefined when missing or invalid there. */
async function loadBaseConfig(snapshot: BaseSnapshot, config: MockforgeConfig): Promise<MockforgeConfig | undefined> {
  const [found] = await snapshot.fetch([config.file]);
  if (!found) return undefined;
  try {
    // loadConfig checks that each workspace's contract exists: copy those files in first.
    const raw = readSourceFile(snapshot.toSnapshot(config.file)).value as Record<string, unknown> | null;
    const workspaces = Array.isArray(raw?.workspaces) ? (raw.workspaces as Array<Record<string, unknown>>) : [];
    const dir = typeof raw?.contracts_dir === 'string' ? raw.contracts_dir : 'contracts';
    await snapshot.fetchFolder(resolve(config.root, dir));
    await snapshot.fetch(
      workspaces.flatMap((w) => (typeof w?.contract === 'string' ? [resolve(config.root, w.contract)] : [])),
    );
    const { loadConfig } = await import('../config/load-config.js');
    const base = loadConfig(snapshot.toSnapshot(config.file));
    return {
      ...base,
      file: config.file,
      root: config.root,
      sharedSchemaFiles: base.sharedSchemaFiles.map(snapshot.toWorkTree),
      workspaces: base.workspaces.map((w) => ({ ...w, contract: snapshot.toWorkTree(w.contract) })),
    };
  } catch (error) {
    if (isMockforgeError(error)) return undefined;
    throw error;
  }
}

const same = (location: DiffLocation) => location;

function progressOf(options: RunDiffOptions): { progress?: Progress } {
  return options.progress ? { progress: options.progress } : {};
}
