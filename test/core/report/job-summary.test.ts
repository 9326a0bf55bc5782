import { describe, expect, it } from 'vitest';
import type { CommandReport } from '../../../src/core/report/command-report.js';
import { buildJobSummary, commentSections, overviewTable } from '../../../src/core/report/job-summary.js';
import { expectGolden } from '../../helpers/golden.js';

const display = (file: string) => file.replace('/repo/', '');

const reports: CommandReport[] = [
  {
    command: 'diff',
    title: 'Breaking changes',
    status: 'failed',
    headline: '1 breaking error',
    markdown: '| level | change |\n| --- | --- |\n| 🔴 error | removed 201 |',
    findings: [
      {
        source: 'diff',
        severity: 'error',
        title: 'response-success-status-removed',
        message: 'POST /api/orders: removed the success response with the status `201` @team <b>',
        location: { file: '/repo/contracts/orders-service.yaml', line: 15, column: 9 },
      },
    ],
  },
  {
    command: 'scenarios',
    title: 'Scenarios',
    status: 'passed',
    headline: '1/1 scenarios passed',
    markdown: '| ✅ | Cross\\-Service Purchase Flow |',
    findings: [],
    diagrams: [
      '```mermaid\nsequenceDiagram\n  participant C as Flow\n  C->>S1: 1. GET /api/users/user_123\n  S1-->>C: 200 ✓\n```',
    ],
  },
  {
    command: 'validate',
    title: 'Contract validation',
    status: 'skipped',
    headline: 'no targets',
    markdown: '',
    findings: [],
  },
];

describe('job summary', () => {
  it('overview, sections, diagrams, findings, capped-annotation note and files (golden)', () => {
    const summary = buildJobSummary({
      title: 'mockforge check',
      reports,
      display,
      commandAnnotations: { shown: [], hidden: { error: 3, warning: 1, notice: 0 } },
      files: { 'diff json': '.mockforge/reports/diff.json' },
    });
    expect(summary).toContain('> 4 annotations were not shown (3 errors, 1 warning)');
    expect(summary).not.toContain('@team');
    expect(summary).not.toContain('<b>');
    expectGolden('report/job-summary.md.txt', summary);
  });

  it('names the check run instead when annotations went there; says nothing when none were hidden', () => {
    const withCheck = buildJobSummary({
      title: 't',
      reports,
      display,
      checkRun: { url: 'https://github.test/c/1', located: 64, lines: 52, omittedLines: 2 },
    });
    expect(withCheck).toContain(
      'Annotations: 64 findings on 52 lines, one annotation per line, in the check run https://github.test/c/1. 2 more lines are not annotated (a check run gets at most 50, errors first)',
    );
    const none = buildJobSummary({
      title: 't',
      reports,
      display,
      commandAnnotations: { shown: [], hidden: { error: 0, warning: 0, notice: 0 } },
    });
    expect(none).not.toContain('not shown');
  });

  it('overview rows and comment sections per command', () => {
    expect(overviewTable(reports).split('\n')).toHaveLength(5);
    const sections = commentSections(reports);
    expect(sections.map((s) => s.heading)).toEqual([
      'Breaking changes: ❌ failed',
      'Scenarios: ✅ passed',
      'Contract validation: ⏭️ skipped',
    ]);
    expect(sections[1]?.body).toContain('```mermaid');
    expect(sections[2]?.body).toBe('no targets');
  });
});
