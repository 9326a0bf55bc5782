// `oneOf` without a discriminator whose branches overlap (issue 18 §10, shapes of Vonage's and Linode's
// published descriptions, written anew): the generated value must fit exactly one branch.
import { describe, expect, it } from 'vitest';
import { findOverlappingBranches } from '../../../../src/core/mock/data/generate-value.js';
import { SchemaValidator } from '../../../../src/core/schema/schema-validator.js';
import { OVERLAPPING } from './overlapping-one-of.js';
import { contractOf, generateChecked } from './schema-harness.js';

/** Branches no value can fit alone: identical, or the second a special case of the first. */
const IMPOSSIBLE = {
  Twins: { oneOf: [{ type: 'string' }, { type: 'string' }] },
  Wider: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
};

describe('generateValue: oneOf branches that overlap', () => {
  const contract = contractOf({ ...OVERLAPPING, ...IMPOSSIBLE });

  it.each(['Outcome', 'AuditEvent', 'Record', 'SmsResponse', 'Target', 'Channel'])(
    '%s: the value fits exactly one branch, for every seed',
    (name) => {
      for (const seed of ['a', 'b', 'c', 'd']) expect(generateChecked(contract, name, { seed }).issues).toEqual([]);
    },
  );

  it('the discriminated Linode shape: the value fits exactly one branch under plain oneOf rules too', () => {
    const { value, issues } = generateChecked(contract, 'PaymentData');
    expect(issues).toEqual([]);
    const validator = new SchemaValidator(contract);
    const branches = ['Card', 'Wallet', 'PayPal'].filter((n) =>
      validator.fitsPointer(`/components/schemas/${n}`, 'response')(value),
    );
    // Card and Wallet accept the same values: only a PayPal value can be told apart.
    expect(branches).toEqual(['PayPal']);
    expect(value).toMatchObject({ type: 'PayPal' });
  });

  it('prefers a branch whose own value is exclusive; makes one distinguishable only when none is', () => {
    // The plain string branch's generated value is not one of the enum's, so nothing needs changing.
    expect(['sms', 'voice']).not.toContain(generateChecked(contract, 'Channel').value);
    // A success with a property only the error branch constrains, given a value the error branch refuses.
    const { value } = generateChecked(contract, 'Outcome');
    const validator = new SchemaValidator(contract);
    expect(validator.fitsPointer('/components/schemas/Accepted', 'response')(value)).toBe(true);
    expect(validator.fitsPointer('/components/schemas/Refused', 'response')(value)).toBe(false);
  });

  it('names the branches no value fits alone; still generates a value', () => {
    const validator = new SchemaValidator(contract);
    const context = {
      document: contract.document,
      openapi: contract.openapi,
      direction: 'response' as const,
      seed: 'lint',
      fitsNode: (node: object) => validator.fitsNode(node, 'response'),
    };
    const schemas = contract.document.components as { schemas: Record<string, Record<string, unknown>> };
    expect(findOverlappingBranches(schemas.schemas.Twins ?? {}, context)).toEqual([
      { branch: 0, alsoFits: [1] },
      { branch: 1, alsoFits: [0] },
    ]);
    // Every integer is a number; a number with a fraction fits the first branch alone.
    expect(findOverlappingBranches(schemas.schemas.Wider ?? {}, context)).toEqual([{ branch: 1, alsoFits: [0] }]);
    expect(findOverlappingBranches(schemas.schemas.Outcome ?? {}, context)).toEqual([{ branch: 1, alsoFits: [0] }]);
    expect(findOverlappingBranches(schemas.schemas.PaymentData ?? {}, context)).toEqual([
      { branch: 0, alsoFits: [1] },
      { branch: 1, alsoFits: [0] },
    ]);
    const event = schemas.schemas.AuditEvent as { properties: { context: Record<string, unknown> } };
    expect(findOverlappingBranches(event.properties.context, context)).toEqual([]);
    expect(typeof generateChecked(contract, 'Twins').value).toBe('string');
  });
});
