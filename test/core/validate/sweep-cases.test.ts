import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import type { Operation } from '../../../src/core/contract/types.js';
import { createHttpTransport } from '../../../src/core/http/http-transport.js';
import { createMocksFromSpec } from '../../../src/core/mock/start-mocks.js';
import { formatValidate } from '../../../src/core/validate/format-validate.js';
import { KnownIds } from '../../../src/core/validate/known-ids.js';
import { NEGATIVE_KINDS, type TargetResult, type ValidateResult } from '../../../src/core/validate/types.js';
import { validateExitCode } from '../../../src/core/validate/validate-findings.js';
import { validateTarget } from '../../../src/core/validate/validate-target.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';

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

describe('response schemas that admit no value: a contract problem at their line, not drift', () => {
  // After APIs.guru airbyte.local/config.json (AirbyteStream requires `json_schema` but declares only
  // `jsonSchema`, closed by additionalProperties: false) and mercedes-benz.com/configurator.json
  // (ProductGroup: `type: object` with `enum: [PKW, VAN, SMART]`, required in VehicleModel).
  const contract = `openapi: 3.0.0
info: {title: unsatisfiable, version: '1'}
paths:
  /streams:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  streams:
                    type: array
                    items: {$ref: '#/components/schemas/AirbyteStream'}
  /models:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/VehicleModel'}
components:
  schemas:
    AirbyteStream:
      type: object
      additionalProperties: false
      required: [name, json_schema]
      properties:
        name: {type: string}
        jsonSchema: {type: object}
    VehicleModel:
      type: object
      required: [modelId, productGroup]
      properties:
        modelId: {type: string}
        productGroup: {$ref: '#/components/schemas/ProductGroup'}
    ProductGroup:
      type: object
      enum: [PKW, VAN, SMART]
      required: [name]
      properties:
        name: {type: string}
`;
  const problems = (result: TargetResult) =>
    result.contractProblems.map((p) => `${p.operation} ${p.location.line} ${p.message}`);

  it('the mock: one contract problem per schema, at its line, no drift, exit 2', async () => {
    const result = await validateMock(contractFile(contract));
    expect(summary(result)).toEqual([]);
    expect(problems(result)).toEqual([
      `GET /streams ${lineOf(contract, 'additionalProperties: false')} no response body can fit here (/streams/0/json_schema of an answer): 'json_schema' is required but not among the properties, and additionalProperties is false: the schema admits no object`,
      `GET /models ${lineOf(contract, 'type: object', lineOf(contract, 'ProductGroup:'))} no response body can fit here (/0/productGroup of an answer): no value of enum ["PKW","VAN","SMART"] is of type "object": the schema admits no value`,
    ]);
    expect(result.contractProblems.every((p) => p.seenInAnswer)).toBe(true);
    expect(result.operations.every((o) => o.responses === 1 && o.skipped === undefined)).toBe(true);
    const all: ValidateResult = { targets: [result], responses: result.responses, timeMs: 0 };
    expect(validateExitCode(all)).toBe(2);
    expect(formatValidate(all, (f) => f)).toContain(
      `api.yaml:${lineOf(contract, 'additionalProperties: false')}: contract problem: no response body can fit here`,
    );
  });

  it('a service that breaks the rest of those schemas is still found', async () => {
    const file = contractFile(contract);
    const target = await serve((req) =>
      req.method !== 'GET'
        ? [405, undefined]
        : req.url === '/streams'
          ? [200, { streams: [{ name: 7, json_schema: {}, extra: true }] }]
          : [200, [{ modelId: 5, productGroup: 'VAN' }]],
    );
    const result = await validate(file, target);
    expect(summary(result)).toEqual([
      "response_schema_conformance GET /streams /streams/0/extra property 'extra' is not allowed",
      'response_schema_conformance GET /streams /streams/0/name must be string',
      'response_schema_conformance GET /models /0/modelId must be string',
    ]);
    expect(result.contractProblems).toHaveLength(2);
  });
});

