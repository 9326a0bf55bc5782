import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import type { LoadedContract } from '../../../src/core/contract/types.js';
import { generateValue } from '../../../src/core/mock/data/generate-value.js';
import { type FitContext, judgeFit } from '../../../src/core/schema/judge-fit.js';
import { SchemaValidator } from '../../../src/core/schema/schema-validator.js';
import { appendPointer, getAtPointer } from '../../../src/core/source/json-pointer.js';
import { schemasOf } from '../../helpers/schemas-of.js';
import { CORPUS, ECOMMERCE, OAS_EXAMPLES } from '../../helpers/temp-project.js';

const CONTEXT: FitContext = {
  resolve: (ref) => (ref === 'reg#/Name' ? { type: 'string', minLength: 2 } : undefined),
  formats: { email: /^[^@]+@[^@]+$/, int32: { type: 'number', validate: (n: number) => Math.abs(n) < 2 ** 31 } },
  keywords: Object.fromEntries(['contains', 'dependentRequired', 'unevaluatedProperties'].map((k) => [k, true])),
};

describe('judgeFit: a value read against a converted schema, without compiling it', () => {
  it('answers true or false where every keyword on the way is read here', () => {
    const order = {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { type: 'integer', minimum: 1, multipleOf: 1 },
        name: { $ref: 'reg#/Name' },
        tags: { type: 'array', items: { enum: ['a', 'b'] }, uniqueItems: true, maxItems: 2 },
        email: { type: 'string', format: 'email' },
        note: { type: ['string', 'null'], pattern: '^n', maxLength: 3 },
      },
      additionalProperties: false,
    };
    expect(judgeFit({ id: 2, name: 'ab', tags: ['a', 'b'], email: 'x@y', note: null }, order, CONTEXT)).toBe(true);
    for (const wrong of [
      { id: 2 },
      { id: 0, name: 'ab' },
      { id: 1.5, name: 'ab' },
      { id: 2, name: 'a' },
      { id: 2, name: 'ab', tags: ['a', 'a'] },
      { id: 2, name: 'ab', tags: ['c'] },
      { id: 2, name: 'ab', email: 'nobody' },
      { id: 2, name: 'ab', note: 'nope' },
      { id: 2, name: 'ab', note: 'n🙂🙂🙂' },
      { id: 2, name: 'ab', extra: 1 },
    ])
      expect(judgeFit(wrong, order, CONTEXT), JSON.stringify(wrong)).toBe(false);
    // code points, as ajv counts them: three emoji are three characters
    expect(judgeFit('n🙂🙂', { maxLength: 3 }, CONTEXT)).toBe(true);
  });

  it('oneOf counts the branches that fit; not, if/then/else and formats of another type', () => {
    const one = { oneOf: [{ type: 'integer' }, { type: 'number', maximum: 10 }] };
    expect(judgeFit(12, one, CONTEXT)).toBe(true);
    expect(judgeFit(3, one, CONTEXT)).toBe(false);
    expect(judgeFit('3', one, CONTEXT)).toBe(false);
    expect(judgeFit(3, { not: { type: 'string' } }, CONTEXT)).toBe(true);
    const nullable = { if: { type: 'null' }, else: { $ref: 'reg#/Name' } };
    expect(judgeFit(null, nullable, CONTEXT)).toBe(true);
    expect(judgeFit('x', nullable, CONTEXT)).toBe(false);
    expect(judgeFit('abc', { format: 'int32' }, CONTEXT)).toBe(true);
    expect(judgeFit(2 ** 40, { format: 'int32' }, CONTEXT)).toBe(false);
    // a format ajv does not know is ignored by ajv (strict off), and so here
    expect(judgeFit('anything', { format: 'phone-number' }, CONTEXT)).toBe(true);
  });

  it('leaves to ajv what it does not read: such keywords, refs outside the registry, values that are no JSON', () => {
    expect(judgeFit([1], { contains: { type: 'string' } }, CONTEXT)).toBeUndefined();
    expect(judgeFit({}, { $ref: 'elsewhere#/X' }, CONTEXT)).toBeUndefined();
    expect(judgeFit({ a: 1 }, { properties: { a: { unevaluatedProperties: false } } }, CONTEXT)).toBeUndefined();
    expect(judgeFit(new Date(), { type: 'object' }, CONTEXT)).toBeUndefined();
    expect(judgeFit([1, 'a'], { items: [{ type: 'integer' }] }, CONTEXT)).toBeUndefined();
    // one keyword that fails is enough, whatever else cannot be read
    expect(judgeFit([1], { contains: { type: 'string' }, maxItems: 0 }, CONTEXT)).toBe(false);
    // keywords ajv does not know (strict off) are ignored by both
    expect(judgeFit('x', { type: 'string', collectionFormat: 'csv', constructor: 1 }, CONTEXT)).toBe(true);
  });
});

/**
 * Values to compare on: generated data (two seeds), the contract's examples, and each generated value
 * broken in the ways a mock's answer or a client's request goes wrong (a leaf of another type, null, a
 * property removed or added, an array emptied or with its first item twice).
 */
