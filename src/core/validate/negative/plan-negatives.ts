import { type SecurityScheme, securityRequirementOf } from '../../contract/security-requirements.js';
import type { JsonObject, LoadedContract, Operation } from '../../contract/types.js';
import type { SourceLocation } from '../../errors.js';
import type { PlannedRequest } from '../../http/transport.js';
import { resolveNode } from '../../mock/contract-node.js';
import { createRandom, hashSeed } from '../../mock/random.js';
import { isXmlMediaType } from '../../mock/response/encode-xml.js';
import type { SchemaIssue } from '../../schema/schema-validator.js';
import { isObject } from '../../source/json-object.js';
import { appendPointer, getAtPointer } from '../../source/json-pointer.js';
import type { BodyValue, RequestInputs } from '../build-request.js';
import { NEGATIVE_KINDS, type NegativeCase, type NegativeKind } from '../types.js';
import { objectShape } from './object-shape.js';
import { violationsOf } from './violations.js';

export interface NegativeRequest {
  negative: NegativeCase;
  /** Built only when picked: an operation may have hundreds of candidates. */
  request: () => PlannedRequest;
  /**
   * The contract line the request breaks: the violated keyword, the parameter, the body's content, the
   * security. Worked out only for a finding: locating runs the position-keeping YAML parser.
   */
  location: () => SourceLocation;
}

export interface NegativePlanInputs {
  contract: LoadedContract;
  operation: Operation;
  /** The positive request of the operation with these changes (path values and headers as the session has them). */
  build: (changes: Pick<RequestInputs, 'body' | 'override'>) => PlannedRequest;
  /** The positive body, before encoding. */
  body: BodyValue | undefined;
  /** Whether a body value fits the body schema: a "negative" that fits is no negative and is dropped. */
  bodyFits: (value: unknown) => boolean;
  /** The same for a raw parameter value (strings coerced as the service reads them). */
  parameterFits: (parameter: JsonObject, value: string) => boolean;
  /** How a body value or a parameter value breaks its schema (for the location of a finding). */
  bodyIssues: (value: unknown) => SchemaIssue[];
  parameterIssues: (parameter: JsonObject, value: string) => SchemaIssue[];
  locate: (pointer: string) => SourceLocation;
  /** Write methods may be sent (not in safe mode): an undocumented method is one. */
  writesAllowed: boolean;
}

/** A reason a kind was not sent for an operation; kinds the operation cannot break are not listed at all. */
export interface NegativePlan {
  requests: NegativeRequest[];
  notSent: Array<{ kind: NegativeKind; reason: string }>;
}

const WRITE_METHODS = ['patch', 'put', 'post', 'delete'] as const;
const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const WRONG_MEDIA_TYPES = ['application/xml', 'text/csv', 'application/octet-stream'];

/**
 * Every request that breaks the operation's contract in one way: each required parameter or body field
 * missing, each field of the wrong type, past each bound, outside its enum, off its pattern, an unknown
 * property where none is allowed, a body of an undeclared media type, an undocumented method on the path,
 * and no or wrong credentials where the contract asks for them. Each is checked to really break the schema.
 */
export function planNegatives(inputs: NegativePlanInputs): NegativePlan {
  const requests: NegativeRequest[] = [];
  const notSent: NegativePlan['notSent'] = [];
  const add: Add = (negative, request, location, expected = '4xx') =>
    requests.push({ negative: { ...negative, expected }, request, location });
  planParameters(inputs, add);
  planBody(inputs, add);
  planMethod(inputs, add, notSent);
  planSecurity(inputs, add);
  return { requests, notSent };
}

type Add = (
  negative: Omit<NegativeCase, 'expected'>,
  request: () => PlannedRequest,
  location: () => SourceLocation,
  expected?: string,
) => void;

function planParameters(inputs: NegativePlanInputs, add: Add): void {
  const document = inputs.contract.document;
  for (const parameter of inputs.operation.parameters) {
    const name = String(parameter.name);
    const where = String(parameter.in);
    if (where === 'cookie' || (where === 'header' && RESERVED_HEADERS.has(name.toLowerCase()))) continue;
    const key = `${where}:${name}`;
    const field = `${where} ${name}`;
    const at = () => inputs.locate(parameterPointer(document, inputs.operation, parameter));
    // A path without its parameter is another URL (often the collection), not a request missing a value.
    if (parameter.required === true && where !== 'path') {
      const kind = where === 'header' ? 'missing_header' : 'missing_required';
      const how = `required ${where} parameter left out`;
      add({ kind, field, how }, () => inputs.build({ override: { key, value: undefined } }), at);
    }
    for (const violation of violationsOf(parameter.schema, document, true)) {
      const value = String(violation.value);
      if (where === 'path' && value === '') continue;
      if (inputs.parameterFits(parameter, value)) continue;
      const location = () => inputs.parameterIssues(parameter, value)[0]?.location ?? at();
      add(
        { kind: violation.kind, field, how: violation.how },
        () => inputs.build({ override: { key, value } }),
        location,
      );
    }
  }
}

