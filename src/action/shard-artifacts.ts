import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ErrorCode, MockforgeError } from '../core/errors.js';
import type { ShardReportText } from '../core/shard/shard-report.js';
import { SHARD_ARTIFACT, type ShardSpec, shardArtifactName } from '../core/shard/shard-spec.js';
import { loadArtifactClient } from './artifact-client.js';

/**
 * Uploads a shard's JSON report as an artifact of this run, unzipped, under its shard name (a copy of the
 * report named so). Returns the artifact's name.
 */
export async function uploadShardReport(
  report: string,
  command: 'validate' | 'scenarios',
  shard: ShardSpec,
): Promise<string> {
  const name = shardArtifactName(command, shard);
  const file = join(dirname(report), name);
  copyFileSync(report, file);
  const client = await loadArtifactClient();
  await client.uploadArtifact(name, [file], dirname(file), { skipArchive: true }).catch((error: unknown) => {
    throw artifactError(`could not upload the shard report as the artifact ${name}`, error);
  });
  return name;
}

/** Downloads every shard report artifact of this run (the latest of each name) into `dir` and reads them. */
export async function downloadShardReports(dir: string, log: (line: string) => void): Promise<ShardReportText[]> {
  const client = await loadArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true }).catch((error: unknown) => {
    throw artifactError("could not list this run's artifacts", error);
  });
  const shards = artifacts.filter((a) => SHARD_ARTIFACT.test(a.name)).sort((a, b) => a.name.localeCompare(b.name));
  log(`${shards.length} shard report artifact(s) of ${artifacts.length} in this run`);
  const texts: ShardReportText[] = [];
  for (const artifact of shards) {
    const path = join(dir, String(artifact.id));
    mkdirSync(path, { recursive: true });
    await client.downloadArtifact(artifact.id, { path }).catch((error: unknown) => {
      throw artifactError(`could not download the artifact ${artifact.name}`, error);
    });
    for (const file of readdirSync(path)) {
      texts.push({ source: `artifact ${artifact.name}`, text: readFileSync(join(path, file), 'utf8') });
    }
  }
  return texts;
}

/** The artifact service's own message: GHES without artifacts v4, a missing runtime token, a network error. */
function artifactError(what: string, error: unknown): MockforgeError {
  return new MockforgeError(ErrorCode.ArtifactFailed, `${what}: ${(error as Error).message}`, {
    hint: 'artifacts need github.com or GHE.com (actions/upload-artifact v4 service); the step must run in a workflow job',
    cause: error,
  });
}
