import { dirname } from 'node:path';
import { fileRefsOf } from '../contract/file-refs.js';
import { loadContract } from '../contract/load-contract.js';
import type { LoadedContract } from '../contract/types.js';
import { ErrorCode, isMockforgeError } from '../errors.js';
import { createFileReader, type SourceReader } from '../source/source-reader.js';
import type { BaseSnapshot } from './base-snapshot.js';

const MAX_ROUNDS = 20;

/**
 * A work-tree contract as it was at the snapshot's ref, with the shared schemas and referenced files of
 * that revision; undefined when the contract did not exist there. The files it reaches are copied from
 * git first (one `git cat-file` per level of refs), so it is bundled once.
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
  // One reader for everything: it keeps only successful reads, and a file in the snapshot never changes.
  const files = createFileReader();
  await fetchReachable(snapshot, files, [file, ...(shared ?? [])]);
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
    // Files only the bundle found (refs of the component libraries next to the contract): one more round.
    if (missing.size === 0 || round >= MAX_ROUNDS) return contract;
    if ((await fetchReachable(snapshot, files, [...missing])).length === 0) return contract;
  }
}

/**
 * Copies `from` and every file they reach through refs, level by level: each level's refs are read from
 * the files fetched before (parsed once: the reader keeps them for the bundle) and fetched in one git call.
 * Returns the files fetched.
 */
async function fetchReachable(snapshot: BaseSnapshot, read: SourceReader, from: readonly string[]): Promise<string[]> {
  const seen = new Set(from);
  const fetched: string[] = [];
  for (let level = await snapshot.fetch(from); level.length > 0; ) {
    fetched.push(...level);
    const next = new Set<string>();
    for (const file of level) {
      let refs: string[];
      try {
        refs = fileRefsOf(read(snapshot.toSnapshot(file)));
      } catch {
        continue; // unreadable here: the bundle reports it where it is referred to
      }
      for (const target of refs) {
        const inRepo = snapshot.isInSnapshot(target) ? snapshot.toWorkTree(target) : undefined;
        if (inRepo && !seen.has(inRepo)) {
          seen.add(inRepo);
          next.add(inRepo);
        }
      }
    }
    level = await snapshot.fetch([...next]);
  }
  return fetched;
}
