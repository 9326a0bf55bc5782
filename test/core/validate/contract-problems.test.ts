import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { createHttpTransport } from '../../../src/core/http/http-transport.js';
import type { ValidateResult } from '../../../src/core/validate/types.js';
import { validateExitCode, validateFindings } from '../../../src/core/validate/validate-findings.js';
import { validateTarget } from '../../../src/core/validate/validate-target.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';

// A degenerate $ref cycle in one operation's schema must not end the run: validate reports the schema once,
// as a contract problem at its line, and validates the other operations.

const transport = createHttpTransport();
const servers: Server[] = [];
afterAll(async () => {
  await transport.close();
  for (const server of servers) server.close();
});

const contractWith = (schemas: string) => `openapi: 3.0.3
info: {title: cycles, version: '1'}
paths:
  /loop:
    get:
      responses:
        '200':
          description: a schema that is only an alias loop
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/A'
  /loop-again:
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/A'
      responses:
        '200':
          description: the same broken schema, reported once
  /tree:
    get:
      responses:
        '200':
          description: ordinary recursion is fine
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Tree'
components:
  schemas:
${schemas}
    Tree:
      type: object
      required: [name]
      properties:
        name:
          type: string
        children:
          type: array
          items:
            $ref: '#/components/schemas/Tree'
`;

async function serve(): Promise<string> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/tree') {
      res.writeHead(req.method === 'GET' ? 404 : 405);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"name":"root","children":[{"name":"leaf"}]}');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('degenerate $ref cycles in validate', () => {
  it.each([
    [
      'an alias loop',
      `    A:\n      $ref: '#/components/schemas/B'\n    B:\n      $ref: '#/components/schemas/A'`,
      '    A:',
    ],
    [
      'an object that requires itself',
      `    A:\n      type: object\n      required: [next]\n      properties:\n        next:\n          $ref: '#/components/schemas/A'`,
      '    A:',
    ],
  ])('%s: reported once at its line, the other operations validated, exit 2', async (_name, schemas, anchor) => {
    const text = contractWith(schemas);
    const dir = tempProject({ 'cycles.yaml': text });
    const contract = loadContract(join(dir, 'cycles.yaml'));
    const result = await validateTarget({ name: 'cycles', contract, target: await serve(), transport, mode: 'unsafe' });
    expect(result.contractProblems).toHaveLength(1);
    const [problem] = result.contractProblems;
    expect(problem?.location.line).toBe(lineOf(text, anchor));
    expect(problem?.message).toMatch(/\$ref loop|requires itself/);
    const tree = result.operations.find((o) => o.operation === 'GET /tree');
    expect(tree?.responses).toBe(1);
    expect(result.findings).toEqual([]);
    for (const label of ['GET /loop', 'POST /loop-again']) {
      expect(result.operations.find((o) => o.operation === label)?.skipped).toMatch(/^contract problem at /);
    }
    const all: ValidateResult = { targets: [result], responses: result.responses, timeMs: 0 };
    expect(validateExitCode(all)).toBe(2);
    expect(validateFindings(all).filter((f) => f.title.startsWith('contract problem'))).toHaveLength(1);
  });
});
