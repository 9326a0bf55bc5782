import { join } from 'node:path';
import { loadConfig } from './config/load-config.js';
import type { MockforgeConfig, WorkspaceConfig } from './config/types.js';
import { loadContractCached } from './contract/contract-cache.js';
import { loadContract } from './contract/load-contract.js';
import type { Diagnostic, LoadedContract } from './contract/types.js';
import { createFileReader, type SourceReader } from './source/source-reader.js';

/** mockforge.yaml with every workspace's contract loaded (each file once). */
export interface Project {
  config: MockforgeConfig;
  /** Workspace name -> its bundled contract. */
  contracts: Map<string, LoadedContract>;
  /** Diagnostics of every contract, each reported once. */
  diagnostics: Diagnostic[];
}

export interface LoadProjectOptions {
  read?: SourceReader;
  /**
   * For a long-running mock: keep bundled contracts between runs in `.mockforge/cache/contracts` next to
   * mockforge.yaml (see loadContractCached), and let go of the parsed source files once bundled.
   */
  cache?: boolean;
}

/** The config's path, or the config already loaded (it is not read again). */
export function loadProject(configPath: string | MockforgeConfig, options: LoadProjectOptions = {}): Project {
  const config = typeof configPath === 'string' ? loadConfig(configPath) : configPath;
  const own = options.read ? undefined : createFileReader();
  const read = options.read ?? (own as SourceReader);
  const byFile = new Map<string, LoadedContract>();
  const contracts = new Map<string, LoadedContract>();
  const cacheDir = options.cache ? join(config.root, '.mockforge', 'cache', 'contracts') : undefined;
  for (const workspace of config.workspaces) {
    contracts.set(workspace.name, loadWorkspaceContract(workspace, config, byFile, read, cacheDir));
  }
  // The parsed files now live on in the bundles: a long-running mock need not hold a second copy of each
  // (a later file:line reads its file again).
  if (options.cache) own?.forget();
  const diagnostics = [...byFile.values()].flatMap((c) => c.diagnostics);
  const unique = new Map(diagnostics.map((d) => [`${d.location.file}:${d.location.line}:${d.code}:${d.message}`, d]));
  return { config, contracts, diagnostics: [...unique.values()] };
}

function loadWorkspaceContract(
  workspace: WorkspaceConfig,
  config: MockforgeConfig,
  byFile: Map<string, LoadedContract>,
  read: SourceReader,
  cacheDir: string | undefined,
): LoadedContract {
  let contract = byFile.get(workspace.contract);
  if (!contract) {
    const options = {
      root: config.root,
      read,
      ...(config.sharedSchemaFiles.length > 0 ? { sharedSchemaFiles: config.sharedSchemaFiles } : {}),
    };
    contract = cacheDir
      ? loadContractCached(workspace.contract, options, cacheDir)
      : loadContract(workspace.contract, options);
    byFile.set(workspace.contract, contract);
  }
  return contract;
}
