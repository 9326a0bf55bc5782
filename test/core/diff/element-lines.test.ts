import { describe, expect, it } from 'vitest';
import type { ContractChange } from '../../../src/core/diff/types.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';
import { diffIn } from './git-repo.js';

/**
 * One case per kind of element oasdiff names: the head line must be the element (or, when it was removed,
 * the part of its operation it left: the enum, `properties:`, `parameters:`, `responses:`, `headers:`,
 * `content:`), and the base line its old place. Each case runs twice: small files (bundled, then written
 * as line-mapped YAML for oasdiff) and the same files padded over 256 KiB (given to oasdiff as written and
 * mapped from their own line index), the two ways a contract reaches oasdiff.
 */
interface Case {
  kind: string;
  id: string;
  /** Text oasdiff writes for the change (a part of it), to pick it among others. */
  text?: string;
  base: string;
  head: string;
  /** The head line: a needle, searched from after an optional `from` needle. */
  headAt: [needle: string, from?: string];
  baseAt?: [needle: string, from?: string];
}

const HEADER = "openapi: 3.0.3\ninfo: {title: t, version: '1.0.0'}\n";

const CASES: Case[] = [
  {
    kind: 'property removed from a response',
    id: 'response-optional-property-removed',
    base: `${HEADER}paths:
  /users:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  id: {type: string}
                  email: {type: string}
`,
    head: `${HEADER}paths:
  /users:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  id: {type: string}
`,
    headAt: ['properties:'],
    baseAt: ['email:'],
  },
  {
    kind: 'property of a shared schema, reached through $ref: the property, not the definition',
    id: 'response-property-type-changed',
    base: `${HEADER}paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
components:
  schemas:
    Owner:
      type: object
      properties:
        name: {type: string}
    Pet:
      type: object
      properties:
        owner:
          $ref: '#/components/schemas/Owner'
`,
    head: `${HEADER}paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
components:
  schemas:
    Owner:
      type: object
      properties:
        name: {type: string}
    Pet:
      type: object
      properties:
        owner:
          type: string
`,
    // In the head the line that changed inside the property (its new `type:`); in the base the property.
    headAt: ['type: string', 'owner:'],
    baseAt: ['owner:'],
  },
  {
    kind: 'enum value removed from a request property whose $ref became an inline string',
    id: 'request-property-enum-value-removed',
    text: '`b`',
    base: `${HEADER}paths:
  /triggers:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                Category:
                  $ref: '#/components/schemas/category'
      responses:
        '201': {description: ok}
components:
  schemas:
    category:
      type: string
      enum:
      - a
      - b
`,
    head: `${HEADER}paths:
  /triggers:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                Category:
                  type: string
                  description: any category
      responses:
        '201': {description: ok}
components:
  schemas:
    category:
      type: string
      enum:
      - a
      - b
`,
    headAt: ['Category:'],
    baseAt: ['- b'],
  },
  {
    kind: 'enum value removed from a query parameter',
    id: 'request-parameter-enum-value-removed',
    base: `${HEADER}paths:
  /items:
    get:
      parameters:
      - name: sort
        in: query
        schema:
          type: string
          enum:
          - asc
          - desc
      responses:
        '200': {description: ok}
`,
    head: `${HEADER}paths:
  /items:
    get:
      parameters:
      - name: sort
        in: query
        schema:
          type: string
          enum:
          - asc
      responses:
        '200': {description: ok}
`,
    headAt: ['enum:'],
    baseAt: ['- desc'],
  },
  {
    kind: 'enum value removed under a path holding `%` and `~`',
    id: 'request-parameter-enum-value-removed',
    base: `${HEADER}paths:
  /rate/100%/a~b:
    get:
      parameters:
      - name: sort
        in: query
        schema: {$ref: '#/components/schemas/Sort%25Order'}
      responses:
        '200': {description: ok}
components:
  schemas:
    Sort%Order:
      type: string
      enum:
      - asc
      - desc
`,
    head: `${HEADER}paths:
  /rate/100%/a~b:
    get:
      parameters:
      - name: sort
        in: query
        schema: {$ref: '#/components/schemas/Sort%25Order'}
      responses:
        '200': {description: ok}
components:
  schemas:
    Sort%Order:
      type: string
      enum:
      - asc
`,
    headAt: ['enum:'],
    baseAt: ['- desc'],
  },
  {
    kind: 'parameter removed while another moved into its index (matched by name and in)',
    id: 'request-parameter-removed',
    base: `${HEADER}paths:
  /items:
    get:
      parameters:
      - {name: limit, in: query, schema: {type: integer}}
      - {name: page, in: query, schema: {type: integer}}
      responses:
        '200': {description: ok}
`,
    head: `${HEADER}paths:
  /items:
    get:
      parameters:
      - {name: page, in: query, schema: {type: integer}}
      responses:
        '200': {description: ok}
`,
    headAt: ['parameters:'],
    baseAt: ['name: limit'],
  },
  {
    kind: 'parameter with a same-named one in another place (in: header vs query)',
    id: 'request-parameter-became-required',
    base: `${HEADER}paths:
  /items:
    get:
      parameters:
      - {name: trace, in: header, schema: {type: string}}
      - {name: trace, in: query, schema: {type: string}}
      responses:
        '200': {description: ok}
`,
    head: `${HEADER}paths:
  /items:
    get:
      parameters:
      - {name: trace, in: header, schema: {type: string}}
      - {name: trace, in: query, required: true, schema: {type: string}}
      responses:
        '200': {description: ok}
`,
    headAt: ['in: query'],
    baseAt: ['in: query'],
  },
  {
    kind: "parameter's schema type changed (block YAML)",
    id: 'request-parameter-type-changed',
    base: `${HEADER}paths:
  /items:
    get:
      parameters:
      - name: limit
        in: query
        schema:
          type: string
      responses:
        '200': {description: ok}
`,
    head: `${HEADER}paths:
  /items:
    get:
      parameters:
      - name: limit
        in: query
        schema:
          type: integer
      responses:
        '200': {description: ok}
`,
    // The keyword that changed, on both sides (where oasdiff names it when it reads YAML).
    headAt: ['type: integer'],
    baseAt: ['type: string'],
  },
  {
    kind: "parameter's schema maximum lowered",
    id: 'request-parameter-max-decreased',
    base: `${HEADER}paths:
  /items:
    get:
      parameters:
      - name: limit
        in: query
        schema:
          type: integer
          maximum: 100
      responses:
        '200': {description: ok}
`,
    head: `${HEADER}paths:
  /items:
    get:
      parameters:
      - name: limit
        in: query
        schema:
          type: integer
          maximum: 50
      responses:
        '200': {description: ok}
`,
    headAt: ['maximum: 50'],
    baseAt: ['maximum: 100'],
  },
  {
    kind: "request property's maxLength lowered",
    id: 'request-property-max-length-decreased',
    base: `${HEADER}paths:
  /items:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name:
                  type: string
                  maxLength: 100
      responses:
        '200': {description: ok}
`,
    head: `${HEADER}paths:
  /items:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name:
                  type: string
                  maxLength: 50
      responses:
        '200': {description: ok}
`,
    headAt: ['maxLength: 50'],
    baseAt: ['maxLength: 100'],
  },
  {
    kind: 'success response with a body in two media types removed (besides another)',
    id: 'response-success-status-removed',
    base: `${HEADER}paths:
  /orders:
    post:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object}
            application/xml:
              schema: {type: object}
        '201':
          description: created
          content:
            application/json:
              schema: {type: object}
`,
    head: `${HEADER}paths:
  /orders:
    post:
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: {type: object}
`,
    // The response itself in the base, not its media type (oasdiff's line is inside it).
    headAt: ['responses:'],
    baseAt: ["'200':"],
  },
  {
    kind: 'success response removed',
    id: 'response-success-status-removed',
    base: `${HEADER}paths:
  /orders:
    post:
      responses:
        '200': {description: ok}
        '201': {description: created}
`,
    head: `${HEADER}paths:
  /orders:
    post:
      responses:
        '200': {description: ok}
`,
    headAt: ['responses:'],
    baseAt: ["'201':"],
  },
  {
    kind: 'response header removed',
    id: 'required-response-header-removed',
    base: `${HEADER}paths:
  /orders:
    get:
      responses:
        '200':
          description: ok
          headers:
            X-Rate:
              required: true
              schema: {type: integer}
            X-Trace:
              required: true
              schema: {type: string}
`,
    head: `${HEADER}paths:
  /orders:
    get:
      responses:
        '200':
          description: ok
          headers:
            X-Rate:
              required: true
              schema: {type: integer}
`,
    headAt: ['headers:'],
    baseAt: ['X-Trace:'],
  },
  {
    kind: 'response media type removed',
    id: 'response-media-type-removed',
    base: `${HEADER}paths:
  /orders:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object}
            application/xml:
              schema: {type: object}
`,
    head: `${HEADER}paths:
  /orders:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object}
`,
    headAt: ['content:'],
    baseAt: ['application/xml:'],
  },
  {
    kind: 'a new oneOf wrapper around a property: the wrapper, not a property inside it',
    id: 'response-property-one-of-added',
    base: `${HEADER}paths:
  /calls:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  call:
                    type: object
                    properties:
                      sid: {type: string}
`,
    head: `${HEADER}paths:
  /calls:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  call:
                    oneOf:
                    - type: object
                      properties:
                        sid: {type: string}
                    - type: string
`,
    // oasdiff names both members at once (`subschema #1, subschema #2`): the list.
    headAt: ['oneOf:'],
  },
  {
    kind: 'new required request property',
    id: 'new-required-request-property',
    base: `${HEADER}paths:
  /users:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string}
      responses:
        '201': {description: ok}
`,
    head: `${HEADER}paths:
  /users:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [email]
              properties:
                name: {type: string}
                email: {type: string}
      responses:
        '201': {description: ok}
`,
    headAt: ['email: {type: string}'],
  },
  {
    kind: 'request body removed: the operation in the head, `requestBody:` in the base',
    id: 'request-body-removed',
    base: `${HEADER}paths:
  /users:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses:
        '201': {description: ok}
`,
    head: `${HEADER}paths:
  /users:
    post:
      responses:
        '201': {description: ok}
`,
    headAt: ['post:'],
    baseAt: ['requestBody:'],
  },
  {
    kind: 'request media type removed',
    id: 'request-body-media-type-removed',
    base: `${HEADER}paths:
  /users:
    post:
      requestBody:
        content:
          application/xml:
            schema: {type: object}
          application/json:
            schema: {type: object}
      responses:
        '201': {description: ok}
`,
    head: `${HEADER}paths:
  /users:
    post:
      requestBody:
        content:
          application/xml:
            schema: {type: object}
      responses:
        '201': {description: ok}
`,
    headAt: ['content:'],
    baseAt: ['application/json:'],
  },
  {
    kind: 'response body change with no status in the text (3.1 type list)',
    id: 'response-body-became-nullable',
    base: `openapi: 3.1.0
info: {title: t, version: '1.0.0'}
paths:
  /users:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
`,
    head: `openapi: 3.1.0
info: {title: t, version: '1.0.0'}
paths:
  /users:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: [object, 'null']
`,
    headAt: ['schema:'],
    baseAt: ['schema:'],
  },
  {
    kind: 'dependent schema added to a request property (3.1)',
    id: 'request-property-dependent-schema-added',
    base: `openapi: 3.1.0
info: {title: t, version: '1.0.0'}
paths:
  /users:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                details:
                  type: object
                  properties:
                    name: {type: string}
      responses:
        '201': {description: ok}
`,
    head: `openapi: 3.1.0
info: {title: t, version: '1.0.0'}
paths:
  /users:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                details:
                  type: object
                  properties:
                    name: {type: string}
                  dependentSchemas:
                    name:
                      required: [email]
      responses:
        '201': {description: ok}
`,
    headAt: ['name:', 'dependentSchemas:'],
  },
  {
    kind: 'property nested in items of an array',
    id: 'response-property-became-nullable',
    base: `${HEADER}paths:
  /list:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  items:
                    type: array
                    items:
                      type: object
                      properties:
                        uri: {type: string}
`,
    head: `${HEADER}paths:
  /list:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  items:
                    type: array
                    items:
                      type: object
                      properties:
                        uri: {type: string, nullable: true}
`,
    headAt: ['uri:'],
    baseAt: ['uri:'],
  },
];

