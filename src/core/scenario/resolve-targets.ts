import type { UpState } from '../mock/up-state.js';
import type { ResolvedTarget } from './types.js';

export interface TargetInputs {
  /** Every service the scenarios name. */
  services: readonly string[];
  /** `--target name=url`. */
  explicit: ReadonlyMap<string, string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Extra environment variable names per workspace (mockforge.yaml `env:`). */
  envNames?: ReadonlyMap<string, readonly string[]>;
  up?: UpState | undefined;
}

/** `users-service` -> `USERS_SERVICE_URL`. */
export function envNameFor(service: string): string {
  return `${service.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_URL`;
}

/**
 * Base URL per service, first found wins: `--target`, then the environment, then a running
 * `mockforge up`. Services found nowhere are returned in `missing` (the caller boots mocks for them).
 */
export function resolveTargets(inputs: TargetInputs): { resolved: ResolvedTarget[]; missing: string[] } {
  const resolved: ResolvedTarget[] = [];
  const missing: string[] = [];
  for (const service of inputs.services) {
    const explicit = inputs.explicit.get(service);
    if (explicit) {
      resolved.push({ service, url: trimSlash(explicit), source: 'target' });
      continue;
    }
    const names = [envNameFor(service), ...(inputs.envNames?.get(service) ?? [])];
    const fromEnv = names.map((name) => inputs.env[name]).find((value) => value);
    if (fromEnv) {
      resolved.push({ service, url: trimSlash(fromEnv), source: 'env' });
      continue;
    }
    const up = inputs.up?.workspaces.find((w) => w.name === service);
    if (up) {
      resolved.push({ service, url: trimSlash(up.url), source: 'up' });
      continue;
    }
    missing.push(service);
  }
  return { resolved, missing };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
