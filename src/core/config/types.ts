import type { SourceLocation } from '../errors.js';
import type { StoreSpec } from '../mock/state/store-spec.js';

/** mockforge.yaml after validation and defaults; every path is absolute, every node knows its pointer. */
export interface MockforgeConfig {
  /** Absolute path of mockforge.yaml. */
  file: string;
  /** The folder holding mockforge.yaml: relative paths in it resolve from here; refs may not leave it. */
  root: string;
  contractsDir: string;
  sharedSchemaFiles: string[];
  /** Scenario globs, relative to root. */
  scenarios: string[];
  workspaces: WorkspaceConfig[];
  unifiedState: UnifiedStateConfig;
  /** Where a pointer of mockforge.yaml (e.g. a workspace's `pointer` + '/port') was written: for file:line errors. */
  locate(pointer: string): SourceLocation;
}

export interface UnifiedStateConfig {
  enabled: boolean;
  workspaceId: string;
  personaGraph: boolean;
  /** Where the state lives: memory (default) or a Redis that replicas share. */
  store: StoreSpec;
}

export interface FaultConfig {
  latencyMs?: { min: number; max: number };
  errorRate?: number;
  errorStatus?: number;
}

export interface EndpointConfig {
  pointer: string;
  path: string;
  /** Upper-case methods; empty means any. */
  methods: string[];
  fromMock?: string;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  faults?: FaultConfig;
}

export interface MeshRoute {
  match: Array<{ uri: { prefix?: string; exact?: string; regex?: string } }>;
  route: Array<{ destination: { host: string; port?: { number?: number } }; weight?: number }>;
}

export interface ServiceMeshConfig {
  pointer: string;
  enabled: boolean;
  meshType: string;
  namespace?: string;
  virtualService?: { hosts: string[]; routes: MeshRoute[] };
}

export interface WorkspaceConfig {
  pointer: string;
  name: string;
  port: number;
  /** Where `mockforge proxy` listens for this workspace (default: `port`). */
  proxyPort?: number;
  contract: string;
  /** True when `contract:` was not written and mockforge found the file by name. */
  contractInferred: boolean;
  target?: string;
  /** Environment variable names to export with this workspace's URL (besides NAME_URL). */
  env: string[];
  validateRequests: boolean;
  validateResponses: boolean;
  /** `security: false` turns off the 401 for requests without the contract's credentials (on by default). */
  enforceSecurity?: boolean;
  /** CORS headers and preflight answers; by default on when the mock listens on loopback. */
  cors?: boolean;
  faults?: FaultConfig;
  endpoints: EndpointConfig[];
  serviceMesh?: ServiceMeshConfig;
}
