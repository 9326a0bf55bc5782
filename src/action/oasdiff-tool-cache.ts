import * as toolCache from '@actions/tool-cache';
import type { ToolCache } from '../core/oasdiff/fetch-oasdiff.js';

/** `@actions/tool-cache` behind the core's ToolCache interface: the binary is kept between jobs of a runner. */
export const actionsToolCache: ToolCache = {
  find: (tool, version, arch) => toolCache.find(tool, version, arch) || undefined,
  extractTar: (file) => toolCache.extractTar(file),
  cacheDir: (dir, tool, version, arch) => toolCache.cacheDir(dir, tool, version, arch),
};
