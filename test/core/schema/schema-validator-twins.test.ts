// Small ref-free schemas that are the same JSON (Twilio's 800 `{type: string}` response headers) compile
// once; each place still reports its own line.
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { SchemaValidator } from '../../../src/core/schema/schema-validator.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';

const text = `openapi: 3.0.3
info: {title: Twins, version: 1.0.0}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          headers:
            X-First:
              schema:
                type: integer
                minimum: 1
  /b:
    get:
      responses:
        '200':
          description: ok
          headers:
            X-Second:
              schema:
                type: integer
                minimum: 1
`;

describe('SchemaValidator with twin schemas', () => {
  it('shares the compiled schema and locates each issue at its own keyword line', () => {
    const dir = tempProject({ 'twins.yaml': text });
    const contract = loadContract(`${dir}/twins.yaml`);
    const validator = new SchemaValidator(contract, { coerceTypes: true });
    const at = (path: string, name: string) => `/paths/${path}/get/responses/200/headers/${name}/schema`;
    const first = validator.forPointer(at('~1a', 'X-First'), 'response');
    const second = validator.forPointer(at('~1b', 'X-Second'), 'response');
    expect(first('0').map((i) => [i.keyword, i.location.line])).toEqual([['minimum', lineOf(text, 'minimum: 1')]]);
    const secondIssues = second('0');
    expect(secondIssues.map((i) => [i.keyword, i.schemaPointer, i.location.line])).toEqual([
      ['minimum', `${at('~1b', 'X-Second')}/minimum`, lineOf(text, 'minimum: 1', lineOf(text, 'X-Second'))],
    ]);
    expect(second('x').map((i) => i.location.line)).toEqual([lineOf(text, 'type: integer', lineOf(text, 'X-Second'))]);
    expect(validator.fitsPointer(at('~1b', 'X-Second'), 'response')('5')).toBe(true);
  });
});
