import { describe, expect, it } from 'vitest';
import { generateFitting, generateValue } from '../../../../src/core/mock/data/generate-value.js';
import { SchemaValidator } from '../../../../src/core/schema/schema-validator.js';
import { contractOf, generateChecked } from './schema-harness.js';

const SEEDS = Array.from({ length: 12 }, (_, i) => `seed-${i}`);

const SCHEMAS_30 = {
  User: {
    type: 'object',
    required: ['id', 'email', 'name'],
    properties: {
      id: { type: 'string', readOnly: true },
      name: { type: 'string', minLength: 2, maxLength: 40 },
      first_name: { type: 'string' },
      email: { type: 'string', format: 'email' },
      password: { type: 'string', format: 'password', writeOnly: true },
      website: { type: 'string', format: 'uri' },
      phone: { type: 'string' },
      created_at: { type: 'string' },
      nickname: { type: 'string', nullable: true },
      status: { type: 'string', enum: ['active', 'disabled'] },
    },
  },
  Formats: {
    type: 'object',
    required: ['uuid', 'dt', 'd', 't', 'u', 'h', 'v4', 'v6', 'b', 'bin', 'i32', 'i64', 'f', 'dbl'],
    properties: {
      uuid: { type: 'string', format: 'uuid' },
      dt: { type: 'string', format: 'date-time' },
      d: { type: 'string', format: 'date' },
      t: { type: 'string', format: 'time' },
      u: { type: 'string', format: 'url' },
      h: { type: 'string', format: 'hostname' },
      v4: { type: 'string', format: 'ipv4' },
      v6: { type: 'string', format: 'ipv6' },
      b: { type: 'string', format: 'byte' },
      bin: { type: 'string', format: 'binary' },
      i32: { type: 'integer', format: 'int32', minimum: 2147483000 },
      i64: { type: 'integer', format: 'int64' },
      f: { type: 'number', format: 'float' },
      dbl: { type: 'number', format: 'double' },
    },
  },
  Ranges: {
    type: 'object',
    required: ['small', 'excl', 'step', 'cents', 'neg', 'code', 'tags', 'few', 'exact'],
    properties: {
      small: { type: 'integer', minimum: 3, maximum: 5 },
      excl: { type: 'number', minimum: 0, maximum: 1, exclusiveMinimum: true, exclusiveMaximum: true },
      step: { type: 'integer', multipleOf: 5, minimum: 11, maximum: 29 },
      cents: { type: 'number', multipleOf: 0.01, minimum: 10, maximum: 20 },
      neg: { type: 'integer', maximum: -100 },
      code: { type: 'string', pattern: '^[A-Z]{2}-\\d{4}$' },
      tags: { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] }, minItems: 3, uniqueItems: true },
      few: { type: 'array', items: { type: 'integer' }, maxItems: 0 },
      exact: { type: 'string', minLength: 30, maxLength: 30 },
    },
  },
  Hints: {
    type: 'object',
    required: ['user_id', 'productId', 'price', 'amount', 'total', 'quantity', 'count', 'updated_at', 'url'],
    properties: {
      user_id: { type: 'string' },
      productId: { type: 'string' },
      price: { type: 'number' },
      amount: { type: 'number', minimum: 5000 },
      total: { type: 'number', maximum: 3 },
      quantity: { type: 'integer' },
      count: { type: 'integer', minimum: 0 },
      updated_at: { type: 'string' },
      url: { type: 'string' },
    },
  },
  Pet: {
    type: 'object',
    required: ['petType'],
    properties: { petType: { type: 'string' } },
    oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
    discriminator: {
      propertyName: 'petType',
      mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' },
    },
  },
  Cat: { type: 'object', required: ['meows'], properties: { petType: { type: 'string' }, meows: { type: 'boolean' } } },
  Dog: { type: 'object', required: ['barks'], properties: { petType: { type: 'string' }, barks: { type: 'boolean' } } },
  Shape: {
    anyOf: [
      { type: 'object', required: ['radius'], properties: { radius: { type: 'number', minimum: 1 } } },
      { type: 'string' },
    ],
  },
  Either: {
    oneOf: [
      { type: 'integer', minimum: 10 },
      { type: 'string', format: 'email' },
    ],
  },
  Audited: {
    allOf: [
      { $ref: '#/components/schemas/Cat' },
      {
        type: 'object',
        required: ['audit_id'],
        properties: { audit_id: { type: 'string', pattern: '^AU[0-9a-f]{8}$' } },
      },
    ],
  },
  Node: {
    type: 'object',
    required: ['value', 'children'],
    properties: {
      value: { type: 'integer' },
      parent: { $ref: '#/components/schemas/Node' },
      children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
    },
  },
  Labels: { type: 'object', additionalProperties: { type: 'integer', minimum: 7, maximum: 7 } },
  Closed: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } }, minProperties: 1 },
  WithExample: { type: 'string', example: 'from-the-contract' },
  BadExample: { type: 'string', format: 'uri', example: '/relative/path' },
  Constant: { const: 42 },
  PartialExample: {
    type: 'object',
    required: ['a', 'b'],
    properties: { a: { type: 'string' }, b: { type: 'integer' } },
    example: { a: 'x' },
  },
  GoodExample: {
    type: 'object',
    required: ['a'],
    properties: { a: { type: 'string' }, list: { type: 'array', items: { type: 'integer' } } },
    example: { a: 'x', list: [1, 2] },
  },
  Undescribed: { type: 'object', required: ['token', 'n'], properties: { n: { type: 'integer' } } },
  Alternation: { type: 'string', pattern: '^(foo|bar)-\\d{3}$' },
  Anything: {},
  NullableEnum: { type: 'integer', enum: [1, 2, null], nullable: true },
  Bounded: { type: 'string', format: 'email', maxLength: 40, minLength: 8 },
  Defaulted: { type: 'integer', default: 17, minimum: 10 },
};

