import type { JsonObject, LoadedContract, Operation } from '../contract/types.js';
import type { PlannedRequest, Transport, TransportResponse } from '../http/transport.js';
import type { ValidateValue } from '../schema/schema-validator.js';
import { appendPointer } from '../source/json-pointer.js';
import { safeDecode } from '../source/safe-decode.js';
import {
  type BodyValue,
  buildRequest,
  type RequestFits,
  type RequestInputs,
  requestBodyValue,
} from './build-request.js';
import { type CheckContext, checkContextFor, locate, operationLabel } from './check-response.js';
import { toCurl } from './curl.js';
import { KnownIds } from './known-ids.js';
import { parameterPointer } from './negative/plan-negatives.js';
import { type PathValue, resolvePathValues } from './path-values.js';
import type { ScenarioValues } from './scenario-values.js';
import { classifyTargetError } from './target-problem.js';
import type { DriftFinding, OperationOutcome, TargetProblem, TargetResult } from './types.js';

/** The positive request of an operation, with what negatives and coverage need to know about it. */
export interface OperationRequest {
  request: PlannedRequest;
  pathValues: Record<string, PathValue>;
  body: BodyValue | undefined;
  /** The same request with one change (a negative request). */
  build(changes: Pick<RequestInputs, 'body' | 'override'>): PlannedRequest;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface SessionOptions {
  name: string;
  contract: LoadedContract;
  target: string;
  transport: Transport;
  scenarioValues?: ReadonlyMap<string, ScenarioValues>;
  headers?: Record<string, string>;
  requestTimeoutMs?: number;
  budgetMs?: number;
  retries?: number;
  backoffMs?: number;
  clock?: Clock;
}

/** What every request of one target's validation shares: the result so far, the budget, the retries. */
export interface ValidationSession {
  result: TargetResult;
  context: CheckContext;
  contract: LoadedContract;
  clock: Clock;
  /** True once a refused, DNS or TLS failure says nobody is listening: later operations are skipped. */
  unreachable: boolean;
  budgetLeft(): boolean;
  /** One request with retries and backoff; a TargetProblem (also recorded) when the target never answered. */
  /** The answer; the target's problem (recorded); or the budget's end, which cut the request short. */
  send(operation: Operation, request: PlannedRequest): Promise<TransportResponse | TargetProblem | BudgetCut>;
  /** The request for an operation; `pathOverride` names a resource created earlier in a chain. */
  requestFor(operation: Operation, pathOverride?: Record<string, string>): OperationRequest;
  /**
   * Learns the ids a 2xx JSON answer shows (list items, created records, id fields, URLs), once `settle`
   * is called: requests running at the same time never see each other's ids, so the ids a request gets do
   * not depend on which of them finished first (or on which other operations a shard runs).
   */
  capture(operation: Operation, request: PlannedRequest, response: TransportResponse): void;
  /** Applies the captures made since the last call, in contract order. */
  settle(): void;
  /** A DELETE of these path values succeeded: they are not real ids any more. */
  forget(values: readonly string[]): void;
  /** Whether a raw value fits a parameter's schema, strings coerced as the service reads them (compiled once per schema). */
  parameterFits(parameter: JsonObject, value: string): boolean;
  /** The same check with issues located in the contract (compiled per parameter: for findings only). */
  parameterValidator(operation: Operation, parameter: JsonObject): ValidateValue;
  /** Adds findings, once each (a chain's GET may repeat the plain GET's drift). */
  record(findings: readonly DriftFinding[]): void;
}

/** Why an operation was not tried, or a request was cut short: the run's time budget ran out. */
export const TIME_BUDGET_EXHAUSTED = 'time budget exhausted';

/** A request the end of the time budget cut short: it says nothing about the target. */
export interface BudgetCut {
  budgetCut: true;
}

const realClock: Clock = { now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export function createSession(options: SessionOptions): ValidationSession {
  const clock = options.clock ?? realClock;
  const deadline = clock.now() + (options.budgetMs ?? 120_000);
  const retries = options.retries ?? 2;
  const seen = new Set<string>();
  const known = new KnownIds(options.contract);
  const rank = new Map(options.contract.operations.map((operation, index) => [operation, index]));
  const pending: Array<{ rank: number; method: string; path: string; body: unknown }> = [];
  const forgotten: string[] = [];
  const parameterValidators = new Map<string, ValidateValue>();
  const parameterCheckers = new Map<string, (value: unknown) => boolean>();
  const base = new URL(options.target).pathname.replace(/\/+$/, '') || options.contract.basePath;
  const session: ValidationSession = {
    result: {
      name: options.name,
      contractFile: options.contract.file,
      target: options.target,
      operations: [],
      findings: [],
      problems: [],
      responses: 0,
      budgetExhausted: false,
      contractProblems: [],
      coverage: {
        operations: { total: 0, reached: 0, notReached: [] },
        statuses: { documented: 0, exercised: 0, notExercised: [] },
        negatives: { requests: 0, kinds: [] },
      },
    },
    context: checkContextFor(options.contract),
    contract: options.contract,
    clock,
    unreachable: false,
    budgetLeft: () => clock.now() < deadline,
    async send(operation, request) {
      let lastError: unknown;
      let cutByBudget = false;
      for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0) await clock.sleep((options.backoffMs ?? 200) * 2 ** (attempt - 1));
        const remaining = deadline - clock.now();
        const requestTimeout = options.requestTimeoutMs ?? 10_000;
        cutByBudget = remaining < requestTimeout;
        try {
          // whole milliseconds: AbortSignal.timeout refuses a fraction (a budget about to run out gives one)
          const timeout = Math.max(1, Math.ceil(Math.min(requestTimeout, remaining)));
          const response = await options.transport(request, timeout);
          session.result.responses++;
          return response;
        } catch (error) {
          lastError = error;
          if (remaining <= 0) break;
        }
      }
      const { kind, message } = classifyTargetError(lastError);
      // A request the budget's end cut short says nothing about the target: the run ran out of time.
      if (kind === 'timeout' && cutByBudget) {
        session.result.budgetExhausted = true;
        return { budgetCut: true };
      }
      const problem: TargetProblem = {
        kind,
        message,
        operation: operationLabel(operation),
        curl: toCurl(request),
        attempts: retries + 1,
      };
      session.result.problems.push(problem);
      if (kind === 'refused' || kind === 'dns' || kind === 'tls') session.unreachable = true;
      return problem;
    },
    requestFor(operation, pathOverride) {
      const scenario = options.scenarioValues?.get(operation.pointer);
      const pathValues = resolvePathValues({
        contract: options.contract,
        operation,
        known,
        scenario: scenario?.path,
        override: pathOverride,
        fits: (parameter, value) => session.parameterFits(parameter, value),
      });
      const fits: RequestFits = {
        pointer: (pointer) => session.context.bodies.fitsPointer(pointer, 'request'),
        node: (schema) => session.context.bodies.fitsNode(schema, 'request'),
      };
      const given = scenario?.body !== undefined && !pathOverride ? scenario.body : undefined;
      const inputs: RequestInputs = {
        target: options.target,
        pathValues: Object.fromEntries(Object.entries(pathValues).map(([name, v]) => [name, v.value])),
        ...(options.headers ? { headers: options.headers } : {}),
        ...(given !== undefined ? { body: given } : {}),
        fits,
      };
      const body = requestBodyValue(operation, options.contract.document, given, fits);
      return {
        request: buildRequest(options.contract, operation, inputs),
        pathValues,
        body,
        build: (changes) =>
          buildRequest(options.contract, operation, {
            ...inputs,
            ...(changes.override ? { override: changes.override } : {}),
            ...(changes.body !== undefined ? { body: changes.body } : body ? { body: body.value } : {}),
          }),
      };
    },
    capture(operation, request, response) {
      if (response.status < 200 || response.status > 299 || !/json/i.test(response.headers['content-type'] ?? ''))
        return;
      let body: unknown;
      try {
        body = JSON.parse(response.body);
      } catch {
        return;
      }
      let path = new URL(request.url).pathname;
      if (base && path.startsWith(base)) path = path.slice(base.length);
      pending.push({
        rank: rank.get(operation) ?? rank.size,
        method: request.method,
        path: path.split('/').map(safeDecode).join('/'),
        body,
      });
    },
    settle() {
      pending.sort((a, b) => a.rank - b.rank);
      for (const { method, path, body } of pending.splice(0)) known.capture(method, path, body);
      // A record deleted in this wave (a chain's DELETE) stays forgotten, though its capture comes in later.
      for (const value of forgotten.splice(0)) known.forget(value);
    },
    forget(values) {
      for (const value of values) known.forget(value);
      forgotten.push(...values);
    },
    parameterFits(parameter, value) {
      // Twilio repeats `AccountSid: {pattern: ^AC...}` in 190 operations: one compiled check for all of them.
      const key = JSON.stringify(parameter.schema ?? {});
      let check = parameterCheckers.get(key);
      if (!check) {
        check = session.context.headers.fitsSchema(parameter.schema ?? {}, 'request');
        parameterCheckers.set(key, check);
      }
      return check(value);
    },
    parameterValidator(operation, parameter) {
      const pointer = appendPointer(parameterPointer(options.contract.document, operation, parameter), 'schema');
      const key = `${operation.pointer}|${String(parameter.in)}|${String(parameter.name)}`;
      let validate = parameterValidators.get(key);
      if (!validate) {
        validate = session.context.headers.forSchema(parameter.schema ?? {}, pointer, 'request');
        parameterValidators.set(key, validate);
      }
      return validate;
    },
    record(findings) {
      for (const finding of findings) {
        const { check, operation, location, instancePath, message } = finding;
        if (finding.contractFault !== undefined) {
          // The contract admits no value there: one contract problem per place, whichever answer showed it.
          const key = `contract|${location.file}:${location.line}:${location.column}|${finding.contractFault}`;
          if (seen.has(key)) continue;
          seen.add(key);
          session.result.contractProblems.push({
            operation,
            location,
            message: `no response body can fit here (${instancePath || 'the body'} of an answer): ${finding.contractFault}`,
            seenInAnswer: true,
          });
          continue;
        }
        const key = `${check}|${operation}|${location.file}:${location.line}|${instancePath ?? ''}|${message}`;
        if (!seen.has(key)) {
          seen.add(key);
          session.result.findings.push(finding);
        }
      }
    },
  };
  return session;
}