/** The same document with a large `x-padding` description at the end, so it goes to oasdiff as written. */
function padded(yaml: string): string {
  const line = `    ${'padding '.repeat(12)}\n`;
  return `${yaml}x-padding: |\n${line.repeat(Math.ceil((300 * 1024) / line.length))}`;
}

const pick = (changes: ContractChange[], c: Case) =>
  changes.find((x) => x.id === c.id && (c.text === undefined || x.text.includes(c.text)));

describe.each([
  ['bundled (small files)', (yaml: string) => yaml],
  ['as written (files over 256 KiB)', padded],
])('the element line of each kind of change, %s', (_mode, shape) => {
  it.each(CASES.map((c) => [c.kind, c] as const))(
    '%s',
    async (_kind, c) => {
      const dir = tempProject({ 'base.yaml': shape(c.base), 'head.yaml': shape(c.head) });
      const result = await diffIn(dir, { base: 'base.yaml', head: 'head.yaml', versionPolicy: false, failOn: 'never' });
      const changes = result.contracts[0]?.changes ?? [];
      const change = pick(changes, c);
      expect(change, `${c.id} among ${changes.map((x) => x.id).join(', ')}`).toBeDefined();
      const [needle, from] = c.headAt;
      const expected = lineOf(c.head, needle, from ? lineOf(c.head, from) : 0);
      expect({ line: change?.location.line, text: change?.text }).toEqual({ line: expected, text: change?.text });
      if (c.baseAt) {
        const [baseNeedle, baseFrom] = c.baseAt;
        expect(change?.baseLocation?.line).toBe(lineOf(c.base, baseNeedle, baseFrom ? lineOf(c.base, baseFrom) : 0));
      }
    },
    30_000,
  );

  it.each([
    ['application/json', 'the first'],
    ['application/xml', 'the second'],
  ])(
    'a property removed from %s only (%s of two media types; oasdiff names neither): at that media type',
    async (removedFrom) => {
      const media = (type: string, withStatus: boolean) =>
        `            ${type}:\n              schema:\n                type: object\n                properties:\n                  count: {type: integer}\n${withStatus ? '                  status: {type: string}\n' : ''}`;
      const doc = (removed: string | undefined) =>
        `${HEADER}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n${['application/json', 'application/xml'].map((type) => media(type, type !== removed)).join('')}`;
      const base = doc(undefined);
      const head = doc(removedFrom);
      const dir = tempProject({ 'base.yaml': shape(base), 'head.yaml': shape(head) });
      const result = await diffIn(dir, { base: 'base.yaml', head: 'head.yaml', versionPolicy: false, failOn: 'never' });
      const found = (result.contracts[0]?.changes ?? [])
        .filter((change) => change.id === 'response-optional-property-removed')
        .map((change) => ({ line: change.location.line, base: change.baseLocation?.line }));
      expect(found).toEqual([
        {
          line: lineOf(head, 'properties:', lineOf(head, `${removedFrom}:`)),
          base: lineOf(base, 'status:', lineOf(base, `${removedFrom}:`)),
        },
      ]);
    },
    30_000,
  );

  it('a property removed from two media types, each with its own schema: two changes, each at its own lines', async () => {
    const media = (type: string, properties: string[]) =>
      `            ${type}:\n              schema:\n                type: object\n                properties:\n${properties.map((name) => `                  ${name}: {type: string}\n`).join('')}`;
    const doc = (properties: string[]) =>
      `${HEADER}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n${media('application/json', properties)}${media('text/json', properties)}`;
    const base = doc(['x', 'y']);
    const head = doc(['x']);
    const dir = tempProject({ 'base.yaml': shape(base), 'head.yaml': shape(head) });
    const result = await diffIn(dir, { base: 'base.yaml', head: 'head.yaml', versionPolicy: false, failOn: 'never' });
    const found = (result.contracts[0]?.changes ?? [])
      .filter((change) => change.id === 'response-optional-property-removed')
      .map((change) => ({ line: change.location.line, base: change.baseLocation?.line, key: change.key }))
      .sort((a, b) => a.line - b.line);
    const key = 'response-optional-property-removed GET /a [y|200';
    expect(found).toEqual([
      { line: lineOf(head, 'properties:'), base: lineOf(base, 'y:'), key: `${key}|application/json]` },
      {
        line: lineOf(head, 'properties:', lineOf(head, 'text/json:')),
        base: lineOf(base, 'y:', lineOf(base, 'text/json:')),
        key: `${key}|text/json]`,
      },
    ]);
  }, 30_000);
});
