import type { ValidateFunction } from 'ajv';
import type { OwnSchema } from './own-schemas.js';

/**
 * Empty as written: scripts/build.mjs replaces this module in the bundle with the validators of OWN_SCHEMAS
 * compiled at build time (ajv standalone code, same options). Without a bundle (tests on the sources) each
 * is compiled on first use instead (see ownSchemaValidator).
 */
export const precompiledValidators: Partial<Record<OwnSchema, ValidateFunction>> = {};
