import { describe, expect, it } from 'vitest';
import { compileValue, type ExpressionProblem, evaluateValue } from '../../../src/core/arazzo/compiled-value.js';
import {
  type EvaluationContext,
  evaluateExpression,
  UnresolvedExpressionError,
} from '../../../src/core/arazzo/evaluate-expression.js';
import {
  ExpressionSyntaxError,
  parseRuntimeExpression,
  parseTemplate,
} from '../../../src/core/arazzo/runtime-expression.js';
import { evaluateCondition, parseCondition } from '../../../src/core/arazzo/simple-condition.js';

function context(extra: Partial<EvaluationContext> = {}): EvaluationContext {
  return {
    workflow: {
      workflowId: 'w',
      stepIds: ['login', 'get-pet', 'a.b'],
      inputs: { username: 'alice', customer: { firstName: 'Alice', tags: ['x', 'y'] }, 'my.dotted': 1 },
      declaredInputs: ['username', 'customer', 'my.dotted', 'missing'],
      steps: new Map([['login', { outputs: { token: 'T1', pets: [{ id: 7 }], 'rate.limit': 10 } }]]),
    },
    workflows: new Map(),
    components: { parameters: { page: { name: 'page', in: 'query', value: 1 } } },
    sourceUrls: new Map([['petstore', './petstore.yaml']]),
    exchange: {
      url: 'http://h/pets/7?x=1',
      method: 'GET',
      request: {
        headers: { Accept: 'application/json' },
        query: { x: '1' },
        path: { id: '7' },
        body: { user: { uuid: 'u1' } },
      },
      statusCode: 200,
      response: {
        headers: { 'x-rate-limit': '42', location: '/pets/7' },
        body: { status: 'available', items: [{ id: 'a' }, { id: 'b' }], 'a/b': 1, nothing: null },
      },
    },
    ...extra,
  };
}

const evaluate = (text: string, ctx = context()) => evaluateExpression(parseRuntimeExpression(text), ctx);

