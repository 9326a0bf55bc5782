import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher, Pool } from 'undici';
import type { Operation } from '../contract/types.js';
import type { TransportResponse } from '../http/transport.js';
import { ADMIN_PREFIX } from '../mock/admin-paths.js';
import type { FaultDecision } from '../mock/faults.js';
import { isPreflight } from '../mock/http/cors.js';
import { parseTarget, type RequestTarget } from '../mock/http/parse-target.js';
import { readBody } from '../mock/http/read-body.js';
import type { Journal, JournalEntry } from '../mock/journal.js';
import { replyFromContract } from '../mock/server/build-reply.js';
import type { MockContext } from '../mock/server/mock-context.js';
import type { MockRoute, PreparedWorkspace } from '../mock/server/prepare-workspace.js';
import { hasRequestBody } from '../mock/server/read-request-body.js';
import { replyInvalidRequest } from '../mock/server/reply-refusal.js';
import { problemReply, type Reply, sendReply } from '../mock/server/respond.js';
import { routeRequest } from '../mock/server/route-request.js';
import { type CheckContext, locate, operationLabel } from '../validate/check-response.js';
import { classifyTargetError } from '../validate/target-problem.js';
import { checkAnswer } from './check-answer.js';
import { checkRequest, type RequestVerdict } from './check-request.js';
import { describeExchange } from './describe-exchange.js';
import { clientHeaders, flatHeaders, upstreamHeaders } from './forward-headers.js';
import { answerAdmin } from './proxy-admin.js';
import { type HeldBody, holdBody } from './read-answer.js';
import type { Recorder } from './record-responses.js';
import type { IsSecret } from './redact.js';
import { teeBody } from './tee-body.js';
import { describeViolation, type ProxyJournalEntry, type ProxyViolation } from './types.js';
import { mockforgeViolationsHeader, prismViolationsHeader } from './violation-headers.js';

/** One workspace behind the proxy: its contract prepared as the mock prepares it, and the target it forwards to. */
export interface ProxyWorkspace {
  prepared: PreparedWorkspace;
  checks: CheckContext;
  /** As configured, without a trailing slash. */
  target: string;
  targetOrigin: string;
  /** The target's path, a prefix of every forwarded path ('' for none). */
  targetBase: string;
  pool: Pool;
  faults: (faults: MockRoute['faults']) => FaultDecision;
  isSecret: IsSecret;
  recorder: Recorder | undefined;
  /** `http://127.0.0.1:<port>` once listening. */
  origin: string;
}

/** What every exchange of the process shares. */
export interface ProxyContext {
  journal: Journal<ProxyJournalEntry>;
  /** For the replies the proxy builds with the mock's code (faults, --enforce). */
  mock: MockContext;
  bodyLimit: number;
  timeoutMs: number;
  enforce: boolean;
  faults: boolean;
  display: (file: string) => string;
  log: (message: string) => void;
  startedAt: number;
}

type ContractRoute = MockRoute & { operation: Operation };

/** Forwards one request and checks both sides; never lets a failure of its own leave the client hanging. */
export function handleExchange(
  workspace: ProxyWorkspace,
  context: ProxyContext,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  exchange(workspace, context, request, response).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    context.log(`${workspace.prepared.config.name}: proxy failure on ${request.method} ${request.url}: ${message}`);
    if (!response.headersSent) sendReply(response, problemReply(500, 'Proxy failure', message), false);
    else response.destroy();
  });
}

