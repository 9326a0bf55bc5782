import * as nodeModule from 'node:module';

// See main.ts: the compiled code of dist/ is cached on disk on Node 22.1+.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const [core, { failStep }, { stopMocksStep }] = await Promise.all([
  import('@actions/core'),
  import('./step-failure.js'),
  import('./stop-mocks.js'),
]);

// The post step runs after every job (also after a failed one): it stops the mocks `command: mocks` started.
try {
  const failure = await stopMocksStep();
  if (failure) core.setFailed(failure);
} catch (error) {
  failStep('post', error);
}
