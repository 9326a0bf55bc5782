import type { FaultConfig } from '../config/types.js';
import { createRandom } from './random.js';

export interface FaultDecision {
  delayMs: number;
  /** Set when this request fails on purpose. */
  errorStatus: number | undefined;
}

const NONE: FaultDecision = { delayMs: 0, errorStatus: undefined };

/**
 * Latency and failures from the config's `faults`, drawn from a seeded PRNG so a seeded run fails the
 * same requests every time (the n-th request of a workspace always gets the same decision).
 */
export function createFaultInjector(seed: number): (faults: FaultConfig | undefined) => FaultDecision {
  const random = createRandom(seed);
  return (faults) => {
    if (!faults) return NONE;
    const { min, max } = faults.latencyMs ?? { min: 0, max: 0 };
    const delayMs = max > min ? Math.round(min + random() * (max - min)) : min;
    const failing = faults.errorRate !== undefined && faults.errorRate > 0 && random() < faults.errorRate;
    return { delayMs, errorStatus: failing ? (faults.errorStatus ?? 503) : undefined };
  };
}

/** Endpoint faults override the workspace's, key by key. */
export function mergeFaults(
  workspace: FaultConfig | undefined,
  endpoint: FaultConfig | undefined,
): FaultConfig | undefined {
  if (!workspace) return endpoint;
  if (!endpoint) return workspace;
  return { ...workspace, ...endpoint };
}
