import type { JsonObject, LoadedContract, Operation } from '../contract/types.js';
import type { SourceLocation } from '../errors.js';
import type { TransportResponse } from '../http/transport.js';
import { resolveChild } from '../mock/contract-node.js';
import {
  compileResponses,
  findResponse,
  type OperationResponses,
  type ResponseSpec,
  responseBodyValidator,
} from '../mock/response/response-spec.js';
import { type SchemaIssue, SchemaValidator, type ValidateValue } from '../schema/schema-validator.js';
import { appendPointer } from '../source/json-pointer.js';
import { contractFaultOf } from './contract-fault.js';
import type { CheckName, DriftFinding } from './types.js';

/** Schema issues reported per response at most: one broken array item must not flood the report. */
const MAX_SCHEMA_ISSUES = 20;

export interface CheckContext {
  contract: LoadedContract;
  /** Validates bodies (no coercion). */
  bodies: SchemaValidator;
  /** Validates header values (strings coerced to the schema's types). */
  headers: SchemaValidator;
  /** Compiled responses per operation pointer. */
  responses: Map<string, OperationResponses>;
}

export function operationLabel(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

export function locate(contract: LoadedContract, pointer: string): SourceLocation {
  const { file, line, column } = contract.sourceMap.locate(pointer);
  return { file, line, column };
}

/** The five Schemathesis response checks for one response to one operation. */
export function checkResponse(
  context: CheckContext,
  operation: Operation,
  response: TransportResponse,
  curl: string,
  options: { method?: string } = {},
): DriftFinding[] {
  const { contract } = context;
  const findings: DriftFinding[] = [];
  const label = operationLabel(operation);
  const add = (check: CheckName, pointer: string, message: string, extra: Partial<DriftFinding> = {}) => {
    findings.push({
      check,
      operation: label,
      location: locate(contract, pointer),
      message,
      status: response.status,
      curl,
      ...extra,
    });
  };
  if (response.status >= 500) add('not_a_server_error', operation.pointer, `server error ${response.status}`);
  const responses = responsesOf(context, operation);
  const spec = findResponse(responses, response.status);
  if (!spec) {
    const documented = [...responses.byKey.values()].map((r) => r.key).join(', ') || 'none';
    add(
      'status_code_conformance',
      appendPointer(operation.pointer, 'responses'),
      `status ${response.status} is not documented (documented: ${documented})`,
      { actual: response.status },
    );
    return findings;
  }
  findings.push(...checkHeaders(context, spec, response, label, curl));
  const hasBody = response.body.length > 0 && (options.method ?? operation.method).toLowerCase() !== 'head';
  if (spec.media.length === 0 || !hasBody) return findings;
  const received = response.headers['content-type'];
  const contentPointer = appendPointer(spec.pointer, 'content');
  if (!received) {
    add(
      'content_type_conformance',
      contentPointer,
      `response has a body but no Content-Type (documented: ${documentedTypes(spec)})`,
    );
    return findings;
  }
  const media = spec.media.find((m) => mediaTypeMatches(m.mediaType, received));
  if (!media) {
    add(
      'content_type_conformance',
      contentPointer,
      `Content-Type '${received}' is not documented for ${spec.key} (documented: ${documentedTypes(spec)})`,
      { actual: received },
    );
    return findings;
  }
  if (!media.hasSchema || !isJson(essence(received)) || response.truncated) return findings;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    add('response_schema_conformance', media.pointer, `body is not valid JSON although Content-Type is '${received}'`, {
      instancePath: '',
      actual: response.body.slice(0, 200),
    });
    return findings;
  }
  const validate = responseBodyValidator(context.bodies, media) as ValidateValue;
  const issues = collapseIssues(validate(body));
  for (const issue of issues.slice(0, MAX_SCHEMA_ISSUES)) {
    const fault = contractFaultOf(context, issue);
    findings.push({
      ...(fault ? { contractFault: fault } : {}),
      check: 'response_schema_conformance',
      operation: label,
      location: issue.location,
      instancePath: issue.instancePath,
      actual: issue.actual,
      message: `${issue.instancePath || '(body)'} ${issue.message}`,
      status: response.status,
      curl,
    });
  }
  return findings;
}

