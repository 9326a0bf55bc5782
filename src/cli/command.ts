import { relative, resolve } from 'node:path';
import { writeFileAtomic } from '../core/write-file-atomic.js';

/** What a command may touch of the outside world: injected so tests run commands in-process. */
export interface CliContext {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Aborted when the user asks to stop (Ctrl-C, SIGTERM), with the signal's name as reason: child processes
   * are killed with it, foreground servers wait for it (`whenAborted`).
   */
  signal: AbortSignal;
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

/** Writes a report file the user asked for (`--json out/r.json`), relative to `cwd`, whole or not at all. */
export function writeReport(cwd: string, file: string | undefined, render: () => string): void {
  if (!file) return;
  writeFileAtomic(resolve(cwd, file), render());
}

/** Resolves once the signal is aborted (at once when it already is). */
export function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
