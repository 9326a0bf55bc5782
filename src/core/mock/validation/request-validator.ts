import type { JsonObject, LoadedContract, Operation } from '../../contract/types.js';
import type { SchemaValidator, ValidateValue } from '../../schema/schema-validator.js';
import { appendPointer } from '../../source/json-pointer.js';
import { resolveChild, resolveNode } from '../contract-node.js';
import { isJsonMediaType } from '../http/negotiate.js';
import type { RawValue } from '../params/convert-strings.js';
import { decodeParameter, type ParameterSources, StyleMismatch } from '../params/decode-parameter.js';
import {
  compileParameterSpec,
  isIgnoredHeader,
  type ParameterLocation,
  type ParameterSpec,
} from '../params/parameter-spec.js';
import { splitCookies } from '../params/query-pairs.js';
import { compileFormSpec, type FormSpec } from './form-body.js';
import type { RequestIssue } from './request-issue.js';

export type { ParameterLocation } from '../params/parameter-spec.js';
export type { RequestIssue } from './request-issue.js';

export interface MediaValidator {
  /** undefined when the media type has no schema (or validators are not compiled yet). */
  validate: ValidateValue | undefined;
  /** Urlencoded and multipart bodies: fields and their `encoding`. */
  form: FormSpec | undefined;
}

export interface RequestBodySpec {
  required: boolean;
  /** Media type as written -> its validator. */
  media: Map<string, MediaValidator>;
}

interface ParameterGroup {
  in: ParameterLocation;
  specs: ParameterSpec[];
  /** Every declared name of the location (an exploded object does not claim them). */
  declared: Set<string>;
  validate: ValidateValue;
}

/** Validators of one operation, compiled once (on first use or during warm-up). */
export interface RequestValidator {
  parameters: ParameterGroup[];
  body: RequestBodySpec | undefined;
}

export type RequestParts = Omit<ParameterSources, 'declared'>;

/** Parts given as plain records (a scenario step's `query:` and `headers:`), as a request would carry them. */
export function partsFromRecords(parts: {
  path: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
}): RequestParts {
  const headers = Object.fromEntries(Object.entries(parts.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const query = Object.entries(parts.query).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map(
      (v) => [encodeURIComponent(key), encodeURIComponent(String(v))] as const,
    ),
  );
  return { path: parts.path, query, headers, cookies: splitCookies(headers.cookie) };
}

const FORM_MEDIA_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/** Compiles the parameter and body schemas of `operation`; values are decoded by style before validation. */
export function compileRequestValidator(
  contract: LoadedContract,
  operation: Operation,
  validator: SchemaValidator,
  compile = true,
): RequestValidator {
  const parameters: ParameterGroup[] = [];
  for (const location of ['path', 'query', 'header', 'cookie'] as const) {
    const own = operation.parameters.filter((p) => p.in === location && !isIgnoredHeader(p));
    if (own.length === 0 || !compile) continue;
    const specs = own
      .map((p) => compileParameterSpec(contract.document, p))
      .filter((s): s is ParameterSpec => s !== undefined);
    const properties: JsonObject = {};
    const required: string[] = [];
    for (const spec of specs) {
      properties[spec.key] = spec.schema;
      if (spec.required) required.push(spec.key);
    }
    parameters.push({
      in: location,
      specs,
      declared: new Set(specs.map((s) => s.name)),
      validate: validator.forSchema(
        { type: 'object', properties, required },
        appendPointer(operation.pointer, 'parameters'),
        'request',
      ),
    });
  }
  return { parameters, body: compileBody(contract, operation, validator, compile) };
}

function compileBody(
  contract: LoadedContract,
  operation: Operation,
  validator: SchemaValidator,
  compile: boolean,
): RequestBodySpec | undefined {
  const body = resolveChild(contract.document, operation.pointer, 'requestBody');
  if (!body) return undefined;
  const content = resolveChild(contract.document, body.pointer, 'content');
  const media = new Map<string, MediaValidator>();
  for (const mediaType of Object.keys(content?.node ?? {})) {
    const schemaPointer = appendPointer(body.pointer, 'content', mediaType, 'schema');
    const node = resolveNode(contract.document, appendPointer(body.pointer, 'content', mediaType));
    const hasSchema = compile && node !== undefined && 'schema' in node.node;
    media.set(mediaType, {
      validate: hasSchema ? validator.forPointer(schemaPointer, 'request') : undefined,
      form: node && FORM_MEDIA_TYPE.test(mediaType) ? compileFormSpec(contract.document, node.node) : undefined,
    });
  }
  return { required: body.node.required === true, media };
}

/**
 * Decodes path, query, header and cookie parameters by their style, converts the text to the schemas'
 * types and validates each location. When typed values fail, the same text kept as strings is tried too:
 * `oneOf: [integer, string]` and similar unions then accept what either reading allows.
 */
export function validateParameters(validator: RequestValidator, parts: RequestParts): RequestIssue[] {
  const issues: RequestIssue[] = [];
  for (const group of validator.parameters) {
    const sources: ParameterSources = {
      path: parts.path,
      query: parts.query,
      headers: parts.headers,
      cookies: parts.cookies,
      declared: group.declared,
    };
    const raw: Array<RawValue | undefined> = [];
    for (const spec of group.specs) {
      const value = decodeParameter(spec, sources);
      if (value instanceof StyleMismatch) {
        issues.push({ in: group.in, name: spec.name, message: value.message });
        raw.push(undefined);
      } else raw.push(value);
    }
    const typed = group.validate(valuesOf(group, raw, true));
    if (typed.length === 0) continue;
    if (group.validate(valuesOf(group, raw, false)).length === 0) continue;
    for (const issue of typed) {
      const [, key = '', ...rest] = issue.instancePath.split('/');
      const name = group.specs.find((s) => s.key === key)?.name ?? key;
      issues.push({
        in: group.in,
        name,
        message: `${rest.length > 0 ? `/${rest.join('/')} ` : ''}${issue.message}`,
        location: `${issue.location.file}:${issue.location.line}`,
        keyword: issue.keyword,
      });
    }
  }
  return issues;
}

function valuesOf(group: ParameterGroup, raw: ReadonlyArray<RawValue | undefined>, typed: boolean) {
  const values: Record<string, unknown> = {};
  group.specs.forEach((spec, index) => {
    const value = raw[index];
    if (value === undefined) return;
    values[spec.key] =
      spec.mediaType !== undefined && typeof value === 'string'
        ? parseContent(spec.mediaType, value)
        : spec.convert(value, typed);
  });
  return values;
}

/** A `content` parameter: JSON is parsed, other media types are validated as the text sent. */
function parseContent(mediaType: string, text: string): unknown {
  if (!isJsonMediaType(mediaType)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Checks an already parsed body against the media type's schema. */
export function validateBody(media: MediaValidator | undefined, body: unknown): RequestIssue[] {
  if (!media?.validate) return [];
  return media.validate(body).map((issue) => ({
    in: 'body' as const,
    name: issue.instancePath || '/',
    message: issue.message,
    location: `${issue.location.file}:${issue.location.line}`,
    keyword: issue.keyword,
  }));
}
