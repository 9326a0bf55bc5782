import { Ajv, type ValidateFunction } from 'ajv';
import { configSchema } from '../config/config-schema.js';
import { scenarioSchema } from '../scenario/scenario-schema.js';
import { precompiledValidators } from './precompiled-validators.js';

/** The project's own file formats, checked with every error (`allErrors`) and its schema node (`verbose`). */
export const OWN_SCHEMAS = { config: configSchema, scenario: scenarioSchema };
export const OWN_SCHEMA_OPTIONS = { allErrors: true, verbose: true, strict: false, validateSchema: false };

export type OwnSchema = keyof typeof OWN_SCHEMAS;

const compiled = new Map<OwnSchema, ValidateFunction>();

/**
 * The validator of mockforge.yaml or of a scenario file: compiled into the bundle by scripts/build.mjs (ajv's
 * code generation cost every command about 150 ms at start), else compiled here on first use.
 */
export function ownSchemaValidator(name: OwnSchema): ValidateFunction {
  let validate = compiled.get(name) ?? precompiledValidators[name];
  if (!validate) {
    validate = new Ajv(OWN_SCHEMA_OPTIONS).compile(OWN_SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}
