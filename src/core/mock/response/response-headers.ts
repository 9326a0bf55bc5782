import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject, LoadedContract } from '../../contract/types.js';
import { resolveChild } from '../contract-node.js';
import { generateForSchema } from './example-data.js';
import type { ResponseSpec } from './response-spec.js';

const HEADER_SEED = 7;
const valuesBySpec = new WeakMap<ResponseSpec, Record<string, string>>();

/**
 * The headers a documented response declares, with their examples or generated values (computed once per
 * response). Content-Type is left out, as OpenAPI says to ignore its declaration.
 */
export function documentedHeaders(contract: LoadedContract, spec: ResponseSpec): Record<string, string> {
  let values = valuesBySpec.get(spec);
  if (values) return values;
  values = {};
  const headers = resolveChild(contract.document, spec.pointer, 'headers')?.node ?? {};
  for (const [name, raw] of Object.entries(headers)) {
    if (name.toLowerCase() === 'content-type') continue;
    const header = resolveLocalRef(contract.document, raw) as JsonObject | undefined;
    if (!header || typeof header !== 'object') continue;
    const schema = resolveLocalRef(contract.document, header.schema) as JsonObject | undefined;
    const value =
      'example' in header
        ? header.example
        : schema && 'example' in schema
          ? schema.example
          : generateForSchema(
              header.schema ?? { type: 'string' },
              { document: contract.document, openapi: contract.openapi, seed: HEADER_SEED },
              'response',
              name,
            );
    values[name.toLowerCase()] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  valuesBySpec.set(spec, values);
  return values;
}
