import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** What a command may touch of the outside world: injected so tests run commands in-process. */
export interface CliContext {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Resolves when the user asks to stop (Ctrl-C, SIGTERM); foreground servers wait on it. */
  interrupted: Promise<void>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code: 0 ok, 1 findings, 2 bad input, 3 target unreachable. */
  run(argv: string[], context: CliContext): Promise<number>;
}

/** A path as the user would type it from where they stand. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel === '' ? '.' : rel.startsWith('..') ? file : rel;
}

/** Writes a report file the user asked for (`--json out/r.json`), relative to `cwd`, creating its folder. */
export function writeReport(cwd: string, file: string | undefined, render: () => string): void {
  if (!file) return;
  const path = resolve(cwd, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, render());
}
