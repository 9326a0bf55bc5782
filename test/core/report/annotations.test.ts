import { describe, expect, it } from 'vitest';
import { batchAnnotations, planCommandAnnotations, toCheckAnnotations } from '../../../src/core/report/annotations.js';
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

  it('batches by 50, keeping order and every item', () => {
    const items = Array.from({ length: 123 }, (_, i) => i);
    const batches = batchAnnotations(items);
    expect(batches.map((b) => b.length)).toEqual([50, 50, 23]);
    expect(batches.flat()).toEqual(items);
    expect(batchAnnotations([])).toEqual([]);
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
