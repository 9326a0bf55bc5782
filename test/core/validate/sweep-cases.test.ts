import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { createHttpTransport } from '../../../src/core/http/http-transport.js';
import { createMocksFromSpec } from '../../../src/core/mock/start-mocks.js';
import { NEGATIVE_KINDS, type TargetResult } from '../../../src/core/validate/types.js';
import { validateTarget } from '../../../src/core/validate/validate-target.js';
import { tempProject } from '../../helpers/temp-project.js';

// Shapes the sweep over APIs.guru found (our mock served a contract, validate checked the mock against it
// and reported drift). Each contract below is a reduced shape written here after the named APIs.guru
// document. The mock must give no findings (or the contract problem the contract really has), and a
// service that breaks the contract at the same place must still be found.

const transport = createHttpTransport();
const servers: Server[] = [];
afterAll(async () => {
  await transport.close();
  for (const server of servers) server.close();
});

const WITHOUT_AUTH = new Set(
  (Object.keys(NEGATIVE_KINDS) as Array<keyof typeof NEGATIVE_KINDS>).filter(
    (k) => NEGATIVE_KINDS[k] !== 'ignored_auth',
  ),
);

function contractFile(text: string): string {
  return join(tempProject({ 'api.yaml': text }), 'api.yaml');
}

async function validate(file: string, target: string): Promise<TargetResult> {
  return validateTarget({
    name: 'sweep',
    contract: loadContract(file),
    target,
    transport,
    mode: 'unsafe',
    negativeKinds: WITHOUT_AUTH,
  });
}

async function validateMock(file: string): Promise<TargetResult> {
  const mocks = createMocksFromSpec(file, { port: 0, root: join(file, '..'), security: false });
  const [served] = await mocks.listen();
  try {
    return await validate(file, served?.url ?? '');
  } finally {
    await mocks.close();
  }
}

/** A hand-written service: `answer` gives the status and JSON body for each request. */
async function serve(answer: (req: IncomingMessage) => [number, unknown]): Promise<string> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      const [status, body] = answer(req);
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const summary = (result: TargetResult) => result.findings.map((f) => `${f.check} ${f.operation} ${f.message}`);

describe('arrays of objects in query parameters (after APIs.guru amazonaws.com/rds.json)', () => {
  // OpenAPI defines no serialization for an array of objects in a query (form style or any other):
  // validate sends each item as JSON text, and a service may refuse that without being at fault.
  const rds = `openapi: 3.0.0
info: {title: rds, version: '2014-10-31'}
paths:
  /tags:
    get:
      parameters:
        - name: ResourceName
          in: query
          required: true
          schema: {type: string}
        - name: Tags
          in: query
          required: true
          schema:
            type: array
            items:
              allOf:
                - $ref: '#/components/schemas/Tag'
                - xml: {name: Tag}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [done]
                properties:
                  done: {type: boolean}
        '480':
          description: not found
components:
  schemas:
    Tag:
      type: object
      properties:
        Key: {type: string}
        Value: {type: string}
`;

  it('the mock refuses the JSON text: not reached with the reason, no drift', async () => {
    const result = await validateMock(contractFile(rds));
    expect(summary(result)).toEqual([]);
    expect(result.operations[0]?.statuses).toEqual([422]);
    expect(result.operations[0]?.notReached).toBe(
      'OpenAPI defines no serialization for query Tags (an array of objects) (sent as JSON text): the service answered 422',
    );
  });

  it('a service that answers such a request with a wrong body or a server error is still found', async () => {
    const file = contractFile(rds);
    const wrongBody = await validate(file, await serve(() => [200, { done: 'yes' }]));
    expect(summary(wrongBody)).toContain('response_schema_conformance GET /tags /done must be boolean');
    const crash = await validate(file, await serve(() => [500, undefined]));
    expect(summary(crash)).toContain('not_a_server_error GET /tags server error 500');
  });
});
