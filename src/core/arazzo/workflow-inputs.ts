import { isObject } from '../source/json-object.js';
import { inputDefaults } from './input-schema.js';
import type { ArazzoWorkflowPlan } from './types.js';

/** `client_id` -> `MOCKFORGE_INPUT_CLIENT_ID`. */
export function inputEnvName(input: string): string {
  return `MOCKFORGE_INPUT_${input.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

/**
 * A workflow's inputs, first found wins: `--input` values, the environment variable its schema names
 * (`x-mockforge-env`), `MOCKFORGE_INPUT_<NAME>`, the schema's `default`. Only declared inputs are taken
 * (all `--input` values when the schema declares none). Environment text is parsed as JSON unless the
 * input is a string.
 */
export function workflowInputs(
  plan: ArazzoWorkflowPlan,
  given: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, unknown> {
  if (plan.inputNames.length === 0) return { ...given };
  const values: Record<string, unknown> = inputDefaults(plan.inputsSchema);
  for (const name of plan.inputNames) {
    if (Object.hasOwn(given, name)) {
      values[name] = given[name];
      continue;
    }
    const fromEnv = env[plan.inputEnv[name] ?? ''] ?? env[inputEnvName(name)];
    if (fromEnv !== undefined) values[name] = parseEnvValue(fromEnv, propertyType(plan.inputsSchema, name));
  }
  return values;
}

function propertyType(schema: unknown, name: string): unknown {
  if (!isObject(schema)) return undefined;
  const property = isObject(schema.properties) ? schema.properties[name] : undefined;
  if (isObject(property)) return property.type;
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const found = propertyType(part, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

function parseEnvValue(text: string, type: unknown): unknown {
  if (type === 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
