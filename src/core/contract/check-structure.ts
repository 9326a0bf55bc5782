import SwaggerParser from '@apidevtools/swagger-parser';
import { resolveLocalRef } from './resolve-ref.js';
import { type Diagnostic, HTTP_METHODS, type JsonObject, type LoadedContract } from './types.js';

interface SchemaErrorDetail {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/**
 * Validates the bundled contract against the OpenAPI specification (swagger-parser) and returns what is
 * wrong beyond the gaps the loader already reported and repaired. External refs are never followed.
 */
export async function checkStructure(contract: LoadedContract): Promise<Diagnostic[]> {
  const document = withLenientGapsFilled(structuredClone(contract.document));
  try {
    await SwaggerParser.validate(document as any, { resolve: { external: false } } as never);
    return [];
  } catch (error) {
    const details = (error as { details?: SchemaErrorDetail[] }).details;
    if (!Array.isArray(details)) {
      const { exact: _exact, ...location } = contract.sourceMap.locate('');
      const message = String((error as Error).message).split('\n')[0] ?? 'invalid contract';
      return [{ code: 'MF_CONTRACT_STRUCTURE', severity: 'error', message, location }];
    }
    return summarize(details).map((detail) => {
      const { exact: _exact, ...location } = contract.sourceMap.locate(detail.instancePath ?? '');
      return {
        code: 'MF_CONTRACT_STRUCTURE',
        severity: 'error' as const,
        message: `not valid OpenAPI ${contract.openapi}: ${describe(detail)}`,
        location,
      };
    });
  }
}

/** oneOf/"must be a $ref" errors only restate a precise error at the same node: keep the precise one. */
function summarize(details: SchemaErrorDetail[]): SchemaErrorDetail[] {
  const isNoise = (d: SchemaErrorDetail) =>
    d.keyword === 'oneOf' ||
    d.keyword === 'anyOf' ||
    (d.keyword === 'required' && d.params?.missingProperty === '$ref');
  const precise = details.filter((d) => !isNoise(d));
  const kept = precise.length > 0 ? precise : details.slice(0, 1);
  const seen = new Set<string>();
  return kept.filter((d) => {
    const key = `${d.instancePath}|${describe(d)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(detail: SchemaErrorDetail): string {
  if (detail.keyword === 'additionalProperties') return `unknown key '${String(detail.params?.additionalProperty)}'`;
  return detail.message ?? String(detail.keyword);
}

/** The loader already warned about missing response descriptions: do not report them twice. */
function withLenientGapsFilled(document: JsonObject): JsonObject {
  for (const rawItem of Object.values((document.paths ?? {}) as JsonObject)) {
    const item = rawItem as JsonObject | null;
    if (!item || typeof item !== 'object') continue;
    for (const method of HTTP_METHODS) {
      const responses = (item[method] as JsonObject | undefined)?.responses as JsonObject | undefined;
      if (!responses || typeof responses !== 'object') continue;
      for (const response of Object.values(responses)) {
        const resolved = resolveLocalRef(document, response) as JsonObject | undefined;
        if (resolved && typeof resolved === 'object' && resolved.description === undefined) resolved.description = '';
      }
    }
  }
  return document;
}
