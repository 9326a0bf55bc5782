import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN_PREFIX } from '../admin-paths.js';
import type { FaultDecision } from '../faults.js';
import { corsHeaders, isPreflight, preflightHeaders } from '../http/cors.js';
import { parseTarget } from '../http/parse-target.js';
import { PREFERENCE_QUERY_KEYS, requestPreferences } from '../http/prefer.js';
import type { JournalEntry } from '../journal.js';
import type { ScenarioSeed } from '../state/seed-from-scenarios.js';
import { StoreUnavailableError } from '../state/store-unavailable.js';
import { handleAdmin } from './admin.js';
import { replyFromContract, replyFromState } from './build-reply.js';
import { applyCanned, findCanned } from './canned.js';
import { checkRequest, type Exchange } from './check-request.js';
import { withCallbacks } from './fire-callbacks.js';
import type { MockContext } from './mock-context.js';
import { notModified } from './not-modified.js';
import type { MockRoute, PreparedWorkspace } from './prepare-workspace.js';
import { hasRequestBody, NO_BODY, readRequestBody } from './read-request-body.js';
import { replyDocumentedRefusal } from './reply-refusal.js';
import { problemReply, type Reply, sendReply } from './respond.js';
import { routeRequest } from './route-request.js';

/** The whole request pipeline of one workspace port: admin, routing, faults, validation, state, response. */
export function handleRequest(
  workspace: PreparedWorkspace,
  context: MockContext,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  const started = performance.now();
  const method = (request.method ?? 'GET').toUpperCase();
  const entry: JournalEntry = {
    time: new Date().toISOString(),
    workspace: workspace.config.name,
    method,
    path: (request.url ?? '/').slice(0, 2048),
    route: undefined,
    status: 0,
    latencyMs: 0,
    requestErrors: [],
    responseErrors: [],
  };
  const finish = (decided: Reply) => {
    const cors = workspace.cors ? corsHeaders(request) : undefined;
    if (cors) Object.assign(decided.headers, cors);
    if (decided.headers['x-mockforge-admin'] !== undefined) {
      delete decided.headers['x-mockforge-admin'];
      sendReply(response, decided, method === 'HEAD');
      return;
    }
    const reply = notModified(request, method, decided) ?? decided;
    if (entry.responseErrors.length > 0)
      reply.headers['x-mockforge-response-errors'] = String(entry.responseErrors.length);
    sendReply(response, reply, method === 'HEAD');
    entry.status = reply.status;
    entry.latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
    context.journal.add(entry);
  };
  const failed = (error: unknown) =>
    error instanceof StoreUnavailableError
      ? problemReply(503, 'State store unavailable', error.message, { store: error.store }, { 'retry-after': '1' })
      : problemReply(500, 'Mock failure', `the mock failed on this request: ${(error as Error).message}`);
  // Synchronous unless the request has a body or a delay: most GETs are answered in the request event.
  let result: Reply | Promise<Reply>;
  try {
    result = decide(workspace, context, request, method, entry);
  } catch (error) {
    result = failed(error);
  }
  if (result instanceof Promise) result.then(finish, (error: unknown) => finish(failed(error)));
  else finish(result);
}

function decide(
  workspace: PreparedWorkspace,
  context: MockContext,
  request: IncomingMessage,
  method: string,
  entry: JournalEntry,
): Reply | Promise<Reply> {
  if (workspace.cors && isPreflight(request))
    return { status: 204, headers: preflightHeaders(request), body: undefined };
  const parsed = parseTarget(request.url);
  if (!parsed.ok) return refuseTarget(workspace, context, request, method, entry, parsed);
  const { target } = parsed;
  if (target.segments[0] === ADMIN_PREFIX) {
    return handleAdmin(workspace, context, request, method, target).then((admin) => {
      admin.headers['x-mockforge-admin'] = '1';
      return admin;
    });
  }
  const match = routeRequest(workspace, request, method, target);
  if ('refusal' in match) {
    return match.documentedBy
      ? replyDocumentedRefusal(workspace, context, match.documentedBy, request, entry, match.refusal)
      : match.refusal;
  }
  const { route, params } = match;
  entry.route = `${route.method} ${route.template.text}`;
  const decision = context.faults.get(workspace.config.name)?.(route.faults);
  if ((decision && decision.delayMs > 0) || hasRequestBody(request)) {
    return (async () => {
      if (decision && decision.delayMs > 0) await sleep(decision.delayMs);
      const strict = workspace.config.validateRequests;
      const body = await readRequestBody(request, route.requestValidator?.body, context.bodyLimit, strict);
      if ('reply' in body) return replyDocumentedRefusal(workspace, context, route, request, entry, body.reply);
      const exchange: Exchange = { workspace, context, request, entry, route, params, target, body };
      return withCallbacks(await answer(exchange, decision), exchange);
    })();
  }
  const exchange: Exchange = { workspace, context, request, entry, route, params, target, body: NO_BODY };
  const reply = answer(exchange, decision);
  return reply instanceof Promise ? reply.then((r) => withCallbacks(r, exchange)) : withCallbacks(reply, exchange);
}

