import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputOptions } from '../../../src/core/arazzo/read-inputs.js';
import { runScenarioFiles } from '../../../src/core/scenario/run-scenario-files.js';
import type { ScenarioResult, StepResult } from '../../../src/core/scenario/types.js';
import { FIXTURES } from '../../helpers/temp-project.js';

const EXAMPLES = join(FIXTURES, 'arazzo', 'examples');

describe('the official Arazzo examples against mocks of their own descriptions', () => {
  it('run as far as the mocks can serve them, and every step that cannot run says why', {
    timeout: 60_000,
  }, async () => {
    const { result } = await runScenarioFiles({
      cwd: EXAMPLES,
      patterns: [],
      configPath: 'mockforge.yaml',
      targets: new Map(),
      env: {},
      inputs: readInputOptions(['inputs.json'], EXAMPLES),
    });
    const workflow = (name: string) => result.scenarios.find((s) => s.name === name) as ScenarioResult;
    const step = (name: string, stepName: string) =>
      workflow(name).steps.find((s) => s.name === stepName) as StepResult;
    const errors = (s: StepResult) => s.failures.filter((f) => f.severity === 'error').map((f) => f.message);
    expect(result.scenarios).toHaveLength(8);
    for (const scenario of result.scenarios) {
      for (const s of scenario.steps) {
        if (s.outcome === 'failed') expect(errors(s).length, `${scenario.name} › ${s.name}`).toBeGreaterThan(0);
        if (s.outcome === 'skipped') expect(s.skipReason, `${scenario.name} › ${s.name}`).toMatch(/\w/);
      }
    }
    // pet-coupons: buy-available-pet and place-order run through; apply-coupon names path parameter pet_id, not petId
    expect(workflow('buy-available-pet').passed).toBe(true);
    expect(workflow('buy-available-pet').steps.map((s) => s.name)).toEqual([
      'find-pet',
      'place-order › place-order',
      'place-order',
    ]);
    expect(workflow('place-order').passed).toBe(true);
    expect(step('apply-coupon', 'find-pet').outcome).toBe('passed');
    expect(step('apply-coupon', 'find-pet').failures.map((f) => f.message)).toEqual([
      "GET /pet/findByTags declares no query parameter 'pet_tags' (it declares: tags)",
    ]);
    expect(errors(step('apply-coupon', 'find-coupons'))).toEqual([
      "not sent: path parameter 'petId' of GET /pet/{petId}/coupons has no value: add it to the step's parameters (in: path)",
    ]);
    // FAPI-PAR: operationIds are case-sensitive, the description says Par
    expect(errors(step('OIDC-PAR-AuthzCode', 'PARStep'))).toEqual([
      "not sent: source auth-api has no operation 'PAR'; did you mean 'Par'? (operationIds are case-sensitive)",
    ]);
    // bnpl: the JSON-templated payload sends the customer object where the description wants a URI string
    const eligibility = step('ApplyForLoanAtCheckout', 'checkLoanCanBeProvided');
    expect(eligibility.request?.url).toMatch(/\/bnpl\/v1\/products$/);
    expect(errors(eligibility)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^request body \/customer must be string/)]),
    );
    expect(workflow('ApplyForLoanAtCheckout').failures?.map((f) => f.message)).toEqual([
      '$steps.retrieveFinalizedPaymentPlan.finalizedPaymentPlan: expected $steps.retrieveFinalizedPaymentPlan.outputs.<name>',
    ]);
    // oauth: the token endpoint documents no response body, so the access_token output reaches nothing
    expect(step('client-credentials-flow', 'get-client-creds-token').response?.status).toBe(200);
    expect(errors(step('client-credentials-flow', 'get-client-creds-token'))).toEqual([
      "output 'access_token' reaches no value: $response.body#/access_token: JSON pointer /access_token reaches no value",
    ]);
    expect(errors(step('refresh-token-flow', 'do-the-auth-flow'))).toEqual([
      'workflow authorization-code-flow failed (its steps are listed above)',
    ]);
  });
});
