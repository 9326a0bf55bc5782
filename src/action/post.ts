import * as core from '@actions/core';

try {
  core.debug('mockforge post: nothing to stop');
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
