import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { createHttpTransport } from '../../../src/core/http/http-transport.js';
import { toJUnitXml } from '../../../src/core/report/junit.js';
import { formatValidate } from '../../../src/core/validate/format-validate.js';
import type { ValidateResult } from '../../../src/core/validate/types.js';
import {
  validateExitCode,
  validateFindings,
  validateJUnitSuites,
  validateSarif,
} from '../../../src/core/validate/validate-findings.js';
import { validateTarget } from '../../../src/core/validate/validate-target.js';
import { expectGolden } from '../../helpers/golden.js';
import { CATALOG_CONTRACT, startCatalog } from './service-process.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const transport = createHttpTransport();
afterAll(() => transport.close());

/** The drifted service's result with its random port and timings made stable for golden files. */
async function driftedResult(): Promise<ValidateResult> {
  const target = await startCatalog('drifted');
  const outcome = await validateTarget({
    name: 'catalog-service',
    contract: loadContract(CATALOG_CONTRACT),
    target,
    transport,
    negative: true,
  });
  const result: ValidateResult = { targets: [outcome], responses: outcome.responses, timeMs: 0 };
  const stable = JSON.parse(JSON.stringify(result).replaceAll(target, 'http://127.0.0.1:8081')) as ValidateResult;
  for (const t of stable.targets) for (const o of t.operations) o.timeMs = 0;
  return stable;
}

const display = (file: string) => file.replace(`${ROOT}/`, '');

describe('validate reports (golden files)', () => {
  it('terminal, JUnit, SARIF and findings for the drifted service', async () => {
    const result = await driftedResult();
    expect(validateExitCode(result)).toBe(1);
    expectGolden('validate/terminal.txt', formatValidate(result, display));
    expectGolden('validate/junit.xml', toJUnitXml(validateJUnitSuites(result, display)));
    const sarif = validateSarif(result, ROOT, '0.1.0');
    expectGolden('validate/sarif.json', `${JSON.stringify(sarif, null, 2)}\n`);
    const findings = validateFindings(result).map((f) => ({
      ...f,
      location: f.location && { ...f.location, file: display(f.location.file) },
    }));
    expectGolden('validate/findings.json', `${JSON.stringify(findings, null, 2)}\n`);
    expect(findings.every((f) => f.source === 'validate' && f.severity === 'error')).toBe(true);
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
  });

  it('target problems become findings without a location; exit 3 only without drift', () => {
    const result: ValidateResult = {
      responses: 0,
      timeMs: 0,
      targets: [
        {
          name: 'users-service',
          contractFile: '/repo/contracts/users-service.yaml',
          target: 'http://localhost:8081',
          operations: [],
          findings: [],
          problems: [
            {
              kind: 'refused',
              message: 'connection refused',
              operation: 'GET /api/users/{id}',
              curl: 'curl x',
              attempts: 3,
            },
          ],
          responses: 0,
          budgetExhausted: false,
          contractProblems: [],
          coverage: {
            operations: {
              total: 1,
              reached: 0,
              notReached: [{ operation: 'GET /api/users/{id}', reason: 'no answer' }],
            },
            statuses: { documented: 0, exercised: 0, notExercised: [] },
            negatives: { requests: 0, kinds: [] },
          },
        },
      ],
    };
    expect(validateExitCode(result)).toBe(3);
    expect(validateFindings(result)).toEqual([
      {
        source: 'validate',
        severity: 'error',
        title: 'target unreachable: users-service',
        message:
          'GET /api/users/{id} at http://localhost:8081: refused: connection refused after 3 attempt(s)\nreproduce: curl x',
        key: 'users-service target-refused GET /api/users/{id}',
      },
    ]);
  });
});
