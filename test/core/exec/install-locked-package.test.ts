import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTIFACT_CLIENT } from '../../../src/action/artifact-client.js';
import { installLockedPackage } from '../../../src/core/exec/install-locked-package.js';
import { type Exec, runProcess } from '../../../src/core/exec/run-process.js';
import { createFolderToolCache } from '../../../src/core/oasdiff/folder-tool-cache.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-npm-install-test-'));
  dirs.push(dir);
  return dir;
};
const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const MISSING_HINT = 'run actions/setup-node before this step';
const options = (exec: Exec, cacheRoot: string, env: Record<string, string | undefined>) => ({
  exec,
  cache: createFolderToolCache(cacheRoot, exec),
  arch: 'x64',
  tempDir: tempDir(),
  env,
  npmMissingHint: MISSING_HINT,
});

describe('installing @actions/artifact from its shipped lockfile', () => {
  it('locks the version package.json pins, every package by sha512, no registry address, versions of our lockfile', () => {
    const { lockfile } = ARTIFACT_CLIENT;
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(ARTIFACT_CLIENT.version).toBe(pkg.devDependencies['@actions/artifact']);
    expect(lockfile.packages['']).toEqual({
      name: lockfile.name,
      dependencies: { '@actions/artifact': ARTIFACT_CLIENT.version },
    });
    const entries = Object.entries(lockfile.packages).filter(([path]) => path !== '');
    expect(entries.length).toBeGreaterThan(100);
    for (const [path, entry] of entries) {
      expect(entry, path).toMatchObject({ version: expect.any(String), integrity: expect.stringMatching(/^sha512-/) });
      expect(entry, path).not.toHaveProperty('resolved');
    }
    // Every version is one this project's `npm ci` installs, so npm's cache holds them all (the next test
    // installs offline); scripts/lock-artifact-client.mjs regenerates it so.
    const ours = new Set(
      Object.entries(
        JSON.parse(readFileSync('package-lock.json', 'utf8')).packages as Record<string, { version: string }>,
      ).map(([path, entry]) => `${path.split('node_modules/').at(-1)}@${entry.version}`),
    );
    const foreign = entries.map(([path, entry]) => `${path.split('node_modules/').at(-1)}@${entry.version}`);
    expect(foreign.filter((spec) => !ours.has(spec))).toEqual([]);
  });

  it('installs the tree once with npm ci, caches it, and the client loads; the second time npm is not run', async () => {
    const cacheRoot = tempDir();
    const calls: string[] = [];
    const exec: Exec = (command, args, opts) => {
      calls.push(`${command} ${args[0]}`);
      return runProcess(command, args, opts);
    };
    // --offline: from npm's cache, which this project's `npm ci` filled (see the test above); no network.
    const env = { ...process.env, npm_config_offline: 'true' };
    const first = await installLockedPackage(ARTIFACT_CLIENT, options(exec, cacheRoot, env));
    expect(first.fetched).toBe(true);
    expect(first.dir.startsWith(cacheRoot)).toBe(true);
    expect(JSON.parse(readFileSync(join(first.dir, 'package.json'), 'utf8')).version).toBe(ARTIFACT_CLIENT.version);
    const artifact = await import(pathToFileURL(join(first.dir, 'lib', 'artifact.js')).href);
    expect(typeof new artifact.DefaultArtifactClient().uploadArtifact).toBe('function');
    expect(calls).toEqual(['npm ci']);

    const again = await installLockedPackage(ARTIFACT_CLIENT, options(exec, cacheRoot, env));
    expect(again).toEqual({ dir: first.dir, fetched: false });
    expect(calls).toEqual(['npm ci']);
  }, 240_000);

  it('without npm on PATH: a coded error naming the fix', async () => {
    const cacheRoot = tempDir();
    const env = { PATH: tempDir(), HOME: process.env.HOME };
    const install = installLockedPackage(ARTIFACT_CLIENT, options(runProcess, cacheRoot, env));
    await expect(install).rejects.toMatchObject({
      code: 'MF_TOOL_FAILED',
      message: expect.stringMatching(/^cannot run npm to install @actions\/artifact@6\.2\.1: .*ENOENT/),
      hint: MISSING_HINT,
    });
    expect(readdirSync(cacheRoot)).toEqual([]);
  });

  it('when npm fails (its registry has no such package): a coded error with npm reason and where to look', async () => {
    const requests: string[] = [];
    const registry = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"Not found"}');
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise((resolve) => registry.close(resolve)));
    const cacheRoot = tempDir();
    const work = tempDir();
    const npmCache = join(work, 'npm-cache');
    mkdirSync(npmCache);
    const env = {
      ...process.env,
      npm_config_registry: `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`,
      npm_config_cache: npmCache,
      npm_config_fetch_retries: '0',
    };
    const install = installLockedPackage(ARTIFACT_CLIENT, { ...options(runProcess, cacheRoot, env), tempDir: work });
    await expect(install).rejects.toMatchObject({
      code: 'MF_TOOL_FAILED',
      message: 'npm ci could not install @actions/artifact@6.2.1 (exit 1)',
      hint: expect.stringMatching(
        /^npm error 404 Not Found - GET http:\/\/127\.0\.0\.1:\d+\/\S+ - Not found; the registry npm is configured with \(npm config get registry/,
      ),
    });
    expect(requests.length).toBeGreaterThan(0);
    expect(readdirSync(cacheRoot)).toEqual([]);
    // The work folder is gone; only the npm cache made for this test is left.
    expect(readdirSync(work)).toEqual(['npm-cache']);
    expect(existsSync(join(cacheRoot, 'npm-actions-artifact'))).toBe(false);
  }, 120_000);
});
