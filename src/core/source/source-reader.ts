import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ErrorCode, MockforgeError } from '../errors.js';
import { type ReadSourceOptions, readSourceFile, type SourceFile } from './source-file.js';

/** Reads a file once and hands out the same parse afterwards; diff uses one backed by `git show`. */
export type SourceReader = (file: string) => SourceFile;

/** A reader whose parsed files can be let go once bundled (a later `file:line` reads the file again). */
export type ForgettingReader = SourceReader & { forget(): void };

export function createFileReader(options: ReadSourceOptions = {}): ForgettingReader {
  const cache = new Map<string, SourceFile>();
  const read = (file: string) => {
    let source = cache.get(file);
    if (!source) {
      source = readSourceFile(file, options);
      cache.set(file, source);
    }
    return source;
  };
  return Object.assign(read, { forget: () => cache.clear() });
}

/** True when `file` (after resolving symlinks, where it exists) lies inside `root`. */
export function isInside(root: string, file: string): boolean {
  return insideCheck(root)(file);
}

/** `isInside` for many files under one root: the root is resolved once. */
export function insideCheck(root: string): (file: string) => boolean {
  const realRoot = realPath(root);
  return (file) => {
    const rel = relative(realRoot, realPath(file));
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
}

function realPath(path: string): string {
  try {
    // One system call, where the JavaScript version checks every folder on the way.
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

export function assertInside(root: string, file: string, what: string): void {
  if (!isInside(root, file)) {
    throw new MockforgeError(ErrorCode.RefRefused, `${what} ${file} is outside the project root ${root}`, {
      hint: 'keep contracts, schemas and mock data inside the repository',
    });
  }
}
