import type { JsonObject, LoadedContract } from '../../contract/types.js';
import type { PlannedRequest, Transport } from '../../http/transport.js';
import { isObject } from '../../source/json-object.js';
import { appendPointer } from '../../source/json-pointer.js';
import { resolveChild } from '../contract-node.js';
import { type ExpressionContext, expandTemplate } from '../http/runtime-expression.js';
import { contractExample, generateForSchema } from '../response/example-data.js';
import type { Exchange } from './check-request.js';
import type { Reply } from './respond.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const CALLBACK_TIMEOUT_MS = 5000;

/**
 * The requests an operation's `callbacks` make for one exchange. Only URLs whose scheme and host come
 * from the request (`{$request.query.callbackUrl}/data`, `{$request.body#/url}`) are called: a URL written
 * in the contract itself is never fetched (an untrusted contract must not make the mock call out).
 */
export function callbackRequests(
  contract: LoadedContract,
  operationPointer: string,
  context: ExpressionContext,
): Array<PlannedRequest & { callback: string }> {
  const callbacks = resolveChild(contract.document, operationPointer, 'callbacks');
  const planned: Array<PlannedRequest & { callback: string }> = [];
  for (const name of Object.keys(callbacks?.node ?? {})) {
    const callback = resolveChild(contract.document, callbacks?.pointer ?? '', name);
    for (const template of Object.keys(callback?.node ?? {})) {
      if (!/^\{\$request\./.test(template)) continue;
      const url = expandTemplate(template, context);
      if (!url || !/^https?:\/\/[^/]/i.test(url)) continue;
      const item = resolveChild(contract.document, callback?.pointer ?? '', template);
      for (const method of METHODS) {
        const operation = item && resolveChild(contract.document, item.pointer, method);
        if (!operation) continue;
        planned.push({ callback: name, method: method.toUpperCase(), url, ...bodyOf(contract, operation.pointer) });
      }
    }
  }
  return planned;
}

/** The callback's request body: its example, else data generated from its schema. */
function bodyOf(
  contract: LoadedContract,
  operationPointer: string,
): { headers: Record<string, string>; body?: string } {
  const content = resolveChild(contract.document, appendPointer(operationPointer, 'requestBody'), 'content');
  const [mediaType, media] = Object.entries(content?.node ?? {})[0] ?? [];
  if (mediaType === undefined || !isObject(media)) return { headers: {} };
  const example = contractExample(media as JsonObject, contract.document);
  const value =
    example?.value ??
    generateForSchema(media.schema, { document: contract.document, openapi: contract.openapi, seed: 1 }, 'request');
  const body = typeof value === 'string' ? value : JSON.stringify(value);
  return { headers: { 'content-type': mediaType.includes('*') ? 'application/json' : mediaType }, body };
}

/** Sends the callbacks one after another; each outcome (status or error) goes to `log`. */
export async function fireCallbacks(
  requests: ReadonlyArray<PlannedRequest & { callback: string }>,
  transport: Promise<Transport>,
  log: (outcome: { callback: string; method: string; url: string; status?: number; error?: string }) => void,
): Promise<void> {
  for (const { callback, ...request } of requests) {
    const base = { callback, method: request.method, url: request.url };
    try {
      const response = await (await transport)(request, CALLBACK_TIMEOUT_MS);
      log({ ...base, status: response.status });
    } catch (error) {
      log({ ...base, error: (error as Error).message });
    }
  }
}

/** The reply, with the operation's callbacks fired after it is sent when it is a success. */
export function withCallbacks(reply: Reply, exchange: Exchange): Reply {
  const { workspace, context, request, route, params, target, body } = exchange;
  const operation = route.operation;
  if (!operation || !('callbacks' in operation.operation) || reply.status < 200 || reply.status > 299) return reply;
  const requests = callbackRequests(workspace.contract, operation.pointer, {
    url: `http://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`,
    method: request.method ?? 'GET',
    statusCode: reply.status,
    request: { headers: request.headers, query: target.query, path: params, body: body.value },
    response: { headers: reply.headers, body: parseReplyBody(reply) },
  });
  if (requests.length === 0) return reply;
  reply.after = () => {
    void fireCallbacks(requests, context.callbackTransport(), (outcome) =>
      context.journal.add({
        time: new Date().toISOString(),
        workspace: workspace.config.name,
        method: outcome.method,
        path: outcome.url,
        route: `callback ${outcome.callback} of ${route.method} ${route.template.text}`,
        status: outcome.status ?? 0,
        latencyMs: 0,
        requestErrors: [],
        responseErrors: [],
        callback: outcome.callback,
        ...(outcome.error ? { error: outcome.error } : {}),
      }),
    );
  };
  return reply;
}

function parseReplyBody(reply: Reply): unknown {
  if (!reply.body || !/json/i.test(String(reply.headers['content-type'] ?? ''))) return reply.body?.toString('utf8');
  try {
    return JSON.parse(reply.body.toString('utf8'));
  } catch {
    return undefined;
  }
}
