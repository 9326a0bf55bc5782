import { SourceRegistry } from '../arazzo/arazzo-sources.js';
import { isArazzoDocument } from '../arazzo/is-arazzo.js';
import { loadArazzo } from '../arazzo/load-arazzo.js';
import type { Project } from '../project.js';
import { readSourceFile } from '../source/source-file.js';
import { DEFAULT_STEP_TIMEOUT_MS, MAX_SCENARIO_BYTES, scenarioFromSource } from './load-scenario.js';
import type { Scenario } from './types.js';

export interface LoadScenarioFilesOptions {
  project?: Project | undefined;
  /** No file (scenario, Arazzo document, source description) may come from outside this folder. */
  root: string;
  defaultTimeoutMs?: number;
}

export interface LoadedScenarios {
  /** Tutorial files give one scenario each, Arazzo documents one per workflow; in file order. */
  scenarios: Scenario[];
  /** Where the Arazzo sources led: contracts that are no workspace's (each a service of its own). */
  registry: SourceRegistry;
}

/**
 * Reads scenario files of both formats: `*.arazzo.yaml|json` and any document with `arazzo:` at the top
 * are Arazzo, the rest the tutorial's format. Any mistake is a MockforgeError at its file:line.
 */
export function loadScenarioFiles(files: readonly string[], options: LoadScenarioFilesOptions): LoadedScenarios {
  const registry = new SourceRegistry({ project: options.project, root: options.root });
  const defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const scenarios = files.flatMap((file) => {
    const source = readSourceFile(file, { maxBytes: MAX_SCENARIO_BYTES });
    return isArazzoDocument(file, source.value)
      ? loadArazzo(file, { registry, defaultTimeoutMs }, source)
      : [scenarioFromSource(source, { defaultTimeoutMs })];
  });
  return { scenarios, registry };
}
