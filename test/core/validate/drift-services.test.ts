import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { createHttpTransport } from '../../../src/core/http/http-transport.js';
import { validateTarget } from '../../../src/core/validate/validate-target.js';
import { lineOf } from '../../helpers/temp-project.js';
import { CATALOG_CONTRACT, startCatalog } from './service-process.js';

const text = readFileSync(CATALOG_CONTRACT, 'utf8');
const contract = loadContract(CATALOG_CONTRACT);
const transport = createHttpTransport();
afterAll(() => transport.close());

/** The line of `needle` at or after the line of `after` (both searched in the fixture text). */
function lineAfter(after: string, needle: string): number {
  return lineOf(text, needle, lineOf(text, after) - 1);
}

describe('validate against real services (fixtures/drift)', () => {
  it('finds nothing on the faithful service, with writes and create -> read -> delete chains', async () => {
    const target = await startCatalog('faithful');
    const result = await validateTarget({ name: 'catalog', contract, target, transport, mode: 'stateful' });
    expect(result.findings).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.operations.filter((o) => o.responses > 0)).toHaveLength(contract.operations.length);
    // the chain (POST, GET, DELETE, GET after delete) ran on top of one request per operation
    expect(result.responses).toBeGreaterThanOrEqual(contract.operations.length + 4);
  });

  it('finds exactly the five drifts of the drifted service, each at its contract line', async () => {
    const target = await startCatalog('drifted');
    const result = await validateTarget({ name: 'catalog', contract, target, transport });
    const got = result.findings
      .map((f) => ({
        check: f.check,
        operation: f.operation,
        line: f.location.line,
        at: f.instancePath,
        actual: f.actual,
      }))
      .sort((a, b) => a.line - b.line);
    const expected = [
      // undocumented status: 202 where only 200 is documented -> the operation's `responses:`
      {
        check: 'status_code_conformance',
        operation: 'GET /api/items',
        line: lineAfter('operationId: listItems', 'responses:'),
        at: undefined,
        actual: 202,
      },
      // wrong content type -> the response's `content:`
      {
        check: 'content_type_conformance',
        operation: 'GET /api/health',
        line: lineAfter('operationId: health', 'content:'),
        at: undefined,
        actual: 'application/json',
      },
      // wrong type: price as a string -> Item.price's `type:`
      {
        check: 'response_schema_conformance',
        operation: 'GET /api/items/{itemId}',
        line: lineAfter('    Item:', 'price:') + 1,
        at: '/price',
        actual: '999.99',
      },
      // null where not nullable, inside the discriminated oneOf -> PetBase.name's `type:`
      {
        check: 'response_schema_conformance',
        operation: 'GET /api/pets/{petId}',
        line: lineAfter('    PetBase:', 'name:') + 1,
        at: '/name',
        actual: null,
      },
      // missing required field -> the `required:` of the allOf branch that requires it
      {
        check: 'response_schema_conformance',
        operation: 'GET /api/accounts/{accountId}',
        line: lineOf(text, 'required: [email, password, plan]'),
        at: '/email',
        actual: undefined,
      },
    ].sort((a, b) => a.line - b.line);
    expect(got).toEqual(expected);
    for (const finding of result.findings) {
      expect(finding.location.file).toBe(CATALOG_CONTRACT);
      expect(finding.curl).toContain(target);
    }
  });

  it('catches use after free with --stateful: a deleted item is still served', async () => {
    const target = await startCatalog('drifted');
    const result = await validateTarget({ name: 'catalog', contract, target, transport, mode: 'stateful' });
    const freed = result.findings.filter((f) => f.check === 'use_after_free');
    expect(freed).toHaveLength(1);
    expect(freed[0]?.operation).toBe('GET /api/items/{itemId}');
    expect(freed[0]?.location.line).toBe(lineAfter('  /api/items/{itemId}:', '    get:'));
    // self-contained: the create runs again and the shell keeps the id it answers with
    expect(freed[0]?.curl).toMatch(
      /^id=\$\(curl -sS -X POST .*\) && curl .* -X DELETE .*\/api\/items\/\$\{id\}" && curl /,
    );
    expect(result.findings.filter((f) => f.check === 'ensure_resource_availability')).toEqual([]);
  });

  it('the use-after-free reproducer replays on its own in a shell: a new item, deleted, still readable', async () => {
    const target = await startCatalog('drifted');
    const result = await validateTarget({ name: 'catalog', contract, target, transport, mode: 'stateful' });
    const curl = result.findings.find((f) => f.check === 'use_after_free')?.curl as string;
    const replay = spawnSync('bash', ['-c', curl], { encoding: 'utf8' });
    expect(replay.status).toBe(0);
    // the create of the replay made a new item (not the original run's), the DELETE removed it, the GET still finds it
    const statuses = [...replay.stdout.matchAll(/^HTTP\/1\.1 (\d+)/gm)].map((m) => m[1]);
    expect(statuses).toEqual(['204', '200']);
    expect(replay.stdout).toMatch(/"id":"item_\d+"/);
  });

  it('the reproduction command really reproduces the drift', async () => {
    const target = await startCatalog('drifted');
    const result = await validateTarget({ name: 'catalog', contract, target, transport });
    const finding = result.findings.find((f) => f.operation === 'GET /api/accounts/{accountId}');
    const url = /'?(http:\/\/[^ ']+)'?$/.exec(finding?.curl ?? '')?.[1] as string;
    expect(finding?.curl).toContain("-H 'x-tenant: acme'");
    const response = await fetch(url, { headers: { 'x-tenant': 'acme' } });
    expect(response.status).toBe(200);
    expect(await response.json()).not.toHaveProperty('email');
  });
});
