import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../src/core/http/http-transport.js';
import { loadScenarioFiles } from '../../../src/core/scenario/load-scenario-files.js';
import { runScenarios } from '../../../src/core/scenario/run-scenarios.js';
import type { ScenarioResult } from '../../../src/core/scenario/types.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';

const servers: Server[] = [];
const transport = createHttpTransport();
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

interface Received {
  method: string;
  url: string;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A small pets service: a list that grows with POST, a GET that answers 503 (Retry-After: 0) the first `flaky` times, an echo. */
async function petsService(flaky = 2) {
  const received: Received[] = [];
  const pets: Array<{ id: string; name: string }> = [];
  let failures = 0;
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    received.push({ method: req.method ?? '', url: req.url ?? '', body, headers: req.headers });
    const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'POST' && path === '/pets') {
      const pet = { id: `pet_${pets.length + 1}`, name: JSON.parse(body || '{}').name ?? 'x' };
      pets.push(pet);
      return send(201, pet);
    }
    if (path === '/pets') return send(200, pets);
    if (path === '/flaky')
      return failures++ < flaky ? send(503, { error: 'busy' }, { 'retry-after': '0' }) : send(200, { ok: true });
    if (path?.startsWith('/echo/')) {
      return send(200, {
        path,
        query: req.url?.split('?')[1] ?? '',
        headers: req.headers,
        body,
        type: req.headers['content-type'],
      });
    }
    send(404, { error: 'no' });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, received, pets };
}

const CONTRACT = `openapi: 3.0.3
info: {title: pets, version: '1'}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
    post:
      operationId: createPet
      requestBody: {content: {application/json: {schema: {type: object}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
  /flaky:
    get:
      operationId: getFlaky
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object}}}}
        '503': {description: busy, content: {application/json: {schema: {type: object}}}}
  /echo/{name}:
    post:
      operationId: echo
      parameters:
        - {name: name, in: path, required: true, schema: {type: string}}
        - {name: tags, in: query, schema: {type: array, items: {type: string}}}
        - {name: X-Trace, in: header, schema: {type: string}}
        - {name: session, in: cookie, schema: {type: string}}
      requestBody: {content: {application/x-www-form-urlencoded: {schema: {type: object}}, application/json: {schema: {type: object}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object}}}}
components:
  schemas:
    Pet: {type: object, required: [id, name], properties: {id: {type: string}, name: {type: string}}}
`;

const HEAD = `arazzo: 1.0.1
info: {title: t, version: '1'}
sourceDescriptions:
  - {name: pets, url: ./pets.yaml, type: openapi}
`;

