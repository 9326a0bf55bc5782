import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../../src/core/contract/load-contract.js';
import { isMockforgeError } from '../../../../src/core/errors.js';
import { generateExample } from '../../../../src/core/mock/data/generate-example.js';
import {
  findMockBody,
  findMockHeaders,
  readMockFiles,
  renderMockFiles,
  writeMockFiles,
} from '../../../../src/core/mock/mock-files/index.js';
import { ECOMMERCE, lineOf, tempProject } from '../../../helpers/temp-project.js';

const CONTRACT = `openapi: 3.0.3
info: {title: Shop, version: '1'}
paths:
  /api/users/{id}:
    get:
      operationId: getUser
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          headers:
            X-Rate-Limit: {schema: {type: integer, minimum: 1, maximum: 100}}
          content:
            application/json:
              schema: {$ref: '#/components/schemas/User'}
              examples:
                alice: {$ref: '#/components/examples/Alice'}
                bob: {value: {id: user_2, name: Bob, email: bob@example.com}}
                broken: {value: {id: 7}}
        '404':
          description: missing
          content:
            application/problem+json:
              schema: {type: object, required: [title], properties: {title: {type: string}}}
        5XX:
          description: down
    delete:
      responses:
        '204': {description: gone}
  /api/users:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/User'}
      responses:
        '201':
          description: made
          content:
            application/json:
              schema: {$ref: '#/components/schemas/User'}
              example: {id: user_9, name: Nine, email: nine@example.com}
components:
  examples:
    Alice: {value: {id: user_123, name: Alice, email: alice@example.com}}
  schemas:
    User:
      type: object
      required: [id, name, email]
      properties:
        id: {type: string}
        name: {type: string}
        email: {type: string, format: email}
`;

function project() {
  const dir = tempProject({ 'contracts/shop.yaml': CONTRACT });
  return { dir, contract: loadContract(join(dir, 'contracts/shop.yaml')), out: join(dir, 'mocks/shop') };
}

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isMockforgeError(error)) return error;
    throw error;
  }
  throw new Error('expected a MockforgeError');
}

