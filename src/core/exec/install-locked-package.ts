import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, MockforgeError } from '../errors.js';
import { npmErrorLine } from './npm-error-line.js';
import type { Exec } from './run-process.js';
import type { ToolCache } from './tool-cache.js';

/** package-lock.json (v3) as npm writes it; written without registry addresses, npm fetches from the user's. */
export interface NpmLockfile {
  name: string;
  lockfileVersion: number;
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
}

/** A package with its whole dependency tree as a lockfile pins it (each package's sha512). */
export interface LockedPackage {
  name: string;
  version: string;
  lockfile: NpmLockfile;
}

export interface InstallLockedPackageOptions {
  exec: Exec;
  cache: ToolCache;
  arch: string;
  tempDir: string;
  /** Environment of the `npm` process: the user's registry settings and proxies apply. */
  env?: Record<string, string | undefined>;
  /** How to get npm onto PATH where this runs, for the error when it cannot be started. */
  npmMissingHint: string;
  /** A stuck registry must not hang the job. */
  timeoutMs?: number;
}

export interface InstalledPackage {
  /** The package's folder (its package.json is there); its dependencies in node_modules above it. */
  dir: string;
  /** False when the cache had it. */
  fetched: boolean;
}

/**
 * `pkg` installed once with `npm ci` from its lockfile (npm checks every tarball against the pinned sha512)
 * and cached. Uses the npm on PATH, so the user's registry configuration applies.
 */
export async function installLockedPackage(
  pkg: LockedPackage,
  options: InstallLockedPackageOptions,
): Promise<InstalledPackage> {
  const tool = `npm-${pkg.name.replace(/^@/, '').replace(/\//g, '-')}`;
  const packageDir = (root: string) => join(root, 'node_modules', ...pkg.name.split('/'));
  const cached = options.cache.find(tool, pkg.version, options.arch);
  if (cached && existsSync(join(packageDir(cached), 'package.json')))
    return { dir: packageDir(cached), fetched: false };
  const spec = `${pkg.name}@${pkg.version}`;
  const root = pkg.lockfile.packages[''];
  if (pkg.lockfile.packages[`node_modules/${pkg.name}`]?.version !== pkg.version || !root?.dependencies) {
    throw new Error(`the lockfile of ${spec} does not pin ${pkg.version} (a bug in mockforge)`);
  }
  const work = mkdtempSync(join(options.tempDir, `mockforge-${tool}-`));
  try {
    // npm ci installs exactly the lockfile when package.json asks for what its root entry records.
    const manifest = { name: pkg.lockfile.name, private: true, dependencies: root.dependencies };
    writeFileSync(join(work, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(join(work, 'package-lock.json'), `${JSON.stringify(pkg.lockfile, null, 2)}\n`);
    const args = ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'];
    const installed = await options
      .exec('npm', args, {
        cwd: work,
        timeoutMs: options.timeoutMs ?? 600_000,
        ...(options.env ? { env: options.env } : {}),
      })
      .catch((error: unknown) => {
        throw new MockforgeError(
          ErrorCode.ToolFailed,
          `cannot run npm to install ${spec}: ${(error as Error).message}`,
          {
            hint: options.npmMissingHint,
            cause: error,
          },
        );
      });
    if (installed.exitCode !== 0) {
      const why = installed.exitCode === 124 ? 'timed out' : `exit ${installed.exitCode}`;
      throw new MockforgeError(ErrorCode.ToolFailed, `npm ci could not install ${spec} (${why})`, {
        hint: `${npmErrorLine(installed.stderr) || 'npm wrote no error'}; the registry npm is configured with (npm config get registry, .npmrc, npm_config_registry) must serve ${spec} and its dependencies`,
      });
    }
    return { dir: packageDir(await options.cache.cacheDir(work, tool, pkg.version, options.arch)), fetched: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
