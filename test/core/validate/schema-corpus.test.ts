import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import type { Transport } from '../../../src/core/http/transport.js';
import { validateTarget } from '../../../src/core/validate/validate-target.js';
import { tempProject } from '../../helpers/temp-project.js';

// Regression corpus: the shapes validators get wrong. Each case is a contract fragment, one reply and the
// findings it must give (`[]` = no false positive). The transport is injected: these test the checks,
// the real-process tests are in drift-services.test.ts.

interface Case {
  name: string;
  openapi?: '3.0.3' | '3.1.0';
  schema?: unknown;
  schemas?: Record<string, unknown>;
  responses?: Record<string, unknown>;
  reply: { status?: number; type?: string; headers?: Record<string, string>; body?: unknown };
  expect: Array<{ check: string; at?: string }>;
}

const PET_SCHEMAS = {
  PetBase: {
    type: 'object',
    required: ['petType', 'name'],
    properties: { petType: { type: 'string' }, name: { type: 'string' } },
  },
  Cat: {
    allOf: [{ $ref: '#/components/schemas/PetBase' }, { type: 'object', properties: { indoor: { type: 'boolean' } } }],
  },
  Dog: {
    allOf: [{ $ref: '#/components/schemas/PetBase' }, { type: 'object', properties: { bark: { type: 'string' } } }],
  },
};
const PET_ONE_OF = {
  oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
  discriminator: { propertyName: 'petType' },
};
const SCHEMA = 'response_schema_conformance';

