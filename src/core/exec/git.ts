import { ErrorCode, MockforgeError } from '../errors.js';
import type { Exec } from './run-process.js';

/** A ref that git could read as an option (`--output=...`) is refused before git ever sees it. */
export function assertSafeRef(ref: string): void {
  if (ref === '' || ref.startsWith('-') || /[\0\n\r]/.test(ref)) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `'${ref}' is not a git ref mockforge accepts`, {
      hint: 'refs may not be empty or start with "-"',
    });
  }
}

export async function runGit(exec: Exec, cwd: string, args: readonly string[]) {
  return exec('git', args, { cwd });
}

/** The work tree's top folder. */
export async function gitTopLevel(exec: Exec, cwd: string): Promise<string> {
  const result = await runGit(exec, cwd, ['rev-parse', '--show-toplevel']);
  if (result.exitCode !== 0) {
    throw new MockforgeError(ErrorCode.GitFailed, `${cwd} is not inside a git repository`, {
      hint: 'give --base a file instead of a git ref, or run inside the repository',
    });
  }
  return result.stdout.trim();
}

/** The commit a ref names; a clear error when it names none (e.g. a shallow clone without the base). */
export async function resolveCommit(exec: Exec, repo: string, ref: string): Promise<string> {
  assertSafeRef(ref);
  const result = await runGit(exec, repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (result.exitCode !== 0) {
    throw new MockforgeError(ErrorCode.GitFailed, `git knows no commit '${ref}'`, {
      hint: 'fetch it first (in Actions: actions/checkout with fetch-depth: 0), or check the spelling',
    });
  }
  return result.stdout.trim();
}

/**
 * The bytes of many files at a commit in one `git cat-file --batch` (one process, however many files):
 * path -> content, for the paths that exist there as files.
 */
export async function gitShowFiles(
  exec: Exec,
  repo: string,
  commit: string,
  paths: readonly string[],
): Promise<Map<string, Buffer>> {
  const asked = paths.filter((path) => !/[\n\r]/.test(path));
  const found = new Map<string, Buffer>();
  if (asked.length === 0) return found;
  const result = await exec('git', ['cat-file', '--batch'], {
    cwd: repo,
    input: asked.map((path) => `${commit}:${path}\n`).join(''),
    stdoutEncoding: 'latin1',
  });
  if (result.exitCode !== 0) {
    throw new MockforgeError(ErrorCode.GitFailed, `git cat-file --batch failed: ${result.stderr.trim()}`);
  }
  // Per path: `<oid> <type> <size>\n<size bytes>\n`, or `<name> missing` (or `ambiguous`) and a newline.
  const out = result.stdout;
  let at = 0;
  for (const path of asked) {
    const end = out.indexOf('\n', at);
    if (end < 0) break;
    const header = out.slice(at, end).split(' ');
    at = end + 1;
    if (header.length !== 3) continue;
    const size = Number(header[2]);
    if (header[1] === 'blob') found.set(path, Buffer.from(out.slice(at, at + size), 'latin1'));
    at += size + 1;
  }
  return found;
}

/** Names of the blobs directly inside a folder at a commit ('' is the top folder). */
export async function gitListFolder(exec: Exec, repo: string, commit: string, folder: string): Promise<string[]> {
  const spec = folder === '' ? commit : `${commit}:${folder}`;
  const result = await runGit(exec, repo, ['ls-tree', '-z', spec]);
  if (result.exitCode !== 0) return [];
  return result.stdout
    .split('\0')
    .filter((entry) => entry.includes('\t') && / blob /.test(entry.slice(0, entry.indexOf('\t'))))
    .map((entry) => entry.slice(entry.indexOf('\t') + 1));
}

/** Blob ids of files at a commit (repo-relative paths, `/`-separated); absent paths are left out. */
export async function gitBlobIds(
  exec: Exec,
  repo: string,
  commit: string,
  paths: readonly string[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (paths.length === 0) return ids;
  const result = await runGit(exec, repo, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths]);
  if (result.exitCode !== 0)
    throw new MockforgeError(ErrorCode.GitFailed, `git ls-tree failed: ${result.stderr.trim()}`);
  for (const entry of result.stdout.split('\0')) {
    const tab = entry.indexOf('\t');
    const [, type, id] = entry.slice(0, tab).split(' ');
    if (tab > 0 && type === 'blob' && id) ids.set(entry.slice(tab + 1), id);
  }
  return ids;
}

/** The blob ids git would store for these work-tree files (its clean filters applied), in order. */
export async function gitHashFiles(exec: Exec, repo: string, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const result = await exec('git', ['hash-object', '--stdin-paths'], { cwd: repo, input: `${paths.join('\n')}\n` });
  const ids = result.stdout.split('\n').filter(Boolean);
  if (result.exitCode !== 0 || ids.length !== paths.length) {
    throw new MockforgeError(ErrorCode.GitFailed, `git hash-object failed: ${result.stderr.trim()}`);
  }
  return ids;
}
