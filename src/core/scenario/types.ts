import type { ArazzoStepPlan, ArazzoWorkflowPlan } from '../arazzo/types.js';
import type { SourceLocation } from '../errors.js';
import type { ShardsSummary } from '../shard/shard-plan.js';

/** Expected status: a list of inclusive ranges (`200` is [200, 200], `2xx` is [200, 299]). */
export interface StatusExpectation {
  /** As written, for messages. */
  text: string;
  ranges: Array<[number, number]>;
}

export type MatchMode = 'subset' | 'exact';

export interface ScenarioRequest {
  /** Upper-case. */
  method: string;
  /** May hold `${var}` placeholders, substituted at run time. */
  path: string;
  query: Record<string, string | number | boolean | Array<string | number | boolean>>;
  headers: Record<string, string>;
  body?: unknown;
  hasBody: boolean;
}

export interface ScenarioExpectedResponse {
  status: StatusExpectation;
  headers: Record<string, string>;
  body?: unknown;
  hasBody: boolean;
}

export interface ScenarioStep {
  /** 0-based position in `steps`. */
  index: number;
  name: string;
  service: string;
  request: ScenarioRequest;
  response: ScenarioExpectedResponse;
  /** Variable name -> JSONPath into the response body (`$.id`). */
  capture: Record<string, string>;
  match: MatchMode;
  timeoutMs: number;
  /** JSON pointer of the step in the scenario file, e.g. `/steps/2`. */
  pointer: string;
  /** Where the step starts (its `name:` line; an Arazzo step's `stepId:` line). */
  location: SourceLocation;
  /** An Arazzo step: parameters, criteria, outputs and actions (the request above holds its operation). */
  arazzo?: ArazzoStepPlan;
}

export interface Scenario {
  /** Absolute path. */
  file: string;
  name: string;
  description: string;
  steps: ScenarioStep[];
  /** Where any pointer of the file was written (nearest existing ancestor for a missing key). */
  locate(pointer: string): SourceLocation;
  /** An Arazzo workflow: inputs, outputs, dependsOn and the document it belongs to. */
  arazzo?: ArazzoWorkflowPlan;
}

export type StepFailureKind =
  | 'status'
  | 'header'
  | 'body'
  | 'capture'
  | 'variable'
  | 'unknown-service'
  | 'unreachable'
  | 'timeout'
  | 'contract-request'
  | 'contract-response'
  | 'contract-expected'
  | 'contract-operation'
  | 'criterion'
  | 'output'
  | 'operation'
  | 'workflow'
  | 'input'
  | 'flow'
  /** A merged report: the shard that had the file did not report. */
  | 'not-run';

/** Why a step failed (or, as a warning, what looks wrong), at the scenario line of the failing field. */
export interface StepFailure {
  kind: StepFailureKind;
  severity: 'error' | 'warning';
  message: string;
  /** Scenario file:line of the step field concerned. */
  location: SourceLocation;
  /** Pointer into the body or `header:name` / `status`, when about a value. */
  path?: string;
  expected?: unknown;
  actual?: unknown;
  /** For contract problems: where the violated schema is written. */
  contractLocation?: SourceLocation;
}

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ReceivedResponse {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, else the text ('' when empty). */
  body: unknown;
}

export interface StepResult {
  index: number;
  name: string;
  service: string;
  location: SourceLocation;
  outcome: 'passed' | 'failed' | 'skipped';
  /** Why skipped. */
  skipReason?: string;
  request?: SentRequest;
  response?: ReceivedResponse;
  /** The expected body after substitution (what the actual body was compared with). */
  expectedBody?: unknown;
  durationMs: number;
  failures: StepFailure[];
  captured: Record<string, unknown>;
  /** Earlier attempts of a step an Arazzo `retry` action ran again (the result above is the last one). */
  retried?: Array<{ status?: number; failures: StepFailure[]; durationMs: number }>;
}

export interface ScenarioResult {
  file: string;
  name: string;
  steps: StepResult[];
  /** Failures of the scenario itself rather than a step (Arazzo inputs, outputs, dependsOn, a goto loop). */
  failures?: StepFailure[];
  passed: boolean;
  durationMs: number;
}

export type TargetSource = 'target' | 'env' | 'up' | 'mocks';

export interface ResolvedTarget {
  service: string;
  url: string;
  source: TargetSource;
}

export interface ScenariosResult {
  scenarios: ScenarioResult[];
  targets: ResolvedTarget[];
  /** A result merged from a matrix's shards: which reported and which did not. */
  shards?: ShardsSummary;
}
