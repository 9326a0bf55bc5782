import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MockforgeError } from '../errors.js';
import { isAlive, startBackground } from './up-process.js';
import { readUpState, removeUpState, type UpKind, type UpState, writeUpState } from './up-state.js';

export interface StartUpOptions {
  /** The project folder: `.mockforge/` (log, journal, state file) goes here. */
  root: string;
  configFile?: string | undefined;
  /** dist/cli.js, which runs `serve` (the mocks) or `proxy`. */
  cli: string;
  /** The mocks (default) or the contract proxy. */
  kind?: UpKind;
  cwd: string;
  /** The command's options besides --config, --journal and --ready-file. */
  args: string[];
  timeoutMs: number;
  /** The error when mocks of this project are already running. */
  alreadyUp: (pid: number) => MockforgeError;
  /** Stops the start (the user's SIGINT/SIGTERM): the half-started mocks are killed. */
  signal?: AbortSignal | undefined;
}

/** Where `mockforge up` and the Action's `command: mocks` (or `proxy`) keep their files. */
export function upFiles(root: string, kind: UpKind = 'mocks') {
  const folder = join(root, '.mockforge');
  const prefix = kind === 'proxy' ? 'proxy-' : '';
  return {
    folder,
    logFile: join(folder, kind === 'proxy' ? 'proxy.log' : 'up.log'),
    journalFile: join(folder, `${prefix}journal.jsonl`),
  };
}

/**
 * `mockforge up` and `command: mocks` (or `proxy`): refuses a second start while the first runs (a stale state
 * file of a dead process is removed), starts `serve` (or `proxy`) in the background, and writes the state file
 * later commands read.
 */
export async function startUp(options: StartUpOptions): Promise<{ state: UpState; stateFile: string }> {
  const { root } = options;
  const kind = options.kind ?? 'mocks';
  const previous = readUpState(root, kind);
  if (previous && isAlive(previous.pid)) throw options.alreadyUp(previous.pid);
  if (previous) removeUpState(root, kind);
  const { folder, logFile, journalFile } = upFiles(root, kind);
  mkdirSync(folder, { recursive: true });
  // The proxy's journal becomes this run's report at `down`: it starts empty.
  if (kind === 'proxy') rmSync(journalFile, { force: true });
  const started = await startBackground({
    cli: options.cli,
    command: kind === 'proxy' ? 'proxy' : 'serve',
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
  return { state, stateFile: writeUpState(root, state, kind) };
}
