import { ErrorCode } from '../errors.js';
import type { Finding } from '../report/finding.js';
import type { JUnitSuite } from '../report/junit.js';
import { type SarifResult, toSarif } from '../report/sarif.js';
import type { CheckName, DriftFinding, ValidateResult } from './types.js';

/** One line per check, for SARIF rules (the proxy reports the same checks). */
export const CHECK_RULES: Record<CheckName, string> = {
  not_a_server_error: 'The service answered with a 5xx server error',
  status_code_conformance: 'The response status is not documented for the operation',
  content_type_conformance: 'The response Content-Type is not documented for the status',
  response_headers_conformance: 'A documented response header is missing or does not fit its schema',
  response_schema_conformance: 'The response body does not fit the documented schema',
  ensure_resource_availability: 'A resource just created cannot be read back',
  use_after_free: 'A deleted resource can still be read',
  negative_data_rejection: 'The service accepted a request its contract says is invalid',
  missing_required_header: 'The service accepted a request without a required header',
  unsupported_method: 'The service accepted a method the contract does not document for the path',
  ignored_auth: 'The service accepted a request without valid credentials',
};

/**
 * Exit code of a validation: 0 clean, 1 drift, 2 a contract schema that cannot be used (the other
 * operations were still validated), 3 target unreachable. Drift wins: it is what a build must see.
 */
export function validateExitCode(result: ValidateResult): number {
  // A shard that did not report is work not done: the gate fails as on findings.
  if (result.targets.some((t) => t.findings.length > 0) || missingShardFindings(result).length > 0) return 1;
  if (result.targets.some((t) => t.contractProblems.length > 0)) return 2;
  return result.targets.some((t) => t.problems.length > 0) ? 3 : 0;
}

/** A stable identity for a drift finding: no line numbers, no actual values. */
export function findingKey(finding: DriftFinding): string {
  const negative = finding.negative ? ` ${finding.negative.kind} ${finding.negative.field}` : '';
  return `${finding.check} ${finding.operation} ${finding.instancePath ?? ''}${negative}`.replace(/\s+/g, ' ').trim();
}

function details(finding: DriftFinding): string {
  const lines = [finding.message];
  if (finding.negative)
    lines.push(`sent: ${finding.negative.how} (${finding.negative.field}); expected ${finding.negative.expected}`);
  if (finding.status !== undefined) lines.push(`status: ${finding.status}`);
  if (finding.instancePath !== undefined) lines.push(`at: ${finding.instancePath || '(body)'}`);
  if (finding.actual !== undefined) lines.push(`actual: ${JSON.stringify(finding.actual)?.slice(0, 200)}`);
  lines.push(`reproduce: ${finding.curl}`);
  return lines.join('\n');
}

/** Findings for the Action (annotations, PR comment, summary): drift at contract lines, target problems as errors. */
export function validateFindings(result: ValidateResult): Finding[] {
  const findings: Finding[] = [];
  for (const target of result.targets) {
    for (const drift of target.findings) {
      findings.push({
        source: 'validate',
        severity: 'error',
        title: `${drift.check}: ${drift.operation}`,
        message: `${target.name} (${target.target}): ${details(drift)}`,
        location: { file: drift.location.file, line: drift.location.line, column: drift.location.column },
        key: `${target.name} ${findingKey(drift)}`,
      });
    }
    for (const problem of target.contractProblems) {
      findings.push({
        source: 'validate',
        severity: 'error',
        title: `contract problem: ${problem.operation}`,
        message: `${target.name}: ${problem.message}${problem.seenInAnswer ? '' : '; the operation was not validated'} [${ErrorCode.ContractInvalid}]`,
        location: problem.location,
        key: `${target.name} contract-problem ${problem.location.line}`,
      });
    }
    for (const problem of target.problems) {
      findings.push({
        source: 'validate',
        severity: 'error',
        title: `target unreachable: ${target.name}`,
        message: `${problem.operation} at ${target.target}: ${problem.kind}: ${problem.message} after ${problem.attempts} attempt(s)\nreproduce: ${problem.curl}`,
        key: `${target.name} target-${problem.kind} ${problem.operation}`,
      });
    }
  }
  return [...findings, ...missingShardFindings(result)];
}

/** An error per shard of a merged result that did not report, naming what it would have validated. */
function missingShardFindings(result: ValidateResult): Finding[] {
  return (result.shards?.missing ?? []).map((missing) => {
    const spec = `${missing.index}/${result.shards?.count}`;
    const services = result.targets
      .map(
        (t) => [t.name, t.operations.filter((o) => o.skipped?.startsWith(`not run: shard ${spec} `)).length] as const,
      )
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${name} ${n}`);
    return {
      source: 'validate',
      severity: 'error',
      title: `shard ${spec} missing`,
      message: `shard ${spec} did not report: ${missing.reason}; ${missing.items} operation(s) not validated${services.length ? ` (${services.join(', ')})` : ''}`,
      key: `validate shard-missing ${spec}`,
    } satisfies Finding;
  });
}

/** One JUnit suite per target, one case per operation; drift findings are the failures. */
export function validateJUnitSuites(result: ValidateResult, display: (file: string) => string): JUnitSuite[] {
  return result.targets.map((target) => ({
    name: `validate ${target.name} (${target.target})`,
    cases: target.operations.map((outcome) => {
      const drift = target.findings.filter((f) => f.operation === outcome.operation);
      const problem = target.problems.find((p) => p.operation === outcome.operation);
      const first = drift[0];
      return {
        name: outcome.operation,
        classname: target.name,
        timeSeconds: outcome.timeMs / 1000,
        file: display(outcome.location.file),
        line: outcome.location.line,
        ...(first
          ? {
              failure: {
                message: `${drift.length} finding(s): ${[...new Set(drift.map((f) => f.check))].join(', ')}`,
                type: first.check,
                details: drift.map((f) => `${display(f.location.file)}:${f.location.line}: ${details(f)}`).join('\n\n'),
              },
            }
          : problem
            ? { failure: { message: `target ${problem.kind}: ${problem.message}`, type: 'target_unreachable' } }
            : outcome.skipped
              ? { skipped: outcome.skipped }
              : {}),
      };
    }),
  }));
}

/** SARIF 2.1.0: one rule per check (Schemathesis' names), one result at the contract line of each violated node. */
export function validateSarif(result: ValidateResult, root: string, version: string): object {
  const rules = Object.entries(CHECK_RULES).map(([id, text]) => ({ id, name: id, shortDescription: text }));
  const results: SarifResult[] = result.targets.flatMap((target) =>
    target.findings.map((drift) => ({
      ruleId: drift.check,
      level: 'error' as const,
      message: `${drift.operation} on ${target.name} (${target.target}): ${drift.message}\nreproduce: ${drift.curl}`,
      location: { file: drift.location.file, line: drift.location.line, column: drift.location.column },
      fingerprint: `${target.name} ${findingKey(drift)}`,
      properties: {
        operation: drift.operation,
        ...(drift.instancePath !== undefined ? { instancePath: drift.instancePath } : {}),
        ...(drift.actual !== undefined ? { actual: drift.actual } : {}),
        curl: drift.curl,
      },
    })),
  );
  return toSarif({ toolName: 'mockforge', toolVersion: version, root, rules, results });
}
