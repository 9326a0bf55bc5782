import { describe, expect, it } from 'vitest';
import { getJson, startProject } from './mock-helpers.js';

const CONTRACT = `openapi: 3.0.0
info: {title: Flags, version: 1.0.0}
paths:
  /api/flags/{name}:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, properties: {on: {type: boolean}}}}}}
        '404': {description: missing, content: {application/json: {schema: {type: object}}}}
`;

describe('config endpoints with a static response', () => {
  it('override the response of the operations they cover, and add routes the contract lacks', async () => {
    const config = `workspaces:
  - name: flags
    port: 3001
    contract: flags.yaml
    endpoints:
      - path: /api/flags/*
        method: GET
        response:
          status: 200
          headers: {x-flag-source: config}
          body: {on: true}
      - path: /api/version
        method: GET
        response:
          body: {version: "1.2.3"}
`;
    const { url } = await startProject({ 'mockforge.yaml': config, 'flags.yaml': CONTRACT });
    const flag = await getJson(`${url.flags}/api/flags/dark-mode`);
    expect(flag).toMatchObject({ status: 200, body: { on: true } });
    expect(flag.headers.get('x-flag-source')).toBe('config');
    expect(flag.headers.get('x-mockforge-response-errors')).toBeNull();
    expect((await getJson(`${url.flags}/api/version`)).body).toEqual({ version: '1.2.3' });
    expect((await getJson(`${url.flags}/api/version`, { method: 'DELETE' })).status).toBe(405);
  });
});
