// `oneOf` without a discriminator whose branches overlap (issue 18 §10: Vonage and Linode in the public-API
// sweep): every body the mock sends, and every body `mockforge generate` writes, fits exactly one branch
// under an independent validator (@hyperjump/json-schema, OpenAPI 3.0 dialect, reading the contract file).
// Where no value can fit exactly one branch, the mock still answers and lint says so at the oneOf's line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setShouldValidateSchema } from '@hyperjump/json-schema';
import { validate } from '@hyperjump/json-schema/openapi-3-0';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { findMockBody, readMockFiles, writeMockFiles } from '../../../src/core/mock/mock-files/index.js';
import type { MockServer } from '../../../src/core/mock/server/mock-server.js';
import { createMocksFromSpec } from '../../../src/core/mock/start-mocks.js';
import { lineOf } from '../../helpers/temp-project.js';
import { OVERLAPPING } from './data/overlapping-one-of.js';
import { getJson } from './mock-helpers.js';

const NAMES = ['Outcome', 'AuditEvent', 'Record', 'SmsResponse', 'PaymentData', 'Target', 'Channel'];
const ok = (schema: object) => ({ description: 'ok', content: { 'application/json': { schema } } });

const CONTRACT = {
  openapi: '3.0.3',
  info: { title: 'Overlapping oneOf', version: '1' },
  paths: {
    ...Object.fromEntries(
      NAMES.map((name) => [
        `/${name}`,
        { get: { responses: { '200': ok({ $ref: `#/components/schemas/${name}` }) } } },
      ]),
    ),
    // Identical branches: no value fits exactly one.
    '/twins': { get: { responses: { '200': ok({ oneOf: [{ type: 'string' }, { type: 'string' }] }) } } },
  },
  components: { schemas: OVERLAPPING },
};

/** The response schema of `GET path` 200 in the contract file, checked by hyperjump (not our ajv wrapper). */
async function independentCheck(file: string, path: string, body: unknown) {
  const pointer = ['paths', path, 'get', 'responses', '200', 'content', 'application/json', 'schema']
    .map((s) => `/${encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))}`)
    .join('');
  const output = await validate(`${pathToFileURL(file).href}#${pointer}`, body as never, 'BASIC');
  const errors = output.valid ? [] : (output.errors ?? []);
  return { valid: output.valid, errors: errors.map((e) => `${e.instanceLocation} ${e.keyword}`) };
}

describe('oneOf branches that overlap, served', () => {
  let dir: string;
  let file: string;
  let server: MockServer;
  let url: string;

  beforeAll(async () => {
    setShouldValidateSchema(false);
    dir = mkdtempSync(join(tmpdir(), 'mockforge-oneof-'));
    file = join(dir, 'openapi.json'); // the name hyperjump reads as an OpenAPI document
    writeFileSync(file, JSON.stringify(CONTRACT, null, 2));
    server = createMocksFromSpec(file, { port: 0, root: dir });
    url = (await server.listen())[0]?.url ?? '';
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(NAMES)('GET /%s: 200, a body that fits exactly one branch (also with Prefer: dynamic=true)', async (name) => {
    for (const headers of [{}, { prefer: 'dynamic=true' }, { prefer: 'dynamic=true' }]) {
      const { status, headers: sent, body } = await getJson(`${url}/${name}`, { headers });
      expect(status).toBe(200);
      expect(sent.get('x-mockforge-response-errors')).toBeNull();
      expect(await independentCheck(file, `/${name}`, body)).toEqual({ valid: true, errors: [] });
    }
  });

  it('a oneOf no value fits alone: still 200 with a value of the branches, flagged, never a 500', async () => {
    const { status, headers, body } = await getJson(`${url}/twins`);
    expect(status).toBe(200);
    expect(typeof body).toBe('string');
    expect(headers.get('x-mockforge-response-errors')).toBe('1');
    expect((await independentCheck(file, '/twins', body)).valid).toBe(false);
  });

  it("mockforge generate's files: every body fits exactly one branch", async () => {
    const contract = loadContract(file);
    const out = join(dir, 'mocks');
    writeMockFiles(contract, out);
    const data = readMockFiles(out, contract);
    for (const name of NAMES) {
      const operation = contract.operations.find((o) => o.path === `/${name}`);
      const body = findMockBody(data, operation?.pointer ?? '', 200, 'application/json')?.value;
      expect(await independentCheck(file, `/${name}`, body)).toEqual({ valid: true, errors: [] });
    }
  });

  it('lint warns at the line of each oneOf whose branches cannot be told apart', () => {
    const text = JSON.stringify(CONTRACT, null, 2);
    const cli = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli.js');
    const result = spawnSync(process.execPath, [cli, 'lint', '--contract', 'openapi.json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const warnings = result.stdout.split('\n').filter((l) => l.includes('[MF_LINT_ONEOF_OVERLAP]'));
    const lines = text.split('\n');
    const oneOfLine = (after: string) =>
      lines.findIndex((l, i) => i >= lineOf(text, after) - 1 && l.includes('"oneOf"')) + 1;
    expect(warnings).toEqual([
      `openapi.json:${oneOfLine('"/twins"')}: warning: no value was found that fits exactly one branch of this oneOf (1 also fits 2; 2 also fits 1): validators refuse every value as matching more than one, the mock's too [MF_LINT_ONEOF_OVERLAP]`,
      `openapi.json:${oneOfLine('"Outcome"')}: warning: branch 2 (Refused) never fits alone: every value of it also fits 1 (Accepted) (oneOf requires exactly one: validators refuse such values; the mock answers with another branch) [MF_LINT_ONEOF_OVERLAP]`,
      `openapi.json:${oneOfLine('"PaymentData"')}: warning: branch 1 (Card) never fits alone: every value of it also fits 2 (Wallet); branch 2 (Wallet) never fits alone: every value of it also fits 1 (Card) (oneOf requires exactly one: validators refuse such values; the mock answers with another branch) [MF_LINT_ONEOF_OVERLAP]`,
      `openapi.json:${oneOfLine('"Channel"')}: warning: branch 1 never fits alone: every value of it also fits 2 (oneOf requires exactly one: validators refuse such values; the mock answers with another branch) [MF_LINT_ONEOF_OVERLAP]`,
    ]);
  });
});
