import type { Transport } from '../http/transport.js';
import { type Progress, silentProgress } from '../progress.js';
import type { PlannedTarget } from './plan-targets.js';
import type { DriftFinding, OperationOutcome, TargetResult, ValidateResult } from './types.js';
import { type ValidateTargetOptions, validateTarget } from './validate-target.js';

export type ValidateAllOptions = Omit<
  ValidateTargetOptions,
  'name' | 'contract' | 'target' | 'scenarioValues' | 'transport' | 'onOperation' | 'only'
> & {
  transport: Transport;
  /** Progress on stderr for a target that takes more than 2 s (operations done of all). */
  progress?: Progress;
  onTarget?: (target: PlannedTarget) => void;
  /** With the time the target took. */
  onTargetDone?: (result: TargetResult, ms: number) => void;
  onOperation?: (target: PlannedTarget, outcome: OperationOutcome, findings: readonly DriftFinding[]) => void;
  /** One shard's part: target name -> operation labels (`itemsOf` of a shard plan); other targets are not contacted. */
  only?: ReadonlyMap<string, ReadonlySet<string>>;
};

/** Validates each planned target in turn (the CLI and the Action both call this). */
export async function validateAll(
  targets: readonly PlannedTarget[],
  options: ValidateAllOptions,
): Promise<ValidateResult> {
  const { onTarget, onTargetDone, onOperation, only, progress = silentProgress, ...shared } = options;
  const started = performance.now();
  const result: ValidateResult = { targets: [], responses: 0, timeMs: 0 };
  for (const target of targets) {
    const mine = only?.get(target.name);
    if (only && !mine) continue;
    const targetStarted = performance.now();
    onTarget?.(target);
    const phase = progress.phase(`validating ${target.name}`, mine?.size ?? target.contract.operations.length);
    let done = 0;
    const outcome = await validateTarget({
      ...shared,
      name: target.name,
      contract: target.contract,
      target: target.target,
      scenarioValues: target.scenarioValues,
      ...(mine ? { only: mine } : {}),
      onOperation: (op, findings) => {
        phase.tick(++done);
        onOperation?.(target, op, findings);
      },
    }).finally(() => phase.end());
    result.targets.push(outcome);
    onTargetDone?.(outcome, performance.now() - targetStarted);
    result.responses += outcome.responses;
  }
  result.timeMs = performance.now() - started;
  return result;
}
