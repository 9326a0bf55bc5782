import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, posix, relative, sep } from 'node:path';
import { CONTRACT_EXTENSIONS, looksLikeContractText } from '../contract/shared-schemas.js';
import { gitBlobIds, gitHashFiles } from '../exec/git.js';
import type { Exec } from '../exec/run-process.js';
import { referencedFiles } from './file-refs.js';

/** More files than this in one contract's closure: it is diffed, not checked file by file. */
const MAX_FILES = 5000;

export interface ProjectContract {
  file: string;
  /** Files every contract of the project reads (mockforge.yaml's `shared_schemas`); else its neighbours. */
  sharedSchemaFiles: readonly string[];
}

/**
 * The contracts whose bytes, and those of every file they may read, are the same at the base commit and in
 * the work tree: comparing them cannot find a change, so they are skipped. What a contract may read is
 * found without bundling it: the files its `$ref`s name (transitively, relative to the file holding the
 * ref), the configured shared schemas, or else the component libraries next to it (any neighbour that is
 * not itself a contract). When in doubt a contract is not skipped. Also returns every file found the same
 * at the base, so the base snapshot can copy them from the work tree instead of asking git.
 */
export async function findUnchangedContracts(options: {
  exec: Exec;
  repo: string;
  commit: string;
  contracts: readonly ProjectContract[];
  /** Files to compare as well (mockforge.yaml). */
  extraFiles?: readonly string[];
  /** The base text of a file that changed (for a neighbour that may have been a library at the base). */
  baseText: (file: string) => Promise<string | undefined>;
}): Promise<{ unchanged: Set<string>; same: Set<string> }> {
  const closures = new Map<string, Set<string> | undefined>();
  const folders = new Map<string, string[]>();
  const listed = (folder: string) => {
    let files = folders.get(folder);
    if (!files) {
      files = neighbourFiles(folder);
      folders.set(folder, files);
    }
    return files;
  };
  const neighbours = new Map<string, string[]>();
  // Each file is read and scanned once, however many contracts read it (a shared library).
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, readText(file));
    return texts.get(file);
  };
  const refs = new Map<string, string[]>();
  const refsOf = (file: string) => {
    let found = refs.get(file);
    if (!found) {
      const text = textOf(file);
      found = text === undefined ? [] : referencedFiles(file, text);
      refs.set(file, found);
    }
    return found;
  };
  for (const contract of options.contracts) {
    closures.set(contract.file, dependencies(contract, { neighbours, listed, textOf, refsOf }));
  }
  texts.clear();
  const files = new Set([...closures.values()].flatMap((set) => (set ? [...set] : [])));
  for (const folder of neighbours.keys()) for (const file of listed(folder)) files.add(file);
  for (const file of options.extraFiles ?? []) files.add(file);
  const same = await filesSameAtCommit(options.exec, options.repo, options.commit, [...files]);
  // A changed neighbour that is a contract now may have been a component library at the base.
  const wasLibrary = new Set<string>();
  for (const [folder, libraries] of neighbours) {
    for (const file of listed(folder)) {
      if (same.has(file) || libraries.includes(file)) continue;
      const before = await options.baseText(file);
      if (before !== undefined && !looksLikeContractText(before)) wasLibrary.add(folder);
    }
  }
  const unchanged = new Set<string>();
  for (const contract of options.contracts) {
    const closure = closures.get(contract.file);
    if (!closure) continue;
    if (contract.sharedSchemaFiles.length === 0 && wasLibrary.has(dirname(contract.file))) continue;
    if ([...closure].every((file) => same.has(file))) unchanged.add(contract.file);
  }
  return { unchanged, same };
}

/**
 * The files whose blob at the commit is the one git would store for the work-tree file (`git ls-tree` at the
 * commit, `git hash-object` with the repository's clean filters for the work tree: one call each). A file
 * absent on both sides counts as the same; a file outside the repository never does.
 */
export async function filesSameAtCommit(
  exec: Exec,
  repo: string,
  commit: string,
  files: readonly string[],
): Promise<Set<string>> {
  const gitPath = (file: string) => relative(repo, file).split(sep).join(posix.sep);
  const inRepo = files.filter((file) => {
    const rel = relative(repo, file);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !/[\n\r]/.test(rel);
  });
  const present = inRepo.filter((file) => existsSync(file));
  const [baseIds, headIds] = await Promise.all([
    gitBlobIds(exec, repo, commit, inRepo.map(gitPath)),
    gitHashFiles(exec, repo, present.map(gitPath)),
  ]);
  const headId = new Map(present.map((file, index) => [file, headIds[index]]));
  return new Set(inRepo.filter((file) => baseIds.get(gitPath(file)) === headId.get(file)));
}

/** Every file a contract may read; undefined when there are too many to check. */
function dependencies(
  contract: ProjectContract,
  files: {
    neighbours: Map<string, string[]>;
    listed: (folder: string) => string[];
    textOf: (file: string) => string | undefined;
    refsOf: (file: string) => string[];
  },
): Set<string> | undefined {
  const { neighbours, listed, textOf, refsOf } = files;
  const found = new Set<string>();
  const todo = [contract.file];
  if (contract.sharedSchemaFiles.length > 0) todo.push(...contract.sharedSchemaFiles);
  else {
    const folder = dirname(contract.file);
    let libraries = neighbours.get(folder);
    if (!libraries) {
      libraries = listed(folder).filter((file) => !looksLikeContractText(textOf(file) ?? ''));
      neighbours.set(folder, libraries);
    }
    todo.push(...libraries.filter((file) => file !== contract.file));
  }
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (found.has(file)) continue;
    found.add(file);
    if (found.size > MAX_FILES) return undefined;
    todo.push(...refsOf(file));
  }
  return found;
}

function neighbourFiles(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => CONTRACT_EXTENSIONS.has(extname(name).toLowerCase()))
      .sort()
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
