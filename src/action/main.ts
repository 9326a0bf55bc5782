import * as core from '@actions/core';
import { isMockforgeError } from '../core/errors.js';
import { runAction } from './run-action.js';

// The one place the main step's result becomes the step's status.
try {
  const failure = await runAction();
  if (failure) core.setFailed(failure);
} catch (error) {
  if (isMockforgeError(error)) core.setFailed(error.format());
  else core.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
