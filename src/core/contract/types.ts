import type { SourceLocation } from '../errors.js';

export type JsonObject = { [key: string]: unknown };

export type DiagnosticSeverity = 'error' | 'warning';

/** A problem found while loading: a missing ref, a lint gap. Printed as `file:line: message`. */
export interface Diagnostic {
  code: string;
  severity: DiagnosticSeverity;
  message: string;
  location: SourceLocation;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Maps any pointer of the bundled document back to the file, line and column it came from. */
export interface SourceMap {
  locate(pointer: string): SourceLocation & { exact: boolean };
  /** The file and the pointer inside that file that a bundled pointer came from. */
  origin(pointer: string): { file: string; pointer: string };
  /** Every file the bundle read, the root contract first. */
  readonly files: readonly string[];
}

export interface Operation {
  method: HttpMethod;
  /** The path template as written in the contract, e.g. `/api/users/{id}`. */
  path: string;
  /** The operation's own base path, when its `servers` (or its path item's) differ from the contract's. */
  basePath?: string;
  operationId: string | undefined;
  /** JSON pointer of the operation object in the bundled document. */
  pointer: string;
  /** The operation object itself (refs still in place). */
  operation: JsonObject;
  /** Path-level and operation-level parameters merged (operation wins), refs resolved. */
  parameters: JsonObject[];
}

/** One service contract, bundled with the shared schemas it uses: every `$ref` is local (`#/...`). */
export interface LoadedContract {
  /** Absolute path of the service contract. */
  file: string;
  /** The OpenAPI version family. */
  openapi: '3.0' | '3.1';
  title: string;
  version: string;
  /** The bundled document: shared and file-referenced components are copied into `components`. */
  document: JsonObject;
  /** The contract's `servers[0]` path prefix, e.g. `/v1`, or '' */
  basePath: string;
  operations: Operation[];
  sourceMap: SourceMap;
  diagnostics: Diagnostic[];
}
