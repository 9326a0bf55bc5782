import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { isJsonMediaType } from '../http/negotiate.js';
import type { MultipartPart } from '../http/parse-multipart.js';
import { propertySchema } from '../params/convert-strings.js';
import { decodePairs, StyleMismatch } from '../params/decode-parameter.js';
import { fieldSpec, type ParameterSpec } from '../params/parameter-spec.js';
import { formDecode, reservedDecode, splitPairs } from '../params/query-pairs.js';
import type { RequestIssue } from './request-issue.js';

/** The fields of a form body (urlencoded or multipart) with their `encoding` entries, compiled once. */
export interface FormSpec {
  fields: Map<string, ParameterSpec>;
  /** Fields whose `encoding` names a style: split by it rather than taken as sent. */
  styled: Set<string>;
  /** `encoding.<field>.contentType`: the media types a multipart part may have. */
  partTypes: Map<string, string[]>;
}

export function compileFormSpec(document: JsonObject, media: JsonObject): FormSpec {
  const schema = resolveLocalRef(document, media.schema);
  const encoding = resolveLocalRef(document, media.encoding);
  const fields = new Map<string, ParameterSpec>();
  const styled = new Set<string>();
  const partTypes = new Map<string, string[]>();
  const properties = isObject(schema) ? resolveLocalRef(document, schema.properties) : undefined;
  for (const name of Object.keys(isObject(properties) ? properties : {})) {
    const entry = isObject(encoding) ? resolveLocalRef(document, encoding[name]) : undefined;
    const own = isObject(entry) ? entry : {};
    const style = typeof own.style === 'string' ? own.style : 'form';
    if (typeof own.style === 'string' || typeof own.explode === 'boolean') styled.add(name);
    if (typeof own.contentType === 'string')
      partTypes.set(
        name,
        own.contentType.split(',').map((t) => t.trim().toLowerCase()),
      );
    fields.set(
      name,
      fieldSpec(document, {
        name,
        in: 'query',
        key: name,
        required: false,
        style,
        explode: typeof own.explode === 'boolean' ? own.explode : style === 'form',
        allowReserved: own.allowReserved === true,
        mediaType: undefined,
        schema: isObject(schema) ? (propertySchema(document, schema, name) ?? {}) : {},
      }),
    );
  }
  return { fields, styled, partTypes };
}

/**
 * An urlencoded body as an object of typed values: declared fields by their encoding's style (an object
 * field without one is JSON, as OpenAPI's example says, or `field[key]` pairs); other keys as sent.
 */
export function decodeUrlencoded(
  spec: FormSpec | undefined,
  text: string,
): { value: JsonObject; issues: RequestIssue[] } {
  const pairs = splitPairs(text);
  const form: JsonObject = {};
  const issues: RequestIssue[] = [];
  const declared = new Set(spec?.fields.keys() ?? []);
  for (const field of spec?.fields.values() ?? []) {
    const decode = field.allowReserved ? reservedDecode : formDecode;
    const asJsonOrDeep = field.shape === 'object' && !spec?.styled.has(field.name);
    const whole = asJsonOrDeep ? decodePairs({ ...field, shape: 'primitive' }, pairs, declared, decode) : undefined;
    if (typeof whole === 'string') {
      form[field.name] = parseJsonOr(whole);
      continue;
    }
    const value = decodePairs(asJsonOrDeep ? { ...field, style: 'deepObject' } : field, pairs, declared, decode);
    if (value instanceof StyleMismatch)
      issues.push({ in: 'body', name: `/${field.name}`, message: `field '${field.name}' ${value.message}` });
    else if (value !== undefined) form[field.name] = field.convert(value, true);
  }
  for (const [rawKey, rawValue] of pairs) {
    const key = formDecode(rawKey);
    if (key === '__proto__' || declared.has(key) || isClaimed(spec, key)) continue;
    const value = formDecode(rawValue);
    const existing = form[key];
    form[key] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing as string, value];
  }
  return { value: form, issues };
}

/** Keys an exploded object field or a `field[key]` pair has taken. */
function isClaimed(spec: FormSpec | undefined, key: string): boolean {
  if (!spec) return false;
  const bracket = key.indexOf('[');
  if (bracket > 0 && spec.fields.has(key.slice(0, bracket))) return true;
  for (const field of spec.fields.values()) {
    if (field.shape === 'object' && field.explode && spec.styled.has(field.name) && field.properties.has(key))
      return true;
  }
  return false;
}

/**
 * A multipart body as an object: each part under its name (repeated names make a list), text converted to
 * the field's types, JSON parts parsed, files kept as their bytes (latin1, so lengths are byte counts).
 * A part whose Content-Type the field's `encoding` does not allow, or bad JSON, is an issue naming it.
 */
export function decodeMultipart(
  spec: FormSpec | undefined,
  parts: readonly MultipartPart[],
): { value: JsonObject; issues: RequestIssue[] } {
  const issues: RequestIssue[] = [];
  const byName = new Map<string, unknown[]>();
  for (const part of parts) {
    if (part.name === '__proto__') continue;
    const allowed = spec?.partTypes.get(part.name);
    if (allowed && part.typed && !allowed.some((type) => mediaTypeMatches(type, part.contentType))) {
      issues.push({
        in: 'body',
        name: `/${part.name}`,
        message: `part '${part.name}' is ${part.contentType}; the contract's encoding allows ${allowed.join(', ')}`,
      });
    }
    const field = spec?.fields.get(part.name);
    const json = isJsonMediaType(part.contentType) || (!part.typed && field?.shape === 'object');
    let value: unknown;
    if (json) {
      try {
        value = JSON.parse(part.data.toString('utf8'));
      } catch {
        issues.push({ in: 'body', name: `/${part.name}`, message: `part '${part.name}' is not valid JSON` });
        value = part.data.toString('utf8');
      }
    } else {
      const text = part.filename !== undefined || !part.contentType.startsWith('text/');
      value = { text: part.data.toString(text ? 'latin1' : 'utf8') };
    }
    byName.set(part.name, [...(byName.get(part.name) ?? []), value]);
  }
  const form: JsonObject = {};
  for (const [name, values] of byName) {
    const field = spec?.fields.get(name);
    const texts = values.map((v) => (isObject(v) && typeof v.text === 'string' ? v.text : undefined));
    if (texts.some((t) => t === undefined)) {
      form[name] = values.length === 1 ? values[0] : values.map((v, i) => texts[i] ?? v);
      continue;
    }
    const strings = texts as string[];
    if (!field) {
      form[name] = strings.length === 1 ? strings[0] : strings;
      continue;
    }
    let raw: string | string[] = strings.length === 1 ? (strings[0] as string) : strings;
    if (typeof raw === 'string' && field.shape === 'array' && spec?.styled.has(name)) {
      const decoded = decodePairs(field, [[encodeURIComponent(name), encodeURIComponent(raw)]], new Set(), formDecode);
      if (Array.isArray(decoded)) raw = decoded as string[];
    }
    form[name] = field.convert(raw, true);
  }
  return { value: form, issues };
}

function mediaTypeMatches(allowed: string, actual: string): boolean {
  if (allowed === '*/*' || allowed === actual) return true;
  return allowed.endsWith('/*') && actual.startsWith(allowed.slice(0, -1));
}

function parseJsonOr(text: string): unknown {
  if (!/^\s*[{[]/.test(text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
