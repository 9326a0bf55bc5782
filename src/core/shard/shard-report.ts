import { ErrorCode, MockforgeError } from '../errors.js';
import { isObject } from '../source/json-object.js';
import type { ShardPlan, ShardsSummary } from './shard-plan.js';
import { formatShard, type ShardSpec } from './shard-spec.js';

/** The block a shard adds to its JSON report: who it is, where it ran, and the whole split. */
export interface ShardStamp {
  index: number;
  count: number;
  /** The folder its paths are relative to (validate's absolute paths start with it). */
  root: string;
  version: string;
  plan: ShardPlan;
}

/** A report file as found (an artifact, a file on disk): `source` names it in messages. */
export interface ShardReportText {
  source: string;
  text: string;
}

/** One shard's report, parsed. */
export interface ShardPart {
  index: number;
  source: string;
  stamp: ShardStamp;
  report: Record<string, unknown>;
}

/** Every shard report of one command, checked against each other. */
export interface CommandShards {
  command: ShardPlan['command'];
  plan: ShardPlan;
  parts: ShardPart[];
  summary: ShardsSummary;
}

/**
 * Reads shard reports and groups them by command. A report that does not parse, has no shard block or
 * disagrees with the others on the split (another commit or config) counts as missing, with why; the
 * split of the lowest shard that reported is the reference. No report at all is an error.
 */
export function collectShardReports(texts: readonly ShardReportText[]): CommandShards[] {
  const parsed: ShardPart[] = [];
  const unreadable: string[] = [];
  for (const { source, text } of texts) {
    const part = parsePart(source, text);
    if (typeof part === 'string') unreadable.push(part);
    else parsed.push(part);
  }
  if (parsed.length === 0) {
    throw new MockforgeError(
      ErrorCode.UsageInvalid,
      `no shard report to merge${unreadable.length ? `: ${unreadable.join('; ')}` : ''}`,
      {
        hint: 'run validate or scenarios with --shard i/n (Action input shard) and --json first',
      },
    );
  }
  const commands: CommandShards[] = [];
  for (const command of ['validate', 'scenarios'] as const) {
    const mine = parsed.filter((p) => p.stamp.plan.command === command).sort((a, b) => a.index - b.index);
    const reference = mine[0];
    if (!reference) continue;
    const plan = reference.stamp.plan;
    const parts: ShardPart[] = [];
    const why = new Map<number, string>();
    for (const part of mine) {
      const spec = formatShard({ index: part.index, count: part.stamp.count });
      if (JSON.stringify(part.stamp.plan) !== JSON.stringify(plan)) {
        why.set(
          part.index,
          `${part.source} splits the work differently from shard ${formatShard({ index: reference.index, count: plan.count })} (another commit or config?)`,
        );
      } else if (parts.some((p) => p.index === part.index)) {
        why.set(part.index, `two reports for shard ${spec} (${part.source} and another)`);
      } else parts.push(part);
    }
    const reported = parts.map((p) => p.index);
    const missing = [];
    for (let index = 1; index <= plan.count; index++) {
      if (reported.includes(index) && !why.has(index)) continue;
      const items = plan.items.filter((i) => i.shard === index && i.name !== '').length;
      missing.push({
        index,
        items,
        reason: why.get(index) ?? 'its job did not report (failed, cancelled or never ran)',
      });
    }
    commands.push({
      command,
      plan,
      parts: parts.filter((p) => !why.has(p.index)),
      summary: { count: plan.count, reported: reported.filter((i) => !why.has(i)), missing },
    });
  }
  return commands;
}

function parsePart(source: string, text: string): ShardPart | string {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    return `${source} is not JSON (${(error as Error).message})`;
  }
  const stamp = isObject(report) ? report.shard : undefined;
  if (!isObject(report) || !isStamp(stamp)) return `${source} is not a shard report (no 'shard' block)`;
  return { index: stamp.index, source, stamp, report };
}

function isStamp(value: unknown): value is ShardStamp {
  if (!isObject(value) || !isObject(value.plan)) return false;
  const { index, count, root, plan } = value;
  return (
    typeof index === 'number' &&
    typeof count === 'number' &&
    typeof root === 'string' &&
    index >= 1 &&
    index <= count &&
    plan.count === count &&
    (plan.command === 'validate' || plan.command === 'scenarios') &&
    Array.isArray(plan.items)
  );
}

/** The rank of every item name within its group, in report order: sorts merged parts like one run. */
export function itemRanks(plan: ShardPlan): Map<string, Map<string, number>> {
  const ranks = new Map<string, Map<string, number>>();
  for (const item of plan.items) {
    const group = ranks.get(item.group) ?? new Map<string, number>();
    if (!group.has(item.name)) group.set(item.name, group.size);
    ranks.set(item.group, group);
  }
  return ranks;
}

/** A path written under a shard's root, moved under this job's root. */
export function moveRoot(from: string, to: string): (file: string) => string {
  const prefix = `${from.replace(/\/+$/, '')}/`;
  const target = to.replace(/\/+$/, '');
  return (file) => (file.startsWith(prefix) ? `${target}/${file.slice(prefix.length)}` : file);
}

export function shardStamp(shard: ShardSpec, plan: ShardPlan, root: string, version: string): ShardStamp {
  return { index: shard.index, count: shard.count, root, version, plan };
}
