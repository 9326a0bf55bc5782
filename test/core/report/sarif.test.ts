import { describe, expect, it } from 'vitest';
import { toSarif } from '../../../src/core/report/sarif.js';
import { expectGolden } from '../../helpers/golden.js';

describe('toSarif', () => {
  const log = toSarif({
    toolName: 'mockforge',
    toolVersion: '0.1.0',
    root: '/repo',
    rules: [{ id: 'response_schema_conformance', shortDescription: 'Response body does not match the schema' }],
    results: [
      {
        ruleId: 'response_schema_conformance',
        level: 'error',
        message: 'GET /api/users/{id}: /email must be string, got 42',
        location: { file: '/repo/contracts/shared schemas.yaml', line: 11, column: 9 },
        fingerprint: 'validate:get:/api/users/{id}:/email:type',
      },
      {
        ruleId: 'unknown-rule',
        level: 'warning',
        message: 'outside',
        location: { file: '/elsewhere/x.yaml', line: 0 },
      },
    ],
  }) as any;

  it('matches the golden file', () => expectGolden('report/sarif.json', `${JSON.stringify(log, null, 2)}\n`));

  it('writes repository-relative URIs, 1-based lines and rule indexes', () => {
    const [first, second] = log.runs[0].results;
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe('contracts/shared%20schemas.yaml');
    expect(first.ruleIndex).toBe(0);
    expect(second.ruleIndex).toBeUndefined();
    expect(second.locations[0].physicalLocation.region.startLine).toBe(1);
    expect(log.version).toBe('2.1.0');
  });
});
