import * as core from '@actions/core';
import { failStep } from './step-failure.js';
import { stopMocksStep } from './stop-mocks.js';

// The post step runs after every job (also after a failed one): it stops the mocks `command: mocks` started,
// and the proxy `command: proxy` started (reporting the traffic it saw).
try {
  const failures = [await stopMocksStep()];
  // The proxy's report publishes like the main step does (Octokit): loaded only when this job ran one.
  if (core.getState('proxy')) failures.push(await (await import('./stop-proxy.js')).stopProxyStep());
  if (failures.some(Boolean)) core.setFailed(failures.filter(Boolean).join('\n'));
} catch (error) {
  failStep('post', error);
}
