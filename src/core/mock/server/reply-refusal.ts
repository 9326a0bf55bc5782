import type { IncomingMessage } from 'node:http';
import { isJsonMediaType } from '../http/negotiate.js';
import { createProblem } from '../http/problem.js';
import type { JournalEntry } from '../journal.js';
import { contentTypeOf } from '../response/encode-body.js';
import { contractExample } from '../response/example-data.js';
import { documentedErrorStatus, findResponse, responseBodyFits } from '../response/response-spec.js';
import type { SecurityOutcome } from '../security/check-security.js';
import { pickMedia, replyFromContract, withDocumentedHeaders } from './build-reply.js';
import type { MockContext } from './mock-context.js';
import type { MockRoute, PreparedWorkspace } from './prepare-workspace.js';
import { problemReply, type Reply } from './respond.js';

// The answers to a request the mock refuses: invalid (422/400), without credentials (401), or refused
// before its operation is answered (405, 415, 413, a malformed body).

/**
 * The contract's own 422/400 (or the range or `default` covering them) when it documents one: with the
 * problem document as body if that fits its schema, empty when it has no body, else its example plus an
 * `x-mockforge-request-errors` header. Otherwise a 422 problem listing every error.
 */
export function replyInvalidRequest(
  workspace: PreparedWorkspace,
  context: MockContext,
  route: MockRoute,
  request: IncomingMessage,
  entry: JournalEntry,
): Reply {
  const errors = entry.requestErrors;
  const problem = createProblem(422, 'Invalid request', `${errors.length} problem(s) with the request`, { errors });
  const status = route.responses ? documentedErrorStatus(route.responses, [422, 400]) : undefined;
  const spec = status && route.responses ? findResponse(route.responses, status) : undefined;
  if (!status || !spec) return problemReply(422, 'Invalid request', problem.detail, { errors });
  const errorHeader = { 'x-mockforge-request-errors': JSON.stringify(errors).slice(0, 4000) };
  if (spec.media.length === 0)
    return withDocumentedHeaders(workspace, context, route, { status, headers: errorHeader, body: undefined });
  problem.status = status;
  const media = pickMedia(spec.media, request) ?? spec.media[0];
  const fits = media ? responseBodyFits(workspace.validator, media) : undefined;
  // The problem document when the response's schema allows it; without a schema, the contract's example
  // (if it gives one) is the documented shape.
  const problemFits = fits ? fits(problem) : !contractExample(media?.node ?? {}, workspace.contract.document);
  if (media && isJsonMediaType(media.mediaType) && problemFits) {
    const reply = {
      status,
      headers: { 'content-type': contentTypeOf(media.mediaType) },
      body: Buffer.from(JSON.stringify(problem)),
    };
    return withDocumentedHeaders(workspace, context, route, reply);
  }
  const reply = replyFromContract(workspace, context, route, request, { code: status }, entry, false);
  Object.assign(reply.headers, errorHeader);
  return reply;
}

/**
 * 401 for a request without the credentials the operation's security asks for: the contract's 401 (or the
 * `4XX`/`default` covering it) when documented, else a problem document; `WWW-Authenticate` names the
 * schemes that would have let the request in.
 */
export function replyUnauthorized(
  workspace: PreparedWorkspace,
  context: MockContext,
  route: MockRoute,
  request: IncomingMessage,
  entry: JournalEntry,
  outcome: Extract<SecurityOutcome, { ok: false }>,
): Reply {
  const challenge = { 'www-authenticate': outcome.challenges };
  const documented = route.responses ? documentedErrorStatus(route.responses, [401]) : undefined;
  if (documented === 401) {
    const reply = replyFromContract(workspace, context, route, request, { code: 401 }, entry, false);
    Object.assign(reply.headers, challenge);
    return reply;
  }
  return problemReply(401, 'Unauthorized', outcome.detail, {}, challenge);
}

/**
 * A refusal made before the operation is answered (405 on a path whose operation documents one, 415, 413,
 * a malformed body) as the operation documents that status (exactly, or by its range or `default`), with
 * the refusal's own headers (`Allow`); the mock's problem document when the contract documents none.
 */
export function replyDocumentedRefusal(
  workspace: PreparedWorkspace,
  context: MockContext,
  route: MockRoute,
  request: IncomingMessage,
  entry: JournalEntry,
  refusal: Reply,
): Reply {
  if (!route.responses || documentedErrorStatus(route.responses, [refusal.status]) !== refusal.status) return refusal;
  const reply = replyFromContract(workspace, context, route, request, { code: refusal.status }, entry, false);
  for (const [name, value] of Object.entries(refusal.headers))
    if (name !== 'content-type' && name !== 'content-length') reply.headers[name] = value;
  return reply;
}
