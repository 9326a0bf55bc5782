import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract, loadContractWithRemoteRefs } from '../../../src/core/contract/load-contract.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';

const petstore = (schemaRef: string) => `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
paths:
  /pets/{petId}:
    parameters:
      - { name: petId, in: path, required: true, schema: { type: string } }
    get:
      responses:
        '200':
          description: one pet
          content:
            application/json:
              schema:
                $ref: '${schemaRef}'
`;

describe('multi-file refs', () => {
  it('bundles a YAML file ref and a JSON file ref and maps lines into both', () => {
    const schemasYaml = `Pet:
  type: object
  required: [id, owner]
  properties:
    id: { type: string }
    owner:
      $ref: '../../common/owner.json'
`;
    const ownerJson = `{
  "type": "object",
  "properties": {
    "email": { "type": "string", "format": "email" }
  }
}
`;
    const dir = tempProject({
      'contracts/pets.yaml': petstore('./schemas/pets.yaml#/Pet'),
      'contracts/schemas/pets.yaml': schemasYaml,
      'common/owner.json': ownerJson,
    });
    const contract = loadContract(join(dir, 'contracts/pets.yaml'), { root: dir });
    expect(contract.diagnostics).toEqual([]);
    const schemas = (contract.document.components as any).schemas;
    // Named after their paths from the contract's folder: stable whatever other refs the contract has.
    expect(schemas.schemas_pets_Pet.properties.owner).toEqual({ $ref: '#/components/schemas/common_owner' });
    expect(schemas.common_owner.properties.email.format).toBe('email');
    const response = '/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema';
    expect(
      (contract.document as any).paths['/pets/{petId}'].get.responses['200'].content['application/json'].schema,
    ).toEqual({
      $ref: '#/components/schemas/schemas_pets_Pet',
    });
    expect(contract.sourceMap.locate(response).line).toBe(13);
    expect(contract.sourceMap.locate('/components/schemas/schemas_pets_Pet/required')).toMatchObject({
      file: join(dir, 'contracts/schemas/pets.yaml'),
      line: 3,
    });
    expect(contract.sourceMap.locate('/components/schemas/common_owner/properties/email')).toMatchObject({
      file: join(dir, 'common/owner.json'),
      line: lineOf(ownerJson, '"email"'),
    });
  });

  it('terminates on cycles across files and within one schema', () => {
    const dir = tempProject({
      'api.yaml': petstore('./a.yaml#/A'),
      'a.yaml': `A:\n  type: object\n  properties:\n    b: { $ref: './b.yaml#/B' }\n    self: { $ref: '#/A' }\n`,
      'b.yaml': `B:\n  type: object\n  properties:\n    a: { $ref: './a.yaml#/A' }\n`,
    });
    const contract = loadContract(join(dir, 'api.yaml'));
    const schemas = (contract.document.components as any).schemas;
    expect(schemas.a_A.properties.b).toEqual({ $ref: '#/components/schemas/b_B' });
    expect(schemas.a_A.properties.self).toEqual({ $ref: '#/components/schemas/a_A' });
    expect(schemas.b_B.properties.a).toEqual({ $ref: '#/components/schemas/a_A' });
    expect(contract.diagnostics).toEqual([]);
  });

  it('refuses http refs without fetching them', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/schemas.yaml#/Pet`;
    try {
      const dir = tempProject({ 'api.yaml': petstore(url) });
      const contract = loadContract(join(dir, 'api.yaml'));
      expect(contract.diagnostics).toMatchObject([
        { code: 'MF_REF_REFUSED', severity: 'error', location: { file: join(dir, 'api.yaml'), line: 14 } },
      ]);
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });

  it('fetches http refs, and refs inside them, only when allowed', async () => {
    const documents: Record<string, string> = {
      '/schemas/pet.yaml': 'Pet:\n  type: object\n  properties:\n    owner: { $ref: "./owner.yaml#/Owner" }\n',
      '/schemas/owner.yaml': 'Owner:\n  type: object\n  required: [email]\n',
    };
    const requested: string[] = [];
    const server = createServer((req, res) => {
      requested.push(req.url ?? '');
      const body = documents[req.url ?? ''];
      res.statusCode = body ? 200 : 404;
      res.end(body ?? 'missing');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const dir = tempProject({ 'api.yaml': petstore(`${base}/schemas/pet.yaml#/Pet`) });
      const fetchText = async (url: string) => (await fetch(url)).text();
      const contract = await loadContractWithRemoteRefs(join(dir, 'api.yaml'), { fetchText });
      expect(contract.diagnostics).toEqual([]);
      const schemas = (contract.document.components as any).schemas;
      expect(schemas.schemas_pet_Pet.properties.owner).toEqual({ $ref: '#/components/schemas/schemas_owner_Owner' });
      expect(schemas.schemas_owner_Owner.required).toEqual(['email']);
      expect(contract.sourceMap.locate('/components/schemas/schemas_owner_Owner/required')).toMatchObject({
        file: `${base}/schemas/owner.yaml`,
        line: 3,
      });
      expect(requested.sort()).toEqual(['/schemas/owner.yaml', '/schemas/pet.yaml']);
    } finally {
      server.close();
    }
  });

  it('refuses file refs that leave the project root', () => {
    const dir = tempProject({
      'project/api.yaml': petstore('../secret.yaml#/Pet'),
      'secret.yaml': 'Pet: { type: object }\n',
    });
    const contract = loadContract(join(dir, 'project/api.yaml'), { root: join(dir, 'project') });
    expect(contract.diagnostics.map((d) => d.code)).toEqual(['MF_REF_REFUSED']);
    expect(JSON.stringify(contract.document)).not.toContain('secret');
  });
});

describe('degenerate $ref cycles', () => {
  const withSchemas = (schemas: string) =>
    `${petstore('#/components/schemas/Node')}components:\n  schemas:\n${schemas}`;
  const codes = (text: string) => {
    const dir = tempProject({ 'api.yaml': text });
    const contract = loadContract(join(dir, 'api.yaml'));
    return { contract, found: contract.diagnostics.map((d) => `${d.code}:${d.location.line}`) };
  };

  it('reports an alias loop once, at the first ref of the loop, and makes it "any" so nothing follows it', () => {
    const text = withSchemas(
      "    Node:\n      $ref: '#/components/schemas/Other'\n    Other:\n      $ref: '#/components/schemas/Node'\n",
    );
    const { contract, found } = codes(text);
    expect(found).toEqual([`MF_REF_CYCLE:${lineOf(text, "$ref: '#/components/schemas/Other'")}`]);
    expect(contract.diagnostics[0]?.message).toContain('Node -> Other -> Node');
    const schemas = (contract.document.components as any).schemas;
    expect([schemas.Node, schemas.Other]).toEqual([{}, {}]);
  });

  it('finds schemas no finite value fits, directly or through others, and not the ones with a way out', () => {
    const unsatisfiable = withSchemas(`    Node:
      type: object
      required: [next]
      properties:
        next:
          $ref: '#/components/schemas/Link'
    Link:
      allOf:
        - $ref: '#/components/schemas/Node'
    List:
      type: array
      minItems: 1
      items:
        $ref: '#/components/schemas/List'
`);
    const { found } = codes(unsatisfiable);
    expect(found).toEqual([
      `MF_SCHEMA_UNSATISFIABLE:${lineOf(unsatisfiable, "$ref: '#/components/schemas/Link'")}`,
      `MF_SCHEMA_UNSATISFIABLE:${lineOf(unsatisfiable, "- $ref: '#/components/schemas/Node'")}`,
      `MF_SCHEMA_UNSATISFIABLE:${lineOf(unsatisfiable, "$ref: '#/components/schemas/List'")}`,
    ]);
    const escapes = withSchemas(`    Node:
      type: object
      required: [next, other, list]
      properties:
        next:
          allOf: [{ $ref: '#/components/schemas/Node' }]
          nullable: true
        other:
          oneOf:
            - $ref: '#/components/schemas/Node'
            - type: string
        list:
          type: array
          items:
            $ref: '#/components/schemas/Node'
`);
    expect(codes(escapes).found).toEqual([]);
  });
});

describe('refs under extensions', () => {
  it('keeps a ref into the contract itself as a ref: a graph of them is not expanded into a tree', () => {
    // Bungie's description links its definitions through `x-mapped-definition` refs: inlined, 1 MB grew past
    // 4 GB. Here each of 20 schemas names the next twice: 2^20 copies if inlined.
    const schemas = Array.from({ length: 20 }, (_, i) =>
      i === 19
        ? `    S${i}: {type: integer}`
        : `    S${i}:\n      type: integer\n      x-mapped-definition: {$ref: '#/components/schemas/S${i + 1}'}\n      x-also: [{$ref: '#/components/schemas/S${i + 1}'}]`,
    ).join('\n');
    const dir = tempProject({
      'api.yaml': `${petstore('#/components/schemas/S0')}components:\n  schemas:\n${schemas}\n`,
    });
    const contract = loadContract(join(dir, 'api.yaml'), { root: dir });
    const s0 = (contract.document.components as { schemas: Record<string, Record<string, unknown>> }).schemas.S0;
    expect(s0?.['x-mapped-definition']).toEqual({ $ref: '#/components/schemas/S1' });
    expect(s0?.['x-also']).toEqual([{ $ref: '#/components/schemas/S1' }]);
    expect(contract.diagnostics.filter((d) => d.code.startsWith('MF_REF'))).toEqual([]);
  });
});
