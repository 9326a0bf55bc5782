import { runStepLoop, type StepDecision, skippedResult } from '../scenario/step-loop.js';
import type { Scenario, ScenarioStep, StepFailure, StepResult } from '../scenario/types.js';
import { appendPointer } from '../source/json-pointer.js';
import { evaluateValue } from './compiled-value.js';
import {
  type EvaluationContext,
  type ExchangeRecord,
  UnresolvedExpressionError,
  type WorkflowRecord,
} from './evaluate-expression.js';
import { checkCriteria, criteriaHold, evaluateOutputs } from './step-checks.js';
import type { ArazzoWorkflowPlan, PlannedAction } from './types.js';

/** Everything one top-level run shares: how to send a step, the budget, and the workflows that ran. */
export interface WorkflowRunServices {
  /** Sends an operation step (the scenario runner's runStep with this step's URL and contract checker). */
  runOperationStep(scenario: Scenario, step: ScenarioStep, context: EvaluationContext): Promise<StepResult>;
  /** Inputs for a workflow from --input and the environment (a called workflow's parameters come on top). */
  inputsFor(plan: ArazzoWorkflowPlan): Record<string, unknown>;
  record(result: StepResult): void;
  sleep(ms: number): Promise<void>;
  /** Counts a step run; false once the run is over its budget (a goto loop). */
  spend(): boolean;
  workflows: Map<string, WorkflowRecord>;
}

export interface WorkflowOutcome {
  passed: boolean;
  outputs?: Record<string, unknown>;
  /** Failures of the workflow itself: inputs, dependsOn, outputs, a loop. */
  failures: StepFailure[];
  /** The last request and response, for the criteria of the step that called this workflow. */
  lastExchange?: ExchangeRecord;
}

/** The longest Retry-After honoured (RFC 9110 says SHOULD; a gate must not sleep for an hour). */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Runs one Arazzo workflow through the scenario step loop: dependsOn first, inputs checked, then steps
 * with their success and failure actions (end, goto a step or workflow, retry), sub-workflows inline
 * (their steps reported as `callingStep › step`), and the workflow's outputs at the end.
 */
