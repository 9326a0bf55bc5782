import { appendPointer } from '../source/json-pointer.js';
import { resolveLocalRef } from './resolve-ref.js';
import { type Diagnostic, HTTP_METHODS, type JsonObject, type SourceMap } from './types.js';

const TEMPLATE_PARAM = /\{([^}]+)\}/g;

/**
 * Lenient loading of contracts like the tutorial's: gaps that OpenAPI calls invalid but whose meaning is
 * clear are reported as warnings and repaired in the bundle (undeclared path parameters are inferred).
 */
export function lintAndRepair(document: JsonObject, sourceMap: SourceMap): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const warn = (pointer: string, code: string, message: string) => {
    const { exact: _exact, ...location } = sourceMap.locate(pointer);
    diagnostics.push({ code, severity: 'warning', message, location });
  };
  const paths = (document.paths ?? {}) as JsonObject;
  for (const [path, rawItem] of Object.entries(paths)) {
    if (rawItem === null || typeof rawItem !== 'object') continue;
    const item = rawItem as JsonObject;
    const itemPointer = appendPointer('/paths', path);
    const templateNames = [...path.matchAll(TEMPLATE_PARAM)].map((m) => m[1] as string);
    const declaredAtPath = declaredPathParams(document, item.parameters);
    const missing = new Set<string>();
    for (const method of HTTP_METHODS) {
      const operation = item[method] as JsonObject | undefined;
      if (!operation || typeof operation !== 'object') continue;
      const opPointer = appendPointer(itemPointer, method);
      const declared = new Set([...declaredAtPath, ...declaredPathParams(document, operation.parameters)]);
      for (const name of templateNames) if (!declared.has(name)) missing.add(name);
      const responses = operation.responses as JsonObject | undefined;
      if (!responses || typeof responses !== 'object' || Object.keys(responses).length === 0) {
        warn(opPointer, 'MF_LINT_NO_RESPONSES', `${method.toUpperCase()} ${path} documents no responses`);
        continue;
      }
      for (const [status, response] of Object.entries(responses)) {
        const resolved = resolveLocalRef(document, response) as JsonObject | undefined;
        if (resolved && typeof resolved === 'object' && typeof resolved.description !== 'string') {
          warn(
            appendPointer(opPointer, 'responses', status),
            'MF_LINT_RESPONSE_DESCRIPTION',
            `response ${status} of ${method.toUpperCase()} ${path} has no 'description' (required by OpenAPI)`,
          );
        }
      }
    }
    if (missing.size > 0) {
      const inferred = [...missing].map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
      item.parameters = [...(Array.isArray(item.parameters) ? item.parameters : []), ...inferred];
      for (const name of missing) {
        warn(
          itemPointer,
          'MF_LINT_PATH_PARAMETER',
          `path parameter '${name}' of ${path} is not declared in 'parameters'; inferred as a required string`,
        );
      }
    }
  }
  for (const [path, first] of sameHierarchy(Object.keys(paths))) {
    warn(
      appendPointer('/paths', path),
      'MF_LINT_SAME_PATH',
      `${path} and ${first} differ only in their template names: OpenAPI forbids such paths (no router can tell them apart), and oasdiff refuses to diff a contract with one method on both; merge them into one path`,
    );
  }
  return diagnostics;
}

/** Each path whose hierarchy an earlier one already has (`/v1/{parent}` after `/v1/{name}`), with that one. */
function sameHierarchy(paths: readonly string[]): Array<[path: string, first: string]> {
  const seen = new Map<string, string>();
  const found: Array<[string, string]> = [];
  for (const path of paths) {
    const shape = path.replace(TEMPLATE_PARAM, '{}');
    const first = seen.get(shape);
    if (first === undefined) seen.set(shape, path);
    else found.push([path, first]);
  }
  return found;
}

function declaredPathParams(document: JsonObject, parameters: unknown): string[] {
  if (!Array.isArray(parameters)) return [];
  return parameters
    .map((p) => resolveLocalRef(document, p) as JsonObject | undefined)
    .filter((p) => p?.in === 'path' && typeof p.name === 'string')
    .map((p) => p?.name as string);
}
