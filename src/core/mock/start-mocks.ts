import { basename, join, relative } from 'node:path';
import type { MockforgeConfig, WorkspaceConfig } from '../config/types.js';
import { loadContract } from '../contract/load-contract.js';
import type { LoadedContract } from '../contract/types.js';
import { ErrorCode, MockforgeError } from '../errors.js';
import type { Progress } from '../progress.js';
import { loadProject, type Project } from '../project.js';
import { createMockDataLookup } from './mock-files/create-mock-data-lookup.js';
import type { MockDataLookup } from './server/mock-context.js';
import { createMockServer, type MockServer } from './server/mock-server.js';
import { loadScenarioSeeds } from './state/seed-from-scenarios.js';
import { MEMORY_STORE, type StoreSpec } from './state/store-spec.js';

export interface MocksFromConfigOptions {
  /** Only these workspaces (all when empty). */
  workspaces?: readonly string[];
  /** Port overrides by workspace name (0 = any free port). */
  ports?: ReadonlyMap<string, number>;
  /** Added to every configured port (not to overrides). */
  portOffset?: number;
  /** Address to listen on (default 127.0.0.1; a container needs 0.0.0.0). */
  host?: string;
  journalFile?: string;
  /** Open connections per port before new ones are refused (default 1024). */
  maxConnections?: number;
  /** Runtime problems after boot. */
  log?: (message: string) => void;
  mockData?: (config: MockforgeConfig, contracts: Map<string, LoadedContract>) => MockDataLookup | undefined;
  /** Keep bundled contracts between runs under .mockforge/cache (see loadContractCached). */
  cache?: boolean;
  /** The state store instead of mockforge.yaml's (`--store`, MOCKFORGE_STORE). */
  store?: StoreSpec;
}

/**
 * The mocks of mockforge.yaml (its path, or the project already loaded): contracts loaded once, scenarios
 * read for seeding, servers not yet listening.
 */
export function createMocksFromConfig(configPath: string | Project, options: MocksFromConfigOptions = {}): MockServer {
  const project =
    typeof configPath === 'string' ? loadProject(configPath, options.cache ? { cache: true } : {}) : configPath;
  const { config } = project;
  const wanted = options.workspaces ?? [];
  for (const name of wanted) {
    if (!config.workspaces.some((w) => w.name === name)) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `no workspace named '${name}' in ${config.file}`, {
        hint: `workspaces: ${config.workspaces.map((w) => w.name).join(', ')}`,
      });
    }
  }
  const chosen = config.workspaces.filter((w) => wanted.length === 0 || wanted.includes(w.name));
  const workspaces = chosen.map((workspace) => ({
    config: { ...workspace, port: portFor(workspace, options) },
    contract: project.contracts.get(workspace.name) as LoadedContract,
  }));
  const scenarios = loadScenarioSeeds(config.root, config.scenarios);
  // Data written by `mockforge generate` (and edited by hand) in each endpoint's from_mock folder.
  const mockWarnings: string[] = [];
  const server = createMockServer({
    workspaces,
    unifiedState: options.store ? { ...config.unifiedState, store: options.store } : config.unifiedState,
    scenarioSeeds: scenarios.seeds,
    mockData: options.mockData
      ? options.mockData(config, project.contracts)
      : createMockDataLookup(config, project.contracts, (w) =>
          mockWarnings.push(`${relative(config.root, w.file) || w.file}:${w.line}: ${w.message}`),
        ),
    ...(options.journalFile ? { journalFile: options.journalFile } : {}),
    ...(options.maxConnections ? { maxConnections: options.maxConnections } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.host ? { host: options.host } : {}),
    displayFile: (file) => relative(config.root, file) || file,
  });
  server.notices.push(...scenarios.warnings, ...mockWarnings);
  return server;
}

function portFor(workspace: WorkspaceConfig, options: MocksFromConfigOptions): number {
  const override = options.ports?.get(workspace.name);
  if (override !== undefined) return override;
  return workspace.port === 0 ? 0 : workspace.port + (options.portOffset ?? 0);
}

export interface MocksFromSpecOptions {
  port: number;
  /** Project root: refs may not leave it (defaults to the contract's folder). */
  root?: string;
  journalFile?: string;
  /** Keep state (POST creates, GET lists) like a unified-state workspace; off by default, as in Prism. */
  stateful?: boolean;
  store?: StoreSpec;
  /** false: no 401 for requests without the contract's credentials. */
  security?: boolean;
  /** false: no CORS headers or preflight answers. */
  cors?: boolean;
  /** Progress of a long contract load. */
  progress?: Progress;
}

/** One contract, no config: the Prism-style quick start. */
export function createMocksFromSpec(file: string, options: MocksFromSpecOptions): MockServer {
  const contract = loadContract(file, {
    ...(options.root ? { root: options.root } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
  });
  const name = basename(file).replace(/\.(ya?ml|json)$/i, '');
  return createMocksFromContracts([{ name, contract, port: options.port }], {
    stateful: options.stateful ?? false,
    workspaceId: contract.title || name,
    root: options.root ?? join(file, '..'),
    ...(options.security === false ? { security: false } : {}),
    ...(options.cors !== undefined ? { cors: options.cors } : {}),
    ...(options.journalFile ? { journalFile: options.journalFile } : {}),
    ...(options.store ? { store: options.store } : {}),
  });
}

/**
 * Mocks of contracts that are no workspace of a config (`--spec`, an Arazzo source description that names
 * a contract file): validation on, stateless unless `stateful`.
 */
export function createMocksFromContracts(
  entries: ReadonlyArray<{ name: string; contract: LoadedContract; port: number }>,
  options: {
    stateful: boolean;
    workspaceId: string;
    root: string;
    journalFile?: string;
    security?: boolean;
    cors?: boolean;
    store?: StoreSpec;
  },
): MockServer {
  const workspaces = entries.map(({ name, contract, port }) => ({
    config: {
      pointer: '',
      name,
      port,
      contract: contract.file,
      contractInferred: false,
      env: [],
      validateRequests: true,
      validateResponses: true,
      endpoints: [],
      ...(options.security === false ? { enforceSecurity: false } : {}),
      ...(options.cors !== undefined ? { cors: options.cors } : {}),
    } satisfies WorkspaceConfig,
    contract,
  }));
  return createMockServer({
    workspaces,
    unifiedState: {
      enabled: options.stateful,
      workspaceId: options.workspaceId,
      personaGraph: true,
      store: options.store ?? MEMORY_STORE,
    },
    ...(options.journalFile ? { journalFile: options.journalFile } : {}),
    displayFile: (f) => relative(options.root, f) || f,
  });
}
