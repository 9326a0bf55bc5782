import { describe, expect, it } from 'vitest';
import { isMockforgeError } from '../../../src/core/errors.js';
import { planShards } from '../../../src/core/shard/shard-plan.js';
import { parseShard } from '../../../src/core/shard/shard-spec.js';
import { splitUnits } from '../../../src/core/shard/split-units.js';

const units = Array.from({ length: 40 }, (_, i) => ({ key: `unit-${(i * 7919) % 97}`, weight: 1 + ((i * 31) % 9) }));

describe('the split of a matrix', () => {
  it('puts every unit in exactly one shard, the same whatever order the units come in', () => {
    const split = splitUnits(units, 4);
    expect([...split.keys()].sort()).toEqual(units.map((u) => u.key).sort());
    expect(new Set(split.values())).toEqual(new Set([1, 2, 3, 4]));
    expect(splitUnits([...units].reverse(), 4)).toEqual(split);
    expect(splitUnits(units.slice(20).concat(units.slice(0, 20)), 4)).toEqual(split);
  });

  it('balances by weight: no shard carries more than the lightest plus the heaviest unit', () => {
    const split = splitUnits(units, 4);
    const loads = new Map<number, number>();
    for (const unit of units) {
      const shard = split.get(unit.key) as number;
      loads.set(shard, (loads.get(shard) ?? 0) + unit.weight);
    }
    expect(Math.max(...loads.values()) - Math.min(...loads.values())).toBeLessThanOrEqual(
      Math.max(...units.map((u) => u.weight)),
    );
  });

  it('keeps the items of one unit together and lists them in report order', () => {
    const plan = planShards(
      'validate',
      [
        { group: 'a', name: 'GET /x', unit: 'a /x' },
        { group: 'a', name: 'GET /y', unit: 'a /y' },
        { group: 'a', name: 'GET /x/{id}', unit: 'a /x' },
      ],
      2,
    );
    expect(plan.items.map((i) => i.name)).toEqual(['GET /x', 'GET /y', 'GET /x/{id}']);
    expect(plan.items[0]?.shard).toBe(plan.items[2]?.shard);
    expect(plan.items[1]?.shard).not.toBe(plan.items[0]?.shard);
  });

  it('reads i/n and refuses anything else with a usage error', () => {
    expect(parseShard(' 2 / 4 ', '--shard')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '1/0', '1/257']) {
      let error: unknown;
      try {
        parseShard(bad, "input 'shard'");
      } catch (e) {
        error = e;
      }
      expect(isMockforgeError(error) && error.code).toBe('MF_USAGE_INVALID');
      expect((error as Error).message).toContain(`input 'shard' '${bad}'`);
    }
  });
});
