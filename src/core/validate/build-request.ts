import { splitPathKey } from '../contract/path-key.js';
import type { JsonObject, LoadedContract, Operation } from '../contract/types.js';
import type { PlannedRequest } from '../http/transport.js';
import { resolveChild } from '../mock/contract-node.js';
import { namedExamples } from '../mock/data/generate-example.js';
import { generateFitting } from '../mock/data/generate-value.js';
import { encodeXml, isXmlMediaType } from '../mock/response/encode-xml.js';
import { isObject } from '../source/json-object.js';
import { appendPointer, getAtPointer } from '../source/json-pointer.js';
import { madeUpPathValue } from './path-values.js';
import { sampleValue } from './sample-value.js';

export interface RequestInputs {
  /** Base URL of the target, e.g. `http://localhost:8081` (its own path, if any, replaces the contract's basePath). */
  target: string;
  /** Path parameter values known from scenarios (`/api/users/user_123` gives `{id: 'user_123'}`). */
  pathValues?: Record<string, string>;
  /** Headers added to every request (`--header`), e.g. auth. */
  headers?: Record<string, string>;
  /** A request body a scenario step sent to this operation: used instead of a sampled one. */
  body?: unknown;
  /** The contract's request-direction checks: bodies are chosen and generated to fit them. */
  fits?: RequestFits;
  /** A negative request: one parameter (`query:limit`) sent as this raw text, or left out when `value` is undefined. */
  override?: { key: string; value: string | undefined };
}

/** Whether a value fits a schema of the contract in the request direction, by pointer or by schema node. */
export interface RequestFits {
  pointer(schemaPointer: string): (value: unknown) => boolean;
  node(schema: object): (value: unknown) => boolean;
}

const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/** One request for an operation, every required parameter filled from examples, scenarios or the schema. */
export function buildRequest(contract: LoadedContract, operation: Operation, inputs: RequestInputs): PlannedRequest {
  const document = contract.document;
  const headers: Record<string, string> = {};
  const query = new URLSearchParams();
  const cookies: string[] = [];
  // An untrusted contract's path must not move the request off the target (`@evil.example/x` after the port).
  const key = splitPathKey(operation.path);
  // Literal text of the key is percent-encoded where a URL path needs it (`/test path/100%`).
  let path = (key.path.startsWith('/') ? key.path : `/${key.path}`).replace(/\{[^}]*\}|[^{]+/g, (piece) =>
    piece.startsWith('{') ? piece : piece.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (c) => encodeURIComponent(c)),
  );
  // What the key encodes after `?` goes in the query; after `#` (never sent by clients) in a header. A name
  // alone is a parameter the request carries: sent below as that parameter, even an optional one.
  const named = new Set<string>();
  for (const condition of key.conditions) {
    if (condition.value === undefined) named.add(condition.name);
    else if (condition.from === 'query') query.append(condition.name, condition.value);
    else headers[condition.name.toLowerCase()] = condition.value;
  }
  for (const parameter of operation.parameters) {
    const name = parameter.name as string;
    const where = parameter.in;
    const overridden = inputs.override?.key === `${String(where)}:${name}` ? inputs.override : undefined;
    if (where === 'path') {
      const value = overridden
        ? (overridden.value ?? '')
        : (inputs.pathValues?.[name] ?? madeUpPathValue(contract, operation, parameter).value);
      path = path.split(`{${name}}`).join(encodeURIComponent(value));
      continue;
    }
    const conditioned = named.delete(name);
    const wanted = parameter.required === true || conditioned;
    if (overridden?.value === undefined && (overridden || !wanted)) continue;
    const value = overridden ? overridden.value : parameterValue(parameter, document);
    if (where === 'query') {
      for (const item of Array.isArray(value) ? value : [value]) query.append(name, serialise(item));
    } else if (where === 'header' && !RESERVED_HEADERS.has(name.toLowerCase())) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.map(serialise).join(',') : serialise(value);
    } else if (where === 'cookie') {
      cookies.push(`${name}=${encodeURIComponent(serialise(value))}`);
    }
  }
  for (const name of named) {
    const condition = key.conditions.find((c) => c.name === name);
    if (condition?.from === 'query') query.append(name, '');
    else headers[name.toLowerCase()] = '';
  }
  if (cookies.length > 0) headers.cookie = cookies.join('; ');
  const body = encodeBody(requestBodyValue(operation, document, inputs.body, inputs.fits), document);
  if (body) headers['content-type'] = body.contentType;
  Object.assign(headers, lowerKeys(inputs.headers ?? {}));
  const search = query.toString();
  const planned: PlannedRequest = {
    method: operation.method.toUpperCase(),
    url: `${baseUrl(inputs.target, operation.basePath ?? contract.basePath)}${path}${search ? `?${search}` : ''}`,
    headers,
  };
  if (body) planned.body = body.text;
  return planned;
}

