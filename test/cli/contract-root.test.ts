import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOf, tempProject } from '../helpers/temp-project.js';
import { freePorts } from './serve-fixture.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

const api = `openapi: 3.0.3
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
                $ref: '../schemas/pet.yaml'
`;
const pet = 'type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n';

/** A git repository with the contract in `spec/` and the schema it refers to in `schemas/`. */
function repository(): string {
  const dir = tempProject({ 'repo/spec/api.yaml': api, 'repo/schemas/pet.yaml': pet, 'elsewhere/.keep': '' });
  const init = spawnSync('git', ['init', '-q'], { cwd: join(dir, 'repo'), encoding: 'utf8' });
  expect(init.status).toBe(0);
  return dir;
}

describe('the root of a contract named on the command line: its repository, never the current folder', () => {
  it('lint, generate and diff run from an unrelated folder resolve refs across the repository', () => {
    const dir = repository();
    const contract = join(dir, 'repo/spec/api.yaml');
    const elsewhere = join(dir, 'elsewhere');
    const lint = run(['lint', '--contract', contract], elsewhere);
    expect(lint.stdout).toBe('');
    expect(lint.stderr).toContain('1 contract(s): 0 error(s), 0 warning(s)');
    expect(lint.status).toBe(0);
    const generate = run(['generate', '--from-openapi', contract, '--output', join(elsewhere, 'mocks')], elsewhere);
    expect(generate.status).toBe(0);
    const diff = run(['diff', '--base', contract, '--head', contract], elsewhere);
    expect(diff.stderr).toContain('0 breaking error(s)');
    expect(diff.status).toBe(0);
  });

  it('serve --spec and validate too', async () => {
    const dir = repository();
    const contract = join(dir, 'repo/spec/api.yaml');
    const [port] = await freePorts(1);
    const child = spawn(process.execPath, [CLI, 'serve', '--spec', contract, '--port', String(port)], {
      cwd: join(dir, 'elsewhere'),
    });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    try {
      for (let i = 0; i < 400 && !stdout.includes('http://'); i++) await new Promise((r) => setTimeout(r, 25));
      const body = await (await fetch(`http://127.0.0.1:${port}/pets`)).json();
      expect(body).toMatchObject({ id: expect.any(String) });
      const validate = run(
        ['validate', '--contract', contract, '--target', `http://127.0.0.1:${port}`],
        join(dir, 'elsewhere'),
      );
      expect(validate.stderr).not.toContain('MF_REF_REFUSED');
      expect(validate.status).toBe(0);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
    }
  });

  it('outside any repository the root is the contract folder: a ref above it is refused at its line', () => {
    const dir = tempProject({ 'spec/api.yaml': api, 'schemas/pet.yaml': pet });
    mkdirSync(join(dir, 'elsewhere'));
    const lint = run(['lint', '--contract', join(dir, 'spec/api.yaml')], dir);
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain(
      `spec/api.yaml:${lineOf(api, '$ref')}: error: $ref '../schemas/pet.yaml' leaves the project root`,
    );
    expect(lint.stdout).toContain('[MF_REF_REFUSED]');
  });
});
