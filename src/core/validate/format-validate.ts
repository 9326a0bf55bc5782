import { coverageLines } from './format-coverage.js';
import type { ValidateResult } from './types.js';

/** Terminal report: findings grouped by target and operation, each at its contract line with a curl to reproduce. */
export function formatValidate(result: ValidateResult, display: (file: string) => string): string {
  const out: string[] = [];
  for (const target of result.targets) {
    const checked = target.operations.filter((o) => o.responses > 0).length;
    out.push(
      `${target.name} -> ${target.target}: ${checked} operation(s) checked, ${target.findings.length} finding(s)`,
    );
    const byOperation = new Map<string, typeof target.findings>();
    for (const finding of target.findings) {
      byOperation.set(finding.operation, [...(byOperation.get(finding.operation) ?? []), finding]);
    }
    for (const [operation, findings] of byOperation) {
      out.push(`  ${operation}`);
      for (const f of findings) {
        const actual = f.actual === undefined ? '' : ` (actual: ${JSON.stringify(f.actual)?.slice(0, 120)})`;
        out.push(`    ${display(f.location.file)}:${f.location.line}: ${f.check}: ${f.message}${actual}`);
        if (f.negative)
          out.push(`      sent: ${f.negative.how} (${f.negative.field}); expected ${f.negative.expected}`);
        out.push(`      reproduce: ${f.curl}`);
      }
    }
    for (const problem of target.contractProblems) {
      out.push(
        `  ${display(problem.location.file)}:${problem.location.line}: contract problem: ${problem.message} (${problem.operation}${problem.seenInAnswer ? '' : ' not validated'})`,
      );
    }
    for (const problem of target.problems) {
      out.push(`  target ${problem.kind}: ${problem.operation}: ${problem.message} (${problem.attempts} attempt(s))`);
      out.push(`      reproduce: ${problem.curl}`);
    }
    out.push(...coverageLines(target.coverage));
  }
  const findings = result.targets.reduce((n, t) => n + t.findings.length, 0);
  const problems = result.targets.reduce((n, t) => n + t.problems.length, 0);
  out.push(
    `${result.responses} response(s) checked in ${(result.timeMs / 1000).toFixed(2)} s: ${findings} finding(s)${problems ? `, ${problems} target problem(s)` : ''}`,
  );
  for (const missing of result.shards?.missing ?? []) {
    out.push(
      `shard ${missing.index}/${result.shards?.count} missing: ${missing.reason}; ${missing.items} operation(s) not validated`,
    );
  }
  return `${out.join('\n')}\n`;
}
