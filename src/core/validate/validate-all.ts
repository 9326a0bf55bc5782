import type { Transport } from '../http/transport.js';
import type { PlannedTarget } from './plan-targets.js';
import type { DriftFinding, OperationOutcome, TargetResult, ValidateResult } from './types.js';
import { type ValidateTargetOptions, validateTarget } from './validate-target.js';

export type ValidateAllOptions = Omit<
  ValidateTargetOptions,
  'name' | 'contract' | 'target' | 'scenarioValues' | 'transport' | 'onOperation'
> & {
  transport: Transport;
  onTarget?: (target: PlannedTarget) => void;
  /** With the time the target took. */
  onTargetDone?: (result: TargetResult, ms: number) => void;
  onOperation?: (target: PlannedTarget, outcome: OperationOutcome, findings: readonly DriftFinding[]) => void;
};

/** Validates each planned target in turn (the CLI and the Action both call this). */
export async function validateAll(
  targets: readonly PlannedTarget[],
  options: ValidateAllOptions,
): Promise<ValidateResult> {
  const { onTarget, onTargetDone, onOperation, ...shared } = options;
  const started = performance.now();
  const result: ValidateResult = { targets: [], responses: 0, timeMs: 0 };
  for (const target of targets) {
    const targetStarted = performance.now();
    onTarget?.(target);
    const outcome = await validateTarget({
      ...shared,
      name: target.name,
      contract: target.contract,
      target: target.target,
      scenarioValues: target.scenarioValues,
      ...(onOperation ? { onOperation: (op, findings) => onOperation(target, op, findings) } : {}),
    });
    result.targets.push(outcome);
    onTargetDone?.(outcome, performance.now() - targetStarted);
    result.responses += outcome.responses;
  }
  result.timeMs = performance.now() - started;
  return result;
}
