import { globSync } from 'tinyglobby';
import type { MockforgeConfig } from '../config/types.js';
import { readSourceFile, type SourceFile } from '../source/source-file.js';
import type { Consumer } from './types.js';

interface ScenarioStep {
  scenario: string;
  step: string;
  service?: string;
  method: string;
  path: string;
  source: SourceFile;
  pointer: string;
}

/** Finds who calls an operation of a contract: scenario steps and workspace endpoints of mockforge.yaml. */
export interface ConsumerIndex {
  /** `workspaces`: the names of the workspaces serving the contract (from the head config, or the base one). */
  find(workspaces: readonly string[], basePath: string, operation: { method: string; path: string }): Consumer[];
}

export function indexConsumers(config: MockforgeConfig): ConsumerIndex {
  const configSource = readSourceFile(config.file);
  const steps = readScenarioSteps(config);
  const at = (source: SourceFile, pointer: string) => {
    const { file, line, column } = source.locate(pointer);
    return { file, line, column };
  };
  return {
    find(serving, basePath, operation) {
      const names = new Set(serving);
      const workspaces = config.workspaces.filter((w) => names.has(w.name));
      const matches = pathMatcher(operation.path, basePath);
      const consumers: Consumer[] = [];
      for (const step of steps) {
        if (step.service !== undefined ? !names.has(step.service) : names.size === 0) continue;
        if (step.method !== operation.method || !matches(step.path)) continue;
        consumers.push({
          kind: 'scenario-step',
          name: `${step.scenario} › ${step.step}`,
          location: at(step.source, step.pointer),
        });
      }
      for (const workspace of workspaces) {
        const endpoint = workspace.endpoints.find(
          (e) =>
            (e.methods.length === 0 || e.methods.includes(operation.method)) &&
            globMatches(e.path, operation.path, basePath),
        );
        consumers.push({
          kind: 'workspace',
          name: workspace.name,
          location: at(configSource, endpoint?.pointer ?? workspace.pointer),
        });
      }
      return consumers;
    },
  };
}

function readScenarioSteps(config: MockforgeConfig): ScenarioStep[] {
  const files = globSync(config.scenarios, { cwd: config.root, absolute: true, onlyFiles: true }).sort();
  const steps: ScenarioStep[] = [];
  for (const file of files) {
    let source: SourceFile;
    try {
      source = readSourceFile(file, { maxBytes: 4 * 1024 * 1024 });
    } catch {
      continue; // a broken scenario is the scenario runner's error to report, not the diff's
    }
    const doc = source.value as { name?: unknown; steps?: unknown } | null;
    if (!doc || !Array.isArray(doc.steps)) continue;
    const scenario = typeof doc.name === 'string' ? doc.name : file;
    for (const [index, raw] of doc.steps.entries()) {
      const step = raw as { name?: unknown; service?: unknown; request?: { method?: unknown; path?: unknown } };
      if (!step?.request || typeof step.request.path !== 'string') continue;
      steps.push({
        scenario,
        step: typeof step.name === 'string' ? step.name : `step ${index + 1}`,
        ...(typeof step.service === 'string' ? { service: step.service } : {}),
        method: String(step.request.method ?? 'GET').toUpperCase(),
        path: step.request.path.split('?')[0] ?? '',
        source,
        pointer: `/steps/${index}`,
      });
    }
  }
  return steps;
}

/** Matches a concrete path (`/api/users/user_123`) against a template (`/api/users/{id}`), with or without the base path. */
function pathMatcher(template: string, basePath: string): (path: string) => boolean {
  const body = template
    .split(/\{[^}]*\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  const pattern = new RegExp(`^(?:${basePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})?${body}/?$`);
  return (path) => pattern.test(path);
}

/** mockforge.yaml endpoint globs (`/api/users/*`) against an operation's template. */
function globMatches(glob: string, template: string, basePath: string): boolean {
  const pattern = new RegExp(
    `^${glob
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return pattern.test(template) || pattern.test(basePath + template);
}
