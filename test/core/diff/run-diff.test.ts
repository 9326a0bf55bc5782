import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFindings } from '../../../src/core/diff/diff-findings.js';
import type { DiffResult } from '../../../src/core/diff/types.js';
import { ECOMMERCE, FIXTURES, lineOf, tempProject } from '../../helpers/temp-project.js';
import { diffIn, gitRepo } from './git-repo.js';

const V2 = join(FIXTURES, 'ecommerce-v2');
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const changesOf = (result: DiffResult, name: string) => result.contracts.find((c) => c.name === name)?.changes ?? [];

/** A git repo in a temp folder with the tutorial project committed as 'v1' on main. */
function tutorialCommitted() {
  const dir = tempProject({});
  const repo = gitRepo(dir);
  repo.copy(ECOMMERCE);
  repo.commit('v1');
  return { dir, repo };
}

describe('mockforge diff against a git ref (tutorial project, v1 committed, v2 in the work tree)', () => {
  it('lists the Arazzo steps that call a changed operation as consumers, at their stepId line', async () => {
    const { dir, repo } = tutorialCommitted();
    repo.copy(V2);
    const arazzo = `arazzo: 1.0.1
info: {title: Buy, version: 1.0.0}
sourceDescriptions:
  - {name: products, url: ../contracts/products-service.yaml, type: openapi}
  - {name: orders, url: ../contracts/orders-service.yaml, type: openapi}
workflows:
  - workflowId: buy
    steps:
      - stepId: product
        operationPath: '{$sourceDescriptions.products.url}#/paths/~1api~1products~1{id}/get'
        parameters: [{name: id, in: path, value: prod_456}]
      - stepId: order
        operationPath: '{$sourceDescriptions.orders.url}#/paths/~1api~1orders/post'
`;
    writeFileSync(join(dir, 'scenarios', 'buy.arazzo.yaml'), arazzo);
    const result = await diffIn(dir, { base: 'main' });
    const price = changesOf(result, 'contracts/products-service.yaml').find(
      (c) => c.id === 'response-property-type-changed',
    );
    expect(price?.consumers).toContainEqual(
      expect.objectContaining({
        kind: 'scenario-step',
        name: 'buy › product',
        location: expect.objectContaining({
          file: join(dir, 'scenarios', 'buy.arazzo.yaml'),
          line: lineOf(arazzo, 'stepId: product'),
        }),
      }),
    );
    const status = changesOf(result, 'contracts/orders-service.yaml').find(
      (c) => c.id === 'response-success-status-removed',
    );
    expect(status?.consumers.map((c) => c.name)).toContain('buy › order');
  });

  it('lists Arazzo steps that call an operation the head removed (by operationId and by operationPath)', async () => {
    const users = (withDelete: boolean) => `openapi: 3.0.3
info: {title: Users, version: 1.0.0}
paths:
  /users/{id}:
    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getUser
      responses: {'200': {description: ok}}
${withDelete ? "    delete:\n      operationId: deleteUser\n      responses: {'204': {description: gone}}\n" : ''}`;
    const arazzo = `arazzo: 1.0.1
info: {title: Cleanup, version: 1.0.0}
sourceDescriptions:
  - {name: users, url: ../contracts/users.yaml, type: openapi}
workflows:
  - workflowId: cleanup
    steps:
      - stepId: read
        operationId: getUser
        parameters: [{name: id, in: path, value: u1}]
      - stepId: remove
        operationId: deleteUser
        parameters: [{name: id, in: path, value: u1}]
      - stepId: removeByPath
        operationPath: '{$sourceDescriptions.users.url}#/paths/~1users~1{id}/delete'
        parameters: [{name: id, in: path, value: u1}]
`;
    const dir = tempProject({});
    const repo = gitRepo(dir);
    repo.write({
      'mockforge.yaml': 'workspaces:\n  - name: users\n    port: 3001\n    contract: contracts/users.yaml\n',
      'contracts/users.yaml': users(true),
      'scenarios/cleanup.arazzo.yaml': arazzo,
    });
    repo.commit('v1');
    repo.write({ 'contracts/users.yaml': users(false) });
    const result = await diffIn(dir, { base: 'main' });
    const removed = changesOf(result, 'contracts/users.yaml').find((c) => c.id === 'api-removed-without-deprecation');
    expect(removed?.consumers.filter((c) => c.kind === 'scenario-step')).toEqual([
      expect.objectContaining({
        name: 'cleanup › remove',
        location: expect.objectContaining({ line: lineOf(arazzo, 'stepId: remove') }),
      }),
      expect.objectContaining({
        name: 'cleanup › removeByPath',
        location: expect.objectContaining({ line: lineOf(arazzo, 'stepId: removeByPath') }),
      }),
    ]);
  });

  it('maps every breaking change to the head file and line, with base lines and consumers', async () => {
    const { dir, repo } = tutorialCommitted();
    repo.copy(V2);
    const result = await diffIn(dir, { base: 'main' });
    const shared = read(dir, 'contracts/shared-schemas.yaml');
    const sharedV1 = read(ECOMMERCE, 'contracts/shared-schemas.yaml');
    const orders = read(dir, 'contracts/orders-service.yaml');
    const ordersV1 = read(ECOMMERCE, 'contracts/orders-service.yaml');
    const scenario = read(dir, 'scenarios/cross-service-purchase.yaml');

    // Product.price changed type inside shared-schemas.yaml: the exact head line.
    const price = changesOf(result, 'contracts/products-service.yaml').find(
      (c) => c.id === 'response-property-type-changed',
    );
    expect(price?.location).toMatchObject({
      file: join(dir, 'contracts/shared-schemas.yaml'),
      line: lineOf(shared, 'type: string', lineOf(shared, 'price:')),
    });
    expect(price?.exact).toBe(true);
    expect(price?.consumers.map((c) => [c.kind, c.location.line])).toEqual([
      ['scenario-step', lineOf(scenario, '- name: Get Product')],
      ['workspace', lineOf(read(dir, 'mockforge.yaml'), '- path: /api/products/*')],
    ]);

    // User.email removed: nearest surviving parent (User's `properties:`), and the base line of `email:`.
    const email = changesOf(result, 'contracts/users-service.yaml').find(
      (c) => c.id === 'response-optional-property-removed',
    );
    expect(email?.location.line).toBe(lineOf(shared, 'properties:'));
    expect(email?.exact).toBe(false);
    expect(email?.baseLocation).toMatchObject({
      file: join(dir, 'contracts/shared-schemas.yaml'),
      line: lineOf(sharedV1, 'email:'),
      ref: 'main',
    });
    expect(email?.level).toBe('warning');

    // 201 -> 200: points at `responses:` in the head and names the base `'201':` line.
    const status = changesOf(result, 'contracts/orders-service.yaml').find(
      (c) => c.id === 'response-success-status-removed',
    );
    expect(status?.location).toMatchObject({
      file: join(dir, 'contracts/orders-service.yaml'),
      line: lineOf(orders, 'responses:'),
    });
    expect(status?.baseLocation?.line).toBe(lineOf(ordersV1, "'201':"));
    expect(status?.key).toBe('response-success-status-removed POST /api/orders [201]');
    expect(status?.consumers[0]).toMatchObject({
      kind: 'scenario-step',
      location: { line: lineOf(scenario, '- name: Create Order') },
    });

    // Version policy: products kept 1.0.0 and orders went to 1.1.0 with breaking changes; users went to 2.0.0.
    const violations = result.contracts.flatMap((c) =>
      c.changes.filter((x) => x.id === 'version-not-bumped').map(() => c.name),
    );
    expect(violations.sort()).toEqual(['contracts/orders-service.yaml', 'contracts/products-service.yaml']);
    expect(changesOf(result, 'contracts/orders-service.yaml').at(-1)?.location.line).toBe(lineOf(orders, 'version:'));

    expect(result.contracts.find((c) => c.name === 'contracts/inventory-service.yaml')?.status).toBe('added');
    expect(result.failed).toBe(true);
    for (const finding of diffFindings(result).filter((f) => f.severity !== 'notice')) {
      expect(finding.location?.line).toBeGreaterThan(0);
    }
  });

  it('reports a removed contract as breaking, with the scenario steps that still call it', async () => {
    const { dir, repo } = tutorialCommitted();
    const config = read(dir, 'mockforge.yaml').replace(/ {2}- name: orders-service[\s\S]*?(?=\ncore:)/, '');
    repo.write({ 'mockforge.yaml': config, 'contracts/orders-service.yaml': null });
    const result = await diffIn(dir, { base: 'HEAD' });
    const removed = result.contracts.find((c) => c.name === 'contracts/orders-service.yaml');
    expect(removed?.status).toBe('removed');
    expect(removed?.changes[0]).toMatchObject({
      id: 'contract-removed',
      level: 'error',
      location: { ref: 'HEAD', line: lineOf(read(ECOMMERCE, 'contracts/orders-service.yaml'), 'openapi:') },
    });
    expect(removed?.changes[0]?.consumers.map((c) => c.name)).toContain(
      'Cross-Service Purchase Flow › Create Order (Orders Service)',
    );
    expect(result.counts.error).toBe(1);
  });

  it('pairs a moved contract by its workspace: a rename with changes is a change, not removed + added', async () => {
    const { dir, repo } = tutorialCommitted();
    repo.copy(V2);
    repo.write({
      'contracts/orders.yaml': read(V2, 'contracts/orders-service.yaml'),
      'contracts/orders-service.yaml': null,
      'mockforge.yaml': read(V2, 'mockforge.yaml').replace(
        '  - name: orders-service\n',
        '  - name: orders-service\n    contract: contracts/orders.yaml\n',
      ),
    });
    const result = await diffIn(dir, { base: 'main', versionPolicy: false });
    expect(result.contracts.map((c) => `${c.name} ${c.status}`)).toContain('contracts/orders.yaml changed');
    expect(result.contracts.some((c) => c.status === 'removed')).toBe(false);
    expect(changesOf(result, 'contracts/orders.yaml')[0]).toMatchObject({
      id: 'response-success-status-removed',
      location: { file: join(dir, 'contracts/orders.yaml') },
      baseLocation: { file: join(dir, 'contracts/orders-service.yaml'), ref: 'main' },
    });
  });

  it('follows multi-file refs, reads JSON contracts and reports no change when nothing broke', async () => {
    const contract = (extra: object) =>
      JSON.stringify(
        {
          openapi: '3.0.3',
          info: { title: 'Pets', version: '1.0.0' },
          paths: {
            '/pets/{id}': {
              get: {
                parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
                responses: {
                  '200': {
                    description: 'ok',
                    content: { 'application/json': { schema: { $ref: './schemas/pet.yaml#/Pet' } } },
                  },
                },
                ...extra,
              },
            },
          },
        },
        null,
        2,
      );
    const pet = (fields: string) => `Pet:\n  type: object\n  required: [id, name]\n  properties:\n${fields}`;
    const dir = tempProject({});
    const repo = gitRepo(dir);
    repo.write({
      'api/pets.json': contract({}),
      'api/schemas/pet.yaml': pet('    id:\n      type: string\n    name:\n      type: string\n'),
    });
    repo.commit('v1');
    expect((await diffIn(dir, { base: 'HEAD', head: 'api/pets.json' })).contracts[0]?.status).toBe('unchanged');
    repo.write({
      'api/pets.json': contract({ operationId: 'getPet' }),
      'api/schemas/pet.yaml': pet('    id:\n      type: integer\n    name:\n      type: string\n'),
    });
    const result = await diffIn(dir, { base: 'HEAD', head: 'api/pets.json', versionPolicy: false });
    const petYaml = read(dir, 'api/schemas/pet.yaml');
    const change = result.contracts[0]?.changes.find((c) => c.id === 'response-property-type-changed');
    expect(change?.location).toMatchObject({
      file: join(dir, 'api/schemas/pet.yaml'),
      line: lineOf(petYaml, 'type: integer'),
    });
    // A change inside the JSON contract itself: its JSON line.
    repo.commit('v2');
    repo.write({
      'api/pets.json': contract({ deprecated: false })
        .replace('"required": true', '"required": true, "style": "simple"')
        .replace("'ok'", 'ok')
        .replace('"200"', '"201"'),
    });
    const json = await diffIn(dir, { base: 'HEAD', head: 'api/pets.json', versionPolicy: false });
    const removed = json.contracts[0]?.changes.find((c) => c.id === 'response-success-status-removed');
    expect(removed?.location).toMatchObject({
      file: join(dir, 'api/pets.json'),
      line: lineOf(read(dir, 'api/pets.json'), '"responses"'),
    });
  });

  it('applies the ignore file by key, reports expired and unused entries, and honours --fail-on', async () => {
    const { dir, repo } = tutorialCommitted();
    repo.copy(V2);
    repo.write({
      'contract-ignores.yaml': [
        'ignore:',
        '  - key: "response-success-status-removed POST /api/orders [201]"',
        '    reason: orders clients read any 2xx',
        '    expires: 2027-01-31',
        '  - key: "response-property-type-changed GET /api/products/{id} [price|number||string||200]"',
        '    reason: expired acceptance',
        '    expires: 2026-01-01',
        '  - key: "nothing GET /nowhere"',
        '    reason: stale',
      ].join('\n'),
    });
    const result = await diffIn(dir, {
      base: 'main',
      ignoreFile: 'contract-ignores.yaml',
      versionPolicy: false,
      failOn: 'WARN',
    });
    const orders = changesOf(result, 'contracts/orders-service.yaml');
    expect(orders[0]?.ignored).toEqual({ reason: 'orders clients read any 2xx', expires: '2027-01-31' });
    expect(changesOf(result, 'contracts/products-service.yaml')[0]?.ignored).toBeUndefined();
    expect(result.staleIgnores.map((e) => [e.why, e.location.line])).toEqual([
      ['expired', 5],
      ['unused', 8],
    ]);
    expect(result.counts).toEqual({ error: 1, warning: 1, ignored: 1 });
    expect(result.failed).toBe(true);
    const never = await diffIn(dir, { base: 'main', failOn: 'never' });
    expect(never.failed).toBe(false);
  });

  it('is not steered by a stray oasdiff.yaml in the project (oasdiff runs in a clean folder)', async () => {
    const { dir, repo } = tutorialCommitted();
    repo.copy(V2);
    // oasdiff reads oasdiff.yaml from its working directory: this one would hide every change.
    repo.write({ 'oasdiff.yaml': 'match-path: ^/nothing$\n' });
    const result = await diffIn(dir, { base: 'main', versionPolicy: false });
    expect(result.counts.error).toBe(2);
  });

  it('reports a single contract that did not exist at the base as added', async () => {
    const { dir, repo } = tutorialCommitted();
    repo.write({ 'contracts/inventory-service.yaml': read(V2, 'contracts/inventory-service.yaml') });
    const result = await diffIn(dir, { base: 'HEAD', head: 'contracts/inventory-service.yaml' });
    expect(result.contracts).toMatchObject([
      { name: 'contracts/inventory-service.yaml', status: 'added', headVersion: '1.0.0' },
    ]);
    expect(result.failed).toBe(false);
    expect(diffFindings(result)).toMatchObject([{ severity: 'notice', title: 'contract-added' }]);
  });

  it('reports changes to path-level parameters, located at the head parameter when its component is gone', async () => {
    const base = `openapi: 3.0.0
info: {title: Items, version: 1.0.0}
paths:
  /items:
    parameters:
      - $ref: '#/components/parameters/Sort'
    get:
      responses:
        '200': {description: ok}
components:
  parameters:
    Sort: {name: sort, in: query, schema: {type: string, enum: [asc, desc]}}
`;
    const head = `openapi: 3.0.0
info: {title: Items, version: 2.0.0}
paths:
  /items:
    parameters:
      - name: sort
        in: query
        schema: {type: string, enum: [asc]}
    get:
      responses:
        '200': {description: ok}
`;
    const dir = tempProject({ 'base.yaml': base, 'head.yaml': head });
    const result = await diffIn(dir, { base: 'base.yaml', head: 'head.yaml' });
    const removed = changesOf(result, 'head.yaml').find((c) => c.id === 'request-parameter-enum-value-removed');
    // The enum the value left, written on the parameter's schema line (flow style).
    expect(removed?.location).toMatchObject({
      file: join(dir, 'head.yaml'),
      line: lineOf(head, 'schema: {type: string, enum: [asc]}'),
    });
    expect(removed?.baseLocation?.line).toBe(lineOf(base, 'Sort:'));
  });

  it('passes the deprecation-days policy through to oasdiff', async () => {
    const contract = (operation: string) =>
      `openapi: 3.0.3\ninfo: {title: a, version: '1.0.0'}\npaths:\n  /x:\n    get:\n${operation}      responses:\n        '200': {description: ok}\n`;
    const sunset = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const dir = tempProject({
      'a.yaml': contract(''),
      'b.yaml': contract(`      deprecated: true\n      x-sunset: '${sunset}'\n`),
    });
    const lenient = await diffIn(dir, { base: 'a.yaml', head: 'b.yaml', versionPolicy: false });
    expect(lenient.counts.error).toBe(0);
    const strict = await diffIn(dir, {
      base: 'a.yaml',
      head: 'b.yaml',
      versionPolicy: false,
      deprecationDaysStable: 30,
    });
    expect(strict.contracts[0]?.changes).toMatchObject([
      { id: 'api-sunset-date-too-small', exact: true, location: { file: join(dir, 'b.yaml'), line: 6 } },
    ]);
  });

  it('refuses refs that look like options and names unknown refs', async () => {
    const { dir } = tutorialCommitted();
    await expect(diffIn(dir, { base: '--output=/tmp/x' })).rejects.toMatchObject({ code: 'MF_USAGE_INVALID' });
    await expect(diffIn(dir, { base: 'no-such-branch' })).rejects.toMatchObject({ code: 'MF_GIT_FAILED' });
    await expect(diffIn(dir, { base: '-x', head: 'contracts/users-service.yaml' })).rejects.toMatchObject({
      code: 'MF_USAGE_INVALID',
    });
    // A mistyped base file is named as a missing file, not only as an unknown ref.
    await expect(diffIn(dir, { base: 'old-users.yaml', head: 'contracts/users-service.yaml' })).rejects.toMatchObject({
      code: 'MF_USAGE_INVALID',
      message: `--base old-users.yaml: no such file (${join(dir, 'old-users.yaml')}), and git knows no commit 'old-users.yaml'`,
    });
  });
});