describe('a oneOf whose branches overlap so that no body fits one alone (after @readme/oas-examples readme-legacy)', () => {
  const contract = `openapi: 3.0.0
info: {title: overlap, version: '1'}
paths:
  /spec:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [url]
              properties:
                url: {type: string}
      responses:
        '201':
          description: created
        '400':
          description: invalid
          content:
            application/json:
              schema:
                oneOf:
                  - $ref: '#/components/schemas/error_SPEC_FILE_EMPTY'
                  - $ref: '#/components/schemas/error_SPEC_INVALID'
components:
  schemas:
    baseError:
      type: object
      properties:
        error: {type: string}
        message: {type: string}
    error_SPEC_FILE_EMPTY:
      allOf:
        - $ref: '#/components/schemas/baseError'
        - type: object
          properties:
            error: {type: string, default: SPEC_FILE_EMPTY}
    error_SPEC_INVALID:
      allOf:
        - $ref: '#/components/schemas/baseError'
        - type: object
          properties:
            error: {type: string, default: SPEC_INVALID}
`;

  it('the mock: its 400 answers give a contract problem at the oneOf, no drift', async () => {
    const result = await validateMock(contractFile(contract));
    expect(summary(result)).toEqual([]);
    expect(problems400(result)).toEqual([
      `POST /spec ${lineOf(contract, 'oneOf:')} no response body can fit here (the body of an answer): the body fits branches 1 (error_SPEC_FILE_EMPTY), 2 (error_SPEC_INVALID) of this oneOf, whose values were never found to fit one branch alone (MF_LINT_ONEOF_OVERLAP): the schema admits no such body`,
    ]);
  });

  it('a service whose 400 body fits no branch is still found', async () => {
    const result = await validate(
      contractFile(contract),
      await serve((req) => (req.headers['content-type'] === 'application/json' ? [201, undefined] : [400, 'nope'])),
    );
    expect(summary(result)).toContainEqual(
      expect.stringMatching(/^response_schema_conformance POST \/spec \(body\) must match exactly one schema in oneOf/),
    );
    expect(result.contractProblems).toEqual([]);
  });

  const problems400 = (result: TargetResult) =>
    result.contractProblems.map((p) => `${p.operation} ${p.location.line} ${p.message}`);
});

describe('ids that are whole resource paths (after APIs.guru azure.com/automation-account.json)', () => {
  // Azure's lists name each item by its resource path (`id: /subscriptions/.../automationAccounts/a`); taken
  // as the `{automationAccountName}` of a sub-resource it went out as one %2F-encoded segment, which the
  // mock (like most servers and proxies) refuses before routing: a 400 problem+json read as drift.
  const contract = `openapi: 3.0.0
info: {title: automation, version: '2015-10-31'}
paths:
  /subscriptions/{subscriptionId}/automationAccounts:
    get:
      parameters:
        - {name: subscriptionId, in: path, required: true, schema: {type: string}, example: subid}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  value:
                    type: array
                    items:
                      type: object
                      properties:
                        id: {type: string}
                        name: {type: string}
              example:
                value:
                  - {id: /subscriptions/subid/automationAccounts/myaccount, name: myaccount}
        default: {$ref: '#/components/responses/Error'}
  /subscriptions/{subscriptionId}/automationAccounts/{automationAccountName}/statistics:
    get:
      parameters:
        - {name: subscriptionId, in: path, required: true, schema: {type: string}, example: subid}
        - {name: automationAccountName, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  count: {type: integer}
        default: {$ref: '#/components/responses/Error'}
components:
  responses:
    Error:
      description: error
      content:
        application/json:
          schema:
            type: object
            properties:
              code: {type: string}
`;

  it('the mock: the sub-resource is asked for with a one-segment name, no findings', async () => {
    const result = await validateMock(contractFile(contract));
    expect(summary(result)).toEqual([]);
    expect(result.operations.map((o) => o.statuses)).toEqual([[200], [200]]);
  });

  it('a service whose answer for the sub-resource is wrong is still found', async () => {
    const target = await serve((req) =>
      req.method !== 'GET'
        ? [405, undefined]
        : req.url?.endsWith('/automationAccounts')
          ? [200, { value: [{ id: '/subscriptions/subid/automationAccounts/myaccount', name: 'myaccount' }] }]
          : [200, { count: 'many' }],
    );
    const result = await validate(contractFile(contract), target);
    expect(summary(result)).toEqual([
      'response_schema_conformance GET /subscriptions/{subscriptionId}/automationAccounts/{automationAccountName}/statistics /count must be integer',
    ]);
  });
});

describe('a path parameter whose example holds slashes (after APIs.guru azure.com/resources.json)', () => {
  // Azure's `{scope}` examples are paths (`providers/Microsoft.Management/managementGroups/g1`); sent as one
  // %2F segment, the mock refuses the target (400) before routing. It used to answer with its own
  // problem+json, which the operation's documented `default` (application/json) does not list.
  const contract = `openapi: 3.0.0
info: {title: resources, version: '2019-08-01'}
paths:
  /{scope}/providers/Microsoft.Resources/deployments:
    get:
      parameters:
        - name: scope
          in: path
          required: true
          schema: {type: string}
          example: providers/Microsoft.Management/managementGroups/g1
          x-ms-skip-url-encoding: true
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {value: {type: array, items: {type: string}}}}
        default:
          description: error
          content:
            application/json:
              schema:
                type: object
                properties:
                  error: {type: object, properties: {code: {type: string}}}
`;

  it('the mock refuses the %2F segment in the shape of the documented default: not reached, no findings', async () => {
    const result = await validateMock(contractFile(contract));
    expect(summary(result)).toEqual([]);
    expect(result.operations[0]?.statuses).toEqual([400]);
    expect(result.operations[0]?.notReached).toMatch(/^no real id for \{scope\} \(from the contract\)/);
  });

  it('a service whose refusal does not have the documented shape is still found', async () => {
    const target = await serve(() => [400, { error: 'NotAScope' }]);
    const result = await validate(contractFile(contract), target);
    expect(summary(result)).toContain(
      'response_schema_conformance GET /{scope}/providers/Microsoft.Resources/deployments /error must be object',
    );
  });
});

