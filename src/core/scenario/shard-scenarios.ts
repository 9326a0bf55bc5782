import { isAbsolute, relative, resolve, sep } from 'node:path';
import { planShards, type ShardPlan } from '../shard/shard-plan.js';
import { type CommandShards, itemRanks } from '../shard/shard-report.js';
import { formatShard } from '../shard/shard-spec.js';
import { relocateScenariosResult } from './scenario-report.js';
import type { ResolvedTarget, Scenario, ScenarioResult, ScenariosResult } from './types.js';

/** A scenario file as reports name it: relative to `root`, with `/`. */
export function scenarioFileName(file: string, root: string): string {
  const rel = relative(root, file);
  return (rel.startsWith('..') || isAbsolute(rel) ? file : rel).split(sep).join('/');
}

/**
 * Splits scenarios by file (the workflows of an Arazzo document, or the scenarios of one file, share
 * state and run in order: never split), balanced by their number of steps. `files` in report order.
 */
export function planScenarioShards(
  scenarios: readonly Scenario[],
  files: readonly string[],
  root: string,
  count: number,
): ShardPlan {
  const steps = new Map<string, number>();
  for (const scenario of scenarios) steps.set(scenario.file, (steps.get(scenario.file) ?? 0) + scenario.steps.length);
  return planShards(
    'scenarios',
    files.map((file) => {
      const name = scenarioFileName(file, root);
      return { group: '', name, unit: name, weight: Math.max(1, steps.get(file) ?? 0) };
    }),
    count,
  );
}

/** The scenarios of one shard's files. */
export function scenariosOfShard(
  scenarios: readonly Scenario[],
  plan: ShardPlan,
  index: number,
  root: string,
): Scenario[] {
  const mine = new Set(plan.items.filter((i) => i.shard === index).map((i) => i.name));
  return scenarios.filter((s) => mine.has(scenarioFileName(s.file, root)));
}

/**
 * One result from the shards' JSON reports, as one job would have written it: scenarios in file order
 * (each file's in its own order), services listed once. A file whose shard did not report is a failed
 * scenario with a `not-run` failure naming the shard.
 */
export function mergeScenarioShards(shards: CommandShards, root: string): ScenariosResult {
  const ranks = itemRanks(shards.plan).get('') ?? new Map<string, number>();
  const rank = (file: string) => ranks.get(file) ?? ranks.size;
  const scenarios: ScenarioResult[] = [];
  const targets: ResolvedTarget[] = [];
  for (const part of shards.parts) {
    const report = part.report as unknown as ScenariosResult;
    for (const target of report.targets) {
      // Each job may boot its mocks on other ports: a service is listed once, as the first shard saw it.
      if (!targets.some((t) => t.service === target.service && t.source === target.source)) targets.push(target);
    }
    scenarios.push(...report.scenarios);
  }
  for (const missing of shards.summary.missing) {
    const why = `not run: shard ${formatShard({ index: missing.index, count: shards.plan.count })} did not report (${missing.reason})`;
    for (const item of shards.plan.items.filter((i) => i.shard === missing.index)) {
      const location = { file: item.name, line: 1, column: 1 };
      scenarios.push({
        file: item.name,
        name: item.name,
        steps: [],
        failures: [{ kind: 'not-run', severity: 'error', message: why, location }],
        passed: false,
        durationMs: 0,
      });
    }
  }
  // Stable: a file's scenarios keep their order.
  scenarios.sort((a, b) => rank(a.file) - rank(b.file));
  return relocateScenariosResult({ scenarios, targets, shards: shards.summary }, (file) =>
    isAbsolute(file) ? file : resolve(root, file),
  );
}