function baseUrl(target: string, basePath: string): string {
  const url = new URL(target);
  const own = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${own || basePath}`;
}

function parameterValue(parameter: JsonObject, document: JsonObject): unknown {
  if ('example' in parameter) return parameter.example;
  const first = namedExamples(parameter, document).values().next();
  if (!first.done) return first.value;
  return sampleValue(parameter.schema ?? { type: 'string' }, document, parameter.name as string);
}

function serialise(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** The body an operation takes, before encoding: its media type, the pointer of its schema, the value. */
export interface BodyValue {
  contentType: string;
  schemaPointer: string;
  value: unknown;
  /** `requestBody.required`: without it, sending no body at all is a valid request. */
  required: boolean;
}

/** The body for an operation that takes one: JSON preferred, then forms (urlencoded, multipart), XML, plain text. */
export function requestBodyValue(
  operation: Operation,
  document: JsonObject,
  given: unknown,
  fits: RequestInputs['fits'],
): BodyValue | undefined {
  const body = resolveChild(document, operation.pointer, 'requestBody');
  const content = (body?.node.content ?? {}) as JsonObject;
  const types = Object.keys(content);
  const chosen =
    types.find((t) => /^application\/json\b/i.test(t)) ??
    types.find((t) => /\+json\b/i.test(t)) ??
    types.find((t) => /^application\/x-www-form-urlencoded\b/i.test(t)) ??
    types.find((t) => /^multipart\/form-data\b/i.test(t)) ??
    types.find((t) => isXmlMediaType(t)) ??
    types.find((t) => /^text\//i.test(t));
  if (!chosen || !body) return undefined;
  const media = resolveChild(document, body.pointer, 'content', chosen);
  const schemaPointer = appendPointer(media?.pointer ?? appendPointer(body.pointer, 'content', chosen), 'schema');
  let value: unknown = given;
  if (value === undefined && media) {
    // The contract's examples first, but only one that fits its own schema: an invalid example (Twilio has
    // `VoiceFallbackUrl: ''` for a `format: uri`) would be refused and look like drift. Else a generated
    // body that fits (a `oneOf` value fits exactly one branch, items are unique where asked): a body the
    // contract refuses would be refused by a faithful service too, and read as drift.
    const fitsBody = fits?.pointer(schemaPointer) ?? (() => true);
    const examples = [
      ...('example' in media.node ? [media.node.example] : []),
      ...namedExamples(media.node, document).values(),
    ];
    value = examples.find(fitsBody);
    if (value === undefined) {
      const context = {
        document,
        openapi: String(document.openapi).startsWith('3.1') ? ('3.1' as const) : ('3.0' as const),
        direction: 'request' as const,
        seed: `${operation.method} ${operation.path}`,
        ...(fits ? { fitsNode: fits.node } : {}),
      };
      value = generateFitting(media.node.schema ?? {}, context, fitsBody);
    }
  }
  return { contentType: chosen, schemaPointer, value, required: body.node.required === true };
}

function encodeBody(
  body: BodyValue | undefined,
  document: JsonObject,
): { contentType: string; text: string } | undefined {
  if (!body) return undefined;
  const { contentType: chosen, value } = body;
  // Written as the mock writes XML answers: per the schema's `xml` objects.
  if (isXmlMediaType(chosen) && typeof value !== 'string')
    return { contentType: chosen, text: encodeXml(document, getAtPointer(document, body.schemaPointer), value) };
  if (/form-urlencoded/i.test(chosen)) {
    const form = new URLSearchParams();
    for (const [key, item] of Object.entries((value ?? {}) as JsonObject)) {
      for (const v of Array.isArray(item) ? item : [item]) form.append(key, serialise(v));
    }
    return { contentType: chosen, text: form.toString() };
  }
  if (/^multipart\/form-data\b/i.test(chosen)) return encodeMultipart(value);
  if (/^text\//i.test(chosen)) return { contentType: chosen, text: serialise(value) };
  return { contentType: chosen, text: JSON.stringify(value ?? {}) };
}

const BOUNDARY = 'mockforge-form-boundary';

/**
 * A multipart/form-data body (RFC 7578): one part per field (a list gives one part per item), objects as
 * JSON parts, everything else as text (a `format: binary` file is sent as its generated text).
 */
function encodeMultipart(value: unknown): { contentType: string; text: string } {
  const lines: string[] = [];
  for (const [key, item] of Object.entries(isObject(value) ? value : {})) {
    for (const v of Array.isArray(item) ? item : [item]) {
      const name = key.replace(/["\r\n]/g, '_');
      lines.push(`--${BOUNDARY}`, `Content-Disposition: form-data; name="${name}"`);
      if (v !== null && typeof v === 'object') lines.push('Content-Type: application/json');
      lines.push('', serialise(v));
    }
  }
  lines.push(`--${BOUNDARY}--`, '');
  return { contentType: `multipart/form-data; boundary=${BOUNDARY}`, text: lines.join('\r\n') };
}
