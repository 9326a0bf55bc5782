import type { Operation } from '../contract/types.js';
import type { TransportResponse } from '../http/transport.js';
import { type CheckContext, checkResponse } from '../validate/check-response.js';
import { judgeRefusal } from '../validate/negative/judge-refusal.js';
import type { RequestVerdict } from './check-request.js';
import type { ProxyViolation } from './types.js';

/**
 * The provider's side of an exchange, with `mockforge validate`'s checks: the five response checks for a
 * valid request; for a request that broke the contract, the judgement of a negative request (a 2xx means the
 * service accepted what its contract forbids, and is checked as any answer; an undocumented 4xx is a fine
 * refusal).
 */
export function checkAnswer(
  context: CheckContext,
  operation: Operation,
  response: TransportResponse,
  method: string,
  refusal: RequestVerdict['refusal'],
): ProxyViolation[] {
  const accepted = response.status >= 200 && response.status <= 299;
  // An accepted invalid request is validate's negative finding; its answer is still checked like any other.
  const findings = refusal
    ? [
        ...judgeRefusal(context, operation, refusal.what, () => refusal.location, { method, curl: '' }, response),
        ...(accepted ? checkResponse(context, operation, response, '', { method }) : []),
      ]
    : checkResponse(context, operation, response, '', { method });
  return findings.map((finding) => ({
    side: 'provider',
    check: finding.check,
    operation: finding.operation,
    location: finding.location,
    ...(finding.instancePath !== undefined ? { at: finding.instancePath } : {}),
    message: finding.message,
    ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
  }));
}
