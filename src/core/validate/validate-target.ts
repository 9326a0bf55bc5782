import type { LoadedContract, Operation } from '../contract/types.js';
import { SchemaValidator } from '../schema/schema-validator.js';
import { buildRequest } from './build-request.js';
import { type CheckContext, checkResponse, locate, operationLabel } from './check-response.js';
import { toCurl } from './curl.js';
import type { ScenarioValues } from './scenario-values.js';
import { createdId, planChains, type ResourceChain } from './stateful-chains.js';
import { classifyTargetError } from './target-problem.js';
import type {
  DriftFinding,
  OperationOutcome,
  PlannedRequest,
  TargetProblem,
  TargetResult,
  Transport,
  TransportResponse,
} from './types.js';

export type ValidateMode = 'safe' | 'unsafe' | 'stateful';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface ValidateTargetOptions {
  name: string;
  contract: LoadedContract;
  /** Base URL of the running service. */
  target: string;
  transport: Transport;
  /** safe: GET/HEAD/OPTIONS only; unsafe: every operation; stateful: also create -> read -> delete chains. */
  mode?: ValidateMode;
  scenarioValues?: ReadonlyMap<string, ScenarioValues>;
  headers?: Record<string, string>;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Per request (default 10 s). */
  requestTimeoutMs?: number;
  /** For the whole target (default 120 s): operations not started by then are skipped. */
  budgetMs?: number;
  /** Retries of a request the target could not answer (default 2), with doubling backoff. */
  retries?: number;
  backoffMs?: number;
  clock?: Clock;
  onOperation?: (outcome: OperationOutcome, findings: readonly DriftFinding[]) => void;
}

