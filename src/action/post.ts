import * as core from '@actions/core';
import { failStep } from './step-failure.js';
import { stopMocksStep } from './stop-mocks.js';

// The post step runs after every job (also after a failed one): it stops the mocks `command: mocks` started.
try {
  const failure = await stopMocksStep();
  if (failure) core.setFailed(failure);
} catch (error) {
  failStep('post', error);
}