describe('generateValue (OpenAPI 3.0)', () => {
  const contract = contractOf(SCHEMAS_30);

  it('gives data that the real validator accepts, for every schema, direction and seed', () => {
    for (const name of Object.keys(SCHEMAS_30)) {
      for (const direction of ['request', 'response'] as const) {
        for (const seed of SEEDS) {
          const { value, issues } = generateChecked(contract, name, { seed, direction });
          expect(issues, `${name} ${direction} ${seed}: ${JSON.stringify(value)}`).toEqual([]);
        }
      }
    }
  });

  it('is deterministic: the same seed and path give the same value; another seed another value', () => {
    const a = generateChecked(contract, 'User', { seed: 's1' }).value;
    expect(generateChecked(contract, 'User', { seed: 's1' }).value).toEqual(a);
    const others = SEEDS.map((seed) => JSON.stringify(generateChecked(contract, 'User', { seed }).value));
    expect(new Set(others).size).toBeGreaterThan(6);
    const nested = generateChecked(contract, 'User', { seed: 's1', propertyPath: ['owner'] }).value;
    expect(nested).not.toEqual(a);
  });

  it('honours formats', () => {
    for (const seed of SEEDS) {
      const v = generateChecked(contract, 'Formats', { seed }).value as Record<string, unknown>;
      expect(v.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Number.isNaN(Date.parse(String(v.dt)))).toBe(false);
      expect(v.dt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(v.d).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(v.t).toMatch(/^\d\d:\d\d:\d\dZ$/);
      expect(new URL(String(v.u)).protocol).toBe('https:');
      expect(v.v4).toMatch(/^192\.0\.2\.\d+$/);
      expect(v.v6).toMatch(/^2001:db8::[0-9a-f]+$/);
      expect(Buffer.from(String(v.b), 'base64').toString('base64')).toBe(v.b);
      expect(v.i32).toBeGreaterThanOrEqual(2147483000);
      expect(v.i32).toBeLessThan(2 ** 31);
      expect(Number.isInteger(v.i64)).toBe(true);
    }
  });

  it('honours ranges, multipleOf, patterns, lengths and item counts', () => {
    for (const seed of SEEDS) {
      const v = generateChecked(contract, 'Ranges', { seed }).value as { [k: string]: any };
      expect([3, 4, 5]).toContain(v.small);
      expect(v.excl).toBeGreaterThan(0);
      expect(v.excl).toBeLessThan(1);
      expect([15, 20, 25]).toContain(v.step);
      expect(v.cents).toBeGreaterThanOrEqual(10);
      expect(Math.round(v.cents * 100) / 100).toBe(v.cents);
      expect(v.neg).toBeLessThanOrEqual(-100);
      expect(v.code).toMatch(/^[A-Z]{2}-\d{4}$/);
      expect([...v.tags].sort()).toEqual(['a', 'b', 'c']);
      expect(v.few).toEqual([]);
      expect(v.exact).toHaveLength(30);
    }
  });

  it('uses field-name hints within the schema bounds', () => {
    const seen = new Set<number>();
    for (const seed of SEEDS) {
      const v = generateChecked(contract, 'Hints', { seed }).value as { [k: string]: any };
      expect(v.user_id).toMatch(/^user_\d{3}$/);
      expect(v.productId).toMatch(/^product_\d{3}$/);
      expect(Math.round(v.price * 100)).toBeCloseTo(v.price * 100, 6);
      expect(v.price).toBeGreaterThanOrEqual(1);
      expect(v.price).toBeLessThanOrEqual(1000);
      expect(v.amount).toBeGreaterThanOrEqual(5000);
      expect(v.total).toBeLessThanOrEqual(3);
      expect(v.quantity).toBeGreaterThanOrEqual(1);
      expect(v.quantity).toBeLessThanOrEqual(10);
      expect(v.count).toBeLessThanOrEqual(10);
      expect(Number.isNaN(Date.parse(v.updated_at))).toBe(false);
      expect(v.url).toMatch(/^https:\/\/example\.com\//);
      seen.add(v.price);
    }
    expect(seen.size).toBeGreaterThan(3);
    const user = generateChecked(contract, 'User', { seed: 'persona' }).value as Record<string, string>;
    expect(user.id).toMatch(/^user_\d{3}$/);
    expect(user.phone).toMatch(/^\+1555\d{7}$/);
    expect(Number.isNaN(Date.parse(user.created_at as string))).toBe(false);
    // name and email describe one person
    const [first, last] = (user.name as string).toLowerCase().split(' ');
    expect(user.email).toBe(`${first}.${last}@example.com`);
  });

  it('leaves readOnly out of requests and writeOnly out of responses; nullable gives data', () => {
    const request = generateChecked(contract, 'User', { direction: 'request' }).value as Record<string, unknown>;
    const response = generateChecked(contract, 'User', { direction: 'response' }).value as Record<string, unknown>;
    expect(request).not.toHaveProperty('id');
    expect(request).toHaveProperty('password');
    expect(response).toHaveProperty('id');
    expect(response).not.toHaveProperty('password');
    expect(typeof response.nickname).toBe('string');
    expect(['active', 'disabled']).toContain(response.status);
  });

  it('composes: oneOf with discriminator, anyOf, allOf', () => {
    const pet = generateChecked(contract, 'Pet').value as Record<string, unknown>;
    expect(pet.petType).toBe('cat');
    expect(typeof pet.meows).toBe('boolean');
    const shape = generateChecked(contract, 'Shape').value as Record<string, number>;
    expect(shape.radius).toBeGreaterThanOrEqual(1);
    expect(generateChecked(contract, 'Either').value).toBeGreaterThanOrEqual(10);
    const audited = generateChecked(contract, 'Audited').value as Record<string, unknown>;
    expect(typeof audited.meows).toBe('boolean');
    expect(audited.audit_id).toMatch(/^AU[0-9a-f]{8}$/);
  });

  it('terminates on recursive schemas, fills maps, prefers fitting examples, const and default', () => {
    const node = generateChecked(contract, 'Node').value;
    expect(JSON.stringify(node).length).toBeLessThan(20000);
    const labels = generateChecked(contract, 'Labels').value as Record<string, number>;
    expect(Object.values(labels).length).toBeGreaterThan(0);
    expect(Object.values(labels).every((n) => n === 7)).toBe(true);
    expect(generateChecked(contract, 'Closed').value).toHaveProperty('a');
    expect(generateChecked(contract, 'WithExample').value).toBe('from-the-contract');
    expect(generateChecked(contract, 'BadExample').value).toMatch(/^https:\/\//);
    expect(generateChecked(contract, 'Constant').value).toBe(42);
    expect(generateChecked(contract, 'PartialExample').value).toHaveProperty('b');
    expect(generateChecked(contract, 'GoodExample').value).toEqual({ a: 'x', list: [1, 2] });
    expect(generateChecked(contract, 'Undescribed').value).toHaveProperty('token');
    expect(generateChecked(contract, 'Alternation').value).toMatch(/^(foo|bar)-\d{3}$/);
    expect([1, 2]).toContain(generateChecked(contract, 'NullableEnum').value);
    expect(generateChecked(contract, 'Defaulted').value).toBe(17);
  });

  it('leaves out examples that only look like their format: a day the month lacks, a URI template, a fractional int64', () => {
    // From public descriptions: AWS Security Hub's `2021-09-31T15:52:25.573Z`, Codat's `/companies/{id}/data`.
    const formats = contractOf({
      NoSuchDay: { type: 'string', format: 'date-time', example: '2021-09-31T15:52:25.573Z' },
      NoSuchHour: { type: 'string', format: 'date-time', example: '2021-09-30T25:00:00Z' },
      Template: { type: 'string', format: 'uri-reference', example: '/companies/{id}/data' },
      // Nordigen's link default: a URI with a template in it is no URI to the validator either.
      UriTemplate: {
        type: 'string',
        format: 'uri',
        default: 'https://ob.nordigen.com/psd2/start/3fa8/{$INSTITUTION_ID}',
      },
      FractionalInt64: { type: 'number', format: 'int64', example: 1.5 },
      RealDay: { type: 'string', format: 'date', example: '2024-02-29' },
      Reference: { type: 'string', format: 'uri-reference', example: '/companies/c1/data?page=1' },
    });
    const schemas = (
      formats.document.components as { schemas: Record<string, { example?: unknown; default?: unknown }> }
    ).schemas;
    for (const name of ['NoSuchDay', 'NoSuchHour', 'Template', 'UriTemplate', 'FractionalInt64']) {
      const { value, issues } = generateChecked(formats, name);
      expect(value, name).not.toBe(schemas[name]?.example ?? schemas[name]?.default);
      expect(issues, name).toEqual([]);
    }
    expect(generateChecked(formats, 'RealDay').value).toBe('2024-02-29');
    expect(generateChecked(formats, 'Reference').value).toBe('/companies/c1/data?page=1');
  });
});

describe('generateFitting', () => {
  it('gets past overlapping oneOf branches by trying the next branch', () => {
    const contract = contractOf({ Contact: { oneOf: [{ type: 'string', format: 'email' }, { type: 'string' }] } });
    const schema = { $ref: '#/components/schemas/Contact' };
    const context = {
      document: contract.document,
      openapi: contract.openapi,
      direction: 'response' as const,
      seed: 's',
    };
    const fits = new SchemaValidator(contract).fitsPointer('/components/schemas/Contact', 'response');
    // the first branch's email also is a plain string: matches both, which oneOf refuses
    expect(fits(generateValue(schema, context))).toBe(false);
    const value = generateFitting(schema, context, fits);
    expect(fits(value)).toBe(true);
    expect(value).not.toContain('@');
  });
});

describe('generateValue (OpenAPI 3.1)', () => {
  const schemas = {
    Maybe: { type: ['null', 'string'], format: 'email' },
    Counted: { type: 'integer', exclusiveMinimum: 10, exclusiveMaximum: 12 },
    Tuple: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'string', format: 'date' }], minItems: 2 },
    Examples: { type: 'string', examples: ['first', 'second'] },
    Item: {
      type: 'object',
      required: ['id', 'owner'],
      properties: {
        id: { type: 'string' },
        owner: { $ref: '#/components/schemas/Owner', readOnly: true },
        note: { type: ['string', 'null'], maxLength: 5 },
      },
    },
    Owner: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
  };
  const contract = contractOf(schemas, '3.1.0');

  it('validates for every schema and seed', () => {
    for (const name of Object.keys(schemas)) {
      for (const direction of ['request', 'response'] as const) {
        for (const seed of SEEDS) {
          const { value, issues } = generateChecked(contract, name, { seed, direction });
          expect(issues, `${name} ${direction} ${seed}: ${JSON.stringify(value)}`).toEqual([]);
        }
      }
    }
  });

  it('takes the non-null type, numeric exclusive bounds, the first of examples, ref siblings', () => {
    expect(generateChecked(contract, 'Maybe').value).toMatch(/@/);
    expect(generateChecked(contract, 'Counted').value).toBe(11);
    expect(generateChecked(contract, 'Examples').value).toBe('first');
    const tuple = generateChecked(contract, 'Tuple').value as unknown[];
    expect(typeof tuple[0]).toBe('number');
    expect(tuple[1]).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(generateChecked(contract, 'Item', { direction: 'request' }).value).not.toHaveProperty('owner');
    expect(generateChecked(contract, 'Item').value).toHaveProperty('owner.name');
  });

  it('never calls Math.random', () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('Math.random used');
    };
    try {
      expect(() =>
        generateValue(
          { $ref: '#/components/schemas/Item' },
          {
            document: contract.document,
            openapi: '3.1',
            direction: 'response',
            seed: 'x',
          },
        ),
      ).not.toThrow();
    } finally {
      Math.random = original;
    }
  });
});
