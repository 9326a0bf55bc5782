import type { SourceLocation } from '../errors.js';
import type { ShardsSummary } from '../shard/shard-plan.js';

/** Check names as Schemathesis uses them, so users recognise them. */
export const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'ensure_resource_availability',
  'use_after_free',
  'negative_data_rejection',
  'missing_required_header',
  'unsupported_method',
  'ignored_auth',
] as const;
export type CheckName = (typeof CHECKS)[number];

/** How a negative request breaks its operation's contract; each kind belongs to one check. */
export const NEGATIVE_KINDS = {
  missing_required: 'negative_data_rejection',
  wrong_type: 'negative_data_rejection',
  past_bound: 'negative_data_rejection',
  pattern_mismatch: 'negative_data_rejection',
  not_in_enum: 'negative_data_rejection',
  unknown_property: 'negative_data_rejection',
  wrong_media_type: 'negative_data_rejection',
  missing_header: 'missing_required_header',
  undocumented_method: 'unsupported_method',
  no_credentials: 'ignored_auth',
  wrong_credentials: 'ignored_auth',
} as const satisfies Record<string, CheckName>;
export type NegativeKind = keyof typeof NEGATIVE_KINDS;

/** What a negative request broke: `{kind: 'past_bound', field: 'body /name', how: 'maxLength 10: 11 characters'}`. */
export interface NegativeCase {
  kind: NegativeKind;
  /** `body /price`, `query limit`, `header X-Tenant`, `path itemId`, `method PATCH`, `credentials`. */
  field: string;
  how: string;
  /** The status a service should answer (`4xx`, `405`, `415`, `401/403`). */
  expected: string;
}

export type TargetProblemKind = 'refused' | 'reset' | 'timeout' | 'tls' | 'dns' | 'other';

/** The target could not answer (not drift): connection refused, reset, timeout, TLS. */
export interface TargetProblem {
  kind: TargetProblemKind;
  message: string;
  operation: string;
  curl: string;
  attempts: number;
}

/** One way a response breaks the contract. */
export interface DriftFinding {
  check: CheckName;
  /** `GET /api/users/{id}` */
  operation: string;
  /** The contract node that was violated. */
  location: SourceLocation;
  /** JSON pointer into the response body ('' for the whole body); header checks use `header:<name>`. */
  instancePath?: string;
  actual?: unknown;
  message: string;
  status?: number;
  curl: string;
  /** For the negative checks: what the request broke. */
  negative?: NegativeCase;
  /**
   * Why no service could have sent a body that fits here (the schema at `location` admits no value):
   * validate reports such an issue once as a contract problem, not as drift (see contractFaultOf).
   */
  contractFault?: string;
}

/**
 * A schema of the contract that validate cannot use (a `$ref` loop with no schema in it: the operation is
 * skipped), or one no answer can fit (`seenInAnswer`: the operation was validated, an answer showed it):
 * reported once.
 */
export interface ContractProblem {
  operation: string;
  location: SourceLocation;
  message: string;
  seenInAnswer?: true;
}

/** Negative requests of one operation: the kinds sent, and the ones not sent with why. */
export interface NegativeCoverage {
  requests: number;
  sent: NegativeKind[];
  notSent: Array<{ kind: NegativeKind; reason: string }>;
}

/** What was sent for one operation and what came back (for reports and the JUnit cases). */
export interface OperationOutcome {
  operation: string;
  location: SourceLocation;
  /** Requests whose response was checked. */
  responses: number;
  skipped?: string;
  timeMs: number;
  /** Statuses the service answered to the positive requests (negatives not included). */
  statuses: number[];
  /** Answered, but only with a 4xx to an id made up here: the operation itself was not exercised. */
  notReached?: string;
  negatives?: NegativeCoverage;
}

export interface TargetResult {
  /** Workspace or contract name. */
  name: string;
  contractFile: string;
  target: string;
  operations: OperationOutcome[];
  findings: DriftFinding[];
  problems: TargetProblem[];
  /** Responses checked, chains included. */
  responses: number;
  /** True when the time budget ran out before every operation was tried. */
  budgetExhausted: boolean;
  contractProblems: ContractProblem[];
  coverage: Coverage;
}

/** What a run exercised, and what it did not with why: a scan that silently tests 3 of 200 operations is worse than a failing one. */
export interface Coverage {
  operations: {
    total: number;
    /** A 2xx (or a documented answer to a real id) came back. */
    reached: number;
    notReached: Array<{ operation: string; reason: string }>;
  };
  statuses: {
    documented: number;
    exercised: number;
    notExercised: Array<{ operation: string; status: string }>;
  };
  negatives: {
    requests: number;
    /** Per kind: operations it was sent to, and operations it was not sent to, by reason. */
    kinds: Array<{ kind: NegativeKind; check: CheckName; sent: number; notSent: Record<string, number> }>;
  };
}

export interface ValidateResult {
  targets: TargetResult[];
  /** Responses checked in total. */
  responses: number;
  timeMs: number;
  /** A result merged from a matrix's shards: which reported and which did not. */
  shards?: ShardsSummary;
}
