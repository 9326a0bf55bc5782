import { describe, expect, it } from 'vitest';
import { buildComment, COMMENT_LIMIT, commentMarker, hasMarker } from '../../../src/core/report/pr-comment.js';
import { expectGolden } from '../../helpers/golden.js';

const marker = commentMarker('contracts', 'mockforge.yaml');

describe('sticky PR comment', () => {
  it('starts with the hidden marker and renders the sections (golden)', () => {
    const body = buildComment({
      marker,
      title: 'mockforge check',
      headline: '❌ 1 breaking change',
      sections: [
        { heading: 'Breaking changes: ❌ failed', body: '| a | b |\n| --- | --- |\n| 1 | 2 |' },
        { heading: 'Scenarios: ✅ passed', body: '```mermaid\nsequenceDiagram\n  C->>S1: GET /x\n```' },
      ],
      fullReportUrl: 'https://github.test/acme/shop/actions/runs/1',
    });
    expect(hasMarker(body, marker)).toBe(true);
    expectGolden('report/pr-comment.md.txt', body);
  });

  it('one marker per workflow and config; values cannot close the HTML comment', () => {
    expect(commentMarker('a', 'mockforge.yaml')).not.toBe(commentMarker('b', 'mockforge.yaml'));
    expect(commentMarker('a', 'x/mockforge.yaml')).not.toBe(commentMarker('a', 'mockforge.yaml'));
    const evil = commentMarker('x --> <script>@team', 'c"onfig');
    expect(evil.indexOf('-->')).toBe(evil.length - 3);
    expect(evil).not.toMatch(/<script|@team|c"o/);
    expect(hasMarker(`${marker}\nbody`, commentMarker('other', 'mockforge.yaml'))).toBe(false);
    expect(hasMarker(null, marker)).toBe(false);
  });

  it('stays within 65,536 characters, cut at a line, with a pointer to the job summary', () => {
    const row = `| ${'x'.repeat(80)} |\n`;
    const body = buildComment({
      marker,
      title: 't',
      headline: 'h',
      sections: [{ heading: 'Big', body: row.repeat(2000) }],
      fullReportUrl: 'https://github.test/run/9',
    });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 500);
    expect(body).toMatch(
      /\|\n\n---\n\n\*\*This comment was cut at GitHub's 65,536-character limit\.\*\* The full report is in the \[job summary\]\(https:\/\/github\.test\/run\/9\)\.\n$/,
    );
    expect(body.startsWith(marker)).toBe(true);
  });

  it('closes a code fence the cut fell into', () => {
    const body = buildComment({
      marker,
      title: 't',
      headline: 'h',
      sections: [{ heading: 'Diagram', body: `\`\`\`mermaid\n${'  C->>S1: GET /x\n'.repeat(500)}\`\`\`` }],
      fullReportUrl: 'u',
      limit: 2000,
    });
    expect(body.length).toBeLessThanOrEqual(2000);
    expect(body.match(/^```/gm)).toHaveLength(2);
    expect(body).toContain('```\n\n---\n\n**This comment was cut');
  });
});
