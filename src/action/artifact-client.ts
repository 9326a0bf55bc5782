import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactClient } from '@actions/artifact';
import { installLockedPackage, type LockedPackage } from '../core/exec/install-locked-package.js';
import { runProcess } from '../core/exec/run-process.js';
import { actionsToolCache } from './actions-tool-cache.js';
import lockfile from './artifact-client.lock.json' with { type: 'json' };

export const ARTIFACT_CLIENT: LockedPackage = {
  name: '@actions/artifact',
  version: lockfile.packages['node_modules/@actions/artifact'].version,
  lockfile,
};

/**
 * @actions/artifact, installed at run time (with npm, from its lockfile, kept in the runner's tool cache) by
 * the only jobs that use it, shards and `command: report`: bundled, its tree (Azure storage, zip writer) was
 * 1.6 MiB of dist/ that every other run of the Action carried for nothing.
 */
export async function loadArtifactClient(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<ArtifactClient> {
  const started = Date.now();
  const { dir, fetched } = await installLockedPackage(ARTIFACT_CLIENT, {
    exec: runProcess,
    cache: actionsToolCache,
    arch: process.arch,
    tempDir: env.RUNNER_TEMP || tmpdir(),
    env,
    npmMissingHint:
      'shards and command: report install @actions/artifact with npm: run actions/setup-node before this step, or put npm on PATH',
  });
  const spec = `${ARTIFACT_CLIENT.name} ${ARTIFACT_CLIENT.version}`;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(fetched ? `${spec}: installed with npm in ${seconds} s` : `${spec}: from the runner's tool cache`);
  // The package's only entry point (ESM), at the pinned version.
  const client: typeof import('@actions/artifact') = await import(pathToFileURL(join(dir, 'lib', 'artifact.js')).href);
  return new client.DefaultArtifactClient();
}