function valuesFor(contract: LoadedContract, pointer: string, direction: 'request' | 'response'): unknown[] {
  const schema = getAtPointer(contract.document, pointer);
  const generated = ['a', 'b'].map((seed) =>
    generateValue(schema, { document: contract.document, openapi: contract.openapi, direction, seed }),
  );
  const media = getAtPointer(contract.document, pointer.replace(/\/schema$/, '')) as Record<string, unknown>;
  const examples = [
    media?.example,
    ...Object.values((media?.examples ?? {}) as Record<string, { value?: unknown }>).map((e) => e?.value),
    (schema as Record<string, unknown> | undefined)?.example,
  ].filter((v) => v !== undefined);
  return [...generated, ...examples, ...generated.flatMap((value) => broken(value).slice(0, 40))];
}

function broken(value: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (node: unknown, replace: (v: unknown) => unknown, remove: (() => unknown) | undefined) => {
    if (out.length > 60) return;
    if (Array.isArray(node)) {
      out.push(replace([]), replace([...node, ...node.slice(0, 1)]), replace('text'));
      node.slice(0, 2).forEach((item, i) => {
        visit(item, (v) => replace(node.map((x, j) => (j === i ? v : x))), undefined);
      });
    } else if (node !== null && typeof node === 'object') {
      out.push(replace({ ...node, zzExtra: 1 }), replace(7), replace(null));
      for (const [key, child] of Object.entries(node)) {
        visit(
          child,
          (v) => replace({ ...node, [key]: v }),
          () => {
            const { [key]: _gone, ...rest } = node as Record<string, unknown>;
            return replace(rest);
          },
        );
      }
    } else {
      out.push(replace(typeof node === 'string' ? 12.5 : 'text'), replace(null), replace(-1), replace(''));
      if (typeof node === 'number') out.push(replace(node + 0.5), replace(2 ** 40));
      if (typeof node === 'string') out.push(replace(`${node} `), replace('x'.repeat(300)));
    }
    if (remove) out.push(remove());
  };
  visit(value, (v) => v, undefined);
  return out;
}

/** The same contract checked twice, with judgeFit first and with ajv only: every answer must agree. */
function compareOn(contract: LoadedContract) {
  const judged = new SchemaValidator(contract);
  const compiled = new SchemaValidator(contract, { compileAlways: true });
  const components = Object.keys(
    ((contract.document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as object,
  ).map((name): [string, 'request' | 'response'] => [appendPointer('/components/schemas', name), 'response']);
  const disagreements: string[] = [];
  let compared = 0;
  let misfits = 0;
  for (const [pointer, direction] of [...schemasOf(contract), ...components]) {
    const node = getAtPointer(contract.document, pointer);
    for (const value of valuesFor(contract, pointer, direction)) {
      const expected = compiled.forPointer(pointer, direction)(value);
      const fits = compiled.fitsPointer(pointer, direction)(value);
      compared++;
      if (!fits) misfits++;
      const where = `${direction} ${pointer} ${JSON.stringify(value)?.slice(0, 120)}`;
      if (judged.fitsPointer(pointer, direction)(value) !== fits) disagreements.push(`fitsPointer ${where}`);
      if (JSON.stringify(judged.forPointer(pointer, direction)(value)) !== JSON.stringify(expected))
        disagreements.push(`forPointer ${where}`);
      if (node !== null && typeof node === 'object') {
        if (judged.fitsNode(node, direction)(value) !== compiled.fitsNode(node, direction)(value))
          disagreements.push(`fitsNode ${where}`);
      }
    }
  }
  return { disagreements, compared, misfits };
}

describe('judgeFit agrees with ajv on real contracts (generated, example and broken values)', () => {
  const contracts = [
    ...readdirSync(join(CORPUS, 'twilio'))
      .filter((f) => f.endsWith('.yaml') && !f.includes('previous'))
      .map((f) => join(CORPUS, 'twilio', f)),
    ...['users-service', 'products-service', 'orders-service'].map((n) => join(ECOMMERCE, 'contracts', `${n}.yaml`)),
    ...['3.0', '3.1'].flatMap((version) =>
      readdirSync(join(OAS_EXAMPLES, version, 'yaml'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(OAS_EXAMPLES, version, 'yaml', f)),
    ),
  ];
  const totals = { compared: 0, misfits: 0 };
  it.each(contracts.map((file) => [file.split('/').slice(-2).join('/'), file]))(
    '%s',
    { timeout: 120_000 },
    (_name, file) => {
      const { disagreements, compared, misfits } = compareOn(loadContract(file));
      expect(disagreements).toEqual([]);
      totals.compared += compared;
      totals.misfits += misfits;
    },
  );

  it('compared values that fit and values that do not (the comparison can fail)', () => {
    expect(totals.misfits).toBeGreaterThan(1000);
    expect(totals.compared - totals.misfits).toBeGreaterThan(1000);
  });
});
