import * as core from '@actions/core';
import { isMockforgeError } from '../core/errors.js';
import { stopMocksStep } from './stop-mocks.js';
import { stopProxyStep } from './stop-proxy.js';

// The post step runs after every job (also after a failed one): it stops the mocks `command: mocks` started,
// and the proxy `command: proxy` started (reporting the traffic it saw).
try {
  const failures = [await stopMocksStep(), await stopProxyStep()].filter(Boolean);
  if (failures.length > 0) core.setFailed(failures.join('\n'));
} catch (error) {
  if (isMockforgeError(error)) core.setFailed(error.format());
  else core.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