async function exchange(
  workspace: ProxyWorkspace,
  context: ProxyContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const started = performance.now();
  const name = workspace.prepared.config.name;
  const method = (request.method ?? 'GET').toUpperCase();
  const url = request.url ?? '/';
  const entry: ProxyJournalEntry = {
    time: new Date().toISOString(),
    workspace: name,
    method,
    path: url.slice(0, 2048),
    status: 0,
    latencyMs: 0,
    violations: [],
  };
  let body: Buffer | undefined;
  const finish = () => {
    entry.latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
    if (entry.violations.length > 0 || entry.problem) {
      entry.curl = describeExchange(workspace, request, body);
      for (const line of logLines(entry, context.display)) context.log(line);
    }
    context.journal.add(entry);
  };
  const answerSelf = (reply: Reply, by: string) => {
    entry.answeredBy = by;
    entry.status = reply.status;
    sendReply(response, reply, method === 'HEAD');
    finish();
  };

  const parsed = parseTarget(url);
  if (!parsed.ok) return answerSelf(problemReply(400, 'Bad request target', parsed.detail), '400 bad request target');
  const target = parsed.target;
  if (target.segments[0] === ADMIN_PREFIX) {
    sendReply(response, answerAdmin(workspace, context, request, method, target), method === 'HEAD');
    return;
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > context.bodyLimit) {
    request.resume();
    const detail = `body of ${declared} bytes exceeds the ${context.bodyLimit}-byte limit`;
    return answerSelf(problemReply(413, 'Payload too large', detail, { limit: context.bodyLimit }), '413');
  }

  // Which operation of the contract this is; a CORS preflight is the browser's, not the consumer's.
  const routed = isPreflight(request) ? undefined : resolveRoute(workspace, request, method, target);
  const route = routed && 'route' in routed ? routed.route : undefined;
  const params = routed && 'route' in routed ? routed.params : {};
  const offContract = routed && 'refusal' in routed ? routed : undefined;
  if (offContract) {
    entry.violations.push(offContract.violation);
    if (context.enforce) return answerSelf(offContract.refusal, `enforce ${offContract.refusal.status}`);
  }
  if (route) entry.operation = operationLabel(route.operation);

  if (context.faults) {
    const decision = workspace.faults(route ? route.faults : workspace.prepared.config.faults);
    if (decision.delayMs > 0) await sleep(decision.delayMs);
    if (decision.errorStatus !== undefined) {
      const status = decision.errorStatus;
      const reply = route
        ? replyFromContract(
            workspace.prepared,
            context.mock,
            route,
            request,
            { code: status },
            scratchEntry(entry),
            true,
          )
        : problemReply(status, 'Injected fault', `fault configured for workspace '${name}'`);
      reply.headers['x-mockforge-fault'] = `error ${status}`;
      request.resume();
      return answerSelf(reply, `fault ${status}`);
    }
  }

  const checked = route && workspace.prepared.config.validateRequests ? route : undefined;
  const verdictOf = (raw: Buffer | undefined): RequestVerdict | undefined =>
    checked
      ? checkRequest(workspace.prepared.contract, {
          route: checked,
          params,
          target,
          rawQuery: url.includes('?') ? url.slice(url.indexOf('?') + 1) : '',
          headers: request.headers,
          body: raw,
        })
      : undefined;
  let verdict: RequestVerdict | undefined;
  let tee: ReturnType<typeof teeBody> | undefined;
  if (hasRequestBody(request)) {
    if (context.enforce) {
      const read = await readBody(request, context.bodyLimit);
      if (!read.ok)
        return answerSelf(problemReply(413, 'Payload too large', read.detail, { limit: context.bodyLimit }), '413');
      body = read.raw;
    } else tee = teeBody(request, context.bodyLimit);
  }
  if (context.enforce) {
    verdict = verdictOf(body);
    if (verdict && verdict.violations.length > 0 && route) {
      entry.violations.push(...verdict.violations);
      return answerSelf(
        enforced(workspace, context, route, request, entry, verdict),
        `enforce ${verdict.security ? 401 : 422}`,
      );
    }
  }

  // A client that goes away mid-answer stops the relay (pipeline below); before the answer it is just not sent.
  let answer: Dispatcher.ResponseData;
  try {
    answer = await workspace.pool.request({
      path: workspace.targetBase + url,
      method: method as Dispatcher.HttpMethod,
      headers: upstreamHeaders(request),
      body: body ?? tee?.stream ?? null,
      headersTimeout: context.timeoutMs,
      bodyTimeout: context.timeoutMs,
    });
  } catch (error) {
    const copy = tee ? await tee.copy : undefined;
    if (copy && !copy.ok && copy.reason === 'too-large') {
      const reply = problemReply(413, 'Payload too large', `body exceeds the ${context.bodyLimit}-byte limit`, {
        limit: context.bodyLimit,
      });
      response.shouldKeepAlive = false; // the rest of the upload is not read: the connection ends with the answer
      return answerSelf(reply, '413');
    }
    if (response.destroyed || (copy && !copy.ok)) {
      entry.answeredBy = 'client went away';
      return finish();
    }
    const { kind, message } = classifyTargetError(error);
    entry.problem = { kind, message };
    const status = kind === 'timeout' ? 504 : 502;
    const detail = `workspace '${name}': the target ${workspace.target} did not answer: ${message}`;
    const reply = problemReply(status, status === 504 ? 'Gateway timeout' : 'Bad gateway', detail, {
      workspace: name,
      target: workspace.target,
    });
    return answerSelf(reply, `${status} target ${kind}`);
  }

  if (tee) {
    const copy = await settledWithin(tee.copy, 1000);
    if (copy?.ok) body = copy.raw;
    else entry.unchecked = 'the request body was not complete when the target answered';
  }
  if (!context.enforce) {
    verdict = verdictOf(tee && !body ? undefined : body);
    if (verdict) entry.violations.push(...verdict.violations);
  }

  const status = answer.statusCode;
  const received = flatHeaders(answer.headers);
  const held = await holdBody(answer.body, received, status, method);
  if (held.kind !== 'none' && held.unchecked) entry.unchecked = held.unchecked;
  const provider = providerViolations(workspace, route, offContract, verdict, method, status, received, held);
  entry.violations.push(...provider);

  const headers = clientHeaders(answer.headers, workspace.targetOrigin, proxyOrigin(request, workspace));
  if (entry.violations.length > 0) {
    headers['x-mockforge-violations'] = mockforgeViolationsHeader(entry.violations, context.display);
    headers['sl-violations'] = prismViolationsHeader(entry.violations);
  }
  if (held.kind === 'whole') headers['content-length'] = String(held.raw.length);
  entry.status = status;
  response.writeHead(status, headers);
  if (held.kind === 'whole') response.end(held.raw);
  else if (held.kind === 'none') response.end();
  else {
    for (const chunk of held.head) response.write(chunk);
    try {
      await pipeline(answer.body, response);
    } catch (error) {
      entry.problem = { kind: 'reset', message: `the answer broke off: ${(error as Error).message}` };
    }
  }
  if (route && workspace.recorder) {
    const broken = provider[0];
    const recordable = held.kind === 'none' || (held.kind === 'whole' && !held.unchecked);
    const outcome = broken
      ? `not written: the answer breaks the contract (${broken.check}: ${describeViolation(broken)})`
      : recordable
        ? record(workspace.recorder, route.operation, method, url, status, received, held)
        : `not written: ${held.kind === 'whole' ? held.unchecked : 'only JSON answers are recorded'}`;
    if (outcome) entry.recorded = outcome;
  }
  finish();
}