function checkHeaders(
  context: CheckContext,
  spec: ResponseSpec,
  response: TransportResponse,
  label: string,
  curl: string,
): DriftFinding[] {
  const findings: DriftFinding[] = [];
  for (const header of documentedHeadersOf(context, spec)) {
    const value = response.headers[header.name.toLowerCase()];
    const base = { check: 'response_headers_conformance' as const, operation: label, status: response.status, curl };
    if (value === undefined) {
      if (header.required) {
        findings.push({
          ...base,
          location: locate(context.contract, header.pointer),
          instancePath: `header:${header.name}`,
          message: `required header '${header.name}' is missing`,
        });
      }
      continue;
    }
    for (const issue of header.validate?.(value) ?? []) {
      findings.push({
        ...base,
        location: issue.location,
        instancePath: `header:${header.name}`,
        actual: value,
        message: `header '${header.name}' ${issue.message}`,
      });
    }
  }
  return findings;
}

interface DocumentedHeader {
  name: string;
  pointer: string;
  required: boolean;
  /** Values coerced to the schema's types; undefined without a schema. */
  validate: ValidateValue | undefined;
}

const headerLists = new WeakMap<ResponseSpec, DocumentedHeader[]>();

/** A response's documented headers (Content-Type aside: OpenAPI ignores it here), resolved once per response. */
function documentedHeadersOf(context: CheckContext, spec: ResponseSpec): DocumentedHeader[] {
  let list = headerLists.get(spec);
  if (list) return list;
  list = [];
  const document = context.contract.document;
  const headers = resolveChild(document, spec.pointer, 'headers');
  for (const name of Object.keys(headers?.node ?? {})) {
    if (name.toLowerCase() === 'content-type') continue;
    const header = resolveChild(document, headers?.pointer ?? '', name);
    if (!header) continue;
    const hasSchema = Boolean((header.node as JsonObject).schema);
    list.push({
      name,
      pointer: header.pointer,
      required: header.node.required === true,
      validate: hasSchema ? context.headers.forPointer(appendPointer(header.pointer, 'schema'), 'response') : undefined,
    });
  }
  headerLists.set(spec, list);
  return list;
}

/**
 * One issue per place in the response: `null` for a non-nullable enum is "must be string" and "must be one
 * of", one drift. A failed oneOf/anyOf speaks for the branch errors at the same place.
 */
function collapseIssues(issues: readonly SchemaIssue[]): SchemaIssue[] {
  const byPath = new Map<string, SchemaIssue>();
  for (const issue of issues) {
    const kept = byPath.get(issue.instancePath);
    const composite = issue.keyword === 'oneOf' || issue.keyword === 'anyOf';
    if (!kept || (composite && kept.keyword !== 'oneOf' && kept.keyword !== 'anyOf'))
      byPath.set(issue.instancePath, issue);
  }
  return [...byPath.values()];
}

function documentedTypes(spec: ResponseSpec): string {
  return spec.media.map((m) => m.mediaType).join(', ');
}

function essence(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

function isJson(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

/** `application/json; charset=utf-8` fits `application/json`, `application/*` and `*\/*`. */
export function mediaTypeMatches(documented: string, received: string): boolean {
  const [type, subtype] = essence(documented).split('/');
  const [rType, rSubtype] = essence(received).split('/');
  return (type === '*' || type === rType) && (subtype === '*' || subtype === rSubtype);
}

/** The operation's documented responses, compiled on first use and kept in the context. */
export function responsesOf(context: CheckContext, operation: Operation): OperationResponses {
  let responses = context.responses.get(operation.pointer);
  if (!responses) {
    responses = compileResponses(context.contract, operation);
    context.responses.set(operation.pointer, responses);
  }
  return responses;
}

const contexts = new WeakMap<LoadedContract, CheckContext>();

/** Compiled validators per contract, kept while the contract is: repeated runs (nightly loops, benches) compile once. */
export function checkContextFor(contract: LoadedContract): CheckContext {
  let context = contexts.get(contract);
  if (!context) {
    context = {
      contract,
      bodies: new SchemaValidator(contract),
      headers: new SchemaValidator(contract, { coerceTypes: true }),
      responses: new Map(),
    };
    contexts.set(contract, context);
  }
  return context;
}
