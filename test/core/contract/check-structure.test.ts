import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../../src/core/contract/check-structure.js';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';

async function structureOf(text: string) {
  const dir = tempProject({ 'api.yaml': text });
  const contract = loadContract(join(dir, 'api.yaml'));
  return { contract, found: (await checkStructure(contract)).map((d) => `${d.location.line} ${d.message}`) };
}

describe('checkStructure (the OpenAPI JSON Schemas, on the bundle as it is)', () => {
  it('3.0: names each wrong node at its line, and leaves the missing description to the loader', async () => {
    const text = `openapi: 3.0.3
info: { title: Bad, version: 1.0.0 }
paths:
  /a:
    get:
      responses:
        '200':
          descriptio: typo
          content:
            application/json:
              schema: { type: object, nullable: maybe }
`;
    const { contract, found } = await structureOf(text);
    expect(found).toEqual([
      `${lineOf(text, "'200':")} not valid OpenAPI 3.0: unknown key 'descriptio'`,
      `${lineOf(text, 'nullable')} not valid OpenAPI 3.0: must be boolean`,
    ]);
    expect(contract.diagnostics.map((d) => d.code)).toEqual(['MF_LINT_RESPONSE_DESCRIPTION']);
  });

  it('3.1: a parameter in no known place', async () => {
    const text = `openapi: 3.1.0
info: { title: Bad, version: 1.0.0 }
paths:
  /a:
    get:
      parameters:
        - { name: q, in: nowhere, schema: { type: string } }
      responses:
        '200': { description: ok }
`;
    const { found } = await structureOf(text);
    expect(found).toEqual([
      `${lineOf(text, 'in: nowhere')} not valid OpenAPI 3.1: must be equal to one of the allowed values`,
    ]);
  });

  it('checks schemas and parameters that came from other files where they were written', async () => {
    const dir = tempProject({
      'api.yaml': `openapi: 3.0.3
info: { title: Files, version: 1.0.0 }
paths:
  /a:
    get:
      parameters:
        - $ref: './parts.yaml#/limit'
      responses:
        '200': { description: ok }
`,
      'parts.yaml': 'limit:\n  name: limit\n  in: query\n  schema:\n    type: integer\n    minimum: low\n',
    });
    const contract = loadContract(join(dir, 'api.yaml'));
    const found = await checkStructure(contract);
    expect(found.map((d) => [d.location.file, d.location.line, d.message])).toEqual([
      [join(dir, 'parts.yaml'), 6, 'not valid OpenAPI 3.0: must be number'],
    ]);
  });
});
