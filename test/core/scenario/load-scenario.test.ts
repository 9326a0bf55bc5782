// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${name} is the scenario placeholder syntax, not a template
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMockforgeError } from '../../../src/core/errors.js';
import { loadScenario, parseScenario } from '../../../src/core/scenario/load-scenario.js';
import { statusMatches } from '../../../src/core/scenario/status-expectation.js';
import { ECOMMERCE, lineOf } from '../../helpers/temp-project.js';

const TUTORIAL = join(ECOMMERCE, 'scenarios', 'cross-service-purchase.yaml');

function errorOf(text: string) {
  try {
    parseScenario(text, '/x/s.yaml');
  } catch (error) {
    if (isMockforgeError(error)) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('loadScenario', () => {
  it("reads the tutorial's scenario with each step's line", () => {
    const text = readFileSync(TUTORIAL, 'utf8');
    const scenario = loadScenario(TUTORIAL);
    expect(scenario.name).toBe('Cross-Service Purchase Flow');
    expect(scenario.steps.map((s) => [s.service, s.request.method, s.request.path])).toEqual([
      ['users-service', 'GET', '/api/users/user_123'],
      ['products-service', 'GET', '/api/products/prod_456'],
      ['orders-service', 'POST', '/api/orders'],
    ]);
    expect(scenario.steps.map((s) => s.location.line)).toEqual([
      lineOf(text, 'Get User'),
      lineOf(text, 'Get Product'),
      lineOf(text, 'Create Order'),
    ]);
    expect(scenario.locate('/steps/2/response/body/total').line).toBe(lineOf(text, 'total: 999.99'));
    expect(scenario.steps[2]?.match).toBe('subset');
    expect(scenario.steps[2]?.request.body).toEqual({
      user_id: 'user_123',
      items: [{ product_id: 'prod_456', quantity: 1 }],
    });
  });

  it('reads the extensions: captures, match, status lists and ranges, timeouts', () => {
    const scenario = parseScenario(
      [
        'name: ext',
        'timeout: 2s',
        'steps:',
        '  - name: a',
        '    service: s',
        '    request: { method: post, path: /a }',
        '    response: { status: [200, "3xx"] }',
        '    capture: { id: $.id }',
        '    match: exact',
        '    timeout: 250ms',
        '  - name: b',
        '    service: s',
        '    request: { path: "/a/${id}" }',
        '    response: { status: "200-204, 404" }',
      ].join('\n'),
      '/x/s.yaml',
    );
    const [a, b] = scenario.steps;
    expect(a?.request.method).toBe('POST');
    expect(a?.capture).toEqual({ id: '$.id' });
    expect(a?.match).toBe('exact');
    expect(a?.timeoutMs).toBe(250);
    expect(b?.timeoutMs).toBe(2000);
    expect(b?.request.method).toBe('GET');
    expect([200, 301, 399, 201].map((s) => statusMatches(a!.response.status, s))).toEqual([true, true, true, false]);
    expect([200, 204, 205, 404].map((s) => statusMatches(b!.response.status, s))).toEqual([true, true, false, true]);
  });

  it('takes the caller default timeout where neither step nor file sets one', () => {
    const text = 'name: t\nsteps:\n  - name: a\n    service: s\n    request: { path: /a }\n';
    expect(parseScenario(text, '/x/t.yaml').steps[0]?.timeoutMs).toBe(10_000);
    expect(parseScenario(text, '/x/t.yaml', { defaultTimeoutMs: 1500 }).steps[0]?.timeoutMs).toBe(1500);
    expect(parseScenario(`timeout: 3s\n${text}`, '/x/t.yaml', { defaultTimeoutMs: 1500 }).steps[0]?.timeoutMs).toBe(
      3000,
    );
  });

  it('reports a misspelt key at its line with a suggestion', () => {
    const error = errorOf('name: x\nsteps:\n  - name: a\n    service: s\n    request: { path: /a }\n    respone: {}\n');
    expect(error.code).toBe('MF_SCENARIO_INVALID');
    expect(error.location?.line).toBe(6);
    expect(error.message).toContain("did you mean 'response'");
  });

  it('reports a missing service, a bad status and a bad capture at their lines', () => {
    const error = errorOf(
      'name: x\nsteps:\n  - name: a\n    request: { path: /a }\n    response: { status: 999 }\n    capture: { id: id }\n',
    );
    expect(error.location?.line).toBe(3);
    expect(error.message).toContain("missing the required key 'service'");
    expect(error.message).toMatch(/:5:\d+: steps\[0\]\.response\.status/);
    expect(error.message).toMatch(/:6:\d+: steps\[0\]\.capture\.id .*JSONPath/);
  });

  it('reports invalid YAML as a syntax error at its line', () => {
    const error = errorOf('name: x\nsteps:\n  - name: [a\n    service: s\n');
    expect(error.code).toBe('MF_SOURCE_SYNTAX');
    expect(error.location?.line).toBeGreaterThanOrEqual(3);
  });
});
