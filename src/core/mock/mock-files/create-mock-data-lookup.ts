import { existsSync } from 'node:fs';
import type { MockforgeConfig } from '../../config/types.js';
import type { LoadedContract } from '../../contract/types.js';
import type { MockDataLookup } from '../server/mock-context.js';
import { findMockBody, findMockHeaders, findMockMedia } from './mock-data-lookup.js';
import { readMockFiles } from './read-mock-files.js';
import type { MockData, MockFileWarning } from './types.js';

/**
 * Reads the `from_mock` folders of every workspace once (a missing folder is skipped: the server says so)
 * and answers the server's lookups from them. Warnings (data that does not fit the contract) go to `warn`.
 */
export function createMockDataLookup(
  config: MockforgeConfig,
  contracts: ReadonlyMap<string, LoadedContract>,
  warn: (warning: MockFileWarning) => void = () => {},
): MockDataLookup | undefined {
  const byWorkspace = new Map<string, MockData[]>();
  for (const workspace of config.workspaces) {
    const contract = contracts.get(workspace.name);
    if (!contract) continue;
    const dirs = [...new Set(workspace.endpoints.flatMap((e) => (e.fromMock ? [e.fromMock] : [])))];
    const found = dirs.filter((dir) => existsSync(dir)).map((dir) => readMockFiles(dir, contract));
    for (const data of found) for (const warning of data.warnings) warn(warning);
    if (found.length > 0) byWorkspace.set(workspace.name, found);
  }
  if (byWorkspace.size === 0) return undefined;
  const dataOf = (workspace: string) => byWorkspace.get(workspace) ?? [];
  return {
    body(workspace, operationPointer, status, mediaType, example) {
      for (const data of dataOf(workspace)) {
        const body = findMockBody(data, operationPointer, status, mediaType, example);
        if (body) return body;
      }
      return undefined;
    },
    headers(workspace, operationPointer, status) {
      return Object.assign({}, ...dataOf(workspace).map((data) => findMockHeaders(data, operationPointer, status)));
    },
    exampleNames(workspace, operationPointer, status, mediaType) {
      return dataOf(workspace).flatMap((data) => [
        ...(findMockMedia(data, operationPointer, status, mediaType)?.examples.keys() ?? []),
      ]);
    },
  };
}
