import { Ajv, type ValidateFunction } from 'ajv';
import { OWN_SCHEMA_OPTIONS, OWN_SCHEMAS, type OwnSchema } from './own-schemas.js';

const compiled = new Map<OwnSchema, ValidateFunction>();

/**
 * The validator of mockforge.yaml or of a scenario file, compiled on first use. In the bundle
 * scripts/build.mjs replaces this module with the validators compiled at build time (ajv standalone code,
 * the same options): every command start is spared ajv's code generation (about 150 ms) and ajv itself.
 */
export function ownSchemaValidator(name: OwnSchema): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = new Ajv(OWN_SCHEMA_OPTIONS).compile(OWN_SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}
