import { dirname } from 'node:path';
import { ErrorCode, MockforgeError } from '../errors.js';
import { appendPointer } from '../source/json-pointer.js';
import { parseSource, type SourceFile } from '../source/source-file.js';
import { createFileReader, type SourceReader } from '../source/source-reader.js';
import { bundleContract } from './bundle.js';
import { lintAndRepair } from './lint-contract.js';
import { resolveLocalRef } from './resolve-ref.js';
import { findSharedSchemaFiles, isSharedSchemaDocument } from './shared-schemas.js';
import { HTTP_METHODS, type JsonObject, type LoadedContract, type Operation } from './types.js';

export interface LoadContractOptions {
  /** Project root; refs that leave it are refused. Defaults to the contract's folder. */
  root?: string;
  /** Shared schema files; by default the component libraries next to the contract. */
  sharedSchemaFiles?: readonly string[];
  allowRemoteRefs?: boolean;
  /** Share one reader between contracts of a project so shared files are parsed once. */
  read?: SourceReader;
}

export function loadContract(file: string, options: LoadContractOptions = {}): LoadedContract {
  return buildContract(file, options).contract;
}

const MAX_REMOTE_DOCUMENTS = 50;

/**
 * For trusted contracts only (`--allow-remote-refs`): fetches the http(s) documents the contract refers to,
 * round by round as refs inside fetched documents appear, then bundles them like local files.
 */
export async function loadContractWithRemoteRefs(
  file: string,
  options: LoadContractOptions & { fetchText: (url: string) => Promise<string> },
): Promise<LoadedContract> {
  const local = options.read ?? createFileReader();
  const remote = new Map<string, SourceFile | MockforgeError>();
  const read: SourceReader = (target) => {
    const fetched = remote.get(target);
    if (fetched instanceof MockforgeError) throw fetched;
    return fetched ?? local(target);
  };
  for (;;) {
    const built = buildContract(file, { ...options, read, allowRemoteRefs: true });
    const missing = built.remoteRefs.filter((url) => !remote.has(url));
    if (missing.length === 0 || remote.size >= MAX_REMOTE_DOCUMENTS) return built.contract;
    for (const url of missing.slice(0, MAX_REMOTE_DOCUMENTS - remote.size)) {
      try {
        remote.set(url, parseSource(await options.fetchText(url), url));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        remote.set(url, new MockforgeError(ErrorCode.RefUnresolved, `cannot fetch ${url}: ${reason}`));
      }
    }
  }
}

function buildContract(file: string, options: LoadContractOptions): { contract: LoadedContract; remoteRefs: string[] } {
  const read = options.read ?? createFileReader();
  const source = read(file);
  const raw = source.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new MockforgeError(ErrorCode.ContractInvalid, `${file} is not an OpenAPI document (expected a mapping)`, {
      location: { file, line: 1, column: 1 },
    });
  }
  const head = raw as JsonObject;
  const openapi = detectVersion(head, file, source.locate);
  let shared: readonly string[] | undefined = options.sharedSchemaFiles;
  const bundle = bundleContract(file, {
    root: options.root ?? dirname(file),
    read,
    allowRemoteRefs: options.allowRemoteRefs ?? false,
    sharedSchemaFiles: () => {
      shared ??= findSharedSchemaFiles(file, read);
      return shared;
    },
  });
  const lint = lintAndRepair(bundle.document, bundle.sourceMap);
  const info = (bundle.document.info ?? {}) as JsonObject;
  const contract: LoadedContract = {
    file,
    openapi,
    title: typeof info.title === 'string' ? info.title : '',
    version: info.version === undefined ? '' : String(info.version),
    document: bundle.document,
    basePath: basePathOf(bundle.document),
    operations: listOperations(bundle.document),
    sourceMap: bundle.sourceMap,
    diagnostics: [...bundle.diagnostics, ...lint],
  };
  return { contract, remoteRefs: bundle.remoteRefs };
}

function detectVersion(
  doc: JsonObject,
  file: string,
  locate: (pointer: string) => { file: string; line: number; column: number },
): '3.0' | '3.1' {
  if (doc.swagger !== undefined) {
    const { file: f, line, column } = locate('/swagger');
    throw new MockforgeError(ErrorCode.ContractUnsupported, `Swagger ${String(doc.swagger)} is not supported`, {
      location: { file: f, line, column },
      hint: 'convert the contract to OpenAPI 3 (for example with swagger2openapi) and point mockforge at the result',
    });
  }
  const version = typeof doc.openapi === 'string' ? doc.openapi : undefined;
  if (version === undefined) {
    const shared = isSharedSchemaDocument(doc);
    throw new MockforgeError(
      ErrorCode.ContractInvalid,
      shared
        ? `${file} is a shared schema file (components only), not a service contract`
        : `${file} has no 'openapi' version field`,
      {
        location: { file, line: 1, column: 1 },
        hint: shared
          ? 'point at a service contract; shared schemas are found next to it'
          : "add 'openapi: 3.0.3' at the top",
      },
    );
  }
  if (/^3\.0(\.|$)/.test(version)) return '3.0';
  if (/^3\.1(\.|$)/.test(version)) return '3.1';
  const { line, column } = locate('/openapi');
  throw new MockforgeError(ErrorCode.ContractUnsupported, `OpenAPI ${version} is not supported (3.0 and 3.1 are)`, {
    location: { file, line, column },
  });
}

export function basePathOf(document: JsonObject): string {
  return serverBasePath(document.servers) ?? '';
}

/**
 * The path prefix of the first of `servers` (variables at their defaults), e.g. `/v1`; undefined when
 * there is none. Kept percent-encoded as a URL path (`/my%20api` for `/my api`).
 */
export function serverBasePath(servers: unknown): string | undefined {
  const server = Array.isArray(servers) ? (servers[0] as JsonObject | undefined) : undefined;
  if (!server || typeof server.url !== 'string') return undefined;
  const variables = (server.variables ?? {}) as Record<string, { default?: unknown }>;
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => String(variables[name]?.default ?? ''));
  let path: string;
  try {
    path = new URL(url, 'http://placeholder.invalid').pathname;
  } catch {
    return '';
  }
  return path.replace(/\/+$/, '');
}

export function listOperations(document: JsonObject): Operation[] {
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries((document.paths ?? {}) as JsonObject)) {
    const item = resolveLocalRef(document, rawItem) as JsonObject | undefined;
    if (!item || typeof item !== 'object') continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method] as JsonObject | undefined;
      if (!operation || typeof operation !== 'object') continue;
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      const merged = new Map<string, JsonObject>();
      for (const parameter of [...shared, ...own]) {
        const resolved = resolveLocalRef(document, parameter) as JsonObject | undefined;
        if (resolved && typeof resolved.name === 'string')
          merged.set(`${String(resolved.in)}:${resolved.name}`, resolved);
      }
      const ownBase = serverBasePath(operation.servers) ?? serverBasePath(item.servers);
      operations.push({
        method,
        path,
        ...(ownBase !== undefined && ownBase !== basePathOf(document) ? { basePath: ownBase } : {}),
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        pointer: appendPointer('/paths', path, method),
        operation,
        parameters: [...merged.values()],
      });
    }
  }
  return operations;
}
