import { ErrorCode, MockforgeError } from '../errors.js';

/** One job of a matrix: shard `index` (1-based) of `count`. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** GitHub Actions runs at most 256 jobs per matrix. */
export const MAX_SHARDS = 256;

/** Reads `2/4`; `source` names where it came from (`--shard`, `input 'shard'`) in the error. */
export function parseShard(text: string, source: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `${source} '${text}' is not a shard i/n`, {
      hint: `e.g. 2/4: the second of 4 jobs (1 <= i <= n <= ${MAX_SHARDS}); in a matrix, \${{ matrix.shard }}/4`,
    });
  }
  return { index, count };
}

export function formatShard(shard: ShardSpec): string {
  return `${shard.index}/${shard.count}`;
}

/**
 * The file (and artifact: uploaded unzipped, an artifact is named after its one file) a shard's JSON report
 * travels as: `mockforge-validate-shard-2-of-4.json`.
 */
export function shardArtifactName(command: 'validate' | 'scenarios', shard: ShardSpec): string {
  return `mockforge-${command}-shard-${shard.index}-of-${shard.count}.json`;
}

/** Names made by shardArtifactName. */
export const SHARD_ARTIFACT = /^mockforge-(validate|scenarios)-shard-(\d+)-of-(\d+)\.json$/;
