import { didYouMean } from '../config/did-you-mean.js';
import type { LoadedContract } from '../contract/types.js';
import type { Transport } from '../http/transport.js';
import { runPool } from '../validate/validate-target.js';
import { ContractChecker, stepLocator } from './contract-check.js';
import { runStep } from './run-step.js';
import type { ResolvedTarget, Scenario, ScenarioResult, ScenariosResult, StepResult } from './types.js';

export interface RunScenariosOptions {
  scenarios: readonly Scenario[];
  /** Base URL per service name. */
  targets: readonly ResolvedTarget[];
  /** Service contracts by workspace name (none: no contract checks). */
  contracts?: ReadonlyMap<string, LoadedContract>;
  transport: Transport;
  env?: Readonly<Record<string, string | undefined>>;
  /** Scenarios run at once (default 4); the steps of one scenario always run in order. */
  concurrency?: number;
  now?: () => number;
  onStep?: (scenario: Scenario, step: StepResult) => void;
}

/** After these the service is not answering: the scenario's later steps are skipped, not sent. */
const STOPPING = new Set(['unreachable', 'timeout', 'unknown-service', 'variable']);

export async function runScenarios(options: RunScenariosOptions): Promise<ScenariosResult> {
  const now = options.now ?? (() => performance.now());
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
  const results: ScenarioResult[] = new Array(options.scenarios.length);
  const indexed = options.scenarios.map((scenario, index) => ({ scenario, index }));
  await runPool(indexed, Math.max(1, options.concurrency ?? 4), async ({ scenario, index }) => {
    const started = now();
    const variables = { captured: new Map<string, unknown>(), env: options.env ?? {} };
    const steps: StepResult[] = [];
    let stopped: string | undefined;
    for (const step of scenario.steps) {
      let result: StepResult;
      if (stopped) {
        result = {
          index: step.index,
          name: step.name,
          service: step.service,
          location: step.location,
          outcome: 'skipped',
          skipReason: stopped,
          durationMs: 0,
          failures: [],
          captured: {},
        };
      } else {
        const baseUrl = urls.get(step.service);
        result = await runStep({
          step,
          baseUrl,
          ...(baseUrl ? {} : { unknownService: unknownService(step.service, known) }),
          checker: checkerFor(step.service),
          variables,
          transport: options.transport,
          at: stepLocator(scenario, step),
          now,
        });
        const stop = result.failures.find((f) => STOPPING.has(f.kind));
        if (stop) stopped = `step ${step.index + 1} (${step.name}) failed: ${stop.kind}`;
      }
      steps.push(result);
      options.onStep?.(scenario, result);
    }
    results[index] = {
      file: scenario.file,
      name: scenario.name,
      steps,
      passed: steps.every((s) => s.outcome === 'passed'),
      durationMs: now() - started,
    };
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
