import type { Finding } from '../report/finding.js';
import { findingsTable } from '../report/findings-markdown.js';
import { journalTable } from '../report/journal-summary.js';
import type { JUnitSuite } from '../report/junit.js';
import { escapeMarkdown, inlineCode, markdownTable } from '../report/markdown.js';
import { type SarifResult, toSarif } from '../report/sarif.js';
import { CHECK_RULES } from '../validate/validate-findings.js';
import type { DistinctViolation, ProxyReport } from './proxy-report.js';
import { CONSUMER_CHECKS, describeViolation } from './types.js';

type Display = (file: string) => string;

/** `provider broke the contract: /price must be number (3x)` with what and where to reproduce. */
function details(v: DistinctViolation): string {
  const lines = [`${v.side} broke the contract: ${describeViolation(v)}`];
  lines.push(`seen ${v.count} time(s); first answer: ${v.example.status || 'none'}`);
  if (v.actual !== undefined) lines.push(`actual: ${JSON.stringify(v.actual)?.slice(0, 200)}`);
  if (v.example.curl) lines.push(`reproduce: ${v.example.curl}`);
  return lines.join('\n');
}

function title(v: DistinctViolation): string {
  return `${v.check} (${v.side}): ${v.operation}`;
}

/** Findings for the Action (annotations at the contract lines, PR comment, summary): every violation is an error. */
export function proxyFindings(report: ProxyReport): Finding[] {
  const findings: Finding[] = report.violations.map((v) => ({
    source: 'proxy',
    severity: 'error',
    title: title(v),
    message: `${v.workspace}: ${details(v)}`,
    ...(v.location ? { location: { file: v.location.file, line: v.location.line, column: v.location.column } } : {}),
    key: `${v.workspace} ${v.side} ${v.check} ${v.operation} ${v.at ?? ''}`.trim(),
  }));
  for (const problem of report.problems) {
    findings.push({
      source: 'proxy',
      severity: 'error',
      title: `target unreachable: ${problem.workspace}`,
      message: `${problem.count} request(s) got 502/504: ${problem.kind}: ${problem.message}${problem.curl ? `\nreproduce: ${problem.curl}` : ''}`,
      key: `${problem.workspace} target-${problem.kind}`,
    });
  }
  return findings;
}

/** One suite per workspace, one case per operation seen; its violations are the failure. */
export function proxyJUnitSuites(report: ProxyReport, display: Display): JUnitSuite[] {
  const workspaces = [...new Set(report.operations.map((o) => o.workspace))];
  return workspaces.map((workspace) => ({
    name: `proxy ${workspace}`,
    cases: report.operations
      .filter((o) => o.workspace === workspace)
      .map((o) => {
        const broken = report.violations.filter((v) => v.workspace === workspace && v.operation === o.operation);
        const first = broken[0];
        return {
          name: `${o.operation} (${o.requests} request(s))`,
          classname: workspace,
          ...(first?.location ? { file: display(first.location.file), line: first.location.line } : {}),
          ...(first
            ? {
                failure: {
                  message: `${broken.length} violation(s): ${[...new Set(broken.map((v) => `${v.check} (${v.side})`))].join(', ')}`,
                  type: first.check,
                  details: broken
                    .map((v) => `${v.location ? `${display(v.location.file)}:${v.location.line}: ` : ''}${details(v)}`)
                    .join('\n\n'),
                },
              }
            : {}),
        };
      }),
  }));
}

/** SARIF 2.1.0: one rule per check, one result at the contract line of each distinct violation. */
export function proxySarif(report: ProxyReport, root: string, version: string): object {
  const texts: Record<string, string> = { ...CONSUMER_CHECKS, ...CHECK_RULES };
  const rules = Object.entries(texts).map(([id, text]) => ({ id, name: id, shortDescription: text }));
  const results: SarifResult[] = report.violations.flatMap((v) =>
    v.location
      ? [
          {
            ruleId: v.check,
            level: 'error' as const,
            message: `${v.operation} on ${v.workspace}: ${details(v)}`,
            location: { file: v.location.file, line: v.location.line, column: v.location.column },
            fingerprint: `${v.workspace} ${v.side} ${v.check} ${v.operation} ${v.at ?? ''}`.trim(),
            properties: { side: v.side, operation: v.operation, count: v.count, ...(v.at ? { at: v.at } : {}) },
          },
        ]
      : [],
  );
  return toSarif({ toolName: 'mockforge', toolVersion: version, root, rules, results });
}

