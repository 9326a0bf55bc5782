/** A piece of work that must stay in one shard: its stable key and how much work it is. */
export interface WorkUnit {
  key: string;
  weight: number;
}

/**
 * Assigns each unit to one of `count` shards (1-based), balancing the weights: the heaviest unit first
 * (ties by key), each to the least loaded shard (ties: the lowest index). Only the units themselves decide
 * it, never their order or the machine, so every job of a matrix computes the same split on its own.
 */
export function splitUnits(units: readonly WorkUnit[], count: number): Map<string, number> {
  const loads = new Array<number>(count).fill(0);
  const assigned = new Map<string, number>();
  const ordered = [...units].sort((a, b) => b.weight - a.weight || compareKeys(a.key, b.key));
  for (const unit of ordered) {
    if (assigned.has(unit.key)) continue;
    let lightest = 0;
    for (let shard = 1; shard < count; shard++)
      if ((loads[shard] as number) < (loads[lightest] as number)) lightest = shard;
    loads[lightest] = (loads[lightest] as number) + unit.weight;
    assigned.set(unit.key, lightest + 1);
  }
  return assigned;
}

/** Code-unit order: the same on every machine and locale (localeCompare is not). */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
