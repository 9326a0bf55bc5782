import type { JsonObject } from '../contract/types.js';
import { isObject } from '../source/json-object.js';

/** What a secret's value becomes in recorded files, journal curl lines and reports. */
export const REDACTED = 'REDACTED';

/** Name parts that mark a secret (compared without case and without `-`, `_`, `.`). */
const SECRET_PARTS = [
  'password',
  'passwd',
  'secret',
  'token',
  'apikey',
  'accesskey',
  'privatekey',
  'credential',
  'authorization',
  'cookie',
  'signature',
  'sessionid',
  'cardnumber',
];
/** Short names matched whole only (`ssn`, not `classname`). */
const SECRET_NAMES = new Set(['auth', 'pin', 'otp', 'cvv', 'cvc', 'ssn', 'session']);

/** Decides by name whether a header, query parameter or body property holds a secret. */
export type IsSecret = (name: string) => boolean;

/** Secrets by name pattern, plus the names the contract's apiKey schemes use (`X-Custom-Key`). */
export function secretNames(document: JsonObject): IsSecret {
  const schemes = isObject(document.components) ? document.components.securitySchemes : undefined;
  const extra = new Set<string>();
  for (const scheme of Object.values(isObject(schemes) ? schemes : {})) {
    if (isObject(scheme) && scheme.type === 'apiKey' && typeof scheme.name === 'string')
      extra.add(normalize(scheme.name));
  }
  return (name) => {
    const flat = normalize(name);
    return SECRET_NAMES.has(flat) || extra.has(flat) || SECRET_PARTS.some((part) => flat.includes(part));
  };
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}

/** Header values of secret names replaced. */
export function redactHeaders(headers: Record<string, string>, isSecret: IsSecret): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = isSecret(name) ? REDACTED : value;
  return out;
}

/**
 * A JSON value with everything under a secret-named property replaced: strings by REDACTED, numbers by 0,
 * deeper values leaf by leaf (the shape stays, so the result can still be checked against the contract).
 */
export function redactValue(value: unknown, isSecret: IsSecret, inSecret = false): unknown {
  if (Array.isArray(value)) return value.map((item) => redactValue(item, isSecret, inSecret));
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value))
      out[key] = redactValue(child, isSecret, inSecret || isSecret(key));
    return out;
  }
  if (!inSecret) return value;
  if (typeof value === 'string') return REDACTED;
  if (typeof value === 'number') return 0;
  return value;
}

/** A query string with the values of secret-named parameters replaced (`?api_key=REDACTED&page=2`). */
export function redactQuery(query: string, isSecret: IsSecret): string {
  if (query === '') return query;
  return query
    .split('&')
    .map((pair) => {
      const index = pair.indexOf('=');
      const name = index < 0 ? pair : pair.slice(0, index);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // keep it as sent
      }
      return index >= 0 && isSecret(decoded) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
}

/** A body as text with secrets replaced: JSON bodies property by property, form bodies field by field. */
export function redactBody(text: string, contentType: string | undefined, isSecret: IsSecret): string {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('x-www-form-urlencoded')) return redactQuery(text, isSecret);
  try {
    return JSON.stringify(redactValue(JSON.parse(text), isSecret));
  } catch {
    return text;
  }
}