/** The job summary and PR comment section: traffic per workspace, the violations, target problems, recording. */
export function proxyMarkdown(report: ProxyReport, display: Display, workspaces: readonly string[]): string {
  const out = [journalTable(report.traffic, workspaces, ['consumer violations', 'provider violations']), ''];
  if (report.violations.length > 0) {
    const rows = report.violations.map((v) => [
      v.side,
      inlineCode(v.check),
      inlineCode(v.operation),
      v.location ? inlineCode(`${display(v.location.file)}:${v.location.line}`) : '',
      escapeMarkdown(describeViolation(v)),
      String(v.count),
    ]);
    out.push(markdownTable(['side', 'check', 'operation', 'contract', 'violation', 'count'], rows), '');
    const examples = report.violations.filter((v) => v.example.curl).slice(0, 20);
    if (examples.length > 0) {
      out.push('<details><summary>Example requests (curl)</summary>', '');
      for (const v of examples)
        out.push(`- ${inlineCode(v.check)} ${inlineCode(v.operation)}: ${inlineCode(v.example.curl ?? '')}`);
      out.push('', '</details>', '');
    }
  } else {
    out.push('No contract violations in the traffic.', '');
  }
  if (report.problems.length > 0) out.push(findingsTable(proxyFindings({ ...report, violations: [] }), display), '');
  const notWritten = report.recorded.filter((r) => r.outcome.startsWith('not written'));
  const written = report.recorded.filter((r) => r.outcome.startsWith('written'));
  if (written.length + notWritten.length > 0) {
    out.push(`Recorded: ${written.length} response(s) written as mock data.`);
    for (const r of notWritten)
      out.push(`- ${inlineCode(r.workspace)} ${inlineCode(r.operation)}: ${escapeMarkdown(r.outcome)}`);
    out.push('');
  }
  return out.join('\n');
}

/** The terminal report `mockforge down` prints: violations by workspace, each at its contract line with a curl. */
export function formatProxyReport(report: ProxyReport, display: Display): string {
  const out: string[] = [];
  const workspaces = [...new Set([...report.traffic.map((t) => t.workspace)])];
  for (const workspace of workspaces) {
    const traffic = report.traffic.find((t) => t.workspace === workspace);
    const mine = report.violations.filter((v) => v.workspace === workspace);
    out.push(`${workspace}: ${traffic?.requests ?? 0} request(s), ${mine.length} distinct violation(s)`);
    for (const v of mine) {
      const where = v.location ? `${display(v.location.file)}:${v.location.line}: ` : '';
      out.push(`  ${where}${v.side} ${v.check}: ${v.operation}: ${describeViolation(v)} (${v.count}x)`);
      if (v.example.curl) out.push(`      reproduce: ${v.example.curl}`);
    }
    for (const p of report.problems.filter((p) => p.workspace === workspace))
      out.push(`  target ${p.kind}: ${p.message} (${p.count} request(s) answered 502/504)`);
    for (const r of report.recorded.filter((r) => r.workspace === workspace && r.outcome.startsWith('not written')))
      out.push(`  not recorded: ${r.operation}: ${r.outcome.replace(/^not written: /, '')}`);
  }
  const written = report.recorded.filter((r) => r.outcome.startsWith('written')).length;
  out.push(
    `${report.requests} request(s) through the proxy: ${report.violations.length} distinct violation(s)` +
      `${report.problems.length ? `, ${report.problems.length} target problem(s)` : ''}${written ? `, ${written} response(s) recorded` : ''}`,
  );
  return `${out.join('\n')}\n`;
}
