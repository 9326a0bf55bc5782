import { describe, expect, it } from 'vitest';
import {
  CHECK_RUN_ANNOTATION_CAP,
  planCheckAnnotations,
  planCommandAnnotations,
  toCheckAnnotations,
} from '../../../src/core/report/annotations.js';
import type { Finding } from '../../../src/core/report/finding.js';
import { expectGolden } from '../../helpers/golden.js';

const display = (file: string) => file.replace('/repo/', '');

function findings(count: number, severity: Finding['severity'], located = true): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    source: 'diff' as const,
    severity,
    title: `${severity}-${i}`,
    message: `message ${i}`,
    ...(located ? { location: { file: '/repo/contracts/a.yaml', line: i + 1, column: 3 } } : {}),
  }));
}

describe('check-run annotations', () => {
  it('maps severities, repository-relative paths, single-line columns (golden)', () => {
    const input: Finding[] = [
      ...findings(1, 'error'),
      ...findings(1, 'warning'),
      {
        source: 'validate',
        severity: 'notice',
        title: 'n',
        message: 'no column',
        location: { file: '/repo/b.json', line: 0 },
      },
      { source: 'scenario', severity: 'error', title: 'nowhere', message: 'no location' },
    ];
    expectGolden('report/check-annotations.json', `${JSON.stringify(toCheckAnnotations(input, display), null, 2)}\n`);
  });

  it('cuts messages to what the API takes', () => {
    const [long] = toCheckAnnotations(
      [
        {
          source: 'diff',
          severity: 'error',
          title: 't'.repeat(300),
          message: 'm'.repeat(70_000),
          location: { file: '/repo/x', line: 1 },
        },
      ],
      display,
    );
    expect(long?.message.length).toBe(60_000);
    expect(long?.title.length).toBe(255);
  });

  it('groups per file and line, errors first, counts and the first few messages, capped', () => {
    const onLine = (line: number, severity: Finding['severity'], n: number, file = '/repo/c.yaml'): Finding[] =>
      Array.from({ length: n }, (_, i) => ({
        source: 'diff' as const,
        severity,
        title: `${severity}-${line}-${i % 4}`,
        message: `m${i}`,
        location: { file, line, column: 5 },
      }));
    const plan = planCheckAnnotations(
      [...onLine(3, 'warning', 251), ...onLine(7, 'notice', 1), ...onLine(9, 'warning', 1), ...onLine(3, 'error', 1)],
      display,
    );
    expect(plan).toMatchObject({ located: 254, lines: 3, omittedLines: 0 });
    const [first, second, third] = plan.annotations;
    expect(first).toMatchObject({ path: 'c.yaml', start_line: 3, annotation_level: 'failure' });
    expect(first?.title).toBe('252 findings: error-3-0, warning-3-0, warning-3-1, …');
    expect(first?.message.split('\n')).toEqual([
      '• error-3-0: m0',
      '• warning-3-0: m0',
      '• warning-3-1: m1',
      '… and 249 more on this line: every one is in the job summary and the SARIF and JSON reports.',
    ]);
    expect(first?.start_column).toBeUndefined();
    // One finding on a line stays as it was (column kept); warnings before notices.
    expect(second).toMatchObject({ start_line: 9, annotation_level: 'warning', title: 'warning-9-0', start_column: 5 });
    expect(third).toMatchObject({ start_line: 7, annotation_level: 'notice' });

    const many = planCheckAnnotations(
      [
        ...findings(60, 'warning'),
        ...findings(5, 'error').map((f) => ({ ...f, location: { file: '/repo/z.yaml', line: 1 } })),
      ],
      display,
    );
    expect(many.annotations).toHaveLength(CHECK_RUN_ANNOTATION_CAP);
    expect(many).toMatchObject({ located: 65, lines: 61, omittedLines: 11 });
    expect(many.annotations[0]).toMatchObject({
      path: 'z.yaml',
      annotation_level: 'failure',
      title: '5 findings: error-0, error-1, error-2, …',
    });
    expect(many.annotations.slice(1).every((a) => a.annotation_level === 'warning')).toBe(true);
  });
});

describe('workflow-command fallback', () => {
  it('shows at most 10 per level, errors first, and counts the rest', () => {
    const plan = planCommandAnnotations(
      [...findings(3, 'notice'), ...findings(14, 'warning'), ...findings(12, 'error'), ...findings(2, 'error', false)],
      display,
    );
    expect(plan.hidden).toEqual({ error: 4, warning: 4, notice: 0 });
    expect(plan.shown.map((a) => a.level)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(3).fill('notice'),
    ]);
    expect(plan.shown[0]).toEqual({
      level: 'error',
      title: 'error-0',
      message: 'message 0',
      file: 'contracts/a.yaml',
      line: 1,
      column: 3,
    });
  });
});
