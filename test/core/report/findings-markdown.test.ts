import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/report/finding.js';
import { countFindings, findingsTable } from '../../../src/core/report/findings-markdown.js';

const display = (file: string) => file.replace('/repo/', '');

describe('findings table', () => {
  it('escapes untrusted text: no markup, HTML, mentions or links from a contract', () => {
    const evil: Finding = {
      source: 'diff',
      severity: 'warning',
      title: 'x` <img src=x>',
      message: '**pwn** <script>alert(1)</script> @org/team [click](https://evil.test) | col',
      location: { file: '/repo/contracts/a.yaml', line: 3 },
    };
    const table = findingsTable([evil], display);
    const row = table.split('\n')[2] as string;
    expect(row).toContain('@\u200borg');
    expect(row).not.toMatch(/(?<!\\)<script/);
    expect(row).not.toMatch(/(?<!\\)\[click/);
    expect(row).toContain('`contracts/a.yaml:3`');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
  });

  it('caps rows and says how many more', () => {
    const many = Array.from(
      { length: 7 },
      (_, i): Finding => ({ source: 'validate', severity: 'error', title: `t${i}`, message: 'm' }),
    );
    const table = findingsTable(many, display, 5);
    expect(table.split('\n').filter((l) => l.startsWith('| 🔴'))).toHaveLength(5);
    expect(table).toContain('…and 2 more');
    expect(findingsTable([], display)).toBe('No findings.');
    expect(countFindings(many)).toBe('7 errors');
    expect(countFindings([])).toBe('no findings');
  });
});
