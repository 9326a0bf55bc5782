import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, MockforgeError } from '../errors.js';
import { writeFileAtomic } from '../write-file-atomic.js';

/** One served workspace as `mockforge up` reports it. */
export interface UpWorkspace {
  name: string;
  port: number;
  /** e.g. `http://127.0.0.1:3001` (the contract's base path not included). */
  url: string;
}

/** What `mockforge up` leaves behind so `down`, `scenarios`, `validate` and the Action can find the mocks. */
export interface UpState {
  version: 1;
  pid: number;
  startedAt: string;
  /** The folder `up` ran for (mockforge.yaml's folder, or the cwd with --spec). */
  root: string;
  configFile?: string;
  logFile: string;
  journalFile: string;
  workspaces: UpWorkspace[];
}

/** What runs in the background: the workspace mocks (`serve`) or the contract proxy (`proxy`). */
export type UpKind = 'mocks' | 'proxy';

/** `<root>/.mockforge/up.json` (the mocks) or `proxy.json` (the proxy). */
export function upStatePath(root: string, kind: UpKind = 'mocks'): string {
  return join(root, '.mockforge', kind === 'proxy' ? 'proxy.json' : 'up.json');
}

/** The state file written by `mockforge up`, or undefined when nothing is up. */
export function readUpState(root: string, kind: UpKind = 'mocks'): UpState | undefined {
  const file = upStatePath(root, kind);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const state = JSON.parse(text) as UpState;
    if (state.version !== 1 || !Array.isArray(state.workspaces)) throw new Error('unknown format');
    return state;
  } catch (cause) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `${file} is not a mockforge up state file`, {
      hint: 'delete it and run `mockforge up` again',
      cause,
    });
  }
}

/** Written atomically (temp file + rename) so a reader never sees half a file. */
export function writeUpState(root: string, state: UpState, kind: UpKind = 'mocks'): string {
  const file = upStatePath(root, kind);
  writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
  return file;
}

export function removeUpState(root: string, kind: UpKind = 'mocks'): void {
  rmSync(upStatePath(root, kind), { force: true });
}
