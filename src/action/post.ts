import * as core from '@actions/core';
import { isMockforgeError } from '../core/errors.js';
import { stopMocksStep } from './stop-mocks.js';

// The post step runs after every job (also after a failed one): it stops the mocks `command: mocks` started.
try {
  const failure = await stopMocksStep();
  if (failure) core.setFailed(failure);
} catch (error) {
  if (isMockforgeError(error)) core.setFailed(error.format());
  else core.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
