import type { IncomingMessage } from 'node:http';
import type { RequestTarget } from '../http/parse-target.js';
import { PREFERENCE_QUERY_KEYS, type Preferences } from '../http/prefer.js';
import type { JournalEntry } from '../journal.js';
import { formDecode, splitCookies, splitPairs } from '../params/query-pairs.js';
import { isXmlMediaType } from '../response/encode-xml.js';
import { findResponse } from '../response/response-spec.js';
import { checkSecurity } from '../security/check-security.js';
import {
  type RequestIssue,
  type RequestParts,
  validateBody,
  validateParameters,
} from '../validation/request-validator.js';
import { replyFromContract } from './build-reply.js';
import type { MockContext } from './mock-context.js';
import { type MockRoute, type PreparedWorkspace, requestValidatorOf } from './prepare-workspace.js';
import type { RequestBody } from './read-request-body.js';
import { replyInvalidRequest, replyUnauthorized } from './reply-refusal.js';
import type { Reply } from './respond.js';

/** One request on its way through the pipeline, once its route is known and its body read. */
export interface Exchange {
  workspace: PreparedWorkspace;
  context: MockContext;
  request: IncomingMessage;
  entry: JournalEntry;
  route: MockRoute;
  params: Record<string, string>;
  target: RequestTarget;
  body: RequestBody;
}

/**
 * Security, parameters and body against the contract. undefined when the request is fine (or validation
 * is off); otherwise what to answer: 401 for missing credentials, a forced error code the contract
 * documents (`Prefer: code=404` wins over validation, a forced 2xx does not), else the invalid-request answer.
 */
export function checkRequest(exchange: Exchange): ((preferences: Preferences) => Reply) | undefined {
  const { workspace, context, request, entry, route, params, target, body } = exchange;
  const validator = workspace.config.validateRequests ? requestValidatorOf(route) : undefined;
  if (!validator && !route.security) return undefined;
  const parts: RequestParts = {
    path: params,
    query: splitPairs(target.rawQuery).filter(([key]) => !isPreferenceKey(key)),
    headers: request.headers,
    cookies: splitCookies(request.headers.cookie),
  };
  const issues: RequestIssue[] = [];
  const security = route.security ? checkSecurity(route.security, parts) : undefined;
  if (security && !security.ok) issues.push({ in: 'security', name: 'security', message: security.detail });
  if (validator) {
    issues.push(...validateParameters(validator, parts));
    const declared = validator.body;
    if (declared?.required && !body.present)
      issues.push({ in: 'body', name: '/', message: 'a request body is required' });
    if (body.issues) issues.push(...body.issues);
    // XML is not parsed here, so its schema cannot be checked: the body is taken as sent.
    if (body.present && body.mediaType && !isXmlMediaType(body.mediaType))
      issues.push(...validateBody(declared?.media.get(body.mediaType), body.value));
  }
  if (issues.length === 0) return undefined;
  entry.requestErrors = issues.map((i) => ({
    ...i,
    ...(i.location ? { location: context.displayFile(i.location) } : {}),
  }));
  return (preferences) => {
    if (security && !security.ok) return replyUnauthorized(workspace, context, route, request, entry, security);
    const forced = preferences.code;
    if (forced !== undefined && forced >= 400 && route.responses && findResponse(route.responses, forced)) {
      const reply = replyFromContract(workspace, context, route, request, preferences, entry, false);
      reply.headers['x-mockforge-request-errors'] = JSON.stringify(entry.requestErrors).slice(0, 4000);
      return reply;
    }
    return replyInvalidRequest(workspace, context, route, request, entry);
  };
}

function isPreferenceKey(rawKey: string): boolean {
  return rawKey.startsWith('__') && (PREFERENCE_QUERY_KEYS as readonly string[]).includes(formDecode(rawKey));
}
