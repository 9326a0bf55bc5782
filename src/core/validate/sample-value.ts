import { resolveLocalRef } from '../contract/resolve-ref.js';
import type { JsonObject } from '../contract/types.js';
import { createRandom, hashSeed } from '../mock/random.js';
import { stringForPattern } from '../schema/string-for-pattern.js';

/**
 * A value that satisfies a schema, for request parameters and bodies: the contract's own example or default
 * first, then one built from the constraints (enum, const, pattern, formats, lengths, bounds, required
 * properties, the first oneOf/anyOf branch, allOf merged). Deterministic: the same contract gives the same
 * requests, so a finding's curl command reproduces it.
 */
export function sampleValue(schema: unknown, document: JsonObject, name = '', depth = 0): unknown {
  const node = (resolveLocalRef(document, schema) ?? {}) as JsonObject;
  if ('example' in node) return node.example;
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples[0];
  if ('default' in node) return node.default;
  if ('const' in node) return node.const;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum.find((v) => v !== null) ?? node.enum[0];
  if (Array.isArray(node.allOf)) {
    const parts = node.allOf.map((part) => sampleValue(part, document, name, depth + 1));
    const own = sampleOwn(node, document, name, depth);
    if (parts.every((p) => p !== null && typeof p === 'object' && !Array.isArray(p))) {
      return Object.assign({}, ...parts, own && typeof own === 'object' ? own : {});
    }
    return parts[0];
  }
  const branches = (node.oneOf ?? node.anyOf) as unknown[] | undefined;
  if (Array.isArray(branches) && branches.length > 0) {
    const value = sampleValue(branches[0], document, name, depth + 1);
    const discriminator = node.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
    if (discriminator?.propertyName && value && typeof value === 'object' && !Array.isArray(value)) {
      const ref = (branches[0] as JsonObject).$ref;
      const mapped = Object.entries(discriminator.mapping ?? {}).find(([, target]) => target === ref)?.[0];
      const fallback = typeof ref === 'string' ? ref.split('/').at(-1) : undefined;
      const key = mapped ?? fallback;
      if (key !== undefined) (value as JsonObject)[discriminator.propertyName] = key;
    }
    return value;
  }
  return sampleOwn(node, document, name, depth);
}

function sampleOwn(node: JsonObject, document: JsonObject, name: string, depth: number): unknown {
  const types = Array.isArray(node.type) ? node.type : [node.type];
  const type = (types.find((t) => t !== 'null') ?? (node.properties ? 'object' : undefined)) as string | undefined;
  switch (type) {
    case 'object':
      return sampleObject(node, document, depth);
    case 'array': {
      if (depth > 8) return [];
      const count = Math.max(Number(node.minItems ?? 1), 1);
      return Array.from({ length: count }, () => sampleValue(node.items, document, name, depth + 1));
    }
    case 'integer':
    case 'number':
      return sampleNumber(node, type);
    case 'boolean':
      return true;
    case 'string':
      return sampleString(node, name);
    default:
      return node.properties || node.required ? sampleObject(node, document, depth) : sampleString(node, name);
  }
}

function sampleObject(node: JsonObject, document: JsonObject, depth: number): JsonObject {
  const out: JsonObject = {};
  if (depth > 8) return out;
  const properties = (node.properties ?? {}) as JsonObject;
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  for (const [key, sub] of Object.entries(properties)) {
    const resolved = (resolveLocalRef(document, sub) ?? {}) as JsonObject;
    if (resolved.readOnly === true) continue;
    // Optional properties are included only near the top: deep optional trees add noise, not coverage.
    if (!required.has(key) && depth > 2) continue;
    out[key] = sampleValue(sub, document, key, depth + 1);
  }
  for (const key of required) if (!(key in out)) out[key] = sampleString({}, key);
  return out;
}

function sampleNumber(node: JsonObject, type: string): number {
  const min = typeof node.minimum === 'number' ? node.minimum : undefined;
  const max = typeof node.maximum === 'number' ? node.maximum : undefined;
  let value = min ?? (max !== undefined ? Math.min(max, 1) : 1);
  if (node.exclusiveMinimum === true || (typeof node.exclusiveMinimum === 'number' && value <= node.exclusiveMinimum)) {
    value = (typeof node.exclusiveMinimum === 'number' ? node.exclusiveMinimum : value) + 1;
  }
  if (typeof node.multipleOf === 'number' && node.multipleOf > 0) {
    value = Math.ceil(value / node.multipleOf) * node.multipleOf;
  }
  return type === 'integer' ? Math.ceil(value) : value;
}

const FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '12:00:00Z',
  email: 'alice@example.com',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  'uri-reference': '/example',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  byte: 'ZXhhbXBsZQ==',
  phone: '+15005550006',
};

function sampleString(node: JsonObject, name: string): string {
  const format = typeof node.format === 'string' ? node.format : undefined;
  const minLength = typeof node.minLength === 'number' ? node.minLength : 0;
  const maxLength = typeof node.maxLength === 'number' ? node.maxLength : Number.POSITIVE_INFINITY;
  let value: string | undefined;
  if (typeof node.pattern === 'string')
    value = stringForPattern(node.pattern, createRandom(hashSeed(node.pattern, name)), { minLength, maxLength });
  if (value !== undefined) return value;
  if (format) value = FORMATS[format];
  value ??= name ? `${name}_1` : 'string';
  if (value.length < minLength) value = value.padEnd(minLength, 'x');
  if (value.length > maxLength) value = value.slice(0, maxLength);
  return value;
}
