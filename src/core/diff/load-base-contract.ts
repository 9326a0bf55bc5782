import { dirname } from 'node:path';
import { loadContract } from '../contract/load-contract.js';
import type { LoadedContract } from '../contract/types.js';
import { ErrorCode, isMockforgeError } from '../errors.js';
import type { SourceReader } from '../source/source-reader.js';
import type { BaseSnapshot } from './base-snapshot.js';
import { createIndexedReader } from './indexed-reader.js';

const MAX_ROUNDS = 20;

/**
 * A work-tree contract as it was at the snapshot's ref, with the shared schemas and referenced files of
 * that revision; undefined when the contract did not exist there. Files are copied from git as the
 * bundler asks for them, round by round.
 */
export async function loadBaseContract(
  snapshot: BaseSnapshot,
  file: string,
  options: { root: string; sharedSchemaFiles?: readonly string[] },
): Promise<LoadedContract | undefined> {
  const shared =
    options.sharedSchemaFiles && options.sharedSchemaFiles.length > 0 ? options.sharedSchemaFiles : undefined;
  const found = await snapshot.fetch([file, ...(shared ?? [])]);
  if (!found.includes(file)) return undefined;
  if (!shared) await snapshot.fetchFolder(dirname(file));
  // One reader for every round: it keeps only successful reads, and a file in the snapshot never changes.
  const files = createIndexedReader();
  for (let round = 0; ; round++) {
    const missing = new Set<string>();
    const read: SourceReader = (target) => {
      try {
        return files(target);
      } catch (error) {
        if (isMockforgeError(error) && error.code === ErrorCode.ContractNotFound && snapshot.isInSnapshot(target)) {
          missing.add(snapshot.toWorkTree(target));
        }
        throw error;
      }
    };
    const contract = loadContract(snapshot.toSnapshot(file), {
      root: snapshot.toSnapshot(options.root),
      read,
      ...(shared ? { sharedSchemaFiles: shared.map((f) => snapshot.toSnapshot(f)) } : {}),
    });
    if (missing.size === 0 || round >= MAX_ROUNDS) return contract;
    const fetched = await snapshot.fetch([...missing]);
    if (fetched.length === 0) return contract;
  }
}