describe('mock data files', () => {
  it('writes one commented YAML file per operation, byte-identical for the same contract and seed', () => {
    const { contract, out, dir } = project();
    const first = writeMockFiles(contract, out, { root: dir });
    expect(first.map((f) => f.outcome)).toEqual(['created', 'created', 'created']);
    expect(readdirSync(out).sort()).toEqual([
      'delete_api_users_{id}.yaml',
      'get_api_users_{id}.yaml',
      'post_api_users.yaml',
    ]);
    const text = readFileSync(join(out, 'get_api_users_{id}.yaml'), 'utf8');
    expect(text).toContain(
      `# Mock data for GET /api/users/{id} (operationId getUser)\n# from contracts/shop.yaml:${lineOf(CONTRACT, '    get:')}`,
    );
    expect(text).toContain("left out: it does not fit the contract's own schema");
    const again = project();
    writeMockFiles(again.contract, again.out, { root: again.dir });
    for (const name of readdirSync(out)) {
      expect(readFileSync(join(again.out, name), 'utf8')).toBe(readFileSync(join(out, name), 'utf8'));
    }
    expect(writeMockFiles(contract, out, { root: dir }).map((f) => f.outcome)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    const otherSeed = renderMockFiles(contract, { seed: 'other', root: dir });
    expect(otherSeed.find((f) => f.name.startsWith('get'))?.text).not.toBe(text);
  });

  it('reads back what it wrote: examples first, generated data otherwise, headers, statuses', () => {
    const { contract, out } = project();
    writeMockFiles(contract, out);
    const data = readMockFiles(out, contract);
    expect(data.warnings).toEqual([]);
    const get = contract.operations.find((o) => o.method === 'get')?.pointer as string;
    const post = contract.operations.find((o) => o.method === 'post')?.pointer as string;
    expect(findMockBody(data, get, 200, 'application/json')?.value).toEqual({
      id: 'user_123',
      name: 'Alice',
      email: 'alice@example.com',
    });
    expect(findMockBody(data, get, 200, 'application/json', 'bob')?.value).toMatchObject({ name: 'Bob' });
    expect(findMockBody(data, get, 200, 'application/json', 'broken')).toBeUndefined();
    expect(findMockBody(data, post, 201, 'application/json')?.value).toEqual({
      id: 'user_9',
      name: 'Nine',
      email: 'nine@example.com',
    });
    const problem = findMockBody(data, get, 404, 'application/problem+json')?.value as { title: string };
    expect(typeof problem.title).toBe('string');
    const rate = findMockHeaders(data, get, 200)['X-Rate-Limit'] as number;
    expect(rate).toBeGreaterThanOrEqual(1);
    expect(rate).toBeLessThanOrEqual(100);
    expect(data.operations.get(get)?.responses.has('5XX')).toBe(true);
    expect(findMockBody(data, get, 503, 'application/json')).toBeUndefined();
    const media = contract.document.paths as Record<string, Record<string, any>>;
    const generated = generateExample(media['/api/users/{id}']?.get.responses['200'].content['application/json'], {
      document: contract.document,
      openapi: '3.0',
      direction: 'response',
      seed: 'x',
    });
    expect(generated).toEqual({ id: 'user_123', name: 'Alice', email: 'alice@example.com' });
  });

  it('honours hand edits on read, keeps edited files on generate unless forced', () => {
    const { contract, out } = project();
    writeMockFiles(contract, out);
    const file = join(out, 'get_api_users_{id}.yaml');
    const edited = readFileSync(file, 'utf8').replace('name: Alice', 'name: Alicia # renamed by hand');
    writeFileSync(file, edited);
    const get = contract.operations.find((o) => o.method === 'get')?.pointer as string;
    expect(findMockBody(readMockFiles(out, contract), get, 200, 'application/json')?.value).toMatchObject({
      name: 'Alicia',
    });
    const kept = writeMockFiles(contract, out);
    expect(kept.find((f) => f.file === file)?.outcome).toBe('kept');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(writeMockFiles(contract, out, { force: true }).find((f) => f.file === file)?.outcome).toBe('overwritten');
    expect(readFileSync(file, 'utf8')).toContain('name: Alice\n');
  });

  it('regenerates an untouched file when the contract changed', () => {
    const { contract, out, dir } = project();
    writeMockFiles(contract, out);
    writeFileSync(join(dir, 'contracts/shop.yaml'), CONTRACT.replace('name: Nine', 'name: Ninette'));
    const changed = loadContract(join(dir, 'contracts/shop.yaml'));
    const outcomes = writeMockFiles(changed, out);
    expect(outcomes.find((f) => f.file.endsWith('post_api_users.yaml'))?.outcome).toBe('updated');
    expect(readFileSync(join(out, 'post_api_users.yaml'), 'utf8')).toContain('Ninette');
  });

  it('warns, with file:line, about data that does not fit the contract, and serves it anyway', () => {
    const { contract, out } = project();
    writeMockFiles(contract, out);
    const file = join(out, 'get_api_users_{id}.yaml');
    const text = readFileSync(file, 'utf8').replace('email: alice@example.com', 'email: not-an-email');
    writeFileSync(file, text);
    const extra = `operation: {method: PUT, path: /api/nowhere}\nresponses: {}\n`;
    writeFileSync(join(out, 'zz-extra.yaml'), extra);
    const data = readMockFiles(out, contract);
    expect(data.warnings).toContainEqual({
      file,
      line: lineOf(text, 'email: not-an-email'),
      message: expect.stringMatching(
        /^body at \/email does not match the contract: must match format "email" \(schema at .*shop\.yaml:\d+\)$/,
      ),
    });
    expect(data.warnings).toContainEqual({
      file: join(out, 'zz-extra.yaml'),
      line: 1,
      message: expect.stringContaining('PUT /api/nowhere is not an operation'),
    });
    const get = contract.operations.find((o) => o.method === 'get')?.pointer as string;
    expect(findMockBody(data, get, 200, 'application/json')?.value).toMatchObject({ email: 'not-an-email' });
  });

  it('refuses bad YAML and unknown structure with file:line', () => {
    const { contract, out } = project();
    writeMockFiles(contract, out);
    const bad = join(out, 'bad.yaml');
    writeFileSync(bad, 'operation:\n  method: GET\n  path: [unclosed\nresponses: {}\n');
    const syntax = errorOf(() => readMockFiles(out, contract));
    expect(syntax.code).toBe('MF_SOURCE_SYNTAX');
    expect(syntax.location?.file).toBe(bad);
    expect(syntax.location?.line).toBeGreaterThanOrEqual(3);
    const unknown = "operation:\n  method: GET\n  path: /api/users/{id}\nresponses:\n  '200':\n    contnet: {}\n";
    writeFileSync(bad, unknown);
    const structure = errorOf(() => readMockFiles(out, contract));
    expect(structure.code).toBe('MF_MOCK_DATA_INVALID');
    expect(structure.format()).toContain(`${bad}:6:5: unknown key 'contnet' (expected headers, content)`);
    writeFileSync(bad, "operation:\n  method: GET\n  path: /api/users/{id}\nresponses:\n  '2000': {}\n");
    expect(errorOf(() => readMockFiles(out, contract)).location?.line).toBe(5);
  });

  it('refuses files that resolve outside the folder, and a missing folder', () => {
    const { contract, out, dir } = project();
    writeMockFiles(contract, out);
    const outside = tempProject({ 'secret.yaml': 'operation: {method: GET, path: /x}\nresponses: {}\n' });
    symlinkSync(join(outside, 'secret.yaml'), join(out, 'link.yaml'));
    const refused = errorOf(() => readMockFiles(out, contract));
    expect(refused.code).toBe('MF_REF_REFUSED');
    expect(refused.message).toContain('outside the mock data folder');
    expect(errorOf(() => readMockFiles(join(dir, 'nope'), contract)).code).toBe('MF_MOCK_DATA_INVALID');
  });

  it('writes the tutorial contracts, shared schemas included, with no warnings on read', () => {
    const dir = tempProject({});
    cpSync(ECOMMERCE, dir, { recursive: true });
    for (const name of ['users-service', 'products-service', 'orders-service']) {
      const contract = loadContract(join(dir, 'contracts', `${name}.yaml`), { root: dir });
      const out = join(dir, 'mocks', name);
      mkdirSync(out, { recursive: true });
      expect(writeMockFiles(contract, out, { root: dir })).toHaveLength(1);
      const data = readMockFiles(out, contract);
      expect(data.warnings).toEqual([]);
      const [operation] = data.operations.values();
      const body = [...(operation?.responses.values() ?? [])][0]?.content.get('application/json')?.body?.value;
      expect(body).toMatchObject({ id: expect.stringMatching(/^(user|product|order)_\d+$/) });
    }
  });
});
