// `oneOf` without a discriminator whose branches overlap (issue 18 §10, shapes of Vonage's and Linode's
// published descriptions, written anew): the generated value must fit exactly one branch.
import { describe, expect, it } from 'vitest';
import { findOverlappingBranches } from '../../../../src/core/mock/data/generate-value.js';
import { SchemaValidator } from '../../../../src/core/schema/schema-validator.js';
import { contractOf, generateChecked } from './schema-harness.js';

const str = { type: 'string' };

/** Shapes where each branch alone accepts what the others generate. */
export const OVERLAPPING = {
  // Vonage Verify: the error branch declares every property of the success branch and more; none required.
  Accepted: { type: 'object', properties: { request_id: { type: 'string', maxLength: 32 }, status: str } },
  Refused: {
    type: 'object',
    properties: { error_text: str, network: str, request_id: { type: 'string', maxLength: 32 }, status: str },
  },
  Outcome: { oneOf: [{ $ref: '#/components/schemas/Accepted' }, { $ref: '#/components/schemas/Refused' }] },
  // Vonage Audit: an event's `context`, three open objects sharing `country` and `msisdn`.
  AuditEvent: {
    type: 'object',
    required: ['id', 'context'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      context: {
        type: 'object',
        oneOf: [
          { type: 'object', properties: { appId: str, created: { type: 'object', properties: { name: str } } } },
          { type: 'object', properties: { account: str, country: str, msisdn: str } },
          {
            type: 'object',
            properties: { country: str, msisdn: str, 'voice-type': { type: 'string', enum: ['tel', 'sip'] } },
          },
        ],
      },
    },
  },
  // Vonage Reports: records of several products, told apart only by their `status` enums.
  Base: { type: 'object', required: ['product'], properties: { product: { type: 'string', enum: ['SMS', 'VOICE'] } } },
  SmsRecord: {
    allOf: [
      { $ref: '#/components/schemas/Base' },
      { properties: { status: { type: 'string', enum: ['delivered', 'failed'] } } },
    ],
  },
  CallRecord: {
    allOf: [
      { $ref: '#/components/schemas/Base' },
      { properties: { status: { type: 'string', enum: ['answered', 'failed'] } } },
    ],
  },
  Record: { oneOf: [{ $ref: '#/components/schemas/SmsRecord' }, { $ref: '#/components/schemas/CallRecord' }] },
  // Vonage SMS: the branches differ only inside their array items.
  Sent: {
    type: 'object',
    properties: { count: str, messages: { type: 'array', items: { $ref: '#/components/schemas/Message' } } },
  },
  Failed: {
    type: 'object',
    properties: { count: str, messages: { type: 'array', items: { $ref: '#/components/schemas/Problem' } } },
  },
  Message: { type: 'object', properties: { id: str, to: str, status: str } },
  Problem: { type: 'object', properties: { status: str, 'error-text': str } },
  SmsResponse: { oneOf: [{ $ref: '#/components/schemas/Sent' }, { $ref: '#/components/schemas/Failed' }] },
  // Linode payment methods: a discriminator whose branches do not declare it; two branches identical.
  Card: { type: 'object', properties: { card_type: str, last_four: str } },
  Wallet: { type: 'object', properties: { card_type: str, last_four: str } },
  PayPal: { type: 'object', properties: { email: str, paypal_id: str } },
  PaymentData: {
    discriminator: { propertyName: 'type' },
    oneOf: [
      { $ref: '#/components/schemas/Card' },
      { $ref: '#/components/schemas/Wallet' },
      { $ref: '#/components/schemas/PayPal' },
    ],
  },
  // Exactly one of two properties.
  Target: {
    type: 'object',
    properties: { email: { type: 'string', format: 'email' }, phone: str },
    oneOf: [{ required: ['email'] }, { required: ['phone'] }],
  },
  // A scalar: a plain string also admits the enum's values.
  Channel: { oneOf: [{ type: 'string', enum: ['sms', 'voice'] }, { type: 'string' }] },
};

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
