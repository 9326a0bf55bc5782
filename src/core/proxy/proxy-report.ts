import { summarizeTraffic, type WorkspaceTraffic } from '../report/journal-summary.js';
import type { TargetProblemKind } from '../validate/types.js';
import type { ProxyJournalEntry, ProxyViolation } from './types.js';

/** One violation as often as it happened, with the first request that showed it. */
export interface DistinctViolation extends ProxyViolation {
  workspace: string;
  count: number;
  /** The first exchange that showed it: its request as a curl line (secrets redacted) and the status the client got. */
  example: { curl: string | undefined; status: number; time: string };
}

/** What the proxy saw between the services, as `mockforge down` and the Action's post step report it. */
export interface ProxyReport {
  requests: number;
  traffic: WorkspaceTraffic[];
  /** Operations seen per workspace (`GET /api/users/{id}`, or method and path when none matched), with counts. */
  operations: Array<{ workspace: string; operation: string; requests: number }>;
  violations: DistinctViolation[];
  /** The target could not answer (the client got 502 or 504). */
  problems: Array<{ workspace: string; kind: TargetProblemKind; message: string; count: number; curl?: string }>;
  /** `--record`: files written, and answers not written with why. */
  recorded: Array<{ workspace: string; operation: string; outcome: string; count: number }>;
  /** Faults the proxy injected, per workspace. */
  faults: Array<{ workspace: string; fault: string; count: number }>;
}

/** Folds a journal into its report: every distinct violation once, in the order first seen, with its count. */
export function buildProxyReport(entries: readonly ProxyJournalEntry[]): ProxyReport {
  const violations = new Map<string, DistinctViolation>();
  const problems = new Map<string, ProxyReport['problems'][number]>();
  const recorded = new Map<string, ProxyReport['recorded'][number]>();
  const faults = new Map<string, ProxyReport['faults'][number]>();
  const operations = new Map<string, ProxyReport['operations'][number]>();
  const bump = <T extends { count: number }>(map: Map<string, T>, key: string, create: () => T) => {
    const found = map.get(key);
    if (found) found.count++;
    else map.set(key, create());
  };
  for (const entry of entries) {
    const operation = entry.operation ?? `${entry.method} ${entry.path.split('?')[0]}`;
    const seen = operations.get(`${entry.workspace} ${operation}`);
    if (seen) seen.requests++;
    else operations.set(`${entry.workspace} ${operation}`, { workspace: entry.workspace, operation, requests: 1 });
    for (const violation of entry.violations) {
      bump(violations, violationKey(entry.workspace, violation), () => ({
        ...violation,
        workspace: entry.workspace,
        count: 1,
        example: { curl: entry.curl, status: entry.status, time: entry.time },
      }));
    }
    const problem = entry.problem;
    if (problem) {
      bump(problems, `${entry.workspace} ${problem.kind}`, () => ({
        workspace: entry.workspace,
        ...problem,
        count: 1,
        ...(entry.curl ? { curl: entry.curl } : {}),
      }));
    }
    if (entry.recorded) {
      const outcome = entry.recorded;
      bump(recorded, `${entry.workspace} ${operation} ${outcome}`, () => ({
        workspace: entry.workspace,
        operation,
        outcome,
        count: 1,
      }));
    }
    if (entry.answeredBy?.startsWith('fault')) {
      const fault = entry.answeredBy;
      bump(faults, `${entry.workspace} ${fault}`, () => ({ workspace: entry.workspace, fault, count: 1 }));
    }
  }
  return {
    requests: entries.length,
    traffic: summarizeTraffic(entries, (e) => [
      e.violations.some((v) => v.side === 'consumer'),
      e.violations.some((v) => v.side === 'provider'),
    ]),
    operations: [...operations.values()],
    violations: [...violations.values()],
    problems: [...problems.values()],
    recorded: [...recorded.values()],
    faults: [...faults.values()],
  };
}

/**
 * A violation's identity across requests and runs: workspace, side, check, operation, the place in the
 * message and the contract line (the actual values and the wording may differ between requests).
 */
export function violationKey(workspace: string, violation: ProxyViolation): string {
  const where = violation.location ? `${violation.location.file}:${violation.location.line}` : '';
  return `${workspace} ${violation.side} ${violation.check} ${violation.operation} ${violation.at ?? ''} ${where}`;
}

/** Exit code of a report, as `mockforge validate`'s: 1 when anything broke the contract, else 3 when a target could not answer. */
export function proxyExitCode(report: ProxyReport): number {
  if (report.violations.length > 0) return 1;
  return report.problems.length > 0 ? 3 : 0;
}
