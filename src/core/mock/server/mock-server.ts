import { createServer, type Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { UnifiedStateConfig, WorkspaceConfig } from '../../config/types.js';
import type { LoadedContract } from '../../contract/types.js';
import { ErrorCode, MockforgeError } from '../../errors.js';
import type { Transport } from '../../http/transport.js';
import { createFaultInjector } from '../faults.js';
import { answerClientError } from '../http/client-error.js';
import { Journal } from '../journal.js';
import { hashSeed } from '../random.js';
import { createStore } from '../state/create-store.js';
import type { ScenarioSeed } from '../state/seed-from-scenarios.js';
import { MEMORY_STORE } from '../state/store-spec.js';
import { assignScenarioSeeds, buildBindings, seedStore } from './boot-state.js';
import { handleRequest } from './handle-request.js';
import type { MockContext, MockDataLookup } from './mock-context.js';
import { type PreparedWorkspace, prepareWorkspace, warmUpWorkspaces } from './prepare-workspace.js';

export interface MockServerOptions {
  workspaces: Array<{ config: WorkspaceConfig; contract: LoadedContract }>;
  unifiedState: UnifiedStateConfig;
  scenarioSeeds?: ScenarioSeed[];
  mockData?: MockDataLookup | undefined;
  /** Loopback by default. */
  host?: string;
  journalFile?: string;
  /** Request body limit in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Open connections per port before new ones are refused (default 1024). */
  maxConnections?: number;
  displayFile?: (file: string) => string;
  /** Runtime problems after boot (the CLI prints them on stderr). */
  log?: (message: string) => void;
}

export interface ServedWorkspace {
  name: string;
  port: number;
  url: string;
}

export interface MockServer {
  context: MockContext;
  /** Notices for the user (e.g. a missing from_mock folder), each once. */
  notices: string[];
  listen(): Promise<ServedWorkspace[]>;
  close(): Promise<void>;
}

/** Every workspace on its own port, one process, one shared state store. */
export function createMockServer(options: MockServerOptions): MockServer {
  const startedAt = performance.now();
  const unified = options.unifiedState;
  const bindings = unified.enabled ? buildBindings(options.workspaces) : undefined;
  const prepared: PreparedWorkspace[] = options.workspaces.map(({ config, contract }) =>
    prepareWorkspace(config, contract, { resources: bindings?.byContract.get(contract) }),
  );
  // Personas are generated with their contract's validator at hand (a `oneOf` value fits exactly one branch).
  for (const binding of bindings?.byName.values() ?? []) {
    const validator = prepared.find((w) => w.contract.document === binding.data.document)?.validator;
    if (validator) binding.data.validator ??= validator;
  }
  const loopback = isLoopback(options.host ?? '127.0.0.1');
  for (const workspace of prepared) workspace.cors = workspace.config.cors ?? loopback;
  // Without unified state nothing is stored: no reason to need a Redis.
  const store = createStore(unified.enabled ? unified.store : MEMORY_STORE, unified.workspaceId, options.log);
  // Loaded on the first callback: undici is not worth its start-up time to a mock that never calls out.
  let transport: Promise<Transport & { close(): Promise<void> }> | undefined;
  const personas = { workspaceId: unified.workspaceId, bindings: bindings?.byName ?? new Map(), store };
  const assigned = assignScenarioSeeds(prepared, options.scenarioSeeds ?? [], unified.enabled);
  const context: MockContext = {
    workspaceId: unified.workspaceId,
    stateEnabled: unified.enabled,
    personaGraph: unified.personaGraph,
    store,
    personas,
    journal: new Journal(options.journalFile ? { file: options.journalFile } : {}),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    canned: assigned.canned,
    mockData: options.mockData,
    faults: new Map(
      prepared.map((w) => [w.config.name, createFaultInjector(hashSeed(unified.workspaceId, w.config.name))]),
    ),
    staticValues: new Map(),
    dynamicCounter: { value: 0 },
    workspaces: prepared,
    startedAt,
    reseed: () => store.reset(() => (unified.enabled ? seedStore(context, assigned.records) : Promise.resolve())),
    displayFile: options.displayFile ?? ((file) => file),
    callbackTransport: () => {
      transport ??= import('../../http/http-transport.js').then((m) => m.createHttpTransport({ connections: 4 }));
      return transport;
    },
  };
  const servers: Server[] = [];
  let closed = false;
  const notices = [...new Set(prepared.flatMap((w) => w.notices)), ...assigned.notices];

  return {
    context,
    notices,
    async listen() {
      const served: ServedWorkspace[] = [];
      const host = options.host ?? '127.0.0.1';
      // A store it cannot reach is a coded error before any port opens; replicas booting together seed once.
      await store.open();
      try {
        if (unified.enabled) await store.seedOnce(() => seedStore(context, assigned.records));
        for (const workspace of prepared) {
          const server = createServer(
            { keepAliveTimeout: 5000, headersTimeout: 10_000, requestTimeout: 30_000 },
            (req, res) => {
              handleRequest(workspace, context, req, res);
            },
          );
          server.maxConnections = options.maxConnections ?? 1024;
          server.on('clientError', answerClientError);
          servers.push(server);
          const port = await listenOn(server, workspace, host);
          // After boot an error (e.g. out of file descriptors) must not take every workspace down.
          server.on('error', (error) => options.log?.(`${workspace.config.name}: ${error.message}`));
          workspace.config.port = port;
          served.push({ name: workspace.config.name, port, url: `http://${host}:${port}` });
        }
      } catch (error) {
        await closeAll(servers);
        await store.close();
        throw error;
      }
      // Validators not yet used are compiled in the background, between requests.
      void warmUpWorkspaces(prepared, () => closed);
      return served;
    },
    async close() {
      closed = true;
      await closeAll(servers);
      if (transport) await (await transport).close();
      await context.journal.close();
      await store.close();
    },
  };
}

/** Listens on the workspace's port (0 = any free one); a busy port is `MF_PORT_IN_USE` naming the workspace. */
export function listenOn(
  server: Server,
  workspace: { config: { name: string; port: number } },
  host: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const port = workspace.config.port;
      if (error.code === 'EADDRINUSE') {
        reject(
          new MockforgeError(
            ErrorCode.PortInUse,
            `port ${port} of workspace '${workspace.config.name}' is already in use`,
            {
              hint: `stop what listens on ${port} (or 'mockforge down'), or change the workspace's port in mockforge.yaml`,
              cause: error,
            },
          ),
        );
      } else {
        reject(
          new MockforgeError(
            ErrorCode.PortInUse,
            `cannot listen on ${host}:${port} for '${workspace.config.name}': ${error.message}`,
            {
              cause: error,
            },
          ),
        );
      }
    };
    server.once('error', onError);
    server.listen(workspace.config.port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : workspace.config.port);
    });
  });
}

/** A browser page on another loopback port is the usual CORS caller; a mock exposed wider opts in. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

export async function closeAll(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    ),
  );
}
