import { dirname } from 'node:path';
import { isAlive } from '../core/mock/up-process.js';
import { readUpState } from '../core/mock/up-state.js';
import type { Finding } from '../core/report/finding.js';
import { logTail } from './mocks-step.js';

/** An error finding when an earlier `command: mocks` step's mocks are no longer running. */
export function crashedMocksFinding(config: string): Finding | undefined {
  let state: ReturnType<typeof readUpState>;
  try {
    state = readUpState(dirname(config));
  } catch {
    return undefined;
  }
  if (!state || isAlive(state.pid)) return undefined;
  return {
    source: 'mock',
    severity: 'error',
    title: 'the mocks crashed',
    message: `the workspace mocks started by an earlier step (pid ${state.pid}) are no longer running; last lines of ${state.logFile}:\n${logTail(state.logFile)}`,
    key: 'mock-crashed',
  };
}