const SAFE = new Set(['get', 'head', 'options']);
const realClock: Clock = { now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

/** Sends requests built from the contract to one target and checks every response. */
export async function validateTarget(options: ValidateTargetOptions): Promise<TargetResult> {
  const clock = options.clock ?? realClock;
  const mode = options.mode ?? 'safe';
  const deadline = clock.now() + (options.budgetMs ?? 120_000);
  const result: TargetResult = {
    name: options.name,
    contractFile: options.contract.file,
    target: options.target,
    operations: [],
    findings: [],
    problems: [],
    responses: 0,
    budgetExhausted: false,
  };
  const context = checkContextFor(options.contract);
  const seen = new Set<string>();
  let unreachable = false;
  const record = (findings: DriftFinding[]) => {
    for (const finding of findings) {
      const key = `${finding.check}|${finding.operation}|${finding.location.file}:${finding.location.line}|${finding.instancePath ?? ''}|${finding.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        result.findings.push(finding);
      }
    }
  };

  /** One request with retries; a TargetProblem when the target never answered. */
  const send = async (operation: Operation, request: PlannedRequest): Promise<TransportResponse | TargetProblem> => {
    const retries = options.retries ?? 2;
    let lastError: unknown;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await clock.sleep((options.backoffMs ?? 200) * 2 ** (attempt - 1));
      const remaining = deadline - clock.now();
      try {
        const timeout = Math.max(1, Math.min(options.requestTimeoutMs ?? 10_000, remaining));
        const response = await options.transport(request, timeout);
        result.responses++;
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
    result.problems.push(problem);
    if (kind === 'refused' || kind === 'dns' || kind === 'tls') unreachable = true;
    return problem;
  };

  const requestFor = (operation: Operation, pathOverride?: Record<string, string>): PlannedRequest => {
    const scenario = options.scenarioValues?.get(operation.pointer);
    return buildRequest(options.contract, operation, {
      target: options.target,
      ...(scenario || pathOverride ? { pathValues: { ...scenario?.path, ...pathOverride } } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
      ...(scenario?.body !== undefined && !pathOverride ? { body: scenario.body } : {}),
    });
  };

  const runOperation = async (operation: Operation): Promise<void> => {
    const started = clock.now();
    const outcome = createOutcome(options.contract, operation);
    const findings: DriftFinding[] = [];
    if (unreachable) outcome.skipped = 'target unreachable';
    else if (clock.now() >= deadline) {
      outcome.skipped = 'time budget exhausted';
      result.budgetExhausted = true;
    } else {
      const request = requestFor(operation);
      const response = await send(operation, request);
      if ('status' in response) {
        outcome.responses++;
        findings.push(...checkResponse(context, operation, response, toCurl(request)));
      } else outcome.skipped = `target problem: ${response.message}`;
    }
    outcome.timeMs = clock.now() - started;
    record(findings);
    result.operations.push(outcome);
    options.onOperation?.(outcome, findings);
  };

  const runChain = async (chain: ResourceChain): Promise<void> => {
    if (unreachable || clock.now() >= deadline) return;
    const createRequest = requestFor(chain.create);
    const created = await send(chain.create, createRequest);
    if (!('status' in created) || created.status < 200 || created.status > 299) return;
    const id = createdId(created, chain.param);
    if (id === undefined) return;
    const label = operationLabel(chain.create);
    if (chain.read) {
      const request = requestFor(chain.read, { [chain.param]: id });
      const response = await send(chain.read, request);
      if (!('status' in response)) return;
      const curl = toCurl(request);
      record(checkResponse(context, chain.read, response, curl));
      if (response.status < 200 || response.status > 299) {
        record([
          {
            check: 'ensure_resource_availability',
            operation: operationLabel(chain.read),
            location: locate(options.contract, chain.read.pointer),
            message: `${label} created '${id}' (${created.status}) but ${request.method} returned ${response.status}`,
            status: response.status,
            actual: response.status,
            curl: `${toCurl(createRequest)} && ${curl}`,
          },
        ]);
      }
    }
    if (!chain.remove) return;
    const removeRequest = requestFor(chain.remove, { [chain.param]: id });
    const removed = await send(chain.remove, removeRequest);
    if (!('status' in removed)) return;
    record(checkResponse(context, chain.remove, removed, toCurl(removeRequest)));
    if (!chain.read || removed.status < 200 || removed.status > 299) return;
    const again = requestFor(chain.read, { [chain.param]: id });
    const after = await send(chain.read, again);
    if ('status' in after && after.status >= 200 && after.status <= 299) {
      record([
        {
          check: 'use_after_free',
          operation: operationLabel(chain.read),
          location: locate(options.contract, chain.read.pointer),
          message: `'${id}' was deleted (${removeRequest.method} returned ${removed.status}) but ${again.method} still returns ${after.status}`,
          status: after.status,
          actual: after.status,
          curl: `${toCurl(removeRequest)} && ${toCurl(again)}`,
        },
      ]);
    }
  };

  const operations = options.contract.operations;
  const safe = operations.filter((o) => SAFE.has(o.method));
  const writes = mode === 'safe' ? [] : operations.filter((o) => !SAFE.has(o.method) && o.method !== 'delete');
  const deletes = mode === 'safe' ? [] : operations.filter((o) => o.method === 'delete');
  const concurrency = Math.max(1, options.concurrency ?? 4);
  await runPool(safe, concurrency, runOperation);
  await runPool(writes, concurrency, runOperation);
  if (mode === 'stateful') await runPool(planChains(options.contract), concurrency, runChain);
  await runPool(deletes, concurrency, runOperation);
  for (const operation of mode === 'safe' ? operations.filter((o) => !SAFE.has(o.method)) : []) {
    const outcome = createOutcome(options.contract, operation);
    outcome.skipped = 'writes are sent only with --unsafe or --stateful';
    result.operations.push(outcome);
  }
  sortByContractOrder(result, operations);
  return result;
}

/** Reports in contract order, whatever order the concurrent requests finished in. */
function sortByContractOrder(result: TargetResult, operations: readonly Operation[]): void {
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

const contexts = new WeakMap<LoadedContract, CheckContext>();

/** Compiled validators per contract, kept while the contract is: repeated runs (nightly loops, benches) compile once. */
function checkContextFor(contract: LoadedContract): CheckContext {
  let context = contexts.get(contract);
  if (!context) {
    context = {
      contract,
      bodies: new SchemaValidator(contract),
      headers: new SchemaValidator(contract, { coerceTypes: true }),
      responses: new Map(),
    };
    contexts.set(contract, context);
  }
  return context;
}

/**
 * The outcome record of an operation. Its contract location is worked out only when a report asks for it:
 * locating runs the position-keeping YAML parser, ~1 s on a large contract, wasted on a clean run.
 */
function createOutcome(contract: LoadedContract, operation: Operation): OperationOutcome {
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

/** Runs `work` over `items` with at most `limit` at once. */
export async function runPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
