import type { ScenarioStep, StepResult } from './types.js';

/** What runs after a step: the next one, another one, a retry of this one, or nothing more. */
export type StepDecision =
  | { kind: 'next' }
  | { kind: 'goto'; index: number }
  | { kind: 'retry'; delayMs: number; before?: () => Promise<void> }
  | { kind: 'end'; after?: () => Promise<void> }
  | { kind: 'stop'; reason: string };

export interface StepLoopHooks {
  /** Runs one step (a request, or an Arazzo workflow step). */
  execute(step: ScenarioStep): Promise<StepResult>;
  /** After each attempt; `attempt` counts retries of this visit of the step. */
  decide(step: ScenarioStep, result: StepResult, attempt: number): Promise<StepDecision> | StepDecision;
  /** Every result in the order it was produced (retried attempts are folded into the last one). */
  record(result: StepResult): void;
  sleep(ms: number): Promise<void>;
  /** A step past the budget (a goto loop): fails the run with this message at that step. */
  overBudget(step: ScenarioStep): boolean;
}

export interface StepLoopOutcome {
  /** 'complete': ran past the last step; 'end': an end action (or a goto to a workflow); 'stop': a failure ended it. */
  ended: 'complete' | 'end' | 'stop';
  reason?: string;
}

/**
 * The one step loop of every scenario: tutorial files run their steps in order and stop after a step
 * that cannot go on (unreachable, timeout...); Arazzo workflows decide through their actions (goto, end,
 * retry). Steps never reached after a stop are recorded as skipped, with the reason.
 */
export async function runStepLoop(steps: readonly ScenarioStep[], hooks: StepLoopHooks): Promise<StepLoopOutcome> {
  const ran = new Set<number>();
  let index = 0;
  while (index < steps.length) {
    const step = steps[index] as ScenarioStep;
    if (hooks.overBudget(step)) return stopAfter(steps, ran, index, 'too many steps', hooks);
    ran.add(index);
    let result = await hooks.execute(step);
    let decision = await hooks.decide(step, result, 0);
    const retried: NonNullable<StepResult['retried']> = [];
    for (let attempt = 1; decision.kind === 'retry'; attempt++) {
      retried.push({
        ...(result.response ? { status: result.response.status } : {}),
        failures: result.failures,
        durationMs: result.durationMs,
      });
      await hooks.sleep(decision.delayMs);
      await decision.before?.();
      if (hooks.overBudget(step)) break;
      result = await hooks.execute(step);
      decision = await hooks.decide(step, result, attempt);
    }
    if (retried.length > 0) result.retried = retried;
    hooks.record(result);
    switch (decision.kind) {
      case 'next':
        index++;
        break;
      case 'goto':
        index = decision.index;
        break;
      case 'end':
        await decision.after?.();
        return { ended: 'end' };
      case 'stop':
        return stopAfter(steps, ran, index, decision.reason, hooks);
      case 'retry':
        return stopAfter(steps, ran, index, 'too many steps', hooks);
    }
  }
  return { ended: 'complete' };
}

function stopAfter(
  steps: readonly ScenarioStep[],
  ran: Set<number>,
  from: number,
  reason: string,
  hooks: StepLoopHooks,
): StepLoopOutcome {
  for (const [index, step] of steps.entries()) {
    if (index <= from || ran.has(index)) continue;
    hooks.record(skippedResult(step, reason));
  }
  return { ended: 'stop', reason };
}

/** A step that did not run, and why. */
export function skippedResult(step: ScenarioStep, reason: string, name = step.name): StepResult {
  return {
    index: step.index,
    name,
    service: step.service,
    location: step.location,
    outcome: 'skipped',
    skipReason: reason,
    durationMs: 0,
    failures: [],
    captured: {},
  };
}
