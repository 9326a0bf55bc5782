import type { LoadedContract, Operation } from '../contract/types.js';
import type { PlannedRequest, Transport, TransportResponse } from '../http/transport.js';
import { buildRequest } from './build-request.js';
import { type CheckContext, checkContextFor, locate, operationLabel } from './check-response.js';
import { toCurl } from './curl.js';
import type { ScenarioValues } from './scenario-values.js';
import { classifyTargetError } from './target-problem.js';
import type { DriftFinding, OperationOutcome, TargetProblem, TargetResult } from './types.js';

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
  send(operation: Operation, request: PlannedRequest): Promise<TransportResponse | TargetProblem>;
  /** The request for an operation; `pathOverride` names a resource created earlier in a chain. */
  requestFor(operation: Operation, pathOverride?: Record<string, string>): PlannedRequest;
  /** Adds findings, once each (a chain's GET may repeat the plain GET's drift). */
  record(findings: readonly DriftFinding[]): void;
}

const realClock: Clock = { now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export function createSession(options: SessionOptions): ValidationSession {
  const clock = options.clock ?? realClock;
  const deadline = clock.now() + (options.budgetMs ?? 120_000);
  const retries = options.retries ?? 2;
  const seen = new Set<string>();
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
    },
    context: checkContextFor(options.contract),
    contract: options.contract,
    clock,
    unreachable: false,
    budgetLeft: () => clock.now() < deadline,
    async send(operation, request) {
      let lastError: unknown;
      for (let attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0) await clock.sleep((options.backoffMs ?? 200) * 2 ** (attempt - 1));
        const remaining = deadline - clock.now();
        try {
          const timeout = Math.max(1, Math.min(options.requestTimeoutMs ?? 10_000, remaining));
          const response = await options.transport(request, timeout);
          session.result.responses++;
          return response;
        } catch (error) {
          lastError = error;
          if (remaining <= 0) break;
        }
      }
      const { kind, message } = classifyTargetError(lastError);
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
      return buildRequest(options.contract, operation, {
        target: options.target,
        ...(scenario || pathOverride ? { pathValues: { ...scenario?.path, ...pathOverride } } : {}),
        ...(options.headers ? { headers: options.headers } : {}),
        ...(scenario?.body !== undefined && !pathOverride ? { body: scenario.body } : {}),
        fits: (pointer, value) => session.context.bodies.fitsPointer(pointer, 'request')(value),
      });
    },
    record(findings) {
      for (const finding of findings) {
        const { check, operation, location, instancePath, message } = finding;
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
  const outcome = { operation: operationLabel(operation), responses: 0, timeMs: 0 } as OperationOutcome;
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
  const rank = new Map(operations.map((o, i) => [operationLabel(o), i]));
  const order = (label: string) => rank.get(label) ?? operations.length;
  result.operations.sort((a, b) => order(a.operation) - order(b.operation));
  result.findings.sort(
    (a, b) =>
      order(a.operation) - order(b.operation) ||
      a.location.line - b.location.line ||
      (a.instancePath ?? '').localeCompare(b.instancePath ?? '') ||
      a.check.localeCompare(b.check),
  );
}