describe('additionalProperties beside an allOf (after APIs.guru azure.com/datafactory.json)', () => {
  // Factory's own additionalProperties ({type: object}) applies to the string properties its allOf member
  // Resource declares (JSON Schema reads `properties` per node): a Factory with an `id` string fits no
  // validator. The mock generated them anyway.
  const contract = `openapi: 3.0.0
info: {title: datafactory, version: '2018-06-01'}
paths:
  /factories:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [value]
                properties:
                  value:
                    type: array
                    minItems: 1
                    items: {$ref: '#/components/schemas/Factory'}
components:
  schemas:
    Resource:
      properties:
        id: {type: string, readOnly: true}
        eTag: {type: string, readOnly: true}
        location: {type: string}
        tags: {type: object, additionalProperties: {type: string}}
    Factory:
      type: object
      additionalProperties: {type: object}
      allOf:
        - $ref: '#/components/schemas/Resource'
      properties:
        identity: {type: object, properties: {type: {type: string}}}
`;

  it('the mock leaves out the inherited properties no value of both fits: no findings', async () => {
    const result = await validateMock(contractFile(contract));
    expect(summary(result)).toEqual([]);
    expect(result.operations[0]?.statuses).toEqual([200]);
  });

  it('a service that sends them is still found', async () => {
    const target = await serve((req) =>
      req.method !== 'GET' ? [405, undefined] : [200, { value: [{ id: 'f1', tags: {}, identity: {} }] }],
    );
    expect(summary(await validate(contractFile(contract), target))).toEqual([
      'response_schema_conformance GET /factories /value/0/id must be object',
    ]);
  });
});

describe('URLs in answers are read as a router reads them (after APIs.guru github.com/ghes-2.20.json)', () => {
  // `comments_url: /gists/g1/comments` also matches `/gists/{gist_id}/{sha}`: validate took `comments` for a
  // revision and checked the comments list against the gist schema.
  const contract = `openapi: 3.0.0
info: {title: gists, version: '2.20'}
paths:
  /gists/{gist_id}:
    get:
      parameters: [{name: gist_id, in: path, required: true, schema: {type: string}, example: g1}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/gist'}
              example: {id: g1, comments_url: 'https://api.example.com/gists/g1/comments'}
  /gists/{gist_id}/comments:
    get:
      parameters: [{name: gist_id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: object, properties: {body: {type: string}}}}
  /gists/{gist_id}/{sha}:
    get:
      parameters:
        - {name: gist_id, in: path, required: true, schema: {type: string}}
        - {name: sha, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/gist'}
components:
  schemas:
    gist:
      type: object
      properties:
        id: {type: string}
        comments_url: {type: string}
`;

  it('the comments URL names the comments list only', () => {
    const loaded = loadContract(contractFile(contract));
    const known = new KnownIds(loaded);
    known.capture('GET', '/gists/g1', { id: 'g1', comments_url: 'https://api.example.com/gists/g1/comments' });
    const byPath = (path: string) => loaded.operations.find((o) => o.path === path) as Operation;
    expect(known.linked(byPath('/gists/{gist_id}/comments'))).toEqual([{ gist_id: 'g1' }]);
    expect(known.linked(byPath('/gists/{gist_id}/{sha}'))).toEqual([]);
  });

  it('the mock: no findings', async () => {
    expect(summary(await validateMock(contractFile(contract)))).toEqual([]);
  });

  it('a service whose comments list is wrong is still found, under the comments operation', async () => {
    const target = await serve((req) =>
      req.method !== 'GET'
        ? [405, undefined]
        : req.url?.endsWith('/comments')
          ? [200, [{ body: 5 }]]
          : [200, { id: 'g1', comments_url: 'https://api.example.com/gists/g1/comments' }],
    );
    expect(summary(await validate(contractFile(contract), target))).toEqual([
      'response_schema_conformance GET /gists/{gist_id}/comments /0/body must be string',
    ]);
  });
});