function planBody(inputs: NegativePlanInputs, add: Add): void {
  const body = inputs.body;
  // XML carries every value as text and is not parsed by the mock: its body negatives are not built.
  if (!body || isXmlMediaType(body.contentType)) return;
  const form = /form-urlencoded|multipart\/form-data/i.test(body.contentType);
  const document = inputs.contract.document;
  const schema = getAtPointer(document, body.schemaPointer);
  const tryBody = (negative: Omit<NegativeCase, 'expected'>, value: unknown) => {
    // An empty form is no body at all, which an optional request body allows.
    if (form && !body.required && isObject(value) && Object.keys(value).length === 0) return;
    if (inputs.bodyFits(value)) return;
    const fallback = () => inputs.locate(body.schemaPointer);
    add(
      negative,
      () => inputs.build({ body: value }),
      () => inputs.bodyIssues(value)[0]?.location ?? fallback(),
    );
  };
  walkObject(schema, body.value, '', 0);

  function walkObject(raw: unknown, value: unknown, at: string, depth: number): void {
    const shape = objectShape(raw, document);
    if (!shape || !isObject(value) || depth > 2) return;
    for (const name of shape.required) {
      if (!(name in value)) continue;
      const { [name]: _dropped, ...rest } = value;
      tryBody(
        { kind: 'missing_required', field: `body ${at}/${name}`, how: 'required property left out' },
        replaceAt(body?.value, at, rest),
      );
    }
    for (const [name, sub] of Object.entries(shape.properties)) {
      const field = `body ${at}/${name}`;
      for (const violation of violationsOf(sub, document, form)) {
        if (form && (typeof violation.value === 'object' || violation.value === '')) continue;
        tryBody(
          { kind: violation.kind, field, how: violation.how },
          replaceAt(body?.value, at, { ...value, [name]: violation.value }),
        );
      }
      if (name in value) walkObject(sub, value[name], `${at}/${name}`, depth + 1);
    }
    if (shape.closed) {
      let extra = 'unexpected_property';
      while (extra in shape.properties) extra += '_x';
      tryBody(
        {
          kind: 'unknown_property',
          field: `body ${at}/${extra}`,
          how: 'a property the schema does not allow (additionalProperties: false)',
        },
        replaceAt(body?.value, at, { ...value, [extra]: 'x' }),
      );
    }
  }

  const contentPointer = body.schemaPointer.replace(/\/content\/[^/]*\/schema$/, '/content');
  const declared = Object.keys((getAtPointer(document, contentPointer) ?? {}) as JsonObject);
  const essence = (type: string) => type.split(';')[0]?.trim().toLowerCase();
  const wrong = WRONG_MEDIA_TYPES.find((type) => !declared.some((d) => essence(d) === type));
  if (wrong) {
    const request = () => inputs.build({});
    add(
      { kind: 'wrong_media_type', field: 'body', how: `Content-Type ${wrong} (declared: ${declared.join(', ')})` },
      () => ({
        ...request(),
        headers: { ...request().headers, 'content-type': wrong },
        body: wrong === 'application/xml' ? '<body/>' : 'body',
      }),
      () => inputs.locate(contentPointer),
      '415',
    );
  }
}

function planMethod(inputs: NegativePlanInputs, add: Add, notSent: NegativePlan['notSent']): void {
  const { contract, operation } = inputs;
  const onPath = contract.operations.filter((o) => o.path === operation.path);
  // One undocumented method per path, sent with the path's first operation.
  if (onPath[0] !== operation) return;
  const method = WRITE_METHODS.find((m) => !onPath.some((o) => o.method === m));
  if (!method) return;
  if (!inputs.writesAllowed) {
    notSent.push({ kind: 'undocumented_method', reason: 'safe mode: an undocumented method is a write' });
    return;
  }
  const upper = method.toUpperCase();
  const request = () => {
    const { url, headers } = inputs.build({});
    const { 'content-type': _type, ...rest } = headers;
    return { method: upper, url, headers: rest };
  };
  add(
    { kind: 'undocumented_method', field: `method ${upper}`, how: `${upper} is not documented for ${operation.path}` },
    request,
    () => inputs.locate(operation.pointer.replace(/\/[^/]+$/, '')),
    '405',
  );
}

function planSecurity(inputs: NegativePlanInputs, add: Add): void {
  const requirement = securityRequirementOf(inputs.contract.document, inputs.operation);
  if (!requirement || requirement.anonymousAllowed || requirement.alternatives.length === 0) return;
  const schemes = requirement.alternatives.flat();
  if (schemes.some((s) => s.kind === 'unsupported')) return;
  const bare = () => withoutCredentials(inputs.build({}), schemes);
  const at = () => inputs.locate(requirement.pointer);
  add({ kind: 'no_credentials', field: 'credentials', how: 'no credentials sent' }, bare, at, '401/403');
  const only = requirement.alternatives.length === 1 ? requirement.alternatives[0] : undefined;
  if (only?.length === 1 && only[0]) {
    const how = `a wrong ${describeScheme(only[0])}`;
    const scheme = only[0];
    add(
      { kind: 'wrong_credentials', field: 'credentials', how },
      () => withWrongCredential(bare(), scheme),
      at,
      '401/403',
    );
  }
}

