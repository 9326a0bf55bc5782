import type { JsonObject } from '../../contract/types.js';
import { fitsDeclaredType } from '../data/fits-schema.js';
import { looseName, type Resource } from './resources.js';

/**
 * A request body as record fields: a field the record schema names is kept, one that differs only in case
 * and separators is renamed to it (Twilio's form field `FriendlyName` -> `friendly_name`), and any other
 * field is kept only where the record schema allows extra properties. A scalar of another type than the
 * property's is converted when that is lossless (`ttl: 3600` -> `'3600'`), else left out, so the persona's
 * value stands and the record still fits the contract.
 */
export function recordFields(resource: Resource, body: JsonObject): JsonObject {
  const fields: JsonObject = {};
  for (const [key, value] of Object.entries(body)) {
    const name = resource.properties.has(key) ? key : resource.propertiesByLooseName.get(looseName(key));
    if (name === undefined) {
      if (!resource.closed) fields[key] = value;
      continue;
    }
    const fitted = asType(value, resource.properties.get(name));
    if (fitted !== undefined) fields[name] = fitted.value;
  }
  return fields;
}

/** The value in the property's declared type, or undefined when it cannot be without loss. */
function asType(value: unknown, schema: JsonObject | undefined): { value: unknown } | undefined {
  const declared = schema?.type;
  const types = Array.isArray(declared) ? declared.map(String) : typeof declared === 'string' ? [declared] : [];
  if (types.length === 0 || value === null) return { value };
  if (fitsDeclaredType(value, { type: types })) return { value };
  const actual = typeof value;
  if (types.includes('string') && (actual === 'number' || actual === 'boolean')) return { value: String(value) };
  if (actual === 'string') {
    const text = value as string;
    if (
      (types.includes('number') || types.includes('integer')) &&
      text.trim() !== '' &&
      Number.isFinite(Number(text))
    ) {
      const number = Number(text);
      if (types.includes('number') || Number.isInteger(number)) return { value: number };
    }
    if (types.includes('boolean') && (text === 'true' || text === 'false')) return { value: text === 'true' };
  }
  return undefined;
}
