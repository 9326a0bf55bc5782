import { resolveLocalRef } from '../../contract/resolve-ref.js';
import type { JsonObject } from '../../contract/types.js';
import { isObject } from '../../source/json-object.js';
import { type ConvertStrings, compileConverter, declaredProperties, schemaShape } from './convert-strings.js';

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** How one parameter (or form field) is serialized, compiled once from its definition. */
export interface ParameterSpec {
  name: string;
  in: ParameterLocation;
  /** The name as looked up: lower-case for headers. */
  key: string;
  required: boolean;
  style: string;
  explode: boolean;
  allowReserved: boolean;
  shape: 'array' | 'object' | 'primitive';
  /** For objects: the property names an exploded form spreads over the query. */
  properties: Set<string>;
  /** For objects: whether keys other than the declared properties belong to it. */
  openProperties: boolean;
  /** A `content` parameter: its value is a serialized document of this media type. */
  mediaType: string | undefined;
  /** The schema as written (refs in place), for validation. */
  schema: unknown;
  convert: ConvertStrings;
}

const DEFAULT_STYLE: Record<ParameterLocation, string> = {
  path: 'simple',
  query: 'form',
  header: 'simple',
  cookie: 'form',
};

/**
 * OpenAPI says a header parameter named Accept, Content-Type or Authorization SHALL be ignored: content
 * negotiation and security schemes describe those headers.
 */
export function isIgnoredHeader(parameter: JsonObject): boolean {
  return parameter.in === 'header' && /^(accept|content-type|authorization)$/i.test(String(parameter.name));
}

export function compileParameterSpec(document: JsonObject, parameter: JsonObject): ParameterSpec | undefined {
  const location = parameter.in;
  if (location !== 'path' && location !== 'query' && location !== 'header' && location !== 'cookie') return undefined;
  const name = String(parameter.name);
  const content = resolveLocalRef(document, parameter.content);
  const [mediaType, media] = isObject(content) ? (Object.entries(content)[0] ?? []) : [];
  const schema = mediaType !== undefined ? (isObject(media) ? media.schema : undefined) : parameter.schema;
  const style = typeof parameter.style === 'string' ? parameter.style : DEFAULT_STYLE[location];
  return fieldSpec(document, {
    name,
    in: location,
    key: location === 'header' ? name.toLowerCase() : name,
    required: parameter.required === true || location === 'path',
    style,
    explode: typeof parameter.explode === 'boolean' ? parameter.explode : style === 'form',
    allowReserved: parameter.allowReserved === true,
    mediaType,
    schema: schema ?? {},
  });
}

/** The spec of a parameter-like value (also a form field with an `encoding` entry). */
export function fieldSpec(
  document: JsonObject,
  base: Omit<ParameterSpec, 'shape' | 'properties' | 'openProperties' | 'convert'>,
): ParameterSpec {
  const resolved = resolveLocalRef(document, base.schema);
  const additional = isObject(resolved) ? resolved.additionalProperties : undefined;
  const properties = declaredProperties(document, base.schema);
  return {
    ...base,
    shape: base.mediaType !== undefined ? 'primitive' : schemaShape(document, base.schema),
    properties,
    openProperties: properties.size === 0 ? additional !== false : additional !== undefined && additional !== false,
    convert: compileConverter(document, base.schema),
  };
}
