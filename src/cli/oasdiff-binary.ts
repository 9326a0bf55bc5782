import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exec } from '../core/exec/run-process.js';
import { fetchOasdiff } from '../core/oasdiff/fetch-oasdiff.js';
import { findOasdiff } from '../core/oasdiff/find-oasdiff.js';
import { createFolderToolCache } from '../core/oasdiff/folder-tool-cache.js';

/** OASDIFF_PATH, the installed platform package, or a one-time pinned fetch into the user's cache folder. */
export async function resolveOasdiffBinary(env: Record<string, string | undefined>, exec: Exec): Promise<string> {
  const found = findOasdiff({
    override: env.OASDIFF_PATH,
    platform: process.platform,
    arch: process.arch,
    resolveFrom: import.meta.url,
  });
  if (found) return found;
  const cacheRoot = join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mockforge');
  return fetchOasdiff({
    exec,
    cache: createFolderToolCache(cacheRoot, exec),
    platform: process.platform,
    arch: process.arch,
    tempDir: tmpdir(),
    env,
  });
}
