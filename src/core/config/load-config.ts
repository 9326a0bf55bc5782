import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { ErrorCode, MockforgeError, type SourceLocation } from '../errors.js';
import { MEMORY_STORE, readStoreSpec } from '../mock/state/store-spec.js';
import { ownSchemaValidator } from '../schema/own-schema-validator.js';
import { appendPointer } from '../source/json-pointer.js';
import { describeSchemaErrors, type Problem, problemsError } from '../source/schema-problems.js';
import { readSourceFile, type SourceFile } from '../source/source-file.js';
import { assertInside } from '../source/source-reader.js';
import type { EndpointConfig, FaultConfig, MockforgeConfig, ServiceMeshConfig, WorkspaceConfig } from './types.js';

type Raw = Record<string, any>;

export function loadConfig(configPath: string): MockforgeConfig {
  const file = resolve(configPath);
  if (!existsSync(file)) {
    throw new MockforgeError(ErrorCode.ConfigNotFound, `config file ${file} not found`, {
      hint: 'create mockforge.yaml (see README) or pass --config <file>',
    });
  }
  const source = readSourceFile(file, { maxBytes: 4 * 1024 * 1024 });
  const validateConfig = ownSchemaValidator('config');
  if (!validateConfig(source.value)) {
    const problems = describeErrors(validateConfig.errors ?? [], source);
    throw configError(problems);
  }
  return normalize(source.value as Raw, source);
}

function configError(problems: Problem[]): MockforgeError {
  return problemsError(ErrorCode.ConfigInvalid, problems, 'see the mockforge.yaml reference in README.md');
}

function describeErrors(errors: ErrorObject[], source: SourceFile): Problem[] {
  const locate = (pointer: string) => {
    const { exact: _exact, ...location } = source.locate(pointer);
    return location;
  };
  return describeSchemaErrors(errors, locate, {
    rootName: 'mockforge.yaml',
    describe: (error, where) =>
      error.keyword === 'oneOf' || error.keyword === 'anyOf'
        ? `${where} has the wrong shape: ${expectedShapes(error.schema)}`
        : undefined,
  });
}

function expectedShapes(schema: unknown): string {
  if (!Array.isArray(schema)) return 'see README';
  return `expected ${schema.map((s: Raw) => s.type ?? 'a value').join(' or ')}`;
}

