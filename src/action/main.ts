import * as core from '@actions/core';
import { runAction } from './run-action.js';
import { failStep } from './step-failure.js';

// The one place the main step's result becomes the step's status.
try {
  const failure = await runAction();
  if (failure) core.setFailed(failure);
} catch (error) {
  failStep('main', error);
}
