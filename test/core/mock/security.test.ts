// Security enforcement against @readme/oas-examples' security.yaml and security-multiple.yaml, and a contract
// of our own: 401 with WWW-Authenticate when no alternative of the requirement is met (Prism's documented
// behaviour, "UNAUTHORIZED ... Invalid security scheme used"), `security: []` and `{}` allowing anonymous
// access, AND-groups, the contract's own 401, and the per-workspace switch.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { getJson, oasExample, startProject, startSpec } from './mock-helpers.js';

const basic = (user = 'user', password = 'pass') => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('security schemes of @readme/oas-examples security.yaml', () => {
  it('apiKey in query, cookie and header; http basic and bearer; oauth2 and openIdConnect as bearer', async () => {
    const { url } = await startSpec(oasExample('3.0/yaml/security.yaml'));
    const cases: Array<[string, string, RequestInit, number]> = [
      ['GET', '/anything/apiKey', {}, 401],
      ['GET', '/anything/apiKey?apiKey=k', {}, 200],
      ['POST', '/anything/apiKey', {}, 401],
      ['POST', '/anything/apiKey', { headers: { cookie: 'other=1; api_key=k' } }, 200],
      ['PUT', '/anything/apiKey', { headers: { 'x-api-key': 'k' } }, 200],
      ['POST', '/anything/basic', { headers: { authorization: 'Bearer t' } }, 401],
      ['POST', '/anything/basic', { headers: { authorization: 'Basic not-base64!' } }, 401],
      ['POST', '/anything/basic', { headers: { authorization: basic() } }, 200],
      ['POST', '/anything/bearer', { headers: { authorization: basic() } }, 401],
      ['POST', '/anything/bearer', { headers: { authorization: 'bearer token' } }, 200],
      ['POST', '/anything/oauth2', {}, 401],
      ['POST', '/anything/oauth2', { headers: { authorization: 'Bearer t' } }, 200],
      ['POST', '/anything/openIdConnect', { headers: { authorization: 'Bearer t' } }, 200],
      ['POST', '/anything/no-auth', {}, 200],
      ['GET', '/anything/optional-auth', {}, 200],
    ];
    for (const [method, path, init, status] of cases) {
      const response = await getJson(`${url}${path}`, { ...init, method });
      expect(`${method} ${path} ${JSON.stringify(init)} -> ${response.status}`).toBe(
        `${method} ${path} ${JSON.stringify(init)} -> ${status}`,
      );
      if (status === 401) {
        expect(response.headers.get('www-authenticate')).toBeTruthy();
        expect(response.headers.get('content-type')).toBe('application/problem+json');
      }
    }
    const bearer = await getJson(`${url}/anything/bearer`, { method: 'POST' });
    expect(bearer.headers.get('www-authenticate')).toBe('Bearer realm="mockforge"');
    expect((bearer.body as { detail: string }).detail).toContain('bearer (HTTP bearer)');
    const key = await getJson(`${url}/anything/apiKey`, { method: 'PUT' });
    expect(key.headers.get('www-authenticate')).toBe('ApiKey realm="mockforge", name="X-API-KEY", in="header"');
  });

  it('answers with the documented 401 of the operation (its own response, plus WWW-Authenticate)', async () => {
    const { url } = await startSpec(oasExample('3.0/yaml/security.yaml'));
    const response = await getJson(`${url}/status/401`, { method: 'POST' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('X-API-KEY');
    expect(response.headers.get('content-type')).toBeNull(); // the contract's 401 has no body
  });
});

describe('OR of AND-groups (security-multiple.yaml)', () => {
  it('needs every scheme of one alternative; names the missing schemes', async () => {
    const { url } = await startSpec(oasExample('3.0/yaml/security-multiple.yaml'));
    // These operations document only a 401, which is then also the plain answer: a refusal is told by
    // its WWW-Authenticate header (and the journal's security error).
    const refused = async (path: string, headers: Record<string, string>) => {
      const response = await getJson(`${url}${path}`, { method: 'POST', headers });
      expect(response.status).toBe(401);
      return response.headers.get('www-authenticate') !== null;
    };
    // and: apiKey_header AND basic AND oauth2 (bearer) -- two Authorization schemes cannot both be sent.
    expect(await refused('/anything/and', { 'x-api-key': 'k', authorization: basic() })).toBe(true);
    // or: oauth2 OR apiKey_header
    expect(await refused('/anything/or', { 'x-api-key': 'k' })).toBe(false);
    expect(await refused('/anything/or', { authorization: 'Bearer t' })).toBe(false);
    const neither = await getJson(`${url}/anything/or`, { method: 'POST' });
    expect(neither.headers.get('www-authenticate')).toContain('Bearer');
    expect(neither.headers.get('www-authenticate')).toContain('X-API-KEY');
    // and-or: (oauth2 AND apiKey_header) OR oauth2_alternate
    expect(await refused('/anything/and-or', { 'x-api-key': 'k' })).toBe(true);
    expect(await refused('/anything/and-or', { 'x-api-key': 'k', authorization: 'Bearer t' })).toBe(false);
    // many-and-or: ... OR (apiKey_cookie AND apiKey_header AND apiKey_query) OR basic
    expect(await refused('/anything/many-and-or', { cookie: 'api_key=1', 'x-api-key': '2' })).toBe(true);
    expect(await refused('/anything/many-and-or?apiKey=3', { cookie: 'api_key=1', 'x-api-key': '2' })).toBe(false);
    expect(await refused('/anything/many-and-or', { authorization: basic() })).toBe(false);
  });
});

const CONTRACT = {
  openapi: '3.0.3',
  info: { title: 'Secured', version: '1' },
  security: [{ token: [] }],
  paths: {
    '/items': {
      get: {
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { example: [{ id: 1 }] } } } },
      },
    },
    '/health': { get: { security: [], responses: { '200': { description: 'ok' } } } },
  },
  components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
};

describe('document-level security', () => {
  it('applies to every operation unless it says security: []; 401 comes before other validation', async () => {
    const { url } = await startSpec(CONTRACT);
    expect((await getJson(`${url}/health`)).status).toBe(200);
    const refused = await getJson(`${url}/items?limit=abc`);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ status: 401, title: 'Unauthorized' });
    const invalid = await getJson(`${url}/items?limit=abc`, { headers: { authorization: 'Bearer t' } });
    expect(invalid.status).toBe(422);
    const ok = await getJson(`${url}/items`, { headers: { authorization: 'Bearer t' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual([{ id: 1 }]);
  });

  it('a workspace with security: false (or validation off) answers without credentials', async () => {
    const files = {
      'contracts/a.yaml': stringify(CONTRACT),
      'contracts/b.yaml': stringify(CONTRACT),
      'contracts/c.yaml': stringify(CONTRACT),
      'mockforge.yaml': [
        'workspaces:',
        '  - name: a',
        '    contract: contracts/a.yaml',
        '    security: false',
        '  - name: b',
        '    contract: contracts/b.yaml',
        '    validation: false',
        '  - name: c',
        '    contract: contracts/c.yaml',
      ].join('\n'),
    };
    const { url } = await startProject(files, ['a', 'b', 'c']);
    expect((await getJson(`${url.a}/items`)).status).toBe(200);
    expect((await getJson(`${url.a}/items?limit=abc`)).status).toBe(422);
    expect((await getJson(`${url.b}/items`)).status).toBe(200);
    expect((await getJson(`${url.c}/items`)).status).toBe(401);
  });
});