/** The provider's side: the contract's response checks, or, for an undocumented method, whether it refused it. */
function providerViolations(
  workspace: ProxyWorkspace,
  route: ContractRoute | undefined,
  offContract: OffContract | undefined,
  verdict: RequestVerdict | undefined,
  method: string,
  status: number,
  headers: Record<string, string>,
  held: HeldBody,
): ProxyViolation[] {
  if (offContract?.refusal.status === 405 && status >= 200 && status <= 299) {
    return [
      {
        side: 'provider',
        check: 'unsupported_method',
        operation: offContract.violation.operation,
        location: offContract.violation.location,
        message: `accepted a method the contract does not document for the path: ${status}, expected 405`,
        actual: status,
      },
    ];
  }
  if (!route || !workspace.prepared.config.validateResponses) return [];
  const answer: TransportResponse = {
    status,
    headers,
    // A streamed body is not checked (its content type still is): a stand-in marks that there is one.
    body: held.kind === 'whole' ? (held.text ?? '') : held.kind === 'stream' ? ' ' : '',
    ...(held.kind === 'stream' || (held.kind === 'whole' && held.text === undefined) ? { truncated: true } : {}),
  };
  return checkAnswer(workspace.checks, route.operation, answer, method, verdict?.refusal);
}

type OffContract = { refusal: Reply; violation: ProxyViolation };

/**
 * The operation a request calls, or, when the contract documents none, the mock's own answer to it (404, or
 * 405 with `Allow`) and the consumer's violation, located at the path item (405) or at `paths:` (404).
 */
