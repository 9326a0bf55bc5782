import type { Operation } from '../../contract/types.js';
import type { SourceLocation } from '../../errors.js';
import type { TransportResponse } from '../../http/transport.js';
import { findResponse } from '../../mock/response/response-spec.js';
import { type CheckContext, checkResponse, operationLabel, responsesOf } from '../check-response.js';
import { type DriftFinding, NEGATIVE_KINDS, type NegativeCase } from '../types.js';

/**
 * The answer to a request that breaks its operation's contract (a negative request of `validate`, or real
 * traffic through `mockforge proxy`): a 2xx is a finding of the kind's check (the service accepted what its
 * contract forbids), a 5xx is `not_a_server_error`, and an answer the contract documents (exact status or
 * range, not `default`) still gets the content, header and schema checks.
 */
export function judgeRefusal(
  context: CheckContext,
  operation: Operation,
  what: NegativeCase,
  location: () => SourceLocation,
  request: { method: string; curl: string },
  response: TransportResponse,
): DriftFinding[] {
  const status = response.status;
  const base = { operation: operationLabel(operation), status, actual: status, curl: request.curl, negative: what };
  if (status >= 200 && status <= 299) {
    return [
      {
        ...base,
        check: NEGATIVE_KINDS[what.kind],
        location: location(),
        message: `accepted a request with ${what.how} (${what.field}): ${status}, expected ${what.expected}`,
      },
    ];
  }
  if (status >= 500) {
    return [
      {
        ...base,
        check: 'not_a_server_error',
        location: location(),
        message: `server error ${status} for a request with ${what.how} (${what.field}); expected ${what.expected}`,
      },
    ];
  }
  const spec = findResponse(responsesOf(context, operation), status);
  if (!spec || spec.key === 'default') return [];
  return checkResponse(context, operation, response, request.curl, { method: request.method }).filter(
    (f) => f.check !== 'status_code_conformance' && f.check !== 'not_a_server_error',
  );
}
