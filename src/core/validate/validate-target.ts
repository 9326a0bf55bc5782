import type { Operation } from '../contract/types.js';
import type { BodyValue } from './build-request.js';
import { checkResponse, locate, operationLabel } from './check-response.js';
import { coverageOf } from './coverage.js';
import { toCurl } from './curl.js';
import { isRealId } from './known-ids.js';
import { type NegativeOptions, runNegatives } from './negative/run-negatives.js';
import { findOperationProblem } from './operation-problem.js';
import { runChain } from './run-chain.js';
import { planChains } from './stateful-chains.js';
import type { DriftFinding, NegativeKind, OperationOutcome, TargetResult } from './types.js';
import { unserializableParameters } from './unserializable-parameters.js';
import {
  createOutcome,
  createSession,
  type SessionOptions,
  sortByContractOrder,
  TIME_BUDGET_EXHAUSTED,
} from './validation-session.js';

export type { Clock } from './validation-session.js';
export type ValidateMode = 'safe' | 'unsafe' | 'stateful';

export interface ValidateTargetOptions extends SessionOptions {
  /** safe: GET/HEAD/OPTIONS only; unsafe: every operation; stateful: also create -> read -> delete chains. */
  mode?: ValidateMode;
  /** Negative requests: on by default with writes (unsafe, stateful), opt-in for GET/HEAD in safe mode. */
  negative?: boolean;
  /** Negative requests per operation at most (default 10). */
  negativeBudget?: number;
  /** Only these negative kinds are sent (default: all). */
  negativeKinds?: ReadonlySet<NegativeKind>;
  /** Seeds the choice of negative requests when the budget cuts (default 'mockforge'). */
  seed?: string;
  /** Requests in flight at once (default 4). Per request timeout: `requestTimeoutMs` (default 10 s). */
  concurrency?: number;
  onOperation?: (outcome: OperationOutcome, findings: readonly DriftFinding[]) => void;
  /** Only these operations (`GET /path` labels): one shard's part of the contract. Default: all. */
  only?: ReadonlySet<string>;
}

const SAFE = new Set(['get', 'head', 'options']);

/**
 * Sends requests built from the contract to one target and checks every response. Operations run in
 * waves by how many path parameters they have, so lists and creates answer before the items they name
 * (their ids are then real); safe operations before writes in each wave, then chains, then deletes (so a
 * DELETE does not remove what a GET was about to read). After an accepted positive request come the
 * operation's negative requests. `budgetMs` (default 120 s) bounds the whole target.
 */