function withoutCredentials(request: PlannedRequest, schemes: readonly SecurityScheme[]): PlannedRequest {
  const headers = { ...request.headers };
  delete headers.authorization;
  const url = new URL(request.url);
  for (const scheme of schemes) {
    if (scheme.kind !== 'apiKey') continue;
    if (scheme.in === 'header') delete headers[scheme.parameter.toLowerCase()];
    if (scheme.in === 'query') url.searchParams.delete(scheme.parameter);
    if (scheme.in === 'cookie' && headers.cookie) {
      const kept = headers.cookie.split(/;\s*/).filter((c) => !c.startsWith(`${scheme.parameter}=`));
      if (kept.length > 0) headers.cookie = kept.join('; ');
      else delete headers.cookie;
    }
  }
  return { ...request, url: url.toString(), headers };
}

const WRONG_SECRET = 'mockforge-wrong-credential';

function withWrongCredential(request: PlannedRequest, scheme: SecurityScheme): PlannedRequest {
  const headers = { ...request.headers };
  if (scheme.kind === 'http' && scheme.scheme === 'basic') {
    headers.authorization = `Basic ${Buffer.from(`${WRONG_SECRET}:${WRONG_SECRET}`).toString('base64')}`;
  } else if (scheme.kind === 'http') headers.authorization = `${capitalise(scheme.scheme)} ${WRONG_SECRET}`;
  else if (scheme.kind === 'oauth2' || scheme.kind === 'openIdConnect')
    headers.authorization = `Bearer ${WRONG_SECRET}`;
  else if (scheme.kind === 'apiKey') {
    if (scheme.in === 'header') headers[scheme.parameter.toLowerCase()] = WRONG_SECRET;
    if (scheme.in === 'cookie')
      headers.cookie = [headers.cookie, `${scheme.parameter}=${WRONG_SECRET}`].filter(Boolean).join('; ');
    if (scheme.in === 'query') {
      const url = new URL(request.url);
      url.searchParams.set(scheme.parameter, WRONG_SECRET);
      return { ...request, url: url.toString(), headers };
    }
  }
  return { ...request, headers };
}

function describeScheme(scheme: SecurityScheme): string {
  if (scheme.kind === 'apiKey') return `API key in ${scheme.in} '${scheme.parameter}'`;
  if (scheme.kind === 'http') return `${scheme.scheme} credential`;
  return 'bearer token';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a parameter is written: the operation's own list first, then the path item's; a `$ref` entry is followed. */
export function parameterPointer(document: JsonObject, operation: Operation, parameter: JsonObject): string {
  const pathItem = operation.pointer.replace(/\/[^/]+$/, '');
  for (const list of [appendPointer(operation.pointer, 'parameters'), appendPointer(pathItem, 'parameters')]) {
    const entries = getAtPointer(document, list);
    if (!Array.isArray(entries)) continue;
    for (const index of entries.keys()) {
      const resolved = resolveNode(document, appendPointer(list, index));
      if (resolved && resolved.node.name === parameter.name && resolved.node.in === parameter.in)
        return resolved.pointer;
    }
  }
  return appendPointer(pathItem, 'parameters');
}

/** `root` with the object at JSON pointer `at` replaced by `value`. */
function replaceAt(root: unknown, at: string, value: unknown): unknown {
  if (at === '') return value;
  const [head = '', ...rest] = at.slice(1).split('/');
  const object = isObject(root) ? root : {};
  return { ...object, [head]: replaceAt(object[head], rest.length ? `/${rest.join('/')}` : '', value) };
}

/**
 * At most `budget` requests, the same ones for the same seed: the kinds in turn (so every kind gets a
 * request before any gets a second), each kind's requests in an order shuffled by the seed.
 */
export function pickNegatives(
  plan: NegativePlan,
  budget: number,
  seed: string,
  operation: string,
): { picked: NegativeRequest[]; dropped: NegativeRequest[] } {
  const random = createRandom(hashSeed(seed, operation));
  const byKind = new Map<NegativeKind, NegativeRequest[]>();
  for (const kind of Object.keys(NEGATIVE_KINDS) as NegativeKind[]) byKind.set(kind, []);
  for (const request of plan.requests) byKind.get(request.negative.kind)?.push(request);
  for (const list of byKind.values()) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j] as NegativeRequest, list[i] as NegativeRequest];
    }
  }
  const picked: NegativeRequest[] = [];
  for (let round = 0; picked.length < budget; round++) {
    let any = false;
    for (const list of byKind.values()) {
      const next = list[round];
      if (!next) continue;
      any = true;
      if (picked.length < budget) picked.push(next);
    }
    if (!any) break;
  }
  const chosen = new Set(picked);
  return { picked, dropped: plan.requests.filter((r) => !chosen.has(r)) };
}
