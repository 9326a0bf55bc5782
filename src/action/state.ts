import * as core from '@actions/core';
import type { UpState } from '../core/mock/up-state.js';

const MOCKS_KEY = 'mocks';

/** Saved by `command: mocks` for the post step (the runner hands it over as STATE_mocks). */
export function saveMocksState(state: UpState): void {
  core.saveState(MOCKS_KEY, JSON.stringify(state));
}

export function readMocksState(): UpState | undefined {
  const text = core.getState(MOCKS_KEY);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as UpState;
  } catch {
    core.warning(`mockforge: the saved mock state is not JSON: ${text.slice(0, 200)}`);
    return undefined;
  }
}
