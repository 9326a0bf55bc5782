import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, posix, relative, sep } from 'node:path';
import { CONTRACT_EXTENSIONS } from '../contract/shared-schemas.js';
import { gitListFolder, gitShowFiles, resolveCommit } from '../exec/git.js';
import type { Exec } from '../exec/run-process.js';
import type { DiffLocation } from './types.js';

/** Files copied from one revision at most (DigitalOcean's description alone has ~2,800). */
const MAX_FILES = 20_000;

/**
 * The base revision's files, copied from git into a temp folder that mirrors the repository, so loading
 * (shared schemas next to a contract, relative refs) works exactly as in the work tree.
 */
export interface BaseSnapshot {
  ref: string;
  /** The commit the ref names, and the repository's top folder. */
  commit: string;
  repo: string;
  dir: string;
  /** Repo file (absolute, in the work tree) -> its copy in the snapshot. */
  toSnapshot(file: string): string;
  /** A snapshot file -> the same path in the work tree. */
  toWorkTree(file: string): string;
  /** Locations in the snapshot -> the repo path, tagged with the ref. */
  present(location: DiffLocation): DiffLocation;
  /** Copies these work-tree files (absolute) from the ref; returns those that exist there. */
  fetch(files: readonly string[]): Promise<string[]>;
  /** Copies the contract-like files directly inside a folder (for shared schemas found next to a contract). */
  fetchFolder(folder: string): Promise<void>;
  /** Work-tree files known to be the same at the ref: copied from the work tree, not read with git. */
  markSame(files: Iterable<string>): void;
  isInSnapshot(file: string): boolean;
}

export async function createBaseSnapshot(options: {
  exec: Exec;
  repo: string;
  ref: string;
  tempDir: string;
}): Promise<BaseSnapshot> {
  const { exec, repo, ref } = options;
  const commit = await resolveCommit(exec, repo, ref);
  const dir = mkdtempSync(join(options.tempDir, 'mockforge-base-'));
  const attempted = new Map<string, boolean>();
  const gitPath = (file: string) => relative(repo, file).split(sep).join(posix.sep);
  const toSnapshot = (file: string) => join(dir, relative(repo, file));
  const listed = new Map<string, Promise<void>>();
  const same = new Set<string>();
  const fetch = async (files: readonly string[]) => {
    const todo = [...new Set(files)].filter((file) => !attempted.has(file) && !gitPath(file).startsWith('..'));
    // Files git says are the same at the base are copied from the work tree; the rest come from git at once.
    for (const file of todo.filter((f) => same.has(f))) {
      if (attempted.size >= MAX_FILES) break;
      mkdirSync(dirname(toSnapshot(file)), { recursive: true });
      copyFileSync(file, toSnapshot(file));
      attempted.set(file, true);
    }
    const fromGit = todo.filter((file) => !same.has(file)).slice(0, Math.max(0, MAX_FILES - attempted.size));
    if (fromGit.length > 0) {
      const found = await gitShowFiles(exec, repo, commit, fromGit.map(gitPath));
      for (const file of fromGit) {
        const content = found.get(gitPath(file));
        attempted.set(file, content !== undefined);
        if (content === undefined) continue;
        mkdirSync(dirname(toSnapshot(file)), { recursive: true });
        writeFileSync(toSnapshot(file), content);
      }
    }
    return files.filter((file) => attempted.get(file) === true);
  };
  return {
    ref,
    commit,
    repo,
    dir,
    toSnapshot,
    toWorkTree: (file) => join(repo, relative(dir, file)),
    present(location) {
      const rel = relative(dir, location.file);
      if (rel.startsWith('..') || isAbsolute(rel)) return location;
      return { ...location, file: join(repo, rel), ref };
    },
    fetch,
    fetchFolder(folder) {
      // Every contract of a folder asks for its neighbours (shared schemas): list each folder once.
      let done = listed.get(folder);
      if (!done) {
        done = gitListFolder(exec, repo, commit, gitPath(folder)).then(async (names) => {
          const files = names.filter((name) => CONTRACT_EXTENSIONS.has(extname(name).toLowerCase()));
          await fetch(files.map((name) => join(folder, name)));
        });
        listed.set(folder, done);
      }
      return done;
    },
    markSame(files) {
      for (const file of files) same.add(file);
    },
    isInSnapshot(file) {
      const rel = relative(dir, file);
      return !rel.startsWith('..') && !isAbsolute(rel);
    },
  };
}
