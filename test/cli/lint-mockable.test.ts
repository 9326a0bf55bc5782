// `mockforge lint` reports first what `mockforge serve` would stumble on (issue 18 §10), each at its line:
// patterns of other regex dialects, patterns nothing can be generated for, schemas no generated body fits;
// and a contract that used to crash serve and lint (a `%` in a path key, issue 12 §2) lints cleanly.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOf, tempProject } from '../helpers/temp-project.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

const CONTRACT = `openapi: 3.1.0
info: {title: patterns, version: '1'}
paths:
  /rate/100%:
    get:
      parameters:
        - name: slug
          in: query
          schema:
            type: string
            pattern: '^[a-zA-Z0-9\\_\\-]+$'
        - name: extended
          in: query
          schema: {type: string, pattern: '(?x) a b'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [code, either]
                properties:
                  code: {type: string, pattern: '^(?=.*[0-9])[a-z]+$'}
                  breakerType: {type: integer, enum: ['0', '1']}
                  label: {type: string, minLength: 3, maxLength: 32, pattern: '^[a-z]((?!--|..)[a-z-])+$'}
                  stream:
                    type: object
                    additionalProperties: false
                    required: [json_schema]
                    properties:
                      jsonSchema: {type: object}
                  either:
                    oneOf:
                      - {type: object}
                      - {type: object, properties: {a: {type: string}}}
`;

describe('mockforge lint: what the mock would stumble on', () => {
  it('warns at the lines of foreign patterns, ungeneratable patterns and unsatisfiable schemas', () => {
    const dir = tempProject({ 'api.yaml': CONTRACT });
    const result = run(['lint', '--contract', 'api.yaml'], dir);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain(
      `api.yaml:${lineOf(CONTRACT, "pattern: '^[a-zA-Z0-9")}: warning: pattern '^[a-zA-Z0-9\\_\\-]+$' is not ECMA-262 (Invalid escape); read as /^[a-zA-Z0-9_\\-]+$/u [MF_LINT_PATTERN]`,
    );
    expect(lines).toContain(
      `api.yaml:${lineOf(CONTRACT, '(?x) a b')}: warning: pattern '(?x) a b' is not a regular expression JavaScript can read (Invalid group); not checked [MF_LINT_PATTERN]`,
    );
    expect(
      lines.some((l) =>
        l.startsWith(`api.yaml:${lineOf(CONTRACT, '^(?=.*[0-9])')}: warning: no string could be generated`),
      ),
    ).toBe(true);
    expect(lines).toContain(
      `api.yaml:${lineOf(CONTRACT, 'breakerType:')}: warning: no value of enum ["0","1"] is of type "integer": the schema admits no value (the mock leaves the property out where it may, else sends one it lists) [MF_LINT_UNSATISFIABLE]`,
    );
    // Airbyte's AirbyteStream (APIs.guru airbyte.local): it requires a property its closed object forbids.
    expect(lines).toContain(
      `api.yaml:${lineOf(CONTRACT, 'required: [json_schema]')}: warning: 'json_schema' is required but not among the properties, and additionalProperties is false: the schema admits no object [MF_LINT_UNSATISFIABLE]`,
    );
    // Linode's labels: the unescaped '..' leaves room for two characters only, under minLength 3.
    expect(lines).toContain(
      `api.yaml:${lineOf(CONTRACT, 'label:')}: warning: no string could be generated for pattern '^[a-z]((?!--|..)[a-z-])+$' of length 3 to 32; the mock's values may not fit it [MF_LINT_PATTERN]`,
    );
    const unsatisfiable = lines.filter((l) => l.includes('[MF_LINT_UNSATISFIABLE]'));
    expect(unsatisfiable.length).toBeGreaterThan(0);
    expect(
      unsatisfiable.some((l) =>
        /GET \/rate\/100% 200 application\/json: no generated body fits '(oneOf|pattern)'/.test(l),
      ),
    ).toBe(true);
  });
});
