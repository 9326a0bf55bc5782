import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ErrorCode, MockforgeError } from '../errors.js';
import { OASDIFF_VERSION, oasdiffBinaryNames, oasdiffPackageName } from './oasdiff-package.js';

export interface FindOasdiffOptions {
  /** OASDIFF_PATH, read by the shell. */
  override?: string | undefined;
  platform: string;
  arch: string;
  /** Module URL or file to resolve `node_modules` from; the installed platform package is found from here. */
  resolveFrom: string;
}

/** The oasdiff binary: OASDIFF_PATH, else the platform package in node_modules; undefined when neither. */
export function findOasdiff(options: FindOasdiffOptions): string | undefined {
  if (options.override) {
    if (!existsSync(options.override)) {
      throw new MockforgeError(
        ErrorCode.ToolFailed,
        `OASDIFF_PATH points at ${options.override}, which does not exist`,
        {
          hint: `set OASDIFF_PATH to the oasdiff ${OASDIFF_VERSION} binary, or unset it`,
        },
      );
    }
    return options.override;
  }
  const name = oasdiffPackageName(options.platform, options.arch);
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(options.resolveFrom).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
  return findBinaryIn(packageDir, options.platform);
}

/** The binary inside an unpacked platform package (its `bin/` folder). */
export function findBinaryIn(packageDir: string, platform: string): string | undefined {
  for (const binary of oasdiffBinaryNames(platform)) {
    const path = join(packageDir, 'bin', binary);
    if (existsSync(path)) return path;
  }
  return undefined;
}
