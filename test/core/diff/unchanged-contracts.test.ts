import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffResult } from '../../../src/core/diff/types.js';
import { tempProject } from '../../helpers/temp-project.js';
import { diffIn, gitRepo } from './git-repo.js';

const CLI = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli.js');

/** A service contract returning `schema` from GET /<name>. */
const service = (name: string, version: string, schema: string) => `openapi: 3.0.3
info: {title: ${name}, version: '${version}'}
paths:
  /${name}:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: ${schema}
`;

const config = (names: string[]) =>
  `workspaces:\n${names.map((n) => `  - name: ${n}\n    port: 0\n    contract: ${n === 'dee' ? 'other' : 'contracts'}/${n}.yaml\n`).join('')}`;

/**
 * Four contracts: `pets` refers to a file of its own, `shop` uses the component library next to it
 * (shared-schemas.yaml), `plain` stands alone, `dee` lives in another folder.
 */
function project() {
  const dir = tempProject({});
  const repo = gitRepo(dir);
  repo.write({
    'mockforge.yaml': config(['pets', 'shop', 'plain', 'dee']),
    'contracts/pets.yaml': service('pets', '1.0.0', "{$ref: './schemas/pet.yaml#/Pet'}"),
    'contracts/schemas/pet.yaml':
      'Pet:\n  type: object\n  properties:\n    id: {type: string}\n    name: {type: string}\n',
    'contracts/shop.yaml': service('shop', '1.0.0', "{$ref: '#/components/schemas/Item'}"),
    'contracts/shared-schemas.yaml':
      'components:\n  schemas:\n    Item:\n      type: object\n      properties:\n        sku: {type: string}\n        price: {type: number}\n',
    'contracts/plain.yaml': service(
      'plain',
      '1.0.0',
      '{type: object, properties: {a: {type: string}, b: {type: string}}}',
    ),
    'other/dee.yaml': service('dee', '1.0.0', '{type: object, properties: {d: {type: string}}}'),
  });
  repo.commit('v1');
  return { dir, repo };
}

const statusOf = (result: DiffResult) =>
  Object.fromEntries(result.contracts.map((c) => [c.name, c.skipped ? 'skipped' : c.status]));

describe('project diffs skip contracts whose files did not change (git blob ids)', () => {
  it('compares only the contract that changed, and says how many were skipped', async () => {
    const { dir, repo } = project();
    repo.write({
      'contracts/plain.yaml': service('plain', '2.0.0', '{type: object, properties: {a: {type: string}}}'),
    });
    const result = await diffIn(dir, { base: 'HEAD' });
    expect(statusOf(result)).toEqual({
      'contracts/pets.yaml': 'skipped',
      'contracts/shop.yaml': 'skipped',
      'contracts/plain.yaml': 'changed',
      'other/dee.yaml': 'skipped',
    });
    const run = spawnSync(process.execPath, [CLI, 'diff', '--base', 'HEAD'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toContain('4 contract(s) against HEAD: 0 breaking error(s), 1 warning(s)');
    expect(run.stderr).toContain('3 unchanged (skipped)');
    expect(run.stdout).toContain('3 contract(s) not compared, byte for byte the same as at HEAD');
  });

  it('compares a contract when a file its $ref names changed, even with the contract itself untouched', async () => {
    const { dir, repo } = project();
    repo.write({ 'contracts/schemas/pet.yaml': 'Pet:\n  type: object\n  properties:\n    id: {type: string}\n' });
    const result = await diffIn(dir, { base: 'HEAD', versionPolicy: false });
    expect(statusOf(result)).toEqual({
      'contracts/pets.yaml': 'changed',
      'contracts/shop.yaml': 'skipped',
      'contracts/plain.yaml': 'skipped',
      'other/dee.yaml': 'skipped',
    });
  });

  it('compares every contract next to a component library that changed, and none in other folders', async () => {
    const { dir, repo } = project();
    repo.write({
      'contracts/shared-schemas.yaml':
        'components:\n  schemas:\n    Item:\n      type: object\n      properties:\n        sku: {type: string}\n',
    });
    const result = await diffIn(dir, { base: 'HEAD', versionPolicy: false });
    expect(statusOf(result)).toEqual({
      'contracts/pets.yaml': 'unchanged',
      'contracts/shop.yaml': 'changed',
      'contracts/plain.yaml': 'unchanged',
      'other/dee.yaml': 'skipped',
    });
  });

  it('compares a contract whose missing ref target appeared (untracked): not skipped, and its base stops the diff', async () => {
    const { dir, repo } = project();
    repo.write({ 'other/dee.yaml': service('dee', '1.0.0', "{$ref: './later.yaml#/D'}") });
    repo.commit('dee refers to a file not written yet');
    repo.write({
      'other/later.yaml': 'D:\n  type: string\n',
      'mockforge.yaml': `${config(['pets', 'shop', 'plain', 'dee'])}  - name: extra\n    port: 0\n    contract: contracts/plain.yaml\n`,
    });
    // Compared, so loaded: the base revision cannot follow its ref, and a diff that cannot see a whole
    // contract fails at the ref's line instead of passing (issue 19 §1).
    await expect(diffIn(dir, { base: 'HEAD', versionPolicy: false })).rejects.toMatchObject({
      code: 'MF_REF_UNRESOLVED',
      message: expect.stringMatching(/other\/dee\.yaml:\d+ @ HEAD: \$ref '\.\/later\.yaml#\/D' cannot be read/),
    });
  });

  it('skips a single contract given with --head when nothing it reads changed', async () => {
    const { dir, repo } = project();
    repo.write({ 'contracts/plain.yaml': service('plain', '2.0.0', '{type: string}') });
    const same = await diffIn(dir, { base: 'HEAD', head: 'contracts/pets.yaml' });
    expect(statusOf(same)).toEqual({ 'contracts/pets.yaml': 'skipped' });
    const changed = await diffIn(dir, { base: 'HEAD', head: 'contracts/plain.yaml', versionPolicy: false });
    expect(statusOf(changed)).toEqual({ 'contracts/plain.yaml': 'changed' });
  });
});
