import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMockforgeError, type MockforgeError } from '../../../src/core/errors.js';
import { loadProject } from '../../../src/core/project.js';
import { loadScenarioFiles } from '../../../src/core/scenario/load-scenario-files.js';
import { FIXTURES, lineOf, tempProject } from '../../helpers/temp-project.js';

const PETS = `openapi: 3.0.3
info: {title: pets, version: '1'}
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object}}}}
`;

const HEAD = `arazzo: 1.0.1
info: {title: t, version: '1'}
sourceDescriptions:
  - {name: pets, url: ./pets.yaml, type: openapi}
`;

function loadError(
  arazzo: string,
  extra: Record<string, string> = {},
): { error: MockforgeError; line: (needle: string) => number } {
  const dir = tempProject({ 'pets.yaml': PETS, 'flow.arazzo.yaml': arazzo, ...extra });
  try {
    loadScenarioFiles([join(dir, 'flow.arazzo.yaml')], { root: dir });
  } catch (error) {
    if (!isMockforgeError(error)) throw error;
    return { error, line: (needle) => lineOf(arazzo, needle) };
  }
  throw new Error('loaded');
}

describe('loading Arazzo documents', () => {
  it('loads the official examples (pet-coupons, bnpl, oauth, FAPI-PAR) without errors', () => {
    const dir = join(FIXTURES, 'arazzo', 'examples');
    const files = readdirSync(dir)
      .filter((f) => /arazzo\.yaml$/.test(f) || f === 'bnpl-arazzo.yaml')
      .map((f) => join(dir, f));
    expect(files).toHaveLength(4);
    const project = loadProject(join(dir, 'mockforge.yaml'));
    const { scenarios } = loadScenarioFiles(files, { project, root: dir });
    expect(scenarios.map((s) => s.name).sort()).toEqual([
      'ApplyForLoanAtCheckout',
      'OIDC-PAR-AuthzCode',
      'apply-coupon',
      'authorization-code-flow',
      'buy-available-pet',
      'client-credentials-flow',
      'place-order',
      'refresh-token-flow',
    ]);
    // bnpl's description is a remote URL: never fetched, mapped to the workspace whose contract has its file name
    const bnpl = scenarios.find((s) => s.name === 'ApplyForLoanAtCheckout');
    expect(bnpl?.steps[0]?.service).toBe('bnpl');
    expect(bnpl?.steps[0]?.request).toMatchObject({ method: 'POST', path: '/bnpl/v1/products' });
  });

  it('checks the document against the published JSON Schema, every problem at its line', () => {
    const text = `${HEAD}workflows:
  - workflowId: w
    steps:
      - stepId: a
        operationId: getPet
        workflowId: other
        sucessCriteria: []
      - stepId: b
        operationId: getPet
        onFailure:
          - {name: again, type: goto}
`;
    const { error, line } = loadError(text);
    expect(error.code).toBe('MF_ARAZZO_INVALID');
    expect(error.location?.line).toBe(line('stepId: a'));
    expect(error.message).toContain(
      'workflows[0].steps[0] needs exactly one of operationId, operationPath or workflowId',
    );
    expect(error.message).toContain(`:${line('stepId: a')}:`.slice(1) === '' ? '' : "unknown key 'sucessCriteria'");
    expect(error.message).toMatch(
      new RegExp(
        `flow.arazzo.yaml:${line('{name: again')}:\\d+: workflows\\[0\\].steps\\[1\\].onFailure\\[0\\] needs exactly one of stepId or workflowId`,
      ),
    );
  });

  it('refuses a bad runtime expression at its line before anything runs', () => {
    const text = `${HEAD}workflows:
  - workflowId: w
    steps:
      - stepId: a
        operationId: getPet
        parameters:
          - {name: petId, in: path, value: $input.id}
        successCriteria:
          - condition: $statusCode = 200
          - {context: $response.body, condition: '$[?@.a ==]', type: jsonpath}
          - {context: $response.body, condition: '([a-z', type: regex}
          - {context: $response.body, condition: '^(\\w+\\s?)*$', type: regex}
        outputs:
          id: $response.body#id
`;
    const { error, line } = loadError(text);
    expect(error.code).toBe('MF_ARAZZO_INVALID');
    const at = (needle: string) => `flow.arazzo.yaml:${line(needle)}`;
    expect(error.format()).toContain(`${line('$input.id')}:`);
    expect(error.message).toMatch(/did you mean '\$inputs'/);
    expect(error.message).toContain(`${at('$statusCode = 200')}`);
    expect(error.message).toMatch(/bad JSONPath '\$\[\?@\.a ==\]'/);
    expect(error.message).toMatch(/bad regex '\(\[a-z'/);
    // A catastrophic-backtracking regex is refused at load, before it can hang the job on an answer.
    expect(error.message).toContain(`${at('^(\\w+\\s?)*$')}:39: regex '^(\\w+\\s?)*$' can take exponential time`);
    expect(error.message).toContain(`${at('id: $response.body#id')}`);
  });

  it('refuses references that lead nowhere, duplicate ids and dependsOn cycles', () => {
    const text = `${HEAD}workflows:
  - workflowId: w
    dependsOn: [v]
    steps:
      - stepId: a
        operationId: $sourceDescriptions.petz.getPet
        onSuccess:
          - {name: jump, type: goto, stepId: nowhere}
      - stepId: a
        workflowId: missing
  - workflowId: v
    dependsOn: [w]
    steps:
      - stepId: b
        operationId: getPet
        parameters:
          - reference: $components.parameters.nope
`;
    const { error, line } = loadError(text);
    expect(error.message).toMatch(/no openapi source description named 'petz'; did you mean 'pets'\?/);
    expect(error.message).toMatch(/action 'jump' names step 'nowhere'/);
    expect(error.message).toMatch(/stepId 'a' is used twice/);
    expect(error.message).toMatch(/no workflow 'missing'/);
    expect(error.message).toMatch(/dependsOn forms a cycle: w -> v -> w/);
    expect(error.message).toMatch(/reference '\$components.parameters.nope' leads nowhere/);
    expect(error.location?.line).toBe(line('dependsOn: [v]'));
  });

  it('refuses xpath criteria and XPath replacement targets clearly (MF_ARAZZO_UNSUPPORTED)', () => {
    const text = `${HEAD}workflows:
  - workflowId: w
    steps:
      - stepId: a
        operationId: getPet
        successCriteria:
          - {context: $response.body, condition: /pet/id, type: xpath}
      - stepId: b
        operationId: getPet
        requestBody:
          contentType: application/xml
          payload: <pet><a>1</a></pet>
          replacements:
            - {target: /pet/a, value: '2'}
`;
    const { error, line } = loadError(text);
    expect(error.code).toBe('MF_ARAZZO_UNSUPPORTED');
    expect(error.location?.line).toBe(line('type: xpath'));
    expect(error.message).toMatch(/xpath criteria are not supported/);
    expect(error.message).toMatch(
      new RegExp(
        `:${line('target: /pet/a')}:\\d+: replacement target '/pet/a' is not a JSON pointer; XPath targets are not supported`,
      ),
    );
  });

  it('never fetches a remote description and never reads one outside the project', () => {
    const remote = loadError(
      HEAD.replace('./pets.yaml', 'https://example.com/pets.yaml') +
        'workflows:\n  - workflowId: w\n    steps:\n      - {stepId: a, operationId: getPet}\n',
    );
    expect(remote.error.message).toMatch(/https:\/\/example.com\/pets.yaml is not fetched/);
    expect(remote.error.location?.line).toBe(4);
    const outside = loadError(
      HEAD.replace('./pets.yaml', '../../etc/passwd') +
        'workflows:\n  - workflowId: w\n    steps:\n      - {stepId: a, operationId: getPet}\n',
    );
    expect(outside.error.code).toBe('MF_REF_REFUSED');
    expect(outside.error.message).toMatch(/leads outside/);
  });

  it('keeps what only a run can tell (a missing operation, an undefined output) for the run, with warnings', () => {
    const dir = tempProject({
      'pets.yaml': PETS,
      'flow.arazzo.yaml': `${HEAD}workflows:
  - workflowId: w
    steps:
      - stepId: a
        operationId: getpet
      - stepId: b
        operationId: getPet
        parameters:
          - {name: petid, in: path, value: $steps.a.outputs.id}
`,
    });
    const [scenario] = loadScenarioFiles([join(dir, 'flow.arazzo.yaml')], { root: dir }).scenarios;
    expect(scenario?.steps[0]?.arazzo?.operation).toEqual({
      error: "source pets has no operation 'getpet'; did you mean 'getPet'? (operationIds are case-sensitive)",
      wanted: { operationId: 'getpet' },
    });
    expect(scenario?.steps[1]?.arazzo?.warnings.map((w) => w.message)).toEqual([
      "$steps.a.outputs.id: step a has no output 'id'",
      "GET /pets/{petId} declares no path parameter 'petid'; did you mean 'petId'?",
    ]);
  });
});
