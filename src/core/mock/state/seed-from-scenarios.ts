import { globSync } from 'tinyglobby';
import { readSourceFile } from '../../source/source-file.js';
import { splitPath } from '../routing/path-template.js';

// The scenario model of src/core/scenario was not published when the mocks needed it: this reads only
// the tutorial's step format (service, request {method, path, body}, response {status, body}).

/** One scenario step the mocks serve: its request and the response the scenario expects. */
export interface ScenarioSeed {
  file: string;
  scenario: string;
  step: string;
  service: string | undefined;
  method: string;
  path: string;
  segments: string[];
  requestBody: unknown;
  status: number;
  responseBody: unknown;
}

export interface ScenarioSeeds {
  seeds: ScenarioSeed[];
  /** Files or steps skipped, each a message with the file name. */
  warnings: string[];
}

/** Reads `scenarios/*.yaml` (the config's globs, relative to `root`); unreadable files become warnings. */
export function loadScenarioSeeds(root: string, globs: readonly string[]): ScenarioSeeds {
  const files = globSync([...globs], { cwd: root, absolute: true, onlyFiles: true }).sort();
  const seeds: ScenarioSeed[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    let value: unknown;
    try {
      value = readSourceFile(file, { maxBytes: 4 * 1024 * 1024 }).value;
    } catch (error) {
      warnings.push(`${file}: not used to seed the mocks: ${(error as Error).message}`);
      continue;
    }
    const scenario = value as { name?: unknown; steps?: unknown } | null;
    if (!scenario || !Array.isArray(scenario.steps)) continue;
    for (const raw of scenario.steps) {
      const seed = toSeed(raw, file, typeof scenario.name === 'string' ? scenario.name : file);
      if (seed) seeds.push(seed);
    }
  }
  return { seeds, warnings };
}

function toSeed(raw: unknown, file: string, scenario: string): ScenarioSeed | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const step = raw as {
    name?: unknown;
    service?: unknown;
    request?: Record<string, unknown>;
    response?: Record<string, unknown>;
  };
  const method = typeof step.request?.method === 'string' ? step.request.method.toUpperCase() : 'GET';
  const path = step.request?.path;
  // Templated paths (`{{order.id}}`) depend on a run; they cannot seed static data.
  if (typeof path !== 'string' || !path.startsWith('/') || path.includes('{{')) return undefined;
  const status = Number(step.response?.status ?? 200);
  return {
    file,
    scenario,
    step: typeof step.name === 'string' ? step.name : `${method} ${path}`,
    service: typeof step.service === 'string' ? step.service : undefined,
    method,
    path: path.split('?')[0] as string,
    segments: splitPath(path.split('?')[0] as string),
    requestBody: step.request?.body,
    status: Number.isInteger(status) ? status : 200,
    responseBody: step.response?.body,
  };
}
