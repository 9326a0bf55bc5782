import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MockforgeError } from '../errors.js';
import { isAlive, startBackground } from './up-process.js';
import { readUpState, removeUpState, type UpState, writeUpState } from './up-state.js';

export interface StartUpOptions {
  /** The project folder: `.mockforge/` (log, journal, state file) goes here. */
  root: string;
  configFile?: string | undefined;
  /** dist/cli.js, which runs `serve`. */
  cli: string;
  cwd: string;
  /** serve's options besides --config, --journal and --ready-file. */
  args: string[];
  timeoutMs: number;
  /** The error when mocks of this project are already running. */
  alreadyUp: (pid: number) => MockforgeError;
  /** Stops the start (the user's SIGINT/SIGTERM): the half-started mocks are killed. */
  signal?: AbortSignal | undefined;
}

/** Where `mockforge up` and the Action's `command: mocks` keep their files. */
export function upFiles(root: string) {
  const folder = join(root, '.mockforge');
  return { folder, logFile: join(folder, 'up.log'), journalFile: join(folder, 'journal.jsonl') };
}

/**
 * `mockforge up` and `command: mocks`: refuses a second start while the first runs (a stale state file of a
 * dead process is removed), starts `serve` in the background, and writes the state file later commands read.
 */
export async function startUp(options: StartUpOptions): Promise<{ state: UpState; stateFile: string }> {
  const { root } = options;
  const previous = readUpState(root);
  if (previous && isAlive(previous.pid)) throw options.alreadyUp(previous.pid);
  if (previous) removeUpState(root);
  const { folder, logFile, journalFile } = upFiles(root);
  mkdirSync(folder, { recursive: true });
  const started = await startBackground({
    cli: options.cli,
    args: [...options.args, '--journal', journalFile, ...(options.configFile ? ['--config', options.configFile] : [])],
    cwd: options.cwd,
    logFile,
    readyFile: join(folder, `ready-${process.pid}.json`),
    timeoutMs: options.timeoutMs,
    signal: options.signal,
  });
  const state: UpState = {
    version: 1,
    pid: started.pid,
    startedAt: new Date().toISOString(),
    root,
    ...(options.configFile ? { configFile: options.configFile } : {}),
    logFile,
    journalFile,
    workspaces: started.workspaces.map((w) => ({ name: w.name, port: w.port, url: w.url })),
  };
  return { state, stateFile: writeUpState(root, state) };
}
