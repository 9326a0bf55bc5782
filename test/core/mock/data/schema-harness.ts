import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadContract } from '../../../../src/core/contract/load-contract.js';
import type { LoadedContract } from '../../../../src/core/contract/types.js';
import { generateValue } from '../../../../src/core/mock/data/generate-value.js';
import { SchemaValidator } from '../../../../src/core/schema/schema-validator.js';
import { tempProject } from '../../../helpers/temp-project.js';

/** A real contract holding `schemas` as components, loaded as every command loads one. */
export function contractOf(schemas: Record<string, unknown>, openapi = '3.0.3'): LoadedContract {
  const dir = tempProject({
    'api.yaml': stringify({ openapi, info: { title: 't', version: '1' }, paths: {}, components: { schemas } }),
  });
  return loadContract(join(dir, 'api.yaml'));
}

/** Generates the component `name` and returns it with the validator's issues (by the real SchemaValidator). */
export function generateChecked(
  contract: LoadedContract,
  name: string,
  options: { seed?: string; direction?: 'request' | 'response'; propertyPath?: string[] } = {},
) {
  const direction = options.direction ?? 'response';
  const validator = new SchemaValidator(contract);
  const value = generateValue(
    { $ref: `#/components/schemas/${name}` },
    {
      document: contract.document,
      openapi: contract.openapi,
      direction,
      seed: options.seed ?? 'test',
      fitsNode: (node) => validator.fitsNode(node, direction),
      ...(options.propertyPath ? { propertyPath: options.propertyPath } : {}),
    },
  );
  const issues = validator.forPointer(`/components/schemas/${name}`, direction)(value);
  return { value, issues: issues.map((i) => `${i.instancePath} ${i.message}`) };
}
