import { describe, expect, it } from 'vitest';
import { lineOf } from '../../helpers/temp-project.js';
import { getJson, startProject } from './mock-helpers.js';

// The mock checks each answer it makes against the contract (x-mockforge-response-errors, the journal):
// values are read against the schema first (judgeFit) and ajv is compiled only for those that do not
// surely fit. These answers do not fit, in ways read there and in a way left to ajv: each is still caught,
// located at its line.
const CONTRACT = `openapi: 3.0.3
info: {title: Shop, version: 1.0.0}
paths:
  /items:
    get:
      responses:
        '200':
          description: an item
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
              examples:
                good: {value: {id: 1, name: Tea}}
                bad: {value: {id: one, name: Tea}}
  /impossible:
    get:
      responses:
        '200':
          description: a string no value fits
          content:
            application/json:
              schema: {type: string, minLength: 5, maxLength: 2}
  /scores:
    get:
      responses:
        '200':
          description: scores, one of them high (contains, a keyword ajv checks and judgeFit leaves to it)
          content:
            application/json:
              schema:
                type: array
                items: {type: integer}
                contains: {minimum: 90}
              examples:
                high: {value: [10, 95]}
                low: {value: [10, 20]}
components:
  schemas:
    Item:
      type: object
      required: [id, name]
      properties:
        id: {type: integer}
        name: {type: string}
`;

const CONFIG = `workspaces:
  - name: shop
    port: 3001
    contract: shop.yaml
`;

describe('the mock still catches its own answers that do not fit the contract', () => {
  it('a named example of the wrong type, a generated value no schema allows, a keyword left to ajv', async () => {
    const { url, server } = await startProject({ 'mockforge.yaml': CONFIG, 'shop.yaml': CONTRACT });
    const flagged = async (path: string, example?: string) => {
      const reply = await getJson(`${url.shop}${path}`, example ? { headers: { prefer: `example=${example}` } } : {});
      expect(reply.status).toBe(200);
      return {
        count: reply.headers.get('x-mockforge-response-errors'),
        errors: server.context.journal.list().at(-1)?.responseErrors ?? [],
      };
    };

    expect(await flagged('/items', 'good')).toEqual({ count: null, errors: [] });
    expect(await flagged('/items', 'bad')).toEqual({
      count: '1',
      errors: [`/id must be integer (shop.yaml:${lineOf(CONTRACT, 'id: {type: integer}')})`],
    });

    const impossible = await flagged('/impossible');
    expect(impossible.count).toBe('1');
    expect(impossible.errors[0]).toMatch(
      new RegExp(`^/ must NOT have .* characters \\(shop.yaml:${lineOf(CONTRACT, 'minLength: 5')}\\)$`),
    );

    expect(await flagged('/scores', 'high')).toEqual({ count: null, errors: [] });
    const low = await flagged('/scores', 'low');
    expect(low.count).not.toBeNull();
    expect(low.errors.join('\n')).toContain(`shop.yaml:${lineOf(CONTRACT, 'contains: {minimum: 90}')}`);
  });
});
