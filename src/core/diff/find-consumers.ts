import { readFileSync } from 'node:fs';
import { isArazzoDocument } from '../arazzo/is-arazzo.js';
import type { MockforgeConfig } from '../config/types.js';
import { loadProject, type Project } from '../project.js';
import { loadScenarioFiles } from '../scenario/load-scenario-files.js';
import { configScenarioFiles } from '../scenario/scenario-files.js';
import type { Scenario } from '../scenario/types.js';
import type { Consumer } from './types.js';

interface CallingStep {
  scenario: string;
  step: string;
  service?: string;
  method: string;
  path: string;
  /** An Arazzo step naming an operation the head contract no longer has. */
  operationId?: string;
  location: { file: string; line: number; column: number };
}

/** Finds who calls an operation of a contract: scenario steps and workspace endpoints of mockforge.yaml. */
export interface ConsumerIndex {
  /** `workspaces`: the names of the workspaces serving the contract (from the head config, or the base one). */
  find(workspaces: readonly string[], basePath: string, operation: CalledOperation): Consumer[];
}

/** A changed operation: method (upper case) and path template, and its operationId at the base when it had one. */
export interface CalledOperation {
  method: string;
  path: string;
  operationId?: string | undefined;
}

export function indexConsumers(config: MockforgeConfig): ConsumerIndex {
  const steps = readScenarioSteps(config);
  return {
    find(serving, basePath, operation) {
      const names = new Set(serving);
      const workspaces = config.workspaces.filter((w) => names.has(w.name));
      const matches = pathMatcher(operation.path, basePath);
      const consumers: Consumer[] = [];
      for (const step of steps) {
        if (step.service !== undefined ? !names.has(step.service) : names.size === 0) continue;
        const called =
          step.operationId !== undefined
            ? step.operationId === operation.operationId
            : step.method === operation.method && matches(step.path);
        if (!called) continue;
        consumers.push({ kind: 'scenario-step', name: `${step.scenario} › ${step.step}`, location: step.location });
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
          location: config.locate(endpoint?.pointer ?? workspace.pointer),
        });
      }
      return consumers;
    },
  };
}

function readScenarioSteps(config: MockforgeConfig): CallingStep[] {
  const files = configScenarioFiles(config);
  const steps: CallingStep[] = [];
  let project: Project | undefined;
  for (const file of files) {
    let scenarios: Scenario[];
    try {
      const arazzo = isArazzoDocument(file, undefined) || /^\s*arazzo\s*:/m.test(readFileSync(file, 'utf8'));
      // Arazzo steps name operations: their contracts are needed to know the method and path.
      if (arazzo) project ??= loadProject(config);
      scenarios = loadScenarioFiles([file], { project: arazzo ? project : undefined, root: config.root }).scenarios;
    } catch {
      continue; // a broken scenario is the scenario runner's error to report, not the diff's
    }
    for (const scenario of scenarios) {
      for (const step of scenario.steps) {
        const calling = {
          scenario: scenario.name,
          step: step.name,
          ...(step.service ? { service: step.service } : {}),
          location: step.location,
        };
        const operation = step.arazzo?.operation;
        if (step.arazzo && !operation) continue; // a workflow step calls no operation itself
        if (operation && 'error' in operation) {
          // Loaded against the head: an operation removed there is still what the step calls.
          const { wanted } = operation;
          if (wanted.operationId !== undefined)
            steps.push({ ...calling, method: '', path: '', operationId: wanted.operationId });
          else if (wanted.method && wanted.path) steps.push({ ...calling, method: wanted.method, path: wanted.path });
          continue;
        }
        steps.push({
          ...calling,
          method: step.request.method,
          path: step.request.path.split('?')[0] ?? '',
        });
      }
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
