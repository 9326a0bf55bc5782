import { dirname } from 'node:path';
import { isAlive, isHealthy } from '../core/mock/up-process.js';
import { readUpState, type UpState } from '../core/mock/up-state.js';
import type { Finding } from '../core/report/finding.js';
import { logTail } from './mocks-step.js';

/**
 * Whether the mocks still serve: the process exists and every port answers the health check. A killed
 * process can linger as a zombie where nothing reaps it (containers), so the ports decide.
 */
export async function mocksAnswer(state: UpState): Promise<boolean> {
  if (!isAlive(state.pid)) return false;
  const healthy = await Promise.all(state.workspaces.map((w) => isHealthy(w.port)));
  return healthy.every(Boolean);
}

/** An error finding when an earlier `command: mocks` step's mocks no longer answer. */
export async function crashedMocksFinding(config: string): Promise<Finding | undefined> {
  let state: UpState | undefined;
  try {
    state = readUpState(dirname(config));
  } catch {
    return undefined;
  }
  if (!state || (await mocksAnswer(state))) return undefined;
  return {
    source: 'mock',
    severity: 'error',
    title: 'the mocks crashed',
    message: `the workspace mocks started by an earlier step (pid ${state.pid}) are no longer running; last lines of ${state.logFile}:\n${logTail(state.logFile)}`,
    key: 'mock-crashed',
  };
}
