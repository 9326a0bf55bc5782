import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { writeMockFiles } from '../../../src/core/mock/mock-files/write-mock-files.js';
import { createMocksFromConfig } from '../../../src/core/mock/start-mocks.js';
import { tempProject } from '../../helpers/temp-project.js';
import { getJson } from './mock-helpers.js';

const CONTRACT = `openapi: 3.0.0
info: {title: Users, version: 1.0.0}
paths:
  /api/users/{id}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
  /api/stats:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {users: {type: integer}}}}}}
components:
  schemas:
    User: {type: object, properties: {id: {type: string}, name: {type: string}}}
`;
const config = (unified: boolean) => `workspaces:
  - name: users
    port: 3001
    contract: users.yaml
    endpoints:
      - path: /api/*
        response: {from_mock: mocks/users/}
core:
  consistency:
    enabled: ${unified}
    unified_state: {workspace_id: from-mock, persona_graph: {enabled: true}}
`;

/** A project whose mocks/users folder was written by the generator, then edited by hand. */
function editedProject(unified: boolean): string {
  const dir = tempProject({ 'mockforge.yaml': config(unified), 'users.yaml': CONTRACT });
  writeMockFiles(loadContract(join(dir, 'users.yaml')), join(dir, 'mocks', 'users'));
  for (const name of readdirSync(join(dir, 'mocks', 'users'))) {
    const file = join(dir, 'mocks', 'users', name);
    const text = readFileSync(file, 'utf8');
    if (name.includes('stats')) writeFileSync(file, text.replace(/users: -?\d+/, 'users: 4242'));
    else writeFileSync(file, text.replace(/name: .*/, 'name: Edited By Hand').replace(/id: .*/, 'id: user_edit'));
  }
  return dir;
}

describe('from_mock data (mockforge generate output, hand edits honoured)', () => {
  it('serves the edited files without unified state', async () => {
    const server = createMocksFromConfig(join(editedProject(false), 'mockforge.yaml'), {
      ports: new Map([['users', 0]]),
    });
    try {
      const [served] = await server.listen();
      expect((await getJson(`${served?.url}/api/stats`)).body).toEqual({ users: 4242 });
      const user = await getJson(`${served?.url}/api/users/anything`);
      expect(user.body).toEqual({ id: 'user_edit', name: 'Edited By Hand' });
      expect(user.headers.get('x-mockforge-response-errors')).toBeNull();
      expect(server.notices.filter((n) => n.includes('does not exist'))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('with unified state the edited item is a stored record; other ids are personas', async () => {
    const server = createMocksFromConfig(join(editedProject(true), 'mockforge.yaml'), {
      ports: new Map([['users', 0]]),
    });
    try {
      const [served] = await server.listen();
      expect((await getJson(`${served?.url}/api/users/user_edit`)).body).toEqual({
        id: 'user_edit',
        name: 'Edited By Hand',
      });
      const other = (await getJson(`${served?.url}/api/users/user_9`)).body as { id: string; name: string };
      expect(other.id).toBe('user_9');
      expect(other.name).not.toBe('Edited By Hand');
      expect((await getJson(`${served?.url}/api/stats`)).body).toEqual({ users: 4242 });
    } finally {
      await server.close();
    }
  });

  it('serves a named example added to the file for Prefer: example=, and lists the names otherwise', async () => {
    const dir = editedProject(true);
    const folder = join(dir, 'mocks', 'users');
    const file = join(folder, readdirSync(folder).find((name) => name.includes('users')) as string);
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8').trimEnd()}\n        examples:\n          carol: {id: user_carol, name: Carol}\n`,
    );
    const server = createMocksFromConfig(join(dir, 'mockforge.yaml'), { ports: new Map([['users', 0]]) });
    try {
      const [served] = await server.listen();
      const url = `${served?.url}/api/users/user_edit`;
      const carol = await getJson(url, { headers: { prefer: 'example=carol' } });
      expect(carol.status).toBe(200);
      expect(carol.body).toEqual({ id: 'user_carol', name: 'Carol' });
      const unknown = await getJson(url, { headers: { prefer: 'example=dave' } });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ available: ['carol'] });
      expect((await getJson(url)).body).toEqual({ id: 'user_edit', name: 'Edited By Hand' });
    } finally {
      await server.close();
    }
  });

  it('serves the response headers written in the files, hand edits included', async () => {
    const withHeader = CONTRACT.replace(
      "'200': {description: ok, content: {application/json: {schema: {type: object, properties: {users: {type: integer}}}}}}",
      "'200': {description: ok, headers: {X-Rate-Limit: {schema: {type: integer}}}, content: {application/json: {schema: {type: object, properties: {users: {type: integer}}}}}}",
    );
    expect(withHeader).not.toBe(CONTRACT);
    const dir = tempProject({ 'mockforge.yaml': config(false), 'users.yaml': withHeader });
    const folder = join(dir, 'mocks', 'users');
    writeMockFiles(loadContract(join(dir, 'users.yaml')), folder);
    const file = join(folder, readdirSync(folder).find((name) => name.includes('stats')) as string);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/X-Rate-Limit: -?\d+/);
    writeFileSync(file, text.replace(/X-Rate-Limit: -?\d+/, 'X-Rate-Limit: 4242'));
    const server = createMocksFromConfig(join(dir, 'mockforge.yaml'), { ports: new Map([['users', 0]]) });
    try {
      const [served] = await server.listen();
      const stats = await getJson(`${served?.url}/api/stats`);
      expect(stats.headers.get('x-rate-limit')).toBe('4242');
    } finally {
      await server.close();
    }
  });
});