function normalize(raw: Raw, source: SourceFile): MockforgeConfig {
  const file = source.file;
  const root = dirname(file);
  const problems: Problem[] = [];
  const at = (pointer: string): SourceLocation => {
    const { exact: _exact, ...location } = source.locate(pointer);
    return location;
  };
  const inRoot = (relativePath: string, pointer: string, what: string) => {
    const absolute = resolve(root, relativePath);
    try {
      assertInside(root, absolute, what);
    } catch (error) {
      problems.push({ location: at(pointer), message: (error as Error).message });
    }
    return absolute;
  };
  const contractsDir = inRoot(raw.contracts_dir ?? 'contracts', '/contracts_dir', 'contracts_dir');
  const names = new Map<string, string>();
  const ports = new Map<number, string>();
  const workspaces: WorkspaceConfig[] = (raw.workspaces as Raw[]).map((ws, index) => {
    const pointer = appendPointer('/workspaces', index);
    if (names.has(ws.name))
      problems.push({ location: at(`${pointer}/name`), message: `workspace name '${ws.name}' is used twice` });
    names.set(ws.name, pointer);
    const port = typeof ws.port === 'number' ? ws.port : 0;
    if (port !== 0 && ports.has(port)) {
      problems.push({
        location: at(`${pointer}/port`),
        message: `port ${port} of '${ws.name}' is already taken by '${ports.get(port)}'`,
      });
    }
    ports.set(port, ws.name);
    if (typeof ws.proxy_port === 'number' && ws.proxy_port !== 0) {
      const taken = ports.get(ws.proxy_port);
      if (taken !== undefined) {
        problems.push({
          location: at(`${pointer}/proxy_port`),
          message: `proxy_port ${ws.proxy_port} of '${ws.name}' is already taken by '${taken}' (mocks and proxy may run at once)`,
        });
      }
      ports.set(ws.proxy_port, `${ws.name} (proxy_port)`);
    }
    const endpoints: EndpointConfig[] = ((ws.endpoints ?? []) as Raw[]).map((ep, epIndex) => {
      const epPointer = appendPointer(pointer, 'endpoints', epIndex);
      const methods =
        ep.method === undefined || ep.method === '*' ? [] : [ep.method].flat().map((m: string) => m.toUpperCase());
      const endpointConfig: EndpointConfig = { pointer: epPointer, path: ep.path, methods };
      if (ep.response?.from_mock !== undefined) {
        endpointConfig.fromMock = inRoot(ep.response.from_mock, `${epPointer}/response/from_mock`, 'from_mock');
      }
      if (ep.response?.status !== undefined) endpointConfig.status = ep.response.status;
      if (ep.response?.headers !== undefined) endpointConfig.headers = ep.response.headers;
      if (ep.response && 'body' in ep.response) endpointConfig.body = ep.response.body;
      if (ep.faults) endpointConfig.faults = normalizeFaults(ep.faults);
      return endpointConfig;
    });
    const contract = findContract(ws, endpoints, contractsDir, root);
    if (!contract.file) {
      problems.push({
        location: at(pointer),
        message: `cannot find the contract of workspace '${ws.name}' (looked for ${contract.tried.join(', ')})`,
      });
    } else if (!contract.inferred) {
      inRoot(ws.contract, `${pointer}/contract`, 'contract');
    }
    const validation = ws.validation;
    const workspaceConfig: WorkspaceConfig = {
      pointer,
      name: ws.name,
      port,
      contract: contract.file ?? contract.tried[0] ?? '',
      contractInferred: contract.inferred,
      env: ws.env ?? [],
      validateRequests: typeof validation === 'boolean' ? validation : (validation?.requests ?? true),
      validateResponses: typeof validation === 'boolean' ? validation : (validation?.responses ?? true),
      endpoints,
    };
    if (ws.target !== undefined) workspaceConfig.target = ws.target;
    if (ws.security === false) workspaceConfig.enforceSecurity = false;
    if (ws.cors !== undefined) workspaceConfig.cors = ws.cors;
    if (ws.proxy_port !== undefined) workspaceConfig.proxyPort = ws.proxy_port;
    if (ws.faults) workspaceConfig.faults = normalizeFaults(ws.faults);
    if (ws.service_mesh) workspaceConfig.serviceMesh = normalizeMesh(ws.service_mesh, `${pointer}/service_mesh`);
    return workspaceConfig;
  });
  // Checked before the problems are thrown: a shared schema outside the project must be refused too.
  const sharedSchemaFiles = ((raw.shared_schemas ?? []) as string[]).map((p, i) =>
    inRoot(p, `/shared_schemas/${i}`, 'shared schema'),
  );
  const consistency = (raw.core?.consistency ?? {}) as Raw;
  const unified = (consistency.unified_state ?? {}) as Raw;
  const store = unified.store === undefined ? MEMORY_STORE : readStoreSpec(unified.store);
  if (!store) {
    problems.push({
      location: at('/core/consistency/unified_state/store'),
      message: `store '${unified.store}' is neither 'memory' nor a Redis URL (redis://host:6379/0)`,
    });
  }
  if (problems.length > 0) throw configError(problems);
  return {
    file,
    root,
    contractsDir,
    sharedSchemaFiles,
    scenarios: raw.scenarios ?? ['scenarios/**/*.yaml', 'scenarios/**/*.yml'],
    workspaces,
    unifiedState: {
      enabled: consistency.enabled ?? false,
      workspaceId: unified.workspace_id ?? 'mockforge',
      personaGraph: unified.persona_graph?.enabled ?? false,
      store: store ?? MEMORY_STORE,
    },
    locate: at,
  };
}

function findContract(ws: Raw, endpoints: EndpointConfig[], contractsDir: string, root: string) {
  if (typeof ws.contract === 'string') {
    const file = resolve(root, ws.contract);
    return { file: existsSync(file) ? file : undefined, tried: [file], inferred: false };
  }
  const stems = [ws.name as string, ...endpoints.flatMap((e) => (e.fromMock ? [basename(e.fromMock)] : []))];
  const tried: string[] = [];
  for (const stem of new Set(stems)) {
    for (const extension of ['.yaml', '.yml', '.json']) {
      const candidate = join(contractsDir, stem + extension);
      tried.push(candidate);
      if (existsSync(candidate)) return { file: candidate, tried, inferred: true };
    }
  }
  return { file: undefined, tried, inferred: true };
}

function normalizeFaults(raw: Raw): FaultConfig {
  const faults: FaultConfig = {};
  if (typeof raw.latency_ms === 'number') faults.latencyMs = { min: raw.latency_ms, max: raw.latency_ms };
  else if (raw.latency_ms) faults.latencyMs = { min: raw.latency_ms.min, max: raw.latency_ms.max };
  if (raw.error_rate !== undefined) faults.errorRate = raw.error_rate;
  if (raw.error_status !== undefined) faults.errorStatus = raw.error_status;
  return faults;
}

function normalizeMesh(raw: Raw, pointer: string): ServiceMeshConfig {
  const mesh: ServiceMeshConfig = { pointer, enabled: raw.enabled ?? false, meshType: raw.mesh_type ?? 'istio' };
  if (raw.namespace !== undefined) mesh.namespace = raw.namespace;
  if (raw.virtual_service) {
    mesh.virtualService = { hosts: raw.virtual_service.hosts ?? [], routes: raw.virtual_service.routes ?? [] };
  }
  return mesh;
}
