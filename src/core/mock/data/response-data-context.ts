import type { LoadedContract } from '../../contract/types.js';
import type { SchemaValidator } from '../../schema/schema-validator.js';
import type { GenerateContext } from './generate-value.js';

/** Response data as the mock generates it, with the compiled validator at hand for `oneOf` values. */
export function responseDataContext(contract: LoadedContract, validator: SchemaValidator): GenerateContext {
  return {
    document: contract.document,
    openapi: contract.openapi,
    direction: 'response',
    seed: 'lint',
    fitsNode: (schema) => validator.fitsNode(schema, 'response'),
  };
}
