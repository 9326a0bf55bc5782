import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { readMockFiles } from '../../../src/core/mock/mock-files/read-mock-files.js';
import { createMocksFromConfig } from '../../../src/core/mock/start-mocks.js';
import { json, startProxy, startService } from './proxy-helpers.js';

const ACCOUNTS = `openapi: 3.0.3
info: {title: Accounts, version: '1'}
paths:
  /accounts/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      responses:
        '200':
          description: the account
          headers:
            X-Session-Token:
              schema: {type: string}
            X-Rate-Limit:
              schema: {type: integer}
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Account'
        '404':
          description: none
          content:
            application/json:
              schema:
                type: object
                properties:
                  error: {type: string}
  /keys/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: an API key
          content:
            application/json:
              schema:
                type: object
                required: [api_key]
                properties:
                  api_key: {type: string, pattern: '^ak_[0-9a-f]{8}$'}
components:
  schemas:
    Account:
      type: object
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string}
        balance: {type: number}
        password: {type: string}
        credentials:
          type: object
          properties:
            token: {type: string}
            expires: {type: integer}
`;

const ALICE = {
  id: 'acc_1',
  name: 'Alice',
  balance: 12.5,
  password: 'hunter2',
  credentials: { token: 'tok_live_123', expires: 3600 },
};

function accounts() {
  return startService((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/accounts/acc_1')
      json(res, 200, ALICE, { 'x-rate-limit': '42', 'x-session-token': 'sess_abc', 'x-other': 'not documented' });
    else if (path === '/accounts/acc_bad') json(res, 200, { id: 'acc_bad', name: 7 });
    else if (path.startsWith('/keys/')) json(res, 200, { api_key: 'ak_0123abcd' });
    else json(res, 404, { error: 'no such account' });
  });
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('mockforge proxy --record', () => {
  it("writes generate's mock data files (one per operation, a response per status), secrets redacted; the mock serves them", async () => {
    const service = await accounts();
    const { url, proxy, dir } = await startProxy(ACCOUNTS, service.url, { recordInto: 'recorded' });
    await fetch(`${url}/accounts/acc_1`, { headers: { authorization: 'Bearer secret-token' } });
    await fetch(`${url}/accounts/acc_1`);
    await fetch(`${url}/accounts/acc_404`);
    await until(() => proxy.journal.total === 3);
    expect(proxy.journal.list().map((e) => e.recorded)).toEqual([
      'written recorded/api/get_accounts_{id}.yaml (200)',
      undefined, // already recorded
      'written recorded/api/get_accounts_{id}.yaml (404)',
    ]);
    const file = join(dir, 'recorded', 'api', 'get_accounts_{id}.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# Mock data for GET /accounts/{id}\n');
    expect(text).toContain(`recorded by 'mockforge proxy --record' from ${service.url}.`);
    expect(text).toContain('# observed: GET /accounts/acc_1 -> 200');
    expect(text).toMatch(/# mockforge-checksum: [0-9a-f]{16}\n/);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('tok_live_123');
    expect(text).not.toContain('sess_abc');
    expect(text).not.toContain('x-other');
    // Read back as the mock reads it: every value fits the contract (no warnings).
    const contract = loadContract(join(dir, 'api.yaml'));
    const data = readMockFiles(join(dir, 'recorded', 'api'), contract);
    expect(data.warnings).toEqual([]);
    const responses = [...(data.operations.values().next().value?.responses.values() ?? [])];
    expect(responses.map((r) => r.status)).toEqual(['200', '404']);
    expect(responses[0]?.headers).toEqual({ 'X-Session-Token': 'REDACTED', 'X-Rate-Limit': 42 });
    expect(responses[0]?.content.get('application/json')?.body?.value).toEqual({
      id: 'acc_1',
      name: 'Alice',
      balance: 12.5,
      password: 'REDACTED',
      credentials: { token: 'REDACTED', expires: 0 }, // everything under a secret's name
    });

    // The recorded folder as a workspace's from_mock: the mock answers with the observed data.
    writeFileSync(
      join(dir, 'mockforge.yaml'),
      'workspaces:\n  - name: api\n    port: 0\n    contract: api.yaml\n    endpoints:\n      - path: /accounts/*\n        response:\n          from_mock: recorded/api/\n',
    );
    const mock = createMocksFromConfig(join(dir, 'mockforge.yaml'));
    try {
      const [served] = await mock.listen();
      const answer = await fetch(`${served?.url}/accounts/acc_1`);
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { name: string }).name).toBe('Alice');
      expect(answer.headers.get('x-rate-limit')).toBe('42');
    } finally {
      await mock.close();
    }
  });

  it('answers that break the contract are not written, and said; nor is data that redaction made invalid', async () => {
    const service = await accounts();
    const { url, proxy } = await startProxy(ACCOUNTS, service.url, { recordInto: 'recorded' });
    await fetch(`${url}/accounts/acc_bad`);
    await fetch(`${url}/keys/k1`);
    await until(() => proxy.journal.total === 2);
    expect(proxy.journal.list().map((e) => e.recorded)).toEqual([
      'not written: the answer breaks the contract (response_schema_conformance: /name must be string)',
      'not written: after redacting secrets, /api_key must match pattern "^ak_[0-9a-f]{8}$"',
    ]);
  });

  it('a recorded file edited by hand is kept', async () => {
    const service = await accounts();
    const first = await startProxy(ACCOUNTS, service.url, { recordInto: 'recorded' });
    await fetch(`${first.url}/accounts/acc_1`);
    await until(() => first.proxy.journal.total === 1);
    const file = join(first.dir, 'recorded', 'api', 'get_accounts_{id}.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Alice', 'name: Alicia'));
    await first.proxy.close();
    const { createProxyFromConfig } = await import('../../../src/core/proxy/start-proxy.js');
    const again = createProxyFromConfig(join(first.dir, 'mockforge.yaml'), {
      ports: new Map([['api', 0]]),
      record: join(first.dir, 'recorded'),
    });
    try {
      const [served] = await again.listen();
      await fetch(`${served?.url}/accounts/acc_1`);
      await until(() => again.journal.total === 1);
      expect(again.journal.list()[0]?.recorded).toBe(
        'not written: recorded/api/get_accounts_{id}.yaml was edited by hand (kept)',
      );
      expect(readFileSync(file, 'utf8')).toContain('name: Alicia');
    } finally {
      await again.close();
    }
  });

  it('the curl line of a violation has its secrets redacted: credentials, API keys, query and body', async () => {
    const service = await accounts();
    const { url, proxy } = await startProxy(ACCOUNTS, service.url);
    await fetch(`${url}/accounts/acc_bad?api_key=ak_live&page=2`, {
      method: 'GET',
      headers: { authorization: 'Bearer secret-token', 'x-api-key': 'k-123', cookie: 'session=abc' },
    });
    await until(() => proxy.journal.total === 1);
    const curl = proxy.journal.list()[0]?.curl ?? '';
    expect(curl).toContain("-H 'authorization: REDACTED'");
    expect(curl).toContain("-H 'x-api-key: REDACTED'");
    expect(curl).toContain("-H 'cookie: REDACTED'");
    expect(curl).toContain(`'${service.url}/accounts/acc_bad?api_key=REDACTED&page=2'`);
    for (const secret of ['secret-token', 'k-123', 'ak_live', 'session=abc']) expect(curl).not.toContain(secret);
  });
});
