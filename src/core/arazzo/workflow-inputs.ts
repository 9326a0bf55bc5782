import { inputProperties } from './input-schema.js';
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
  const declared = inputProperties(plan.inputsSchema);
  if (declared.size === 0) return { ...given };
  const values: Record<string, unknown> = {};
  for (const [name, property] of declared) {
    const named = property['x-mockforge-env'];
    const fromEnv = (typeof named === 'string' ? env[named] : undefined) ?? env[inputEnvName(name)];
    if (Object.hasOwn(given, name)) values[name] = given[name];
    else if (fromEnv !== undefined) values[name] = parseEnvValue(fromEnv, property.type);
    else if ('default' in property) values[name] = property.default;
  }
  return values;
}

function parseEnvValue(text: string, type: unknown): unknown {
  if (type === 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