const CASES: Case[] = [
  // nullable (OpenAPI 3.0)
  {
    name: 'nullable string accepts null',
    schema: { type: 'string', nullable: true },
    reply: { body: null },
    expect: [],
  },
  {
    name: 'string without nullable rejects null',
    schema: { type: 'string' },
    reply: { body: null },
    expect: [{ check: SCHEMA, at: '' }],
  },
  {
    name: 'nullable property accepts null, its non-nullable sibling does not',
    schema: { type: 'object', properties: { a: { type: 'integer', nullable: true }, b: { type: 'integer' } } },
    reply: { body: { a: null, b: null } },
    expect: [{ check: SCHEMA, at: '/b' }],
  },
  {
    name: 'nullable enum accepts null',
    schema: { type: 'string', enum: ['a', 'b'], nullable: true },
    reply: { body: null },
    expect: [],
  },
  {
    name: 'enum without nullable rejects null',
    schema: { type: 'string', enum: ['a', 'b'] },
    reply: { body: null },
    expect: [{ check: SCHEMA, at: '' }],
  },
  {
    name: 'nullable allOf wrapper around a $ref accepts null',
    schemas: { D: { type: 'object', required: ['p'], properties: { p: { type: 'integer' } } } },
    schema: { type: 'object', properties: { d: { nullable: true, allOf: [{ $ref: '#/components/schemas/D' }] } } },
    reply: { body: { d: null } },
    expect: [],
  },
  {
    name: 'nullable allOf wrapper still checks a present value',
    schemas: { D: { type: 'object', required: ['p'], properties: { p: { type: 'integer' } } } },
    schema: { type: 'object', properties: { d: { nullable: true, allOf: [{ $ref: '#/components/schemas/D' }] } } },
    reply: { body: { d: {} } },
    expect: [{ check: SCHEMA, at: '/d/p' }],
  },
  {
    name: 'nullable oneOf without type accepts null',
    schema: { nullable: true, oneOf: [{ type: 'string' }, { type: 'integer' }] },
    reply: { body: null },
    expect: [],
  },
  {
    name: 'nullable discriminated oneOf accepts null and still picks the branch',
    schemas: PET_SCHEMAS,
    schema: { type: 'array', items: { ...PET_ONE_OF, nullable: true } },
    reply: { body: [null, { petType: 'Dog', name: 'Rex' }, { petType: 'Cat', name: 7 }] },
    expect: [{ check: SCHEMA, at: '/2/name' }],
  },
  {
    name: 'nullable $ref (3.0 sibling) accepts null',
    schemas: { S: { type: 'string' } },
    schema: { $ref: '#/components/schemas/S', nullable: true },
    reply: { body: null },
    expect: [],
  },
  {
    name: 'nullable array accepts null',
    schema: { type: 'array', items: { type: 'string' }, nullable: true },
    reply: { body: null },
    expect: [],
  },
  {
    name: 'array items are not nullable by the array',
    schema: { type: 'array', items: { type: 'string' }, nullable: true },
    reply: { body: ['a', null] },
    expect: [{ check: SCHEMA, at: '/1' }],
  },
  // oneOf
  {
    name: 'oneOf with distinct required properties picks the one that fits',
    schema: {
      oneOf: [
        { type: 'object', required: ['meow'] },
        { type: 'object', required: ['bark'] },
      ],
    },
    reply: { body: { bark: 'woof' } },
    expect: [],
  },
  {
    name: 'oneOf matching no branch is drift',
    schema: {
      oneOf: [
        { type: 'object', required: ['meow'] },
        { type: 'object', required: ['bark'] },
      ],
    },
    reply: { body: { purr: 1 } },
    expect: [
      { check: SCHEMA, at: '/meow' },
      { check: SCHEMA, at: '/bark' },
      { check: SCHEMA, at: '' },
    ],
  },
  {
    name: 'oneOf integer|string with a string',
    schema: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
    reply: { body: 'x' },
    expect: [],
  },
  {
    name: 'oneOf number-ish with a non-integer',
    schema: { oneOf: [{ type: 'integer' }, { type: 'number', multipleOf: 0.5 }] },
    reply: { body: 1.5 },
    expect: [],
  },
  // discriminator
  {
    name: 'discriminator picks Dog although Cat also fits',
    schemas: PET_SCHEMAS,
    schema: PET_ONE_OF,
    reply: { body: { petType: 'Dog', name: 'Rex' } },
    expect: [],
  },
  {
    name: 'discriminator mapping with custom values',
    schemas: PET_SCHEMAS,
    schema: {
      ...PET_ONE_OF,
      discriminator: { propertyName: 'petType', mapping: { kitty: '#/components/schemas/Cat', doggo: 'Dog' } },
    },
    reply: { body: { petType: 'doggo', name: 'Rex', bark: 'woof' } },
    expect: [],
  },
  {
    name: 'discriminator with an unknown value is drift',
    schemas: PET_SCHEMAS,
    schema: PET_ONE_OF,
    reply: { body: { petType: 'Bird', name: 'Tweety' } },
    expect: [{ check: SCHEMA, at: '/petType' }],
  },
  {
    name: 'discriminator checks the chosen branch only',
    schemas: PET_SCHEMAS,
    schema: PET_ONE_OF,
    reply: { body: { petType: 'Cat', name: 'Tom', indoor: 'yes' } },
    expect: [{ check: SCHEMA, at: '/indoor' }],
  },
  {
    name: 'discriminator in an array of pets',
    schemas: PET_SCHEMAS,
    schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
    reply: {
      body: [
        { petType: 'Cat', name: 'Tom' },
        { petType: 'Dog', name: 'Rex' },
      ],
    },
    expect: [],
  },
  // anyOf
  {
    name: 'anyOf matching both branches',
    schema: {
      type: 'array',
      items: {
        anyOf: [
          { type: 'object', required: ['radius'] },
          { type: 'object', required: ['side'] },
        ],
      },
    },
    reply: { body: [{ radius: 1, side: 2 }] },
    expect: [],
  },
  {
    name: 'anyOf of string|integer with an integer',
    schema: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    reply: { body: 7 },
    expect: [],
  },
  {
    name: 'anyOf matching none is drift',
    schema: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    reply: { body: true },
    expect: [{ check: SCHEMA, at: '' }],
  },
  // allOf, readOnly, writeOnly
  {
    name: 'allOf requires what every part requires',
    schemas: { Base: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
    schema: {
      allOf: [
        { $ref: '#/components/schemas/Base' },
        { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      ],
    },
    reply: { body: { id: 'x' } },
    expect: [{ check: SCHEMA, at: '/name' }],
  },
  {
    name: 'required writeOnly property is not expected in a response',
    schema: {
      type: 'object',
      required: ['email', 'password'],
      properties: { email: { type: 'string' }, password: { type: 'string', writeOnly: true } },
    },
    reply: { body: { email: 'a@example.com' } },
    expect: [],
  },
  {
    name: 'required readOnly property is expected in a response',
    schema: { type: 'object', required: ['id'], properties: { id: { type: 'string', readOnly: true } } },
    reply: { body: {} },
    expect: [{ check: SCHEMA, at: '/id' }],
  },
  {
    name: 'additional properties are allowed unless forbidden',
    schema: { type: 'object', properties: { a: { type: 'string' } } },
    reply: { body: { a: 'x', extra: 1 } },
    expect: [],
  },
  {
    name: 'additionalProperties: false is enforced',
    schema: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
    reply: { body: { a: 'x', extra: 1 } },
    expect: [{ check: SCHEMA, at: '/extra' }],
  },
  // formats and enums
  {
    name: 'valid date-time',
    schema: { type: 'string', format: 'date-time' },
    reply: { body: '2026-01-15T09:30:00+01:00' },
    expect: [],
  },
  {
    name: 'invalid date-time',
    schema: { type: 'string', format: 'date-time' },
    reply: { body: '2026-13-45' },
    expect: [{ check: SCHEMA, at: '' }],
  },
  {
    name: 'int32 out of range',
    schema: { type: 'integer', format: 'int32' },
    reply: { body: 2 ** 31 },
    expect: [{ check: SCHEMA, at: '' }],
  },
  {
    name: 'int64 beyond int32 is fine',
    schema: { type: 'integer', format: 'int64' },
    reply: { body: 2 ** 40 },
    expect: [],
  },
  {
    name: 'unknown formats are descriptive only',
    schema: { type: 'string', format: 'phone-number' },
    reply: { body: 'call me' },
    expect: [],
  },
  {
    name: 'invalid email',
    schema: { type: 'string', format: 'email' },
    reply: { body: 'not-an-email' },
    expect: [{ check: SCHEMA, at: '' }],
  },
  {
    name: 'uuid',
    schema: { type: 'string', format: 'uuid' },
    reply: { body: '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
    expect: [],
  },
  {
    name: 'enum mismatch',
    schema: { type: 'object', properties: { s: { type: 'string', enum: ['on', 'off'] } } },
    reply: { body: { s: 'maybe' } },
    expect: [{ check: SCHEMA, at: '/s' }],
  },
  { name: 'integer is a number', schema: { type: 'number' }, reply: { body: 3 }, expect: [] },
  {
    name: 'a number is not an integer',
    schema: { type: 'integer' },
    reply: { body: 3.5 },
    expect: [{ check: SCHEMA, at: '' }],
  },
  {
    name: 'exclusiveMinimum (3.0 boolean form)',
    schema: { type: 'number', minimum: 0, exclusiveMinimum: true },
    reply: { body: 0 },
    expect: [{ check: SCHEMA, at: '' }],
  },
  // OpenAPI 3.1 (JSON Schema 2020-12)
  {
    name: '3.1 type array with null',
    openapi: '3.1.0',
    schema: { type: ['string', 'null'] },
    reply: { body: null },
    expect: [],
  },
  // A 3.0 leftover in a 3.1 contract: ajv honours `nullable` (its OpenAPI keyword); lint is the place to flag it.
  {
    name: '3.1 leftover nullable is honoured',
    openapi: '3.1.0',
    schema: { type: 'string', nullable: true },
    reply: { body: null },
    expect: [],
  },
  { name: '3.1 enum with null', openapi: '3.1.0', schema: { enum: ['a', null] }, reply: { body: null }, expect: [] },
  {
    name: '3.1 $ref with siblings',
    openapi: '3.1.0',
    schemas: { S: { type: 'string' } },
    schema: { $ref: '#/components/schemas/S', description: 'x' },
    reply: { body: 'ok' },
    expect: [],
  },
  {
    name: '3.1 const',
    openapi: '3.1.0',
    schema: { const: 'v1' },
    reply: { body: 'v2' },
    expect: [{ check: SCHEMA, at: '' }],
  },
  {
    name: '3.1 discriminator',
    openapi: '3.1.0',
    schemas: PET_SCHEMAS,
    schema: PET_ONE_OF,
    reply: { body: { petType: 'Dog', name: 'Rex' } },
    expect: [],
  },
  {
    name: '3.1 prefixItems',
    openapi: '3.1.0',
    schema: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] },
    reply: { body: ['a', 'b'] },
    expect: [{ check: SCHEMA, at: '/1' }],
  },
  // statuses, content types, headers
  { name: 'status range 2XX', responses: { '2XX': { description: 'ok' } }, reply: { status: 204 }, expect: [] },
  {
    name: 'default response covers any status',
    responses: { default: { description: 'any' } },
    reply: { status: 409 },
    expect: [],
  },
  {
    name: 'undocumented status',
    responses: { '200': { description: 'ok' } },
    reply: { status: 404 },
    expect: [{ check: 'status_code_conformance' }],
  },
  {
    name: 'documented 503 is still a server error',
    responses: { '503': { description: 'down' } },
    reply: { status: 503 },
    expect: [{ check: 'not_a_server_error' }],
  },
  {
    name: 'charset parameter in Content-Type',
    schema: { type: 'object' },
    reply: { type: 'application/json; charset=utf-8', body: {} },
    expect: [],
  },
  {
    name: 'wildcard media type',
    responses: { '200': { description: 'ok', content: { 'application/*': { schema: { type: 'object' } } } } },
    reply: { type: 'application/vnd.api+json', body: { data: 1 } },
    expect: [],
  },
  {
    name: '+json media types are validated',
    responses: {
      '200': {
        description: 'ok',
        content: { 'application/hal+json': { schema: { type: 'object', required: ['_links'] } } },
      },
    },
    reply: { type: 'application/hal+json', body: {} },
    expect: [{ check: SCHEMA, at: '/_links' }],
  },
  {
    name: 'no Content-Type with a body',
    schema: { type: 'object' },
    reply: { type: '', body: {} },
    expect: [{ check: 'content_type_conformance' }],
  },
  {
    name: 'invalid JSON body',
    schema: { type: 'object' },
    reply: { body: '{"truncated":' },
    expect: [{ check: SCHEMA, at: '' }],
  },
  {
    name: 'header coerced to its integer schema',
    responses: {
      '200': { description: 'ok', headers: { 'X-Count': { required: true, schema: { type: 'integer' } } } },
    },
    reply: { headers: { 'x-count': '42' } },
    expect: [],
  },
  {
    name: 'header that does not fit its schema, and a missing required header',
    responses: {
      '200': {
        description: 'ok',
        headers: { 'X-Count': { schema: { type: 'integer' } }, 'X-Id': { required: true, schema: { type: 'string' } } },
      },
    },
    reply: { headers: { 'x-count': 'many' } },
    expect: [
      { check: 'response_headers_conformance', at: 'header:X-Count' },
      { check: 'response_headers_conformance', at: 'header:X-Id' },
    ],
  },
];

async function runCase(c: Case) {
  const responses = c.responses ?? {
    '200': { description: 'ok', content: { 'application/json': { schema: c.schema } } },
  };
  const contractText = stringify({
    openapi: c.openapi ?? '3.0.3',
    info: { title: 'corpus', version: '1' },
    paths: { '/x': { get: { responses } } },
    components: {
      schemas: { ...(c.schemas ?? {}), ...(c.schemas === PET_SCHEMAS ? { Pet: PET_ONE_OF } : {}) },
    },
  });
  const dir = tempProject({ 'api.yaml': contractText });
  const contract = loadContract(`${dir}/api.yaml`);
  const reply = c.reply;
  const body =
    reply.body === undefined
      ? ''
      : typeof reply.body === 'string' && reply.body.startsWith('{"')
        ? reply.body
        : JSON.stringify(reply.body);
  const type = reply.type ?? (body ? 'application/json' : '');
  const transport: Transport = async () => ({
    status: reply.status ?? 200,
    headers: { ...(type ? { 'content-type': type } : {}), ...reply.headers },
    body,
  });
  return validateTarget({ name: 'corpus', contract, target: 'http://127.0.0.1:9', transport });
}

describe('schema regression corpus (no false positives, true positives caught)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await runCase(c);
    const got = result.findings.map((f) => ({
      check: f.check,
      ...(f.instancePath !== undefined && c.expect.some((e) => e.at !== undefined) ? { at: f.instancePath } : {}),
    }));
    const want = c.expect.map((e) => ({ check: e.check, ...(e.at !== undefined ? { at: e.at } : {}) }));
    const order = (a: { check: string; at?: string }, b: { check: string; at?: string }) =>
      `${a.check}${a.at}`.localeCompare(`${b.check}${b.at}`);
    expect(got.sort(order)).toEqual(want.sort(order));
    for (const finding of result.findings) expect(finding.location.line).toBeGreaterThan(0);
  });
});
