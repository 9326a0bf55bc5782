import { createServer, type Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import type { WorkspaceConfig } from '../config/types.js';
import type { LoadedContract } from '../contract/types.js';
import { createFaultInjector } from '../mock/faults.js';
import { answerClientError } from '../mock/http/client-error.js';
import { Journal } from '../mock/journal.js';
import { hashSeed } from '../mock/random.js';
import type { MockContext } from '../mock/server/mock-context.js';
import { closeAll, listenOn, type ServedWorkspace } from '../mock/server/mock-server.js';
import { prepareWorkspace, warmUpWorkspaces } from '../mock/server/prepare-workspace.js';
import { MemoryStore } from '../mock/state/store.js';
import { checkContextFor } from '../validate/check-response.js';
import { handleExchange, type ProxyContext, type ProxyWorkspace } from './handle-exchange.js';
import { createRecorder, type RecorderOptions } from './record-responses.js';
import { secretNames } from './redact.js';
import type { ProxyJournalEntry } from './types.js';

export interface ProxiedWorkspace {
  /** `port` is where the proxy listens for this workspace (0 = any free port). */
  config: WorkspaceConfig;
  contract: LoadedContract;
  /** The real service, e.g. `http://127.0.0.1:8081` (a path is a prefix of every forwarded path). */
  target: string;
}

export interface ProxyServerOptions {
  workspaces: ProxiedWorkspace[];
  /** Seeds the fault decisions, as the mock's (`core.consistency.unified_state.workspace_id`). */
  workspaceId: string;
  /** Loopback by default. */
  host?: string;
  journalFile?: string;
  /** Request bodies above this many bytes are refused with 413, as the mock refuses them (default 1 MiB). */
  bodyLimit?: number;
  /** How long the target may take to answer (headers, then between body chunks; default 30 s). */
  timeoutMs?: number;
  /** Answer invalid requests with the mock's 422 (401 without credentials, 404/405 off the contract) instead of forwarding them. */
  enforce?: boolean;
  /** Inject the workspaces' `faults:` (latency, errors), as the mock does (default true). */
  faults?: boolean;
  record?: RecorderOptions;
  maxConnections?: number;
  /** File paths shown to clients (violation headers) relative to the project. */
  displayFile?: (file: string) => string;
  /** One line per exchange with violations or a target problem (the CLI prints them on stderr). */
  log?: (message: string) => void;
}

export interface ProxyServer {
  journal: Journal<ProxyJournalEntry>;
  listen(): Promise<ServedWorkspace[]>;
  close(): Promise<void>;
}

/** One port per workspace forwarding to its target, every exchange checked against the workspace's contract. */
export function createProxyServer(options: ProxyServerOptions): ProxyServer {
  const startedAt = performance.now();
  const journal = new Journal<ProxyJournalEntry>(options.journalFile ? { file: options.journalFile } : {});
  const workspaces: ProxyWorkspace[] = options.workspaces.map(({ config, contract, target }) => {
    const base = new URL(target);
    const checks = checkContextFor(contract);
    const isSecret = secretNames(contract.document);
    const name = config.name;
    return {
      prepared: prepareWorkspace(config, contract, { resources: undefined }),
      checks,
      target: target.replace(/\/+$/, ''),
      targetOrigin: base.origin,
      targetBase: base.pathname.replace(/\/+$/, ''),
      pool: new Pool(base.origin, { connections: 128, keepAliveTimeout: 4000 }),
      faults: createFaultInjector(hashSeed(options.workspaceId, name)),
      isSecret,
      recorder: options.record
        ? createRecorder(options.record, { name, target, contract, context: checks, isSecret })
        : undefined,
      origin: '',
    };
  });
  const display = options.displayFile ?? ((file: string) => file);
  // The mock's replies (faults, the 422 of --enforce) are built by its own code, which reads this context.
  const store = new MemoryStore();
  const mock: MockContext = {
    workspaceId: options.workspaceId,
    stateEnabled: false,
    personaGraph: false,
    store,
    personas: { workspaceId: options.workspaceId, bindings: new Map(), store },
    journal: new Journal(),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    canned: new Map(),
    mockData: undefined,
    faults: new Map(),
    staticValues: new Map(),
    dynamicCounter: { value: 0 },
    workspaces: workspaces.map((w) => w.prepared),
    startedAt,
    reseed: async () => {},
    displayFile: display,
    // Callbacks are the real service's to send; the mock's reply builders used here never schedule one.
    callbackTransport: () => Promise.reject(new Error('the contract proxy sends no callbacks')),
  };
  const context: ProxyContext = {
    journal,
    mock,
    bodyLimit: mock.bodyLimit,
    timeoutMs: options.timeoutMs ?? 30_000,
    enforce: options.enforce ?? false,
    faults: options.faults ?? true,
    display,
    log: options.log ?? (() => {}),
    startedAt,
  };
  const servers: Server[] = [];
  let closed = false;
  return {
    journal,
    async listen() {
      const host = options.host ?? '127.0.0.1';
      const served: ServedWorkspace[] = [];
      try {
        for (const workspace of workspaces) {
          const server = createServer(
            { keepAliveTimeout: 5000, headersTimeout: 10_000, requestTimeout: 30_000 },
            (req, res) => handleExchange(workspace, context, req, res),
          );
          server.maxConnections = options.maxConnections ?? 1024;
          server.on('clientError', answerClientError);
          servers.push(server);
          const port = await listenOn(server, workspace.prepared, host);
          server.on('error', (error) => context.log(`${workspace.prepared.config.name}: ${error.message}`));
          workspace.prepared.config.port = port;
          workspace.origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
          served.push({ name: workspace.prepared.config.name, port, url: workspace.origin });
        }
      } catch (error) {
        await closeAll(servers);
        throw error;
      }
      void warmUpWorkspaces(
        workspaces.map((w) => w.prepared),
        () => closed,
      );
      return served;
    },
    async close() {
      if (closed) return;
      closed = true;
      await closeAll(servers);
      // Exchanges still waiting for a target end now (their clients are gone): SIGTERM must not wait on them.
      await Promise.all(workspaces.map((w) => w.pool.destroy()));
      await journal.close();
    },
  };
}