function resolveRoute(
  workspace: ProxyWorkspace,
  request: IncomingMessage,
  method: string,
  target: RequestTarget,
): { route: ContractRoute; params: Record<string, string> } | OffContract {
  const contract = workspace.prepared.contract;
  const match = routeRequest(workspace.prepared, request, method, target);
  if (!('refusal' in match) && match.route.operation)
    return { route: match.route as ContractRoute, params: match.params };
  const refusal =
    'refusal' in match
      ? match.refusal
      : problemReply(404, 'Not found', `no operation of the contract matches ${method} ${target.path}`);
  const allow = String(refusal.headers.allow ?? '');
  let pointer = '/paths';
  let message = `no operation of the contract matches ${method} ${target.path}`;
  if (refusal.status === 405) {
    const sibling = routeRequest(workspace.prepared, request, allow.split(', ')[0] ?? 'GET', target);
    const operation = 'refusal' in sibling ? undefined : sibling.route.operation;
    if (operation) pointer = operation.pointer.slice(0, operation.pointer.lastIndexOf('/'));
    message = `${method} is not documented for this path (documented: ${allow})`;
  }
  return {
    refusal,
    violation: {
      side: 'consumer',
      check: 'undocumented_operation',
      operation: `${method} ${target.path}`,
      location: locate(contract, pointer),
      message,
    },
  };
}

/** `--enforce`: the mock's answers to an invalid request (401 without credentials, else its 422 or the contract's 400/422). */
function enforced(
  workspace: ProxyWorkspace,
  context: ProxyContext,
  route: ContractRoute,
  request: IncomingMessage,
  entry: ProxyJournalEntry,
  verdict: RequestVerdict,
): Reply {
  if (verdict.security) {
    return problemReply(
      401,
      'Unauthorized',
      verdict.security.detail,
      {},
      {
        'www-authenticate': verdict.security.challenges.join(', '),
      },
    );
  }
  const scratch = scratchEntry(entry);
  scratch.requestErrors = verdict.issues.map((i) => ({
    ...i,
    ...(i.location ? { location: context.display(i.location) } : {}),
  }));
  return replyInvalidRequest(workspace.prepared, context.mock, route, request, scratch);
}

/** The journal entry the mock's reply builders write into (the proxy keeps its own). */
function scratchEntry(entry: ProxyJournalEntry): JournalEntry {
  return {
    time: entry.time,
    workspace: entry.workspace,
    method: entry.method,
    path: entry.path,
    route: entry.operation,
    status: 0,
    latencyMs: 0,
    requestErrors: [],
    responseErrors: [],
  };
}

/** The answer as `--record` wants it: only a whole JSON body (or none). */
function record(
  recorder: Recorder,
  operation: Operation,
  method: string,
  url: string,
  status: number,
  headers: Record<string, string>,
  held: HeldBody,
): string | undefined {
  let body: { value: unknown } | undefined;
  if (held.kind === 'whole') {
    try {
      body = { value: JSON.parse(held.text ?? '') };
    } catch {
      return undefined; // not JSON: already a violation of a JSON media type
    }
  }
  return recorder.record({ operation, request: `${method} ${url.split('?')[0]}`, status, headers, body });
}

/** Where the client reached the proxy (its Host), for rewriting `Location`. */
function proxyOrigin(request: IncomingMessage, workspace: ProxyWorkspace): string {
  return request.headers.host ? `http://${request.headers.host}` : workspace.origin;
}

/** The promise's value if it settles within `ms`, else undefined (no timer when it already has). */
async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** One line per violation or target problem, as the CLI prints them. */
function logLines(entry: ProxyJournalEntry, display: (file: string) => string): string[] {
  const head = `${entry.workspace}: ${entry.method} ${entry.path} -> ${entry.status || '-'}`;
  const lines = entry.violations.map((v) => {
    const where = v.location ? ` (${display(v.location.file)}:${v.location.line})` : '';
    return `${head}: ${v.side} ${v.check}: ${describeViolation(v)}${where}`;
  });
  if (entry.problem) lines.push(`${head}: target ${entry.problem.kind}: ${entry.problem.message}`);
  return lines;
}