export async function runWorkflow(
  scenario: Scenario,
  inputs: Record<string, unknown>,
  services: WorkflowRunServices,
  prefix = '',
): Promise<WorkflowOutcome> {
  const plan = scenario.arazzo as ArazzoWorkflowPlan;
  const document = plan.document;
  const locate = scenario.locate;
  const failures: StepFailure[] = [...plan.warnings];
  const skipAll = (reason: string) => {
    for (const step of scenario.steps) services.record(skippedResult(step, reason, `${prefix}${step.name}`));
  };
  for (const [index, key] of plan.dependsOn.entries()) {
    const dependency = document.workflows.get(key) as Scenario;
    const outcome = await runWorkflow(
      dependency,
      services.inputsFor(dependency.arazzo as ArazzoWorkflowPlan),
      services,
      `${prefix}dependsOn ${key} › `,
    );
    if (!outcome.passed) {
      failures.push(...outcome.failures.filter((f) => f.severity === 'error'), {
        kind: 'workflow',
        severity: 'error',
        message: `dependsOn: workflow ${key} failed, so ${plan.workflowId} did not run`,
        location: locate(appendPointer(plan.pointer, 'dependsOn', index)),
      });
      skipAll(`workflow ${key} (dependsOn) failed`);
      return { passed: false, failures };
    }
  }
  const problems = plan.validateInputs(inputs);
  if (problems.length > 0) {
    failures.push(
      ...problems.map(
        (message): StepFailure => ({
          kind: 'input',
          severity: 'error',
          message: `${message} (give inputs with --input file.json or name=value, or the environment: MOCKFORGE_INPUT_<NAME>)`,
          location: locate(appendPointer(plan.pointer, 'inputs')),
        }),
      ),
    );
    skipAll('the workflow inputs are invalid');
    return { passed: false, failures };
  }
  const record: WorkflowRecord = {
    workflowId: plan.workflowId,
    stepIds: scenario.steps.map((s) => s.name),
    inputs,
    declaredInputs: plan.inputNames,
    steps: new Map(),
  };
  services.workflows.set(plan.key, record);
  const contextFor = (extra: Partial<EvaluationContext> = {}): EvaluationContext => ({
    workflow: record,
    workflows: services.workflows,
    components: document.components,
    sourceUrls: document.sourceUrls,
    ...(record.outputs ? { outputs: record.outputs } : {}),
    ...extra,
  });
  let gotoFailed = false;
  const own: StepResult[] = [];
  let lastExchange: ExchangeRecord | undefined;
  let stepContext = contextFor();
  const callWorkflow = async (key: string, label: string, given: Record<string, unknown>) => {
    const target = document.workflows.get(key) as Scenario;
    return runWorkflow(
      target,
      { ...services.inputsFor(target.arazzo as ArazzoWorkflowPlan), ...given },
      services,
      `${prefix}${label} › `,
    );
  };
  const execute = async (step: ScenarioStep): Promise<StepResult> => {
    const arazzo = step.arazzo;
    if (!arazzo?.workflowCall) {
      stepContext = contextFor();
      const result = await services.runOperationStep(scenario, step, stepContext);
      result.name = `${prefix}${step.name}`;
      if (stepContext.exchange) lastExchange = stepContext.exchange;
      if (result.response) record.steps.set(step.name, { outputs: result.captured });
      return result;
    }
    return executeCall(step, arazzo.workflowCall);
  };
  const executeCall = async (step: ScenarioStep, key: string): Promise<StepResult> => {
    const plan = step.arazzo;
    const result: StepResult = {
      index: step.index,
      name: `${prefix}${step.name}`,
      service: '',
      location: step.location,
      outcome: 'passed',
      durationMs: 0,
      failures: [...(plan?.warnings ?? [])],
      captured: {},
    };
    const given: Record<string, unknown> = {};
    for (const parameter of plan?.parameters ?? []) {
      try {
        given[parameter.name] = evaluateValue(parameter.value, contextFor());
      } catch (error) {
        if (!(error instanceof UnresolvedExpressionError)) throw error;
        result.failures.push({
          kind: 'variable',
          severity: 'error',
          message: `not run: ${error.message}`,
          location: locate(parameter.pointer),
        });
      }
    }
    if (result.failures.some((f) => f.severity === 'error')) {
      result.outcome = 'failed';
      return result;
    }
    const child = await callWorkflow(key, step.name, given);
    result.failures.push(...child.failures);
    if (!child.passed) {
      result.failures.push({
        kind: 'workflow',
        severity: 'error',
        message: `workflow ${key} failed (its steps are listed above)`,
        location: locate(appendPointer(step.pointer, 'workflowId')),
      });
    }
    stepContext = contextFor({
      ...(child.lastExchange ? { exchange: child.lastExchange } : {}),
      outputs: child.outputs ?? {},
    });
    if (child.passed) {
      result.failures.push(...checkCriteria(plan?.criteria ?? [], stepContext, locate));
      const outputs = evaluateOutputs(plan?.outputs ?? [], stepContext, locate);
      result.failures.push(...outputs.failures);
      result.captured = outputs.values;
      record.steps.set(step.name, { outputs: outputs.values });
    }
    if (result.failures.some((f) => f.severity === 'error')) result.outcome = 'failed';
    return result;
  };
  const act = (action: PlannedAction, step: ScenarioStep): StepDecision => {
    if (action.type === 'end') return { kind: 'end' };
    if (action.stepId !== undefined)
      return { kind: 'goto', index: scenario.steps.findIndex((s) => s.name === action.stepId) };
    const key = action.workflowId as string;
    return {
      kind: 'end',
      after: async () => {
        const outcome = await callWorkflow(key, `${step.name} goto ${key}`, {});
        if (!outcome.passed) gotoFailed = true;
        failures.push(...outcome.failures);
      },
    };
  };
  const decide = (step: ScenarioStep, result: StepResult, attempt: number): StepDecision => {
    const plan = step.arazzo;
    if (result.outcome === 'passed') {
      const action = plan?.onSuccess.find((a) => criteriaHold(a.criteria, stepContext));
      return action ? act(action, step) : { kind: 'next' };
    }
    let retries = attempt;
    for (const action of plan?.onFailure ?? []) {
      if (!criteriaHold(action.criteria, stepContext)) continue;
      if (action.type !== 'retry') return act(action, step);
      // "The retryLimit MUST be exhausted prior to executing subsequent failure actions."
      if (retries >= action.retryLimit) {
        retries -= action.retryLimit;
        continue;
      }
      return {
        kind: 'retry',
        delayMs: retryDelay(action, stepContext.exchange),
        ...(action.stepId !== undefined || action.workflowId !== undefined
          ? { before: () => runFirst(action, step) }
          : {}),
      };
    }
    return { kind: 'stop', reason: `workflow ended: step ${step.name} failed` };
  };
  const runFirst = async (action: PlannedAction, step: ScenarioStep) => {
    if (action.workflowId !== undefined) {
      await callWorkflow(action.workflowId, `${step.name} retry ${action.workflowId}`, {});
      return;
    }
    const other = scenario.steps.find((s) => s.name === action.stepId) as ScenarioStep;
    const result = await execute(other);
    own.push(result);
    services.record(result);
  };
  const outcome = await runStepLoop(scenario.steps, {
    execute,
    decide,
    record: (result) => {
      const named = { ...result, name: result.name.startsWith(prefix) ? result.name : `${prefix}${result.name}` };
      own.push(named);
      services.record(named);
    },
    sleep: services.sleep,
    overBudget: (step) => {
      if (services.spend()) return false;
      failures.push({
        kind: 'flow',
        severity: 'error',
        message: 'stopped: the run went over its step budget (a goto loop that never ends?)',
        location: step.location,
      });
      return true;
    },
  });
  // A retried step counts by its last attempt; a failed step fails the workflow even when an action went on.
  const failed = gotoFailed || outcome.ended === 'stop' || own.some((r) => r.outcome !== 'passed');
  if (!failed) {
    const outputs = evaluateOutputs(plan.outputs, contextFor(), locate);
    failures.push(...outputs.failures);
    record.outputs = outputs.values;
  }
  const passed = !failed && !failures.some((f) => f.severity === 'error');
  return {
    passed,
    ...(record.outputs ? { outputs: record.outputs } : {}),
    failures,
    ...(lastExchange ? { lastExchange } : {}),
  };
}

/** `retryAfter` seconds, overruled by the response's Retry-After (seconds or an HTTP date), capped at a minute. */
function retryDelay(action: PlannedAction, exchange: ExchangeRecord | undefined): number {
  const header = Object.entries(exchange?.response?.headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'retry-after',
  )?.[1];
  let ms = (action.retryAfterSeconds ?? 0) * 1000;
  if (header !== undefined) {
    const seconds = Number(header);
    const date = Date.parse(header);
    if (Number.isFinite(seconds)) ms = seconds * 1000;
    else if (Number.isFinite(date)) ms = date - Date.now();
  }
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}
