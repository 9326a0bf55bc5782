import type { Operation } from '../contract/types.js';
import { findResponse } from '../mock/response/response-spec.js';
import { type CheckContext, operationLabel, responsesOf } from './check-response.js';
import { type Coverage, NEGATIVE_KINDS, type NegativeKind, type TargetResult } from './types.js';

/**
 * What the run exercised: operations reached (a 2xx, or an answer to real ids), documented statuses
 * answered, negative kinds sent; and for each thing not exercised, why.
 */
export function coverageOf(
  context: CheckContext,
  result: TargetResult,
  operations: readonly Operation[],
  negativesOn: boolean,
): Coverage {
  const byLabel = new Map(result.operations.map((o) => [o.operation, o]));
  const coverage: Coverage = {
    operations: { total: operations.length, reached: 0, notReached: [] },
    statuses: { documented: 0, exercised: 0, notExercised: [] },
    negatives: { requests: 0, kinds: [] },
  };
  const kinds = new Map<NegativeKind, { sent: number; notSent: Record<string, number> }>();
  for (const operation of operations) {
    const label = operationLabel(operation);
    const outcome = byLabel.get(label);
    const reason = outcome?.skipped ?? outcome?.notReached ?? (outcome?.responses ? undefined : 'no answer');
    if (reason) coverage.operations.notReached.push({ operation: label, reason });
    else coverage.operations.reached++;
    const responses = responsesOf(context, operation);
    const seen = new Set((outcome?.statuses ?? []).map((s) => findResponse(responses, s)?.key));
    for (const spec of responses.byKey.values()) {
      coverage.statuses.documented++;
      if (seen.has(spec.key)) coverage.statuses.exercised++;
      else coverage.statuses.notExercised.push({ operation: label, status: spec.key });
    }
    const negatives = outcome?.negatives;
    if (!negatives) continue;
    coverage.negatives.requests += negatives.requests;
    for (const kind of negatives.sent) entry(kinds, kind).sent++;
    for (const { kind, reason } of negatives.notSent) {
      if (negatives.sent.includes(kind)) continue;
      const counts = entry(kinds, kind).notSent;
      counts[reason] = (counts[reason] ?? 0) + 1;
    }
  }
  if (negativesOn) {
    coverage.negatives.kinds = (Object.keys(NEGATIVE_KINDS) as NegativeKind[])
      .filter((kind) => kinds.has(kind))
      .map((kind) => ({
        kind,
        check: NEGATIVE_KINDS[kind],
        ...(kinds.get(kind) as { sent: number; notSent: Record<string, number> }),
      }));
  }
  return coverage;
}

function entry(kinds: Map<NegativeKind, { sent: number; notSent: Record<string, number> }>, kind: NegativeKind) {
  let found = kinds.get(kind);
  if (!found) {
    found = { sent: 0, notSent: {} };
    kinds.set(kind, found);
  }
  return found;
}
