import { runWorkflow } from '../arazzo/run-workflow.js';
import type { ArazzoWorkflowPlan } from '../arazzo/types.js';
import { workflowInputs } from '../arazzo/workflow-inputs.js';
import { didYouMean } from '../config/did-you-mean.js';
import type { LoadedContract } from '../contract/types.js';
import type { Transport } from '../http/transport.js';
import { runPool } from '../validate/validate-target.js';
import { ContractChecker, stepLocator } from './contract-check.js';
import { runStep } from './run-step.js';
import { runStepLoop } from './step-loop.js';
import type {
  ResolvedTarget,
  Scenario,
  ScenarioResult,
  ScenarioStep,
  ScenariosResult,
  StepFailure,
  StepResult,
} from './types.js';

export interface RunScenariosOptions {
  scenarios: readonly Scenario[];
  /** Base URL per service name. */
  targets: readonly ResolvedTarget[];
  /** Service contracts by workspace name (none: no contract checks). */
  contracts?: ReadonlyMap<string, LoadedContract>;
  transport: Transport;
  env?: Readonly<Record<string, string | undefined>>;
  /** Arazzo workflow inputs (`--input`); the environment fills the rest. */
  inputs?: Readonly<Record<string, unknown>>;
  /** Files run at once (default 4): the steps of a scenario, and the workflows of one Arazzo file, run in order. */
  concurrency?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onStep?: (scenario: Scenario, step: StepResult) => void;
}

/** After these the service is not answering: the scenario's later steps are skipped, not sent. */
const STOPPING = new Set(['unreachable', 'timeout', 'unknown-service', 'variable']);
/** Step runs per scenario (goto loops included) before it is stopped. */
export const MAX_STEP_RUNS = 1000;

export async function runScenarios(options: RunScenariosOptions): Promise<ScenariosResult> {
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const urls = new Map(options.targets.map((t) => [t.service, t.url]));
  const checkers = new Map<string, ContractChecker>();
  const checkerFor = (service: string) => {
    const contract = options.contracts?.get(service);
    if (!contract) return undefined;
    let checker = checkers.get(service);
    if (!checker) {
      checker = new ContractChecker(contract);
      checkers.set(service, checker);
    }
    return checker;
  };
  const known = [...new Set([...urls.keys(), ...(options.contracts?.keys() ?? [])])];
  const env = options.env ?? {};
  const sendStep = (
    scenario: Scenario,
    step: ScenarioStep,
    variables: Parameters<typeof runStep>[0]['variables'],
    arazzo?: Parameters<typeof runStep>[0]['arazzo'],
  ) => {
    const baseUrl = urls.get(step.service);
    return runStep({
      step,
      baseUrl,
      ...(baseUrl ? {} : { unknownService: unknownService(step.service, known) }),
      checker: checkerFor(step.service),
      variables,
      transport: options.transport,
      at: stepLocator(scenario, step),
      locate: scenario.locate,
      ...(arazzo ? { arazzo } : {}),
      now,
    });
  };
  const runScenario = async (scenario: Scenario): Promise<ScenarioResult> => {
    const started = now();
    const steps: StepResult[] = [];
    const record = (result: StepResult) => {
      steps.push(result);
      options.onStep?.(scenario, result);
    };
    let runs = 0;
    const spend = () => ++runs <= MAX_STEP_RUNS;
    const failures: StepFailure[] = [];
    if (scenario.arazzo) {
      const inputsFor = (plan: ArazzoWorkflowPlan) => workflowInputs(plan, options.inputs ?? {}, env);
      const outcome = await runWorkflow(scenario, inputsFor(scenario.arazzo), {
        runOperationStep: (owner, step, context) => sendStep(owner, step, { captured: new Map(), env }, context),
        inputsFor,
        record,
        sleep,
        spend,
        workflows: new Map(),
      });
      failures.push(...outcome.failures);
    } else {
      const variables = { captured: new Map<string, unknown>(), env };
      await runStepLoop(scenario.steps, {
        execute: (step) => sendStep(scenario, step, variables),
        decide: (step, result) => {
          const stop = result.failures.find((f) => STOPPING.has(f.kind));
          return stop
            ? { kind: 'stop', reason: `step ${step.index + 1} (${step.name}) failed: ${stop.kind}` }
            : { kind: 'next' };
        },
        record,
        sleep,
        overBudget: () => false,
      });
    }
    return {
      file: scenario.file,
      name: scenario.name,
      steps,
      ...(failures.length > 0 ? { failures } : {}),
      passed: steps.every((s) => s.outcome === 'passed') && !failures.some((f) => f.severity === 'error'),
      durationMs: now() - started,
    };
  };
  const results: ScenarioResult[] = new Array(options.scenarios.length);
  const byFile = new Map<string, number[]>();
  for (const [index, scenario] of options.scenarios.entries()) {
    byFile.set(scenario.file, [...(byFile.get(scenario.file) ?? []), index]);
  }
  await runPool([...byFile.values()], Math.max(1, options.concurrency ?? 4), async (indexes) => {
    for (const index of indexes) results[index] = await runScenario(options.scenarios[index] as Scenario);
  });
  return { scenarios: results, targets: [...options.targets] };
}

/** 0: every step passed; 1: a step failed or was skipped. */
export function scenariosExitCode(result: ScenariosResult): number {
  return result.scenarios.every((s) => s.passed) ? 0 : 1;
}

function unknownService(service: string, known: readonly string[]): string {
  const guess = didYouMean(service, known);
  return `unknown service '${service}'${guess ? `; did you mean '${guess}'?` : ''} (known: ${known.join(', ') || 'none'})`;
}
