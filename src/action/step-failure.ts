import * as core from '@actions/core';
import { isMockforgeError } from '../core/errors.js';
import { describeInternalError } from '../core/internal-error.js';

/**
 * The one place an entry point's error becomes the step's status: a user mistake is said as it is; anything
 * else is a bug of ours and is said to be one (never read as findings). The stack goes to the log when
 * MOCKFORGE_DEBUG=1 or the runner's debug logging is on.
 */
export function failStep(step: 'main' | 'post', error: unknown): void {
  if (isMockforgeError(error)) {
    core.setFailed(error.format());
    return;
  }
  const debug = process.env.MOCKFORGE_DEBUG === '1' || core.isDebug();
  core.setFailed(describeInternalError(`action (${step} step)`, error, debug).trimEnd());
}
