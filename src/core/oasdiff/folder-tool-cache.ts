import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ErrorCode, MockforgeError } from '../errors.js';
import type { Exec } from '../exec/run-process.js';
import type { ToolCache } from './fetch-oasdiff.js';

/** The CLI's tool cache: `<root>/<tool>/<version>/<arch>`, unpacked with the system `tar`. */
export function createFolderToolCache(root: string, exec: Exec): ToolCache {
  const folder = (tool: string, version: string, arch: string) => join(root, tool, version, arch);
  return {
    find(tool, version, arch) {
      const dir = folder(tool, version, arch);
      return existsSync(join(dir, '.complete')) ? dir : undefined;
    },
    async extractTar(file) {
      const dest = mkdtempSync(join(dirname(file), 'x-'));
      const result = await exec('tar', ['-xzf', file, '-C', dest], { cwd: dest });
      if (result.exitCode !== 0) {
        throw new MockforgeError(ErrorCode.ToolFailed, `tar could not unpack ${file}: ${result.stderr.trim()}`);
      }
      return dest;
    },
    async cacheDir(dir, tool, version, arch) {
      const target = folder(tool, version, arch);
      mkdirSync(dirname(target), { recursive: true });
      // Copy beside the target and rename, so a concurrent run never sees a half-written folder.
      const staging = `${target}.tmp-${process.pid}`;
      rmSync(staging, { recursive: true, force: true });
      cpSync(dir, staging, { recursive: true });
      writeFileSync(join(staging, '.complete'), '');
      rmSync(target, { recursive: true, force: true });
      renameSync(staging, target);
      return target;
    },
  };
}
