import { configSchema } from '../config/config-schema.js';
import { scenarioSchema } from '../scenario/scenario-schema.js';

/** The project's own file formats, checked with every error (`allErrors`) and its schema node (`verbose`). */
export const OWN_SCHEMAS = { config: configSchema, scenario: scenarioSchema };
export const OWN_SCHEMA_OPTIONS = { allErrors: true, verbose: true, strict: false, validateSchema: false };

export type OwnSchema = keyof typeof OWN_SCHEMAS;