describe('multipart/form-data request bodies (after APIs.guru flickr.com.json)', () => {
  // validate wrote JSON, urlencoded, XML and text bodies only: the upload's required multipart body went out
  // empty, the mock refused it (422), read as status drift.
  const contract = `openapi: 3.0.0
info: {title: flickr, version: '1'}
paths:
  /upload:
    post:
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [api_key, photo]
              properties:
                api_key: {type: string}
                photo: {type: string, format: binary}
                is_public: {type: string, enum: ['0', '1']}
                safety_level: {type: integer, minimum: 1, maximum: 3}
                meta: {type: object, properties: {title: {type: string}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, required: [photoid], properties: {photoid: {type: string}}}
`;

  it('the mock accepts the multipart body validate writes and refuses its negatives: no findings', async () => {
    const result = await validateMock(contractFile(contract));
    expect(summary(result)).toEqual([]);
    expect(result.operations[0]?.statuses).toEqual([200]);
    expect(result.operations[0]?.negatives?.sent).toContain('missing_required');
  });

  it('a service that accepts a multipart body missing a required field is still found', async () => {
    const target = await serve((req) =>
      req.method === 'POST' && /^multipart\/form-data; boundary=/.test(req.headers['content-type'] ?? '')
        ? [200, { photoid: 'p1' }]
        : [405, undefined],
    );
    const result = await validate(contractFile(contract), target);
    expect(result.operations[0]?.statuses).toEqual([200]);
    expect(summary(result)).toContain(
      'negative_data_rejection POST /upload accepted a request with required property left out (body /api_key): 200, expected 4xx',
    );
  });
});

describe('path keys that name parameters after # (after APIs.guru amazonaws.com/codeartifact.json)', () => {
  // `#domain&repository&x-amz-content-sha256` lists what the request carries, with any value. Read as
  // "each equals ''", the mock routed nothing once the header parameter had its value: 404, read as drift.
  const contract = `openapi: 3.0.0
info: {title: codeartifact, version: '2018-09-22'}
paths:
  /v1/package/version/publish#domain&repository&x-amz-content-sha256:
    post:
      parameters:
        - {name: domain, in: query, required: true, schema: {type: string, minLength: 2}}
        - {name: repository, in: query, required: true, schema: {type: string}}
        - {name: x-amz-content-sha256, in: header, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, required: [assetContent], properties: {assetContent: {type: string}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, required: [format], properties: {format: {type: string}}}
        '480':
          description: denied
`;

  it('the mock routes the request that carries them: no findings', async () => {
    const result = await validateMock(contractFile(contract));
    expect(summary(result)).toEqual([]);
    expect(result.operations[0]?.statuses).toEqual([200]);
  });

  it('a service that accepts the request without one of them is still found', async () => {
    const target = await serve((req) => (req.method === 'POST' ? [200, { format: 'npm' }] : [405, undefined]));
    expect(summary(await validate(contractFile(contract), target))).toContain(
      'negative_data_rejection POST /v1/package/version/publish#domain&repository&x-amz-content-sha256 accepted a request with required query parameter left out (query domain): 200, expected 4xx',
    );
  });
});

describe('shapes of APIs.guru intellifi.nl.json', () => {
  // Item is `allOf: [ItemUpdate, {...}, {oneOf: [three open objects]}]`: the generator merged the first
  // branch, whose value also fit the other two (oneOf refused it). A blob download documents `image/*`,
  // which the mock answered as application/json.
  const contract = `openapi: 3.0.0
info: {title: intellifi, version: '1'}
paths:
  /items/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
  /blobs/{id}/download:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: the blob
          content:
            image/*:
              schema: {type: string, format: binary}
components:
  schemas:
    ItemUpdate:
      type: object
      properties:
        label: {type: string}
    Item:
      allOf:
        - $ref: '#/components/schemas/ItemUpdate'
        - type: object
          properties:
            id: {type: string, readOnly: true}
        - oneOf:
            - type: object
              properties:
                location: {type: object, properties: {id: {type: string}}}
            - type: object
              properties:
                location_id: {type: string, pattern: '^[0-9a-f]{24}$'}
            - type: object
              properties:
                location_url: {type: string, format: uri}
`;

  it('the mock: an Item fits exactly one branch, the blob is an image: no findings', async () => {
    const result = await validateMock(contractFile(contract));
    expect(summary(result)).toEqual([]);
    expect(result.operations.map((o) => o.statuses)).toEqual([[200], [200]]);
  });

  it('a service whose Item fits several branches, or whose blob is JSON, is still found', async () => {
    const target = await serve((req) =>
      req.method !== 'GET' ? [405, undefined] : req.url?.startsWith('/items/') ? [200, { label: 'x' }] : [200, 'blob'],
    );
    expect(summary(await validate(contractFile(contract), target))).toEqual([
      'response_schema_conformance GET /items/{id} (body) must match exactly one schema in oneOf',
      "content_type_conformance GET /blobs/{id}/download Content-Type 'application/json' is not documented for 200 (documented: image/*)",
    ]);
  });
});
