// Large self-contained contracts reach oasdiff as JSON (it reads JSON about twice as fast as YAML); the JSON
// must say exactly what the YAML says, else the file goes as written. element-lines.test.ts checks that the
// lines found without oasdiff's own are the same ones.
import { describe, expect, it } from 'vitest';
import { contractAsJson } from '../../../src/core/diff/contract-as-json.js';

const CONTRACT = `openapi: 3.0.3
info: {title: t, version: '1.0.0'}
paths:
  /items:
    get:
      parameters:
        - {name: since, in: query, schema: {type: string, example: 2024-01-01}}
      responses:
        200:
          description: ok
          content:
            application/json:
              schema: {type: integer, maximum: 1000, minimum: -0.5}
`;

function convert(text: string): unknown {
  const json = contractAsJson(text, 'api.yaml');
  return json === undefined ? undefined : JSON.parse(json);
}

describe('contractAsJson', () => {
  it('writes the YAML 1.2 value: dates stay strings, numeric keys become the keys oasdiff reads', () => {
    const json = convert(CONTRACT) as { paths: Record<string, { get: Record<string, unknown> }> };
    const get = json.paths['/items']?.get as { parameters: Array<{ schema: unknown }>; responses: object };
    expect(get.parameters[0]?.schema).toEqual({ type: 'string', example: '2024-01-01' });
    expect(Object.keys(get.responses)).toEqual(['200']);
  });

  it.each([
    ['a merge key', `${CONTRACT}components:\n  schemas:\n    A: &a {type: object}\n    B:\n      <<: *a\n`],
    ['an integer JavaScript cannot hold', CONTRACT.replace('maximum: 1000', 'maximum: 9007199254740993')],
    ['an infinity JSON cannot hold', CONTRACT.replace('maximum: 1000', 'maximum: .inf')],
    ['text the parser refuses', `${CONTRACT}  bad: [unclosed\n`],
  ])('leaves the file as written on %s', (_name, text) => {
    expect(convert(text)).toBeUndefined();
  });
});