describe('runtime expressions (Arazzo 1.0.1 ABNF)', () => {
  it('parses every form of the ABNF and evaluates it, keeping the type', () => {
    expect(evaluate('$url')).toBe('http://h/pets/7?x=1');
    expect(evaluate('$method')).toBe('GET');
    expect(evaluate('$statusCode')).toBe(200);
    expect(evaluate('$request.header.accept')).toBe('application/json'); // header names are case-insensitive
    expect(evaluate('$request.query.x')).toBe('1');
    expect(evaluate('$request.path.id')).toBe('7');
    expect(evaluate('$request.body#/user/uuid')).toBe('u1');
    expect(evaluate('$response.header.X-Rate-Limit')).toBe('42');
    expect(evaluate('$response.body')).toMatchObject({ status: 'available' });
    expect(evaluate('$response.body#/items/1/id')).toBe('b');
    expect(evaluate('$response.body#/a~1b')).toBe(1);
    expect(evaluate('$response.body#/nothing')).toBeNull();
    expect(evaluate('$inputs.username')).toBe('alice');
    expect(evaluate('$inputs.customer#/firstName')).toBe('Alice');
    expect(evaluate('$inputs.customer.tags')).toEqual(['x', 'y']);
    expect(evaluate('$inputs.my.dotted')).toBe(1); // the longest defined name wins
    expect(evaluate('$steps.login.outputs.token')).toBe('T1');
    expect(evaluate('$steps.login.outputs.pets#/0/id')).toBe(7);
    expect(evaluate('$steps.login.outputs.rate.limit')).toBe(10);
    expect(evaluate('$sourceDescriptions.petstore.url')).toBe('./petstore.yaml');
    expect(evaluate('$components.parameters.page')).toEqual({ name: 'page', in: 'query', value: 1 });
    expect(evaluate('$outputs.x', context({ outputs: { x: [1] } }))).toEqual([1]);
  });

  it('refuses what the ABNF does not produce, saying where and what was meant', () => {
    const bad = (text: string) => {
      try {
        parseRuntimeExpression(text);
      } catch (error) {
        expect(error).toBeInstanceOf(ExpressionSyntaxError);
        return (error as Error).message;
      }
      throw new Error(`${text} parsed`);
    };
    expect(bad('$input.username')).toMatch(/unknown runtime expression '\$input'; did you mean '\$inputs'\?/);
    expect(bad('$statusCode.x')).toMatch(/takes nothing after it/);
    expect(bad('$response.bodyx')).toMatch(/not a response source/);
    expect(bad('$response.body#id')).toMatch(/starts with '\/'/);
    expect(bad('$response.body#/a~2')).toMatch(/'~0' or '~1'/);
    expect(bad('$request.header.')).toMatch(/needs a header name/);
    expect(bad('$request.header.a b')).toMatch(/needs a header name/);
    expect(bad('$steps')).toMatch(/needs a name after it/);
    expect(bad('$inputs.café')).toMatch(/7-bit ASCII/);
    expect(() => parseTemplate('id={$inputs.x')).toThrow(/without a closing/);
  });

  it('names what an expression could not reach', () => {
    const unresolved = (text: string, ctx = context()) => {
      try {
        evaluate(text, ctx);
      } catch (error) {
        expect(error).toBeInstanceOf(UnresolvedExpressionError);
        return (error as Error).message;
      }
      throw new Error(`${text} resolved`);
    };
    expect(unresolved('$inputs.missing')).toMatch(
      /input 'missing' was not given \(--input missing=.*MOCKFORGE_INPUT_MISSING\)/,
    );
    expect(unresolved('$inputs.nope')).toMatch(/no input 'nope' \(there are: username, customer, my.dotted\)/);
    expect(unresolved('$steps.get-pet.outputs.x')).toMatch(/step get-pet has not run/);
    expect(unresolved('$steps.nope.outputs.x')).toMatch(/no step 'nope' in workflow w/);
    expect(unresolved('$steps.login.token')).toMatch(/expected \$steps.login.outputs.<name>/);
    expect(unresolved('$response.body#/items/5')).toMatch(/reaches no value/);
    expect(unresolved('$response.header.Retry-After')).toMatch(/no header 'Retry-After'/);
    const { exchange: _none, ...noExchange } = context();
    expect(unresolved('$statusCode', noExchange)).toMatch(/no request here/);
  });

  it('compiles values: a lone expression keeps its type, {$...} embeds text, $5 stays text', () => {
    const problems: ExpressionProblem[] = [];
    const value = compileValue(
      {
        id: '$steps.login.outputs.pets#/0/id',
        auth: 'Bearer {$steps.login.outputs.token}',
        whole: '{$inputs.customer}',
        price: '$5',
        n: 3,
      },
      '/payload',
      problems,
    );
    expect(problems).toEqual([]);
    expect(evaluateValue(value, context())).toEqual({
      id: 7,
      auth: 'Bearer T1',
      whole: { firstName: 'Alice', tags: ['x', 'y'] },
      price: '$5',
      n: 3,
    });
    compileValue({ a: ['$inputz.x'] }, '/payload', problems);
    expect(problems).toEqual([{ pointer: '/payload/a/0', message: expect.stringMatching(/did you mean '\$inputs'/) }]);
  });
});

describe('simple conditions', () => {
  const holds = (text: string, ctx = context()) => evaluateCondition(parseCondition(text), ctx);

  it('compares loosely, strings case-insensitively (the specification says MUST)', () => {
    expect(holds('$statusCode == 200')).toBe(true);
    expect(holds("$statusCode == '200'")).toBe(true);
    expect(holds('$statusCode != 404 && $statusCode < 300')).toBe(true);
    expect(holds("$response.body#/status == 'AVAILABLE'")).toBe(true);
    expect(holds("$response.body#/status == 'it''s'")).toBe(false);
    expect(holds('$response.body#/nothing == null')).toBe(true);
    expect(holds('$statusCode == 201 || $statusCode == 200')).toBe(true);
    expect(holds('!($statusCode >= 400)')).toBe(true);
    expect(holds('$response.body#/items[1]')).toEqual({ id: 'b' });
    expect(holds("$response.body#/items[0]['id'] == 'A'")).toBe(true);
    expect(holds('{$statusCode == 200}')).toBe(true); // the specification's own JSON example
    expect(holds('$statusCode==200')).toBe(true);
  });

  it('refuses a condition that does not parse, at the character', () => {
    expect(() => parseCondition('$statusCode = 200')).toThrow(/unexpected '= 200'/);
    expect(() => parseCondition('$statusCode == ok')).toThrow(/strings need single quotes/);
    expect(() => parseCondition("$statusCode == 'open")).toThrow(/not closed/);
    expect(() => parseCondition('($statusCode == 200')).toThrow(/expected '\)'/);
    expect(() => parseCondition('$statuscode == 200')).toThrow(/did you mean '\$statusCode'/);
  });

  it('a value that is not there makes the condition unresolved, not false', () => {
    expect(() => holds('$response.body#/missing == null')).toThrow(UnresolvedExpressionError);
  });
});
