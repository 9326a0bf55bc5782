import { isArazzoDocument } from '../../arazzo/is-arazzo.js';
import { isMockforgeError } from '../../errors.js';
import { MAX_SCENARIO_BYTES, scenarioFromSource } from '../../scenario/load-scenario.js';
import { configScenarioFiles } from '../../scenario/scenario-files.js';
import { firstStatus } from '../../scenario/status-expectation.js';
import type { ScenarioStep } from '../../scenario/types.js';
import { readSourceFile } from '../../source/source-file.js';
import { splitPath } from '../routing/path-template.js';

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
  /** Files skipped, each a message with the file name. */
  warnings: string[];
}

/**
 * Reads `scenarios/*.yaml` (the config's globs, relative to `root`) with the scenario loader. A file that
 * does not load is a warning here (`mockforge scenarios` reports it as an error): the mocks still start.
 */
export function loadScenarioSeeds(root: string, globs: readonly string[]): ScenarioSeeds {
  const files = configScenarioFiles({ root, scenarios: globs });
  const seeds: ScenarioSeed[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    try {
      const source = readSourceFile(file, { maxBytes: MAX_SCENARIO_BYTES });
      // Arazzo documents expect no bodies to serve: they run against the mocks, they do not seed them.
      if (isArazzoDocument(file, source.value)) continue;
      const scenario = scenarioFromSource(source);
      for (const step of scenario.steps) {
        const seed = toSeed(step, file, scenario.name);
        if (seed) seeds.push(seed);
      }
    } catch (error) {
      const message = isMockforgeError(error) ? error.format() : (error as Error).message;
      warnings.push(`not used to seed the mocks: ${message}`);
    }
  }
  return { seeds, warnings };
}

function toSeed(step: ScenarioStep, file: string, scenario: string): ScenarioSeed | undefined {
  const path = step.request.path.split('?')[0] ?? '';
  // Placeholders (`${order_id}`) depend on a run: such steps cannot seed static data.
  if (!path.startsWith('/') || path.includes('${') || path.includes('{{')) return undefined;
  return {
    file,
    scenario,
    step: step.name,
    service: step.service,
    method: step.request.method,
    path,
    segments: splitPath(path),
    requestBody: step.request.hasBody ? step.request.body : undefined,
    status: firstStatus(step.response.status),
    responseBody: step.response.hasBody ? step.response.body : undefined,
  };
}
