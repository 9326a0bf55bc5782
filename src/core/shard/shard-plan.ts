import { formatShard, type ShardSpec } from './shard-spec.js';
import { splitUnits } from './split-units.js';

/** One thing a report lists (an operation of a service, a scenario file), with the shard that runs it. */
export interface PlannedItem {
  /** validate: the service; scenarios: ''. */
  group: string;
  /** validate: `GET /path` ('' for a service without operations); scenarios: the file, relative to the project. */
  name: string;
  shard: number;
}

/**
 * How the work of one command is split over a matrix: every item in report order with its shard. Each
 * shard's report carries it, so the report job knows what a missing shard would have run.
 */
export interface ShardPlan {
  command: 'validate' | 'scenarios';
  count: number;
  items: PlannedItem[];
}

/** An item and the unit it belongs to: items of one unit always run in the same shard. */
export interface UnitItem {
  group: string;
  name: string;
  unit: string;
  /** Work of this item (default 1); a unit weighs the sum of its items. */
  weight?: number;
}

export function planShards(command: ShardPlan['command'], items: readonly UnitItem[], count: number): ShardPlan {
  const weights = new Map<string, number>();
  for (const item of items) weights.set(item.unit, (weights.get(item.unit) ?? 0) + (item.weight ?? 1));
  const shards = splitUnits(
    [...weights].map(([key, weight]) => ({ key, weight })),
    count,
  );
  return {
    command,
    count,
    items: items.map((item) => ({ group: item.group, name: item.name, shard: shards.get(item.unit) as number })),
  };
}

/** The items one shard runs, by group: `group -> names`. */
export function itemsOf(plan: ShardPlan, index: number): Map<string, Set<string>> {
  const mine = new Map<string, Set<string>>();
  for (const item of plan.items) {
    if (item.shard !== index) continue;
    const names = mine.get(item.group) ?? new Set<string>();
    names.add(item.name);
    mine.set(item.group, names);
  }
  return mine;
}

/**
 * What the split gives every shard, one line each, this shard's marked and its items listed per group:
 * `shard 2/4: 361 of 1447 operation(s) (this job): api_v2010 197, messaging_v1 80`.
 */
export function describeShards(plan: ShardPlan, shard: ShardSpec, noun: string): string[] {
  const lines: string[] = [];
  const total = plan.items.filter((i) => i.name !== '').length;
  for (let index = 1; index <= plan.count; index++) {
    const items = plan.items.filter((i) => i.shard === index && i.name !== '');
    const spec = formatShard({ index, count: plan.count });
    const groups = new Map<string, number>();
    for (const item of items) groups.set(item.group, (groups.get(item.group) ?? 0) + 1);
    const detail =
      index !== shard.index
        ? ''
        : plan.command === 'scenarios'
          ? `: ${items.map((i) => i.name).join(', ') || 'nothing'}`
          : `: ${[...groups].map(([group, n]) => `${group} ${n}`).join(', ') || 'nothing'}`;
    lines.push(
      `shard ${spec}: ${items.length} of ${total} ${noun}${index === shard.index ? ' (this job)' : ''}${detail}`,
    );
  }
  return lines;
}

/** What a merged report says about its shards: which reported, and which did not, with why. */
export interface ShardsSummary {
  count: number;
  reported: number[];
  missing: Array<{ index: number; reason: string; items: number }>;
}
