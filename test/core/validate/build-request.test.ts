import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { loadScenarioSeeds } from '../../../src/core/mock/state/seed-from-scenarios.js';
import { SchemaValidator } from '../../../src/core/schema/schema-validator.js';
import { buildRequest } from '../../../src/core/validate/build-request.js';
import { toCurl } from '../../../src/core/validate/curl.js';
import { findScenarioValues } from '../../../src/core/validate/scenario-values.js';
import { ECOMMERCE, tempProject } from '../../helpers/temp-project.js';

describe('requests built from the contract', () => {
  it('fills path ids from the tutorial scenario (/api/users/user_123)', () => {
    const contract = loadContract(`${ECOMMERCE}/contracts/users-service.yaml`);
    const seeds = loadScenarioSeeds(ECOMMERCE, ['scenarios/**/*.yaml']).seeds;
    const values = findScenarioValues(contract, seeds, 'users-service');
    const operation = contract.operations[0];
    if (!operation) throw new Error('no operation');
    const request = buildRequest(contract, operation, {
      target: 'http://localhost:8081',
      pathValues: values.get(operation.pointer)?.path ?? {},
    });
    expect(request).toEqual({ method: 'GET', url: 'http://localhost:8081/api/users/user_123', headers: {} });
  });

  it('uses the scenario body for the tutorial order, and persona-like ids without scenarios', () => {
    const orders = loadContract(`${ECOMMERCE}/contracts/orders-service.yaml`);
    const seeds = loadScenarioSeeds(ECOMMERCE, ['scenarios/**/*.yaml']).seeds;
    const values = findScenarioValues(orders, seeds, 'orders-service');
    const post = orders.operations[0];
    if (!post) throw new Error('no operation');
    const request = buildRequest(orders, post, {
      target: 'http://localhost:8083',
      body: values.get(post.pointer)?.body,
    });
    expect(JSON.parse(request.body ?? '')).toEqual({
      user_id: 'user_123',
      items: [{ product_id: 'prod_456', quantity: 1 }],
    });
    expect(request.headers['content-type']).toBe('application/json');
    const products = loadContract(`${ECOMMERCE}/contracts/products-service.yaml`);
    const get = products.operations[0];
    if (!get) throw new Error('no operation');
    expect(buildRequest(products, get, { target: 'http://localhost:8082/' }).url).toBe(
      'http://localhost:8082/api/products/product_123',
    );
  });

  it('sends required query, header and cookie parameters that fit their schemas, plus --header', () => {
    const dir = tempProject({
      'api.yaml': stringify({
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        servers: [{ url: 'https://api.example.com/v2' }],
        paths: {
          '/Accounts/{AccountSid}/Calls.json': {
            post: {
              parameters: [
                {
                  name: 'AccountSid',
                  in: 'path',
                  required: true,
                  schema: { type: 'string', pattern: '^AC[0-9a-fA-F]{32}$' },
                },
                {
                  name: 'PageSize',
                  in: 'query',
                  required: true,
                  schema: { type: 'integer', minimum: 1, maximum: 1000 },
                },
                { name: 'optional', in: 'query', schema: { type: 'string' } },
                { name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string', enum: ['acme'] } },
                { name: 'session', in: 'cookie', required: true, example: 'abc' },
              ],
              requestBody: {
                content: {
                  'application/x-www-form-urlencoded': {
                    schema: {
                      type: 'object',
                      required: ['To', 'Record'],
                      properties: {
                        To: { type: 'string', format: 'phone' },
                        Record: { type: 'boolean' },
                        Sid: { type: 'string', readOnly: true },
                      },
                    },
                  },
                },
              },
              responses: { '201': { description: 'ok' } },
            },
          },
        },
      }),
    });
    const contract = loadContract(`${dir}/api.yaml`);
    const operation = contract.operations[0];
    if (!operation) throw new Error('no operation');
    const request = buildRequest(contract, operation, {
      target: 'http://127.0.0.1:4010',
      headers: { Authorization: 'Bearer t' },
    });
    expect(request.url).toMatch(
      /^http:\/\/127\.0\.0\.1:4010\/v2\/Accounts\/AC[0-9a-fA-F]{32}\/Calls\.json\?PageSize=1$/,
    );
    expect(request.headers).toEqual({
      'x-tenant': 'acme',
      cookie: 'session=abc',
      'content-type': 'application/x-www-form-urlencoded',
      authorization: 'Bearer t',
    });
    const form = new URLSearchParams(request.body);
    expect([...form.keys()]).toEqual(['To', 'Record']);
    expect(form.get('To')).toMatch(/^\+1555\d{7}$/);
    expect(form.get('Record')).toMatch(/^(true|false)$/);
    expect(toCurl(request)).toBe(
      `curl -sS -i -X POST -H 'x-tenant: acme' -H 'cookie: session=abc' -H 'content-type: application/x-www-form-urlencoded' -H 'authorization: Bearer t' --data-raw '${request.body}' '${request.url}'`,
    );
    // The same contract gives the same request (a finding's curl line reproduces it).
    expect(buildRequest(contract, operation, { target: 'http://127.0.0.1:4010', headers: {} }).body).toBe(request.body);
  });

  it("skips a contract example that breaks the contract's own schema", () => {
    const dir = tempProject({
      'api.yaml': stringify({
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: {
          '/hooks': {
            post: {
              requestBody: {
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: ['Url'],
                      properties: { Url: { type: 'string', format: 'uri' } },
                    },
                    examples: {
                      broken: { value: { Url: '' } },
                      good: { value: { Url: 'https://hooks.example.com/a' } },
                    },
                  },
                },
              },
              responses: { '201': { description: 'ok' } },
            },
          },
        },
      }),
    });
    const contract = loadContract(`${dir}/api.yaml`);
    const operation = contract.operations[0];
    if (!operation) throw new Error('no operation');
    const validator = new SchemaValidator(contract);
    const fits = {
      pointer: (pointer: string) => validator.fitsPointer(pointer, 'request'),
      node: (schema: object) => validator.fitsNode(schema, 'request'),
    };
    expect(JSON.parse(buildRequest(contract, operation, { target: 'http://127.0.0.1:1' }).body ?? '')).toEqual({
      Url: '',
    });
    expect(JSON.parse(buildRequest(contract, operation, { target: 'http://127.0.0.1:1', fits }).body ?? '')).toEqual({
      Url: 'https://hooks.example.com/a',
    });
  });

  it('never leaves the target, whatever the contract writes as a path', () => {
    const dir = tempProject({
      'api.yaml': stringify({
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        servers: [{ url: 'https://elsewhere.example/base' }],
        paths: {
          '@elsewhere.example/steal': { get: { responses: { '200': { description: 'ok' } } } },
          '//elsewhere.example/x': { get: { responses: { '200': { description: 'ok' } } } },
          '/a/{id}': {
            get: {
              parameters: [{ name: 'id', in: 'path', required: true, example: '../@x/#?' }],
              responses: { '200': { description: 'ok' } },
            },
          },
        },
      }),
    });
    const contract = loadContract(`${dir}/api.yaml`);
    expect(contract.operations).toHaveLength(3);
    for (const operation of contract.operations) {
      const url = new URL(buildRequest(contract, operation, { target: 'http://127.0.0.1:4010' }).url);
      expect(url.origin).toBe('http://127.0.0.1:4010');
      expect(url.pathname.startsWith('/base/')).toBe(true);
    }
  });
});
