// Generated data fits every keyword of JSON Schema 2020-12 that real 3.1 contracts use (issue 18 §7):
// each schema is generated for several seeds and checked by the real SchemaValidator (ajv 2020).
import { describe, expect, it } from 'vitest';
import { contractOf, generateChecked } from './schema-harness.js';

const SCHEMAS = {
  Contains: { type: 'array', contains: { type: 'integer', minimum: 100 }, minContains: 2, items: { type: 'integer' } },
  Tuple: {
    type: 'array',
    prefixItems: [{ type: 'string', format: 'date' }, { type: 'integer' }, { enum: ['NW', 'SE'] }],
    items: false,
  },
  Dependent: {
    type: 'object',
    required: ['card'],
    properties: { card: { type: 'string' }, billing: { type: 'string', minLength: 5 } },
    dependentRequired: { card: ['billing'] },
  },
  Const: { type: 'object', required: ['kind'], properties: { kind: { const: 'circle' }, r: { type: 'number' } } },
  Conditional: {
    type: 'object',
    required: ['country', 'postal'],
    properties: { country: { enum: ['US', 'CA'] }, postal: { type: 'string' } },
    if: { properties: { country: { const: 'US' } } },
    then: { properties: { postal: { pattern: '^[0-9]{5}$' } } },
    else: { properties: { postal: { pattern: '^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$' } } },
  },
  Patterned: {
    type: 'object',
    patternProperties: { '^x-[a-z]+$': { type: 'integer' } },
    additionalProperties: false,
    minProperties: 2,
  },
  Unevaluated: {
    allOf: [{ type: 'object', required: ['a'], properties: { a: { type: 'string' } } }],
    properties: { b: { type: 'integer' } },
    unevaluatedProperties: false,
  },
  Exclusive: {
    oneOf: [
      { type: 'object', properties: { name: { type: 'string' } } },
      { type: 'object', required: ['id'], properties: { id: { type: 'integer' } }, additionalProperties: false },
    ],
  },
  Nested: {
    type: 'array',
    minItems: 1,
    items: { type: 'array', minItems: 2, items: { type: 'array', items: { type: ['integer', 'null'] }, minItems: 1 } },
  },
  Ids: { type: 'string', pattern: '^([0-9]+)_([0-9]+)$' },
  Dialect: { type: 'string', pattern: '^[a-zA-Z0-9\\_\\-]{3,}$' },
  Keys: { type: 'object', propertyNames: { pattern: '^[A-Z]{3}$' }, additionalProperties: { type: 'number' } },
};

describe('generated data fits 2020-12 keywords (OpenAPI 3.1)', () => {
  const contract = contractOf(SCHEMAS, '3.1.0');
  it.each(Object.keys(SCHEMAS))('%s', (name) => {
    for (let seed = 0; seed < 8; seed++) {
      const { value, issues } = generateChecked(contract, name, { seed: `s${seed}` });
      expect(issues, JSON.stringify(value)).toEqual([]);
    }
  });

  it('takes the contains items and the tuple shape', () => {
    const contains = generateChecked(contract, 'Contains').value as number[];
    expect(contains.filter((n) => n >= 100).length).toBeGreaterThanOrEqual(2);
    const tuple = generateChecked(contract, 'Tuple').value as unknown[];
    expect(tuple.length).toBeLessThanOrEqual(3);
  });
});
