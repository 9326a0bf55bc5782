import { type CommandShards, itemRanks, moveRoot } from '../shard/shard-report.js';
import { formatShard } from '../shard/shard-spec.js';
import type { Coverage, NegativeKind, TargetResult, ValidateResult } from './types.js';
import { NEGATIVE_KINDS } from './types.js';
import { sortByOperationOrder } from './validation-session.js';

/**
 * One validation result from the shards' results, as one job would have written it: services in plan order,
 * operations, findings and problems in contract order, counts and coverage added up. The operations of a
 * shard that did not report are listed as not run (`shards.missing` says which and why).
 */
export function mergeValidateShards(shards: CommandShards, root: string): ValidateResult {
  const ranks = itemRanks(shards.plan);
  const parts = shards.parts.map((part) =>
    relocateValidateResult(part.report as unknown as ValidateResult, moveRoot(part.stamp.root, root)),
  );
  const notRun = new Map<number, string>(
    shards.summary.missing.map((m) => [
      m.index,
      `not run: shard ${formatShard({ index: m.index, count: shards.plan.count })} did not report`,
    ]),
  );
  const merged: ValidateResult = { targets: [], responses: 0, timeMs: 0, shards: shards.summary };
  for (const [name, names] of ranks) {
    const pieces = parts.flatMap((p) => p.targets.filter((t) => t.name === name));
    const target = mergeTargets(name, pieces);
    for (const item of shards.plan.items) {
      const reason = item.group === name && item.name !== '' ? notRun.get(item.shard) : undefined;
      if (!reason) continue;
      target.operations.push({
        operation: item.name,
        location: { file: target.contractFile, line: 1, column: 1 },
        responses: 0,
        skipped: reason,
        timeMs: 0,
        statuses: [],
      });
      target.coverage.operations.total++;
      target.coverage.operations.notReached.push({ operation: item.name, reason });
    }
    sortByOperationOrder(target, [...names.keys()]);
    const rank = (label: string) => names.get(label) ?? names.size;
    target.coverage.operations.notReached.sort((a, b) => rank(a.operation) - rank(b.operation));
    target.coverage.statuses.notExercised.sort((a, b) => rank(a.operation) - rank(b.operation));
    merged.targets.push(target);
    merged.responses += target.responses;
  }
  merged.timeMs = Math.max(0, ...parts.map((p) => p.timeMs));
  return merged;
}

function mergeTargets(name: string, pieces: readonly TargetResult[]): TargetResult {
  const first = pieces[0];
  const target: TargetResult = {
    name,
    contractFile: first?.contractFile ?? '',
    target: first?.target ?? '',
    operations: pieces.flatMap((p) => p.operations),
    findings: pieces.flatMap((p) => p.findings),
    problems: pieces.flatMap((p) => p.problems),
    responses: pieces.reduce((n, p) => n + p.responses, 0),
    budgetExhausted: pieces.some((p) => p.budgetExhausted),
    contractProblems: uniqueProblems(pieces.flatMap((p) => p.contractProblems)),
    coverage: mergeCoverage(pieces.map((p) => p.coverage)),
  };
  return target;
}

/** A schema problem two shards both met is reported once, as one job reports it. */
function uniqueProblems(problems: TargetResult['contractProblems']): TargetResult['contractProblems'] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.location.file}:${p.location.line}:${p.location.column} ${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mergeCoverage(parts: readonly Coverage[]): Coverage {
  const kinds = new Map<NegativeKind, { sent: number; notSent: Record<string, number> }>();
  for (const part of parts) {
    for (const kind of part.negatives.kinds) {
      const entry = kinds.get(kind.kind) ?? { sent: 0, notSent: {} };
      entry.sent += kind.sent;
      for (const [reason, n] of Object.entries(kind.notSent)) entry.notSent[reason] = (entry.notSent[reason] ?? 0) + n;
      kinds.set(kind.kind, entry);
    }
  }
  return {
    operations: {
      total: sum(parts, (c) => c.operations.total),
      reached: sum(parts, (c) => c.operations.reached),
      notReached: parts.flatMap((c) => c.operations.notReached),
    },
    statuses: {
      documented: sum(parts, (c) => c.statuses.documented),
      exercised: sum(parts, (c) => c.statuses.exercised),
      notExercised: parts.flatMap((c) => c.statuses.notExercised),
    },
    negatives: {
      requests: sum(parts, (c) => c.negatives.requests),
      kinds: (Object.keys(NEGATIVE_KINDS) as NegativeKind[])
        .filter((kind) => kinds.has(kind))
        .map((kind) => ({
          kind,
          check: NEGATIVE_KINDS[kind],
          ...(kinds.get(kind) as { sent: number; notSent: Record<string, number> }),
        })),
    },
  };
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((n, item) => n + of(item), 0);
}

/** The same result with every file path passed through `move` (a shard's root -> this job's). */
export function relocateValidateResult(result: ValidateResult, move: (file: string) => string): ValidateResult {
  const at = <T extends { location: { file: string } }>(item: T): T => ({
    ...item,
    location: { ...item.location, file: move(item.location.file) },
  });
  return {
    ...result,
    targets: result.targets.map((t) => ({
      ...t,
      contractFile: move(t.contractFile),
      operations: t.operations.map(at),
      findings: t.findings.map(at),
      contractProblems: t.contractProblems.map(at),
    })),
  };
}
