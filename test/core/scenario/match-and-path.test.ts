// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${name} is the scenario placeholder syntax, not a template
import { describe, expect, it } from 'vitest';
import { evaluateJsonPath, parseJsonPath } from '../../../src/core/scenario/json-path.js';
import { matchBody } from '../../../src/core/scenario/match-body.js';
import { substitute } from '../../../src/core/scenario/variables.js';

describe('evaluateJsonPath', () => {
  const body = { id: 'o1', items: [{ sku: 'a' }, { sku: 'b' }], 'odd key': { 'x.y': 1 }, zero: 0 };
  it.each([
    ['$', body],
    ['$.id', 'o1'],
    ['$.items[1].sku', 'b'],
    ['$.items[-1].sku', 'b'],
    ["$['odd key']['x.y']", 1],
    ['$.zero', 0],
  ])('%s', (path, value) => {
    expect(evaluateJsonPath(body, path)).toEqual({ found: true, value });
  });
  it.each(['$.nope', '$.items[2]', '$.id.length', '$.items.sku', 'id', '$..id', '$.items[*]'])(
    '%s finds nothing',
    (path) => {
      expect(evaluateJsonPath(body, path)).toEqual({ found: false });
    },
  );
  it('does not follow inherited properties', () => {
    expect(evaluateJsonPath({}, '$.constructor')).toEqual({ found: false });
    expect(parseJsonPath('$.__proto__')).toEqual(['__proto__']);
    expect(evaluateJsonPath({}, '$.__proto__')).toEqual({ found: false });
  });
});

describe('matchBody', () => {
  it('subset: extra fields are fine, arrays match element-wise and by length', () => {
    expect(matchBody({ a: 1, b: [{ c: 2 }] }, { a: 1, z: 9, b: [{ c: 2, d: 3 }] }, 'subset')).toEqual([]);
    expect(matchBody({ b: [{ c: 2 }] }, { b: [{ c: 3 }, { c: 4 }] }, 'subset')).toEqual([
      { path: '/b', kind: 'length', expected: 1, actual: 2 },
      { path: '/b/0/c', kind: 'different', expected: 2, actual: 3 },
    ]);
    expect(matchBody({ a: null }, {}, 'subset')).toEqual([{ path: '/a', kind: 'missing', expected: null }]);
    expect(matchBody({ 'a/b': 1 }, { 'a/b': 2 }, 'subset')[0]?.path).toBe('/a~1b');
  });
  it('exact: unexpected fields are mismatches; types are never coerced', () => {
    expect(matchBody({ a: 1 }, { a: 1, b: 2 }, 'exact')).toEqual([{ path: '/b', kind: 'unexpected', actual: 2 }]);
    expect(matchBody({ a: '1' }, { a: 1 }, 'exact')).toEqual([
      { path: '/a', kind: 'different', expected: '1', actual: 1 },
    ]);
    expect(matchBody([1], { 0: 1 }, 'subset')[0]?.kind).toBe('different');
  });
});

describe('substitute', () => {
  const variables = {
    captured: new Map<string, unknown>([
      ['n', 2],
      ['id', 'o1'],
    ]),
    env: { T: 'tok' },
  };
  it('keeps the type of a whole-string placeholder and interpolates inside text', () => {
    expect(
      substitute({ q: '${n}', path: '/o/${id}?n=${n}', auth: 'Bearer ${env.T}', list: ['${id}'] }, variables),
    ).toEqual({
      q: 2,
      path: '/o/o1?n=2',
      auth: 'Bearer tok',
      list: ['o1'],
    });
  });
  it('names what is missing', () => {
    expect(() => substitute('${nope}', variables)).toThrow('${nope} is not defined (capture it in an earlier step)');
    expect(() => substitute('x ${env.NOPE}', variables)).toThrow('environment variable NOPE is not set');
  });
});
