import type { ArtifactClient } from '@actions/artifact';

/**
 * @actions/artifact, for the only jobs that use it (shards and `command: report`). In dist/ this module is
 * replaced by one that unpacks the client from a brotli-compressed bundle on first use (scripts/build.mjs):
 * bundled as code, its tree (Azure storage, Octokit, an HTTP client) was 1.6 MiB of dist/ that every other
 * run of the Action carried for nothing.
 */
export async function loadArtifactClient(): Promise<ArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}