async function run(
  arazzo: string,
  options: { flaky?: number; inputs?: Record<string, unknown>; env?: Record<string, string> } = {},
) {
  const service = await petsService(options.flaky);
  const dir = tempProject({ 'pets.yaml': CONTRACT, 'flow.arazzo.yaml': arazzo });
  const { scenarios, registry } = loadScenarioFiles([join(dir, 'flow.arazzo.yaml')], { root: dir });
  const sleeps: number[] = [];
  const result = await runScenarios({
    scenarios,
    targets: [{ service: 'pets', url: service.url, source: 'target' }],
    contracts: registry.standalone,
    transport,
    env: options.env ?? {},
    inputs: options.inputs ?? {},
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  const byName = (name: string) => result.scenarios.find((s) => s.name === name) as ScenarioResult;
  return { result, service, sleeps, byName, line: (needle: string, from = 0) => lineOf(arazzo, needle, from) };
}

const outcomes = (scenario: ScenarioResult) => scenario.steps.map((s) => `${s.name}:${s.outcome}`);

describe('running Arazzo workflows', () => {
  it('loops with goto until a JSONPath criterion holds, then ends; outputs feed later steps and the workflow outputs', async () => {
    const { byName, service } = await run(`${HEAD}workflows:
  - workflowId: fill
    outputs:
      last: $steps.create.outputs.id
      count: $steps.list.outputs.count
    steps:
      - stepId: list
        operationId: listPets
        successCriteria:
          - condition: $statusCode == 200
        outputs:
          count: $response.body
        onSuccess:
          - name: enough
            type: end
            criteria:
              - {context: $response.body, condition: '$[?length(@) >= 3]', type: jsonpath}
      - stepId: create
        operationId: createPet
        requestBody:
          payload: {name: pet}
        successCriteria:
          - condition: $statusCode == 201
          - {context: $response.body#/id, condition: '^pet_\\d+$', type: regex}
        outputs:
          id: $response.body#/id
        onSuccess:
          - {name: again, type: goto, stepId: list}
`);
    const fill = byName('fill');
    expect(outcomes(fill)).toEqual([
      'list:passed',
      'create:passed',
      'list:passed',
      'create:passed',
      'list:passed',
      'create:passed',
      'list:passed',
    ]);
    expect(fill.passed).toBe(true);
    expect(service.pets.map((p) => p.id)).toEqual(['pet_1', 'pet_2', 'pet_3']);
    expect(fill.steps.at(-1)?.captured.count).toHaveLength(3);
  });

  it('retries a 503 after Retry-After (overruling retryAfter), folds the attempts into the step, and the workflow passes', async () => {
    const { byName, sleeps } = await run(`${HEAD}workflows:
  - workflowId: flaky
    steps:
      - stepId: get
        operationId: getFlaky
        successCriteria:
          - condition: $statusCode == 200
        onFailure:
          - {name: wait, type: retry, retryAfter: 5, retryLimit: 3, criteria: [{condition: $statusCode == 503}]}
`);
    const flaky = byName('flaky');
    expect(flaky.passed).toBe(true);
    expect(flaky.steps).toHaveLength(1);
    expect(flaky.steps[0]?.retried?.map((r) => r.status)).toEqual([503, 503]);
    expect(sleeps).toEqual([0, 0]); // Retry-After: 0 overrules retryAfter: 5
  });

  it('runs the next matching failure action once the retryLimit is spent, and a failed step fails the workflow', async () => {
    const { byName, sleeps, line } = await run(
      `${HEAD}workflows:
  - workflowId: flaky
    steps:
      - stepId: get
        operationId: getFlaky
        successCriteria:
          - condition: $statusCode == 200
        onFailure:
          - {name: wait, type: retry, retryAfter: 0.25, criteria: [{condition: $statusCode == 503}]}
          - {name: fallback, type: goto, stepId: list}
      - stepId: skipped-by-goto
        operationId: createPet
      - stepId: list
        operationId: listPets
`,
      { flaky: 5 },
    );
    const flaky = byName('flaky');
    expect(outcomes(flaky)).toEqual(['get:failed', 'list:passed']);
    expect(flaky.steps[0]?.retried).toHaveLength(1); // retryLimit defaults to one retry
    expect(flaky.steps[0]?.failures[0]).toMatchObject({
      kind: 'criterion',
      location: { line: line('$statusCode == 200') },
    });
    expect(sleeps).toEqual([0]); // the response's Retry-After: 0
    expect(flaky.passed).toBe(false);
  });

  it('calls a sub-workflow with parameters as inputs, reads its outputs, runs dependsOn first and reads $workflows', async () => {
    const { byName, service } = await run(
      `${HEAD}workflows:
  - workflowId: create-one
    inputs:
      type: object
      required: [name]
      properties:
        name: {type: string}
    steps:
      - stepId: create
        operationId: createPet
        requestBody:
          payload: {name: $inputs.name}
        successCriteria: [{condition: $statusCode == 201}]
        outputs: {id: $response.body#/id}
    outputs:
      id: $steps.create.outputs.id
  - workflowId: main
    dependsOn: [create-one]
    steps:
      - stepId: make
        workflowId: create-one
        parameters:
          - {name: name, value: Rex}
        successCriteria:
          - condition: $statusCode == 201
        outputs:
          made: $outputs.id
      - stepId: list
        operationId: listPets
        successCriteria:
          - {context: $response.body, condition: "$[?length(@) == 3 && @[2].id == {$steps.make.outputs.made}]", type: jsonpath}
          - condition: $workflows.create-one.outputs.id == 'pet_3'
`,
      { inputs: { name: 'Fido' } },
    );
    // create-one runs alone first (input from --input), then main: its dependsOn (again), then the call
    expect(outcomes(byName('create-one'))).toEqual(['create:passed']);
    const main = byName('main');
    expect(main.steps[3]?.failures.map((f) => f.message)).toEqual([]);
    expect(outcomes(main)).toEqual([
      'dependsOn create-one › create:passed',
      'make › create:passed',
      'make:passed',
      'list:passed',
    ]);
    expect(main.steps[3]?.failures).toEqual([]);
    expect(main.steps[2]?.captured).toEqual({ made: 'pet_3' });
    expect(service.pets.map((p) => p.name)).toEqual(['Fido', 'Fido', 'Rex']);
    expect(main.passed).toBe(true);
  });

  it('serializes path, query (exploded array), header and cookie parameters, a form body and JSON replacements', async () => {
    const { byName, service } = await run(
      `${HEAD}workflows:
  - workflowId: echo
    inputs:
      type: object
      properties:
        who: {type: string, x-mockforge-env: WHO}
        tags: {type: array}
    parameters:
      - {name: X-Trace, in: header, value: workflow-level}
    steps:
      - stepId: form
        operationId: echo
        parameters:
          - {name: name, in: path, value: 'a b/c'}
          - {name: tags, in: query, value: $inputs.tags}
          - {name: X-Trace, in: header, value: 't-{$inputs.who}'}
          - {name: session, in: cookie, value: s1}
        requestBody:
          contentType: application/x-www-form-urlencoded
          payload: {grant_type: client_credentials, who: $inputs.who}
        successCriteria: [{condition: $statusCode == 200}]
      - stepId: json
        operationId: echo
        parameters:
          - {name: name, in: path, value: j}
        requestBody:
          payload: {pet: {id: 0, name: x}, keep: true}
          replacements:
            - {target: /pet/id, value: $steps.form.outputs.trace}
            - {target: /pet/name, value: 'Rex'}
        successCriteria: [{condition: $statusCode == 200}]
      - stepId: bad-target
        operationId: echo
        parameters:
          - {name: name, in: path, value: j}
        requestBody:
          payload: {pet: {}}
          replacements:
            - {target: /pet/missing/deep, value: '1'}
`.replace(
        'successCriteria: [{condition: $statusCode == 200}]\n      - stepId: json',
        'successCriteria: [{condition: $statusCode == 200}]\n        outputs: {trace: $request.header.X-Trace}\n      - stepId: json',
      ),
      { env: { WHO: 'alice' }, inputs: { tags: ['x', 'y'] } },
    );
    const echo = byName('echo');
    expect(outcomes(echo)).toEqual(['form:passed', 'json:passed', 'bad-target:failed']);
    const [form, json] = service.received;
    expect(form?.url).toBe('/echo/a%20b%2Fc?tags=x&tags=y');
    expect(form?.headers['x-trace']).toBe('t-alice');
    expect(form?.headers.cookie).toBe('session=s1');
    expect(form?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(form?.body).toBe('grant_type=client_credentials&who=alice');
    expect(JSON.parse(json?.body ?? '')).toEqual({ pet: { id: 't-alice', name: 'Rex' }, keep: true });
    expect(json?.headers['x-trace']).toBe('workflow-level');
    expect(echo.steps[2]?.failures[0]?.message).toMatch(
      /replacement target \/pet\/missing\/deep is not in the payload/,
    );
    expect(service.received).toHaveLength(2); // the bad replacement sent nothing
  });

  it('checks inputs against the inputs schema before sending anything, at the inputs line', async () => {
    const { byName, service, line } = await run(
      `${HEAD}workflows:
  - workflowId: needs
    inputs:
      type: object
      required: [count]
      properties:
        count: {type: integer, minimum: 1}
    steps:
      - stepId: list
        operationId: listPets
`,
      { env: { MOCKFORGE_INPUT_COUNT: '0' } },
    );
    const needs = byName('needs');
    expect(needs.passed).toBe(false);
    expect(needs.failures?.[0]).toMatchObject({ kind: 'input', location: { line: line('inputs:') } });
    expect(needs.failures?.[0]?.message).toMatch(/input count must be >= 1/);
    expect(outcomes(needs)).toEqual(['list:skipped']);
    expect(service.received).toHaveLength(0);
  });

  it('stops a goto loop that never ends at its step budget', { timeout: 60_000 }, async () => {
    const { byName } = await run(`${HEAD}workflows:
  - workflowId: forever
    steps:
      - stepId: list
        operationId: listPets
        onSuccess:
          - {name: again, type: goto, stepId: list}
`);
    const forever = byName('forever');
    expect(forever.passed).toBe(false);
    expect(forever.steps).toHaveLength(1000);
    expect(forever.failures?.[0]).toMatchObject({ kind: 'flow', message: expect.stringMatching(/step budget/) });
  });
});