export async function validateTarget(options: ValidateTargetOptions): Promise<TargetResult> {
  const session = createSession(options);
  const { result, clock, contract } = session;
  const mode = options.mode ?? 'safe';
  const negatives: NegativeOptions | undefined =
    (options.negative ?? mode !== 'safe')
      ? {
          budget: options.negativeBudget ?? 10,
          seed: options.seed ?? 'mockforge',
          writesAllowed: mode !== 'safe',
          ...(options.negativeKinds ? { kinds: options.negativeKinds } : {}),
        }
      : undefined;
  const reported = new Set<string>();

  const runOperation = async (operation: Operation): Promise<void> => {
    const started = clock.now();
    const outcome = createOutcome(contract, operation);
    const findings: DriftFinding[] = [];
    const problem = findOperationProblem(session.context, operation);
    if (problem) {
      outcome.skipped = `contract problem at ${problem.location.file}:${problem.location.line}: ${problem.message}`;
      if (!reported.has(problem.key)) {
        reported.add(problem.key);
        result.contractProblems.push({
          operation: operationLabel(operation),
          location: problem.location,
          message: problem.message,
        });
      }
    } else if (session.unreachable) outcome.skipped = 'target unreachable';
    else if (!session.budgetLeft()) {
      outcome.skipped = TIME_BUDGET_EXHAUSTED;
      result.budgetExhausted = true;
    } else {
      try {
        await exercise(operation, outcome, findings);
      } catch (error) {
        // One operation whose schema breaks the checker must not end the run for the others.
        const message = `could not be checked: ${error instanceof Error ? error.message : String(error)}`;
        outcome.skipped = `contract problem: ${message}`;
        result.contractProblems.push({
          operation: operationLabel(operation),
          location: locate(contract, operation.pointer),
          message,
        });
      }
    }
    outcome.timeMs = clock.now() - started;
    session.record(findings);
    result.operations.push(outcome);
    options.onOperation?.(outcome, findings);
  };

  const exercise = async (operation: Operation, outcome: OperationOutcome, findings: DriftFinding[]) => {
    const positive = session.requestFor(operation);
    const madeUp = Object.entries(positive.pathValues).filter(([, v]) => !isRealId(v.source));
    // A DELETE's negatives go first: after the positive one there is nothing left to refuse.
    const deleteFirst = operation.method === 'delete' && madeUp.length === 0 && negatives;
    if (deleteFirst && (await sendNegatives(operation, positive, outcome, findings))) {
      outcome.notReached = 'a negative request was accepted and deleted the resource';
      return;
    }
    const response = await session.send(operation, positive.request);
    if (!('status' in response)) {
      outcome.skipped = 'budgetCut' in response ? TIME_BUDGET_EXHAUSTED : `target problem: ${response.message}`;
      return;
    }
    outcome.responses++;
    outcome.statuses.push(response.status);
    session.capture(operation, positive.request, response);
    const accepted = response.status >= 200 && response.status <= 299;
    if (accepted && operation.method === 'delete')
      session.forget(
        Object.values(positive.pathValues)
          .map((v) => v.value)
          .slice(-1),
      );
    let checked = checkResponse(session.context, operation, response, toCurl(positive.request));
    const unserializable = accepted ? [] : unserializableParameters(contract.document, operation);
    if (!accepted && response.status < 500 && madeUp.length > 0) {
      // A 4xx to an id made up here says nothing about the service: not reached, never drift.
      const names = madeUp.map(
        ([name, v]) => `{${name}} (${v.source === 'example' ? 'from the contract' : 'invented'})`,
      );
      outcome.notReached = `no real id for ${names.join(', ')}: the service answered ${response.status}`;
      checked = checked.filter((f) => f.check !== 'status_code_conformance');
    } else if (!accepted && response.status < 500 && positive.body && !bodyFits(positive.body)) {
      // Neither the contract's examples nor the generator gave a body the contract accepts (a schema no
      // value fits, `allOf: [string, integer]`): a faithful service refuses it too, so that is not drift.
      const at = locate(contract, positive.body.schemaPointer);
      outcome.notReached = `no request body fits the schema at ${at.file}:${at.line}: the service answered ${response.status}`;
      checked = checked.filter((f) => f.check !== 'status_code_conformance');
    } else if (!accepted && response.status < 500 && unserializable.length > 0) {
      // OpenAPI defines no way to write these values (an array of objects in a query): sent as JSON text, a
      // refusal is the service's reading of an undefined form, not drift.
      outcome.notReached = `OpenAPI defines no serialization for ${unserializable.join(', ')} (sent as JSON text): the service answered ${response.status}`;
      checked = checked.filter((f) => f.check !== 'status_code_conformance');
    }
    findings.push(...checked);
    if (negatives && !deleteFirst) {
      if (accepted) await sendNegatives(operation, positive, outcome, findings);
      else await sendNegatives(operation, positive, outcome, findings, `the positive request got ${response.status}`);
    }
  };

  const bodyFits = (body: BodyValue) => session.context.bodies.fitsPointer(body.schemaPointer, 'request')(body.value);

  const sendNegatives = async (
    operation: Operation,
    positive: ReturnType<typeof session.requestFor>,
    outcome: OperationOutcome,
    findings: DriftFinding[],
    skip?: string,
  ): Promise<boolean> => {
    if (!negatives) return false;
    const sent = await runNegatives(session, operation, positive, negatives, skip);
    outcome.negatives = sent.coverage;
    findings.push(...sent.findings);
    return sent.findings.some((f) => f.negative && f.status !== undefined && f.status >= 200 && f.status <= 299);
  };

  const only = options.only;
  const operations = only ? contract.operations.filter((o) => only.has(operationLabel(o))) : contract.operations;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const selected = operations.filter((o) => SAFE.has(o.method) || (mode !== 'safe' && o.method !== 'delete'));
  // Each wave sees the ids of the waves before it (`settle`), never those of its own running requests.
  const runWave = async <T>(items: readonly T[], work: (item: T) => Promise<void>) => {
    await runPool(items, concurrency, work);
    session.settle();
  };
  for (const wave of byPathParameters(selected)) await runWave(wave, runOperation);
  if (mode === 'stateful') {
    const chains = planChains(contract).filter((chain) => operations.includes(chain.create));
    await runWave(chains, (chain) => runChain(session, chain));
  }
  // Deepest first: a parent deleted before its children would turn their real ids into 404s.
  const deletes = mode === 'safe' ? [] : byPathParameters(operations.filter((o) => o.method === 'delete')).reverse();
  for (const wave of deletes) await runWave(wave, runOperation);
  for (const operation of mode === 'safe' ? operations.filter((o) => !SAFE.has(o.method)) : []) {
    const outcome = createOutcome(contract, operation);
    outcome.skipped = 'writes are sent only with --unsafe or --stateful';
    result.operations.push(outcome);
    options.onOperation?.(outcome, []);
  }
  sortByContractOrder(result, operations);
  result.coverage = coverageOf(session.context, result, operations, negatives !== undefined);
  return result;
}

/** Operations grouped by their number of path parameters, fewest first; safe methods first within a group. */
function byPathParameters(operations: readonly Operation[]): Operation[][] {
  const groups = new Map<number, Operation[]>();
  for (const operation of operations) {
    const count = (operation.path.match(/\{[^}]+\}/g) ?? []).length;
    groups.set(count, [...(groups.get(count) ?? []), operation]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, group]) => [...group.filter((o) => SAFE.has(o.method)), ...group.filter((o) => !SAFE.has(o.method))]);
}

/** Runs `work` over `items` with at most `limit` at once. */
export async function runPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
