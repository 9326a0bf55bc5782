import type { SourceLocation } from '../errors.js';

/** Check names as Schemathesis uses them, so users recognise them. */
export const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'ensure_resource_availability',
  'use_after_free',
] as const;
export type CheckName = (typeof CHECKS)[number];

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
}

/** What was sent for one operation and what came back (for reports and the JUnit cases). */
export interface OperationOutcome {
  operation: string;
  location: SourceLocation;
  /** Requests whose response was checked. */
  responses: number;
  skipped?: string;
  timeMs: number;
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
}

export interface ValidateResult {
  targets: TargetResult[];
  /** Responses checked in total. */
  responses: number;
  timeMs: number;
}
