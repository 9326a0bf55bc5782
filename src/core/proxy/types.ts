import type { SourceLocation } from '../errors.js';
import type { CheckName, TargetProblemKind } from '../validate/types.js';

/** Checks of a request as a consumer sent it (validate sends its own requests, so it has none of these). */
export const CONSUMER_CHECKS = {
  undocumented_operation: 'The consumer called a method and path the contract does not document',
  request_parameter_conformance: 'A path, query or header parameter does not fit the contract',
  request_body_conformance: 'The request body is missing or does not fit the documented schema',
  request_content_type_conformance: 'The request Content-Type is not documented for the operation',
  request_security_presence: 'The request carries none of the credentials the operation requires',
} as const;
export type ConsumerCheck = keyof typeof CONSUMER_CHECKS;

/** Who broke the contract: the caller (its request) or the service (its response). */
export type Side = 'consumer' | 'provider';

/** One way one exchange broke its workspace's contract. */
export interface ProxyViolation {
  side: Side;
  /** Consumer checks above; provider checks are `mockforge validate`'s (Schemathesis' names). */
  check: ConsumerCheck | CheckName;
  /** `GET /api/users/{id}`, or the method and path as sent when no operation matches. */
  operation: string;
  /** The contract node that was violated (the file relative to the project). */
  location: SourceLocation | undefined;
  /** `body /items/0/quantity`, `query limit`, `header:X-Rate-Limit`, `/price` (response body). */
  at?: string;
  message: string;
  actual?: unknown;
}

/** One request through the proxy, as the journal keeps it (`.mockforge/proxy-journal.jsonl`). */
export interface ProxyJournalEntry {
  time: string;
  workspace: string;
  method: string;
  /** As sent (cut at 2048 characters). */
  path: string;
  /** The contract operation, when one matched. */
  operation?: string;
  /** What the client got (0 when the connection broke before a status). */
  status: number;
  latencyMs: number;
  violations: ProxyViolation[];
  /** The request as a curl line against the target, secrets redacted: kept when there is something to reproduce. */
  curl?: string;
  /** Why the response body was not checked (not JSON, over the size limit). */
  unchecked?: string;
  /** The proxy answered itself: `fault 503`, `enforce 422`, `413`... */
  answeredBy?: string;
  /** The target could not answer. */
  problem?: { kind: TargetProblemKind; message: string };
  /** `--record`: what happened to this response (`written get_api_users_{id}.yaml`, `not written: ...`). */
  recorded?: string;
}

/**
 * What broke, in one line: a consumer's issue says where (`body /quantity: must be >= 1`); the provider's
 * checks already name the place in their message (`/price must be number`).
 */
export function describeViolation(violation: ProxyViolation): string {
  return violation.side === 'consumer' && violation.at ? `${violation.at}: ${violation.message}` : violation.message;
}
