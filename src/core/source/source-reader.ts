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
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const rel = relative(real(root), real(file));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function assertInside(root: string, file: string, what: string): void {
  if (!isInside(root, file)) {
    throw new MockforgeError(ErrorCode.RefRefused, `${what} ${file} is outside the project root ${root}`, {
      hint: 'keep contracts, schemas and mock data inside the repository',
    });
  }
}
