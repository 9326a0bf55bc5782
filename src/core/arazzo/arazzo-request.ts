import type { JsonObject, Operation } from '../contract/types.js';
import { resolveChild } from '../mock/contract-node.js';
import type { SentRequest } from '../scenario/types.js';
import { isObject } from '../source/json-object.js';
import { evaluateValue } from './compiled-value.js';
import {
  asText,
  type EvaluationContext,
  type ExchangeRecord,
  UnresolvedExpressionError,
} from './evaluate-expression.js';
import {
  type ParameterStyle,
  serializeHeaderValue,
  serializePathValue,
  serializeQueryValue,
} from './serialize-parameter.js';
import type { ArazzoStepPlan } from './types.js';

/** A request that cannot be built: the message and the document pointer it is about. */
export class RequestBuildError extends Error {
  constructor(
    message: string,
    readonly pointer: string,
  ) {
    super(message);
  }
}

export interface BuiltArazzoRequest {
  request: SentRequest;
  /** The body as a value (for the contract check), undefined when none is sent. */
  body: unknown;
  exchange: ExchangeRecord;
}

/**
 * Evaluates a step's parameters and request body and serializes them the way the operation declares
 * (path template, query style, headers, cookies; JSON, form or text body). Throws RequestBuildError.
 */
export function buildArazzoRequest(
  plan: ArazzoStepPlan,
  operation: Operation,
  document: JsonObject,
  baseUrl: string,
  pathTemplate: string,
  context: EvaluationContext,
): BuiltArazzoRequest {
  const declared = new Map(operation.parameters.map((p) => [`${String(p.in)}:${String(p.name)}`, p as ParameterStyle]));
  const values = {
    path: {} as Record<string, unknown>,
    query: {} as Record<string, unknown>,
    header: {} as Record<string, unknown>,
    cookie: {} as Record<string, unknown>,
  };
  for (const parameter of plan.parameters) {
    const where = parameter.in ?? 'query';
    values[where][parameter.name] = evaluate(() => evaluateValue(parameter.value, context), parameter.pointer);
  }
  const path = pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (!Object.hasOwn(values.path, name)) {
      throw new RequestBuildError(
        `path parameter '${name}' of ${operation.method.toUpperCase()} ${operation.path} has no value: add it to the step's parameters (in: path)`,
        stepParameters(plan),
      );
    }
    return encodeURIComponent(serializePathValue(name, values.path[name], declared.get(`path:${name}`)));
  });
  const url = new URL(baseUrl + path);
  for (const [name, value] of Object.entries(values.query)) {
    for (const [key, text] of serializeQueryValue(name, value, declared.get(`query:${name}`)))
      url.searchParams.append(key, text);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(values.header))
    headers[name] = serializeHeaderValue(value, declared.get(`header:${name}`));
  const cookies = Object.entries(values.cookie).map(([name, value]) => `${name}=${serializeHeaderValue(value)}`);
  if (cookies.length > 0) headers.cookie = cookies.join('; ');
  const request: SentRequest = { method: operation.method.toUpperCase(), url: url.toString(), headers };
  let body: unknown;
  if (plan.body?.hasPayload) {
    body = evaluate(
      () => evaluateValue(plan.body?.payload ?? { kind: 'literal', value: undefined }, context),
      `${plan.body.pointer}/payload`,
    );
    body = applyReplacements(body, plan, context);
    const contentType = plan.body.contentType ?? defaultContentType(operation, document, body);
    const existing = Object.keys(headers).find((k) => k.toLowerCase() === 'content-type');
    if (!existing) headers['content-type'] = contentType;
    request.body = encodeBody(body, existing ? (headers[existing] as string) : contentType);
  }
  const exchange: ExchangeRecord = {
    url: request.url,
    method: request.method,
    request: { headers, query: values.query, path: values.path, body },
  };
  return { request, body, exchange };
}

function applyReplacements(payload: unknown, plan: ArazzoStepPlan, context: EvaluationContext): unknown {
  const replacements = plan.body?.replacements ?? [];
  if (replacements.length === 0) return payload;
  if (!isObject(payload) && !Array.isArray(payload)) {
    throw new RequestBuildError('replacements need a JSON object or array payload', replacements[0]?.pointer ?? '');
  }
  const copy = structuredClone(payload) as Record<string, unknown>;
  for (const replacement of replacements) {
    const value = evaluate(() => evaluateValue(replacement.value, context), `${replacement.pointer}/value`);
    if (replacement.target.length === 0)
      throw new RequestBuildError(
        'a replacement target must point inside the payload',
        `${replacement.pointer}/target`,
      );
    let parent: unknown = copy;
    for (const segment of replacement.target.slice(0, -1))
      parent = isObject(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[segment] : undefined;
    const last = replacement.target[replacement.target.length - 1] as string;
    if (!(isObject(parent) || Array.isArray(parent)) || !Object.hasOwn(parent, last)) {
      throw new RequestBuildError(
        `replacement target ${replacement.targetText} is not in the payload (a target must exist to be replaced)`,
        `${replacement.pointer}/target`,
      );
    }
    (parent as Record<string, unknown>)[last] = value;
  }
  return copy;
}

/** The operation's request media type: JSON preferred, then forms, then text; JSON for objects when it declares none. */
function defaultContentType(operation: Operation, document: JsonObject, body: unknown): string {
  const content = (resolveChild(document, operation.pointer, 'requestBody')?.node.content ?? {}) as JsonObject;
  const types = Object.keys(content);
  return (
    types.find((t) => /^application\/json\b/i.test(t)) ??
    types.find((t) => /\+json\b/i.test(t)) ??
    types.find((t) => /^application\/x-www-form-urlencoded\b/i.test(t)) ??
    types[0] ??
    (typeof body === 'string' ? 'text/plain' : 'application/json')
  );
}

function encodeBody(body: unknown, contentType: string): string {
  if (/form-urlencoded/i.test(contentType) && isObject(body)) {
    const form = new URLSearchParams();
    for (const [key, item] of Object.entries(body)) {
      for (const value of Array.isArray(item) ? item : [item]) form.append(key, asText(value));
    }
    return form.toString();
  }
  if (typeof body === 'string') return body;
  return JSON.stringify(body);
}

function evaluate<T>(run: () => T, pointer: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof UnresolvedExpressionError) throw new RequestBuildError(error.message, pointer);
    throw error;
  }
}

function stepParameters(plan: ArazzoStepPlan): string {
  return plan.parameters[0]?.pointer.replace(/\/\d+$/, '') ?? '';
}
