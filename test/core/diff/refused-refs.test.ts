import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode, isMockforgeError, type MockforgeError } from '../../../src/core/errors.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';
import { diffIn, gitRepo } from './git-repo.js';

const contract = (ref: string) => `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
paths:
  /pets:
    get:
      responses:
        '200':
          description: pets
          content:
            application/json:
              schema:
                $ref: '${ref}'
components:
  schemas:
    Pet:
      type: object
      properties:
        id: { type: string }
`;

async function failure(promise: Promise<unknown>): Promise<MockforgeError> {
  try {
    await promise;
  } catch (error) {
    if (isMockforgeError(error)) return error;
    throw error;
  }
  throw new Error('expected the diff to fail');
}

describe('diff of a contract with refs the loader refuses', () => {
  it.each(['/etc/passwd', '../../outside.yaml#/Pet', 'file:///etc/passwd'])(
    '%s: says the ref was refused at its line and counts no change (no object -> "")',
    async (ref) => {
      const head = contract(ref);
      const dir = tempProject({ 'project/base.yaml': contract('#/components/schemas/Pet'), 'project/head.yaml': head });
      const error = await failure(diffIn(join(dir, 'project'), { base: 'base.yaml', head: 'head.yaml' }));
      expect(error.code).toBe(ErrorCode.RefRefused);
      expect(error.location).toMatchObject({ file: join(dir, 'project/head.yaml'), line: lineOf(head, '$ref') });
      expect(error.message).toContain(`${join(dir, 'project/head.yaml')}:${lineOf(head, '$ref')}: $ref '${ref}'`);
      expect(error.message).not.toMatch(/type.*changed/);
    },
  );

  it('a refused ref in the base revision (git) is named there, with the ref', async () => {
    const dir = tempProject({});
    const repo = gitRepo(dir);
    const base = contract('../../outside.yaml#/Pet');
    repo.write({ 'contracts/pets.yaml': base });
    repo.commit('refused ref');
    repo.write({ 'contracts/pets.yaml': contract('#/components/schemas/Pet') });
    const error = await failure(diffIn(dir, { base: 'main', head: 'contracts/pets.yaml' }));
    expect(error.code).toBe(ErrorCode.RefRefused);
    expect(error.location).toMatchObject({
      file: join(dir, 'contracts/pets.yaml'),
      line: lineOf(base, '$ref'),
      ref: 'main',
    });
  });

  it('refs that cannot be read or do not exist in their file stop the diff the same way', async () => {
    const dir = tempProject({
      'base.yaml': contract('#/components/schemas/Pet'),
      'missing-file.yaml': contract('./nowhere.yaml#/Pet'),
      'missing-node.yaml': contract('./pets.yaml#/Dog'),
      'pets.yaml': 'Pet: { type: object }\n',
    });
    for (const head of ['missing-file.yaml', 'missing-node.yaml']) {
      const error = await failure(diffIn(dir, { base: 'base.yaml', head }));
      expect(error.code).toBe(ErrorCode.RefUnresolved);
    }
  });
});