/**
 * 400 for a target the mock refuses. One whose only fault is an encoded separator (Azure's `{scope}` sent
 * as one `%2F` segment) may still name an operation: then the refusal takes that operation's documented
 * 400 (or `default`) shape, as any other refusal does; nothing else of the request is used.
 */
function refuseTarget(
  workspace: PreparedWorkspace,
  context: MockContext,
  request: IncomingMessage,
  method: string,
  entry: JournalEntry,
  parsed: Extract<ReturnType<typeof parseTarget>, { ok: false }>,
): Reply {
  const refusal = problemReply(400, 'Bad request target', parsed.detail);
  if (!parsed.routable || parsed.routable.segments[0] === ADMIN_PREFIX) return refusal;
  const match = routeRequest(workspace, request, method, parsed.routable);
  const route = 'refusal' in match ? match.documentedBy : match.route;
  if (!route) return refusal;
  entry.route = `${route.method} ${route.template.text}`;
  return replyDocumentedRefusal(workspace, context, route, request, entry, refusal);
}

/** The reply once the route is known and the body (if any) is read: faults, validation, state, contract. */
function answer(exchange: Exchange, decision: FaultDecision | undefined): Reply | Promise<Reply> {
  const { workspace, context, request, entry, route, params, target, body } = exchange;
  const method = entry.method;
  if (decision?.errorStatus !== undefined) {
    entry.fault = `error ${decision.errorStatus}`;
    return replyFromContract(workspace, context, route, request, { code: decision.errorStatus }, entry, true);
  }
  const preferences = requestPreferences(request.headers.prefer, target.query);
  for (const key of PREFERENCE_QUERY_KEYS) delete target.query[key];
  const invalid = checkRequest(exchange);
  if (invalid) return invalid(preferences);
  if (preferences.code === undefined && preferences.example === undefined && !preferences.dynamic) {
    const canned = findCanned(context, workspace, method, target.segments, body.value);
    if (canned) {
      const reply = replyFromContract(workspace, context, route, request, {}, entry, false, canned);
      return applyCanned(context, route, canned, body.value).then(() => reply);
    }
    const fixed = route.source === 'contract' ? fixedResponse(route) : undefined;
    if (fixed) {
      const reply = replyFromContract(workspace, context, route, request, {}, entry, false, fixed);
      Object.assign(reply.headers, route.endpoint?.headers ?? {});
      return applyCanned(context, route, fixed, body.value).then(() => reply);
    }
    if (context.stateEnabled && route.resource) {
      return replyFromState(workspace, context, route, request, params, target.query, body.value, entry).then(
        (fromState) => fromState ?? replyFromContract(workspace, context, route, request, preferences, entry, false),
      );
    }
  }
  return replyFromContract(workspace, context, route, request, preferences, entry, false);
}

/** A config endpoint's own `response: {status, body}` for an operation it covers, as a canned answer. */
function fixedResponse(route: MockRoute): ScenarioSeed | undefined {
  const endpoint = route.endpoint;
  if (!endpoint || (endpoint.body === undefined && endpoint.status === undefined)) return undefined;
  return {
    file: '',
    scenario: 'mockforge.yaml',
    step: `endpoint ${endpoint.path}`,
    service: undefined,
    method: route.method,
    path: endpoint.path,
    segments: [],
    requestBody: undefined,
    status: endpoint.status ?? route.responses?.primary?.status ?? 200,
    responseBody: endpoint.body ?? null,
  };
}
