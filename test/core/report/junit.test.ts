import { describe, expect, it } from 'vitest';
import { toJUnitXml } from '../../../src/core/report/junit.js';
import { expectGolden } from '../../helpers/golden.js';

describe('toJUnitXml', () => {
  const xml = toJUnitXml([
    {
      name: 'Cross-Service Purchase Flow',
      cases: [
        { name: 'Get User (Users Service)', classname: 'users-service', timeSeconds: 0.012 },
        {
          name: 'Create Order (Orders Service)',
          classname: 'orders-service',
          timeSeconds: 0.02,
          file: 'scenarios/cross-service-purchase.yaml',
          line: 40,
          failure: {
            message: 'body.total: expected 999.99, got 10 & <b>',
            type: 'body_mismatch',
            details: 'a\u0001"b"',
          },
        },
        { name: 'Skipped step', classname: 'orders-service', skipped: 'previous step failed' },
      ],
    },
  ]);

  it('matches the golden file', () => expectGolden('report/junit.xml', xml));

  it('counts tests, failures and skips on both levels and escapes text', () => {
    expect(xml).toContain('<testsuites tests="3" failures="1" errors="0" skipped="1" time="0.032">');
    expect(xml).toContain('message="body.total: expected 999.99, got 10 &amp; &lt;b&gt;"');
    expect(xml).toContain('>a&quot;b&quot;</failure>');
  });
});
