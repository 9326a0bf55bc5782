import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../../src/core/contract/load-contract.js';
import type { LoadedContract } from '../../../../src/core/contract/types.js';
import { generateValue } from '../../../../src/core/mock/data/generate-value.js';
import { SchemaValidator } from '../../../../src/core/schema/schema-validator.js';
import { getAtPointer } from '../../../../src/core/source/json-pointer.js';
import { schemasOf } from '../../../helpers/schemas-of.js';
import { CORPUS, ECOMMERCE } from '../../../helpers/temp-project.js';

function checkAll(contract: LoadedContract, seeds: string[]) {
  const validator = new SchemaValidator(contract);
  const failures: string[] = [];
  let checked = 0;
  for (const [pointer, direction] of schemasOf(contract)) {
    for (const seed of seeds) {
      const value = generateValue(getAtPointer(contract.document, pointer), {
        document: contract.document,
        openapi: contract.openapi,
        direction,
        seed,
      });
      const issues = validator.forPointer(pointer, direction)(value);
      checked++;
      if (issues.length > 0)
        failures.push(`${direction} ${pointer} ${seed}: ${issues[0]?.instancePath} ${issues[0]?.message}`);
    }
  }
  return { failures, checked };
}

describe('generated data validates against real contracts', () => {
  const twilio = join(CORPUS, 'twilio');
  for (const file of readdirSync(twilio).filter((f) => f.endsWith('.yaml') && !f.includes('previous'))) {
    it(`every response and request body schema of twilio/${file}`, { timeout: 120_000 }, () => {
      const contract = loadContract(join(twilio, file));
      const { failures, checked } = checkAll(contract, ['a', 'b']);
      expect(checked).toBeGreaterThan(50);
      expect(failures).toEqual([]);
    });
  }

  it('the tutorial contracts (shared schemas found next to them)', () => {
    for (const name of ['users-service', 'products-service', 'orders-service']) {
      const contract = loadContract(join(ECOMMERCE, 'contracts', `${name}.yaml`));
      const { failures, checked } = checkAll(contract, ['a', 'b', 'c', 'd']);
      expect(checked).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    }
  });

  it('the validator used here does reject wrong data (the checks above can fail)', () => {
    const contract = loadContract(join(ECOMMERCE, 'contracts', 'products-service.yaml'));
    const [pointer] = schemasOf(contract)[0] ?? [''];
    expect(new SchemaValidator(contract).forPointer(pointer, 'response')({ price: 'free' })).not.toEqual([]);
  });
});
