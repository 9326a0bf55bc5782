import type { LoadedContract } from '../contract/types.js';
import { compilePathTemplate, matchPathTemplate } from '../mock/routing/path-template.js';
import type { ScenarioSeed } from '../mock/state/seed-from-scenarios.js';
import { safeDecode } from '../source/safe-decode.js';

/** Concrete values a scenario step used for one operation: its path parameters and its request body. */
export interface ScenarioValues {
  path: Record<string, string>;
  body?: unknown;
  /** `scenarios/x.yaml: Get User (Users Service)` */
  from: string;
}

/**
 * The scenario step that calls each operation (the tutorial's `/api/users/user_123` gives `{id: user_123}`):
 * steps of the same service first, the same method first. Keyed by operation pointer.
 */
export function findScenarioValues(
  contract: LoadedContract,
  seeds: readonly ScenarioSeed[],
  service?: string,
): Map<string, ScenarioValues> {
  const byOperation = new Map<string, ScenarioValues>();
  const decoded = seeds.map((seed) => seed.segments.map(safeDecode));
  for (const operation of contract.operations) {
    const template = compilePathTemplate(`${contract.basePath}${operation.path}`);
    let best: { score: number; values: ScenarioValues } | undefined;
    for (const [index, seed] of seeds.entries()) {
      if (seed.service !== undefined && service !== undefined && seed.service !== service) continue;
      const params = matchPathTemplate(template, decoded[index] as string[]);
      if (!params) continue;
      const score = (seed.method === operation.method.toUpperCase() ? 2 : 0) + (seed.service === service ? 1 : 0);
      if (best && best.score >= score) continue;
      const values: ScenarioValues = { path: { ...params }, from: `${seed.file}: ${seed.step}` };
      if (seed.method === operation.method.toUpperCase() && seed.requestBody !== undefined)
        values.body = seed.requestBody;
      best = { score, values };
    }
    if (best) byOperation.set(operation.pointer, best.values);
  }
  return byOperation;
}
