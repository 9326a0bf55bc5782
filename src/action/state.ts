import * as core from '@actions/core';
import type { UpKind, UpState } from '../core/mock/up-state.js';

/** Saved by `command: mocks` (or `proxy`) for the post step (the runner hands it over as STATE_mocks, STATE_proxy). */
export function saveMocksState(state: UpState, kind: UpKind = 'mocks'): void {
  core.saveState(kind, JSON.stringify(state));
}

export function readMocksState(kind: UpKind = 'mocks'): UpState | undefined {
  const text = core.getState(kind);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as UpState;
  } catch {
    core.warning(`mockforge: the saved ${kind} state is not JSON: ${text.slice(0, 200)}`);
    return undefined;
  }
}
