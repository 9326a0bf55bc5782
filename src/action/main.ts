import * as nodeModule from 'node:module';

// Node 22.1+ keeps the compiled code of dist/ on disk: the job's later steps (and the post step) start
// faster. Everything else is imported after it, so it is compiled through the cache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const [core, { runAction }, { failStep }] = await Promise.all([
  import('@actions/core'),
  import('./run-action.js'),
  import('./step-failure.js'),
]);

// The one place the main step's result becomes the step's status.
try {
  const failure = await runAction();
  if (failure) core.setFailed(failure);
} catch (error) {
  failStep('main', error);
}
