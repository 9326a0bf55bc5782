import type { Operation } from '../contract/types.js';
import { checkResponse } from './check-response.js';
import { toCurl } from './curl.js';
import { runChain } from './run-chain.js';
import { planChains } from './stateful-chains.js';
import type { DriftFinding, OperationOutcome, TargetResult } from './types.js';
import { createOutcome, createSession, type SessionOptions, sortByContractOrder } from './validation-session.js';

export type { Clock } from './validation-session.js';
export type ValidateMode = 'safe' | 'unsafe' | 'stateful';

export interface ValidateTargetOptions extends SessionOptions {
  /** safe: GET/HEAD/OPTIONS only; unsafe: every operation; stateful: also create -> read -> delete chains. */
  mode?: ValidateMode;
  /** Requests in flight at once (default 4). Per request timeout: `requestTimeoutMs` (default 10 s). */
  concurrency?: number;
  onOperation?: (outcome: OperationOutcome, findings: readonly DriftFinding[]) => void;
}

const SAFE = new Set(['get', 'head', 'options']);

/**
 * Sends requests built from the contract to one target and checks every response: safe operations first,
 * then writes, then chains, then deletes (so a DELETE does not remove what a GET was about to read).
 * `budgetMs` (default 120 s) bounds the whole target: operations not started by then are skipped.
 */
export async function validateTarget(options: ValidateTargetOptions): Promise<TargetResult> {
  const session = createSession(options);
  const { result, clock, contract } = session;
  const mode = options.mode ?? 'safe';

  const runOperation = async (operation: Operation): Promise<void> => {
    const started = clock.now();
    const outcome = createOutcome(contract, operation);
    const findings: DriftFinding[] = [];
    if (session.unreachable) outcome.skipped = 'target unreachable';
    else if (!session.budgetLeft()) {
      outcome.skipped = 'time budget exhausted';
      result.budgetExhausted = true;
    } else {
      const request = session.requestFor(operation);
      const response = await session.send(operation, request);
      if ('status' in response) {
        outcome.responses++;
        findings.push(...checkResponse(session.context, operation, response, toCurl(request)));
      } else outcome.skipped = `target problem: ${response.message}`;
    }
    outcome.timeMs = clock.now() - started;
    session.record(findings);
    result.operations.push(outcome);
    options.onOperation?.(outcome, findings);
  };

  const operations = contract.operations;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const writes = mode === 'safe' ? [] : operations.filter((o) => !SAFE.has(o.method) && o.method !== 'delete');
  await runPool(
    operations.filter((o) => SAFE.has(o.method)),
    concurrency,
    runOperation,
  );
  await runPool(writes, concurrency, runOperation);
  if (mode === 'stateful') await runPool(planChains(contract), concurrency, (chain) => runChain(session, chain));
  await runPool(mode === 'safe' ? [] : operations.filter((o) => o.method === 'delete'), concurrency, runOperation);
  for (const operation of mode === 'safe' ? operations.filter((o) => !SAFE.has(o.method)) : []) {
    const outcome = createOutcome(contract, operation);
    outcome.skipped = 'writes are sent only with --unsafe or --stateful';
    result.operations.push(outcome);
  }
  sortByContractOrder(result, operations);
  return result;
}

/** Runs `work` over `items` with at most `limit` at once. */
export async function runPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