/**
 * The outcome record of an operation. Its contract location is worked out only when a report asks for it:
 * locating runs the position-keeping YAML parser, ~1 s on a large contract, wasted on a clean run.
 */
export function createOutcome(contract: LoadedContract, operation: Operation): OperationOutcome {
  let location: OperationOutcome['location'] | undefined;
  const outcome = {
    operation: operationLabel(operation),
    responses: 0,
    timeMs: 0,
    statuses: [],
  } as unknown as OperationOutcome;
  Object.defineProperty(outcome, 'location', {
    enumerable: true,
    get: () => {
      location ??= locate(contract, operation.pointer);
      return location;
    },
  });
  return outcome;
}

/** Reports in contract order, whatever order the concurrent requests finished in. */
export function sortByContractOrder(result: TargetResult, operations: readonly Operation[]): void {
  sortByOperationOrder(result, operations.map(operationLabel));
}

/** Operations, findings and target problems in the order of `labels` (`GET /path`), the contract's. */
export function sortByOperationOrder(result: TargetResult, labels: readonly string[]): void {
  const rank = new Map(labels.map((label, i) => [label, i]));
  const order = (label: string) => rank.get(label) ?? labels.length;
  result.operations.sort((a, b) => order(a.operation) - order(b.operation));
  result.findings.sort(
    (a, b) =>
      order(a.operation) - order(b.operation) ||
      a.location.line - b.location.line ||
      (a.instancePath ?? '').localeCompare(b.instancePath ?? '') ||
      a.check.localeCompare(b.check),
  );
  result.problems.sort((a, b) => order(a.operation) - order(b.operation));
  result.contractProblems.sort((a, b) => order(a.operation) - order(b.operation));
}
