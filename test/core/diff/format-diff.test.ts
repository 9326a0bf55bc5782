import { describe, expect, it } from 'vitest';
import { diffFindings } from '../../../src/core/diff/diff-findings.js';
import { formatDiffMarkdown, formatDiffText, toDiffJson } from '../../../src/core/diff/format-diff.js';
import type { DiffResult } from '../../../src/core/diff/types.js';

const result: DiffResult = {
  base: 'origin/main',
  root: '/repo',
  failOn: 'ERR',
  counts: { error: 1, warning: 0, ignored: 1 },
  failed: true,
  staleIgnores: [
    {
      key: 'gone GET /x',
      reason: 'old',
      expires: '2020-01-01',
      location: { file: '/repo/ignores.yaml', line: 3, column: 5 },
      why: 'expired',
    },
  ],
  contracts: [
    {
      name: 'contracts/evil.yaml',
      workspaces: ['evil'],
      status: 'changed',
      baseVersion: '1.0.0',
      headVersion: '2.0.0',
      changes: [
        {
          key: 'response-property-removed GET /a [@admin <img src=x onerror=alert(1)>|200]',
          id: 'response-property-removed',
          level: 'error',
          text: 'removed the property `@admin <img src=x onerror=alert(1)>` [click](https://example.invalid) #1',
          operation: { method: 'GET', path: '/a' },
          location: { file: '/repo/contracts/evil.yaml', line: 12, column: 7 },
          exact: false,
          baseLocation: { file: '/repo/contracts/evil.yaml', line: 14, column: 9, ref: 'origin/main' },
          consumers: [
            {
              kind: 'scenario-step',
              name: 'Flow › @team step',
              location: { file: '/repo/scenarios/a.yaml', line: 4, column: 5 },
            },
          ],
        },
        {
          key: 'accepted',
          id: 'request-parameter-removed',
          level: 'error',
          text: 'removed a parameter',
          location: { file: '/repo/contracts/evil.yaml', line: 20, column: 7 },
          exact: true,
          consumers: [],
          ignored: { reason: 'agreed with clients' },
        },
      ],
    },
  ],
};
const display = (file: string) => file.replace('/repo/', '');

describe('diff reports', () => {
  it('neutralises contract-provided text in the PR comment', () => {
    const markdown = formatDiffMarkdown(result, display);
    expect(markdown).not.toMatch(/(^|[^\\])@admin/);
    expect(markdown).not.toContain('@team');
    expect(markdown).not.toMatch(/(^|[^\\])<img/);
    expect(markdown).not.toContain('](https://');
    expect(markdown).toContain('`contracts/evil.yaml:12` (was `contracts/evil.yaml:14 @ origin/main`)');
    expect(markdown).toContain('| ignored |');
  });

  it('turns unignored changes and stale ignore entries into findings with locations and keys', () => {
    const findings = diffFindings(result);
    expect(findings.map((f) => [f.severity, f.title, f.location?.line, f.key])).toEqual([
      [
        'error',
        'response-property-removed',
        12,
        'response-property-removed GET /a [@admin <img src=x onerror=alert(1)>|200]',
      ],
      ['warning', 'ignore-expired', 3, 'ignore-expired gone GET /x'],
    ]);
    expect(findings[0]?.message).toContain('was at /repo/contracts/evil.yaml:14 @ origin/main');
    expect(findings[0]?.message).toContain('used by Flow › @team step (/repo/scenarios/a.yaml:4)');
  });

  it('prints the terminal report and a JSON report with paths relative to the root', () => {
    const text = formatDiffText(result, display);
    expect(text).toContain('  contracts/evil.yaml:12: error: removed the property');
    expect(text).toContain('    base: contracts/evil.yaml:14 @ origin/main');
    expect(text).toContain('contracts/evil.yaml:20: ignored: agreed with clients: removed a parameter');
    const json = toDiffJson(result) as DiffResult;
    expect(json.contracts[0]?.changes[0]?.location.file).toBe('contracts/evil.yaml');
    expect(json.staleIgnores[0]?.location.file).toBe('ignores.yaml');
  });
});
