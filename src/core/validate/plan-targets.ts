import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { loadContract } from '../contract/load-contract.js';
import type { LoadedContract } from '../contract/types.js';
import { ErrorCode, MockforgeError } from '../errors.js';
import { loadScenarioSeeds, type ScenarioSeed } from '../mock/state/seed-from-scenarios.js';
import type { Progress } from '../progress.js';
import { loadProject } from '../project.js';
import { findScenarioValues, type ScenarioValues } from './scenario-values.js';

/** One service to validate: its contract, where it runs, and the scenario data that names real ids. */
export interface PlannedTarget {
  name: string;
  contract: LoadedContract;
  target: string;
  scenarioValues: Map<string, ScenarioValues>;
}

export interface PlanInput {
  cwd: string;
  /** A contract file or a folder of contracts. */
  contract?: string;
  /** `--target`: one URL (with a contract file), or name=url pairs. */
  targets: readonly string[];
  /** mockforge.yaml: validates every workspace with a `target:` (name=url pairs override). */
  config?: string;
  /** Progress of long contract loads. */
  progress?: Progress;
}

/** Works out what to validate from the three command-line forms; user mistakes are MockforgeErrors (exit 2). */
export function planTargets(input: PlanInput): PlannedTarget[] {
  const pairs = new Map<string, string>();
  const bare: string[] = [];
  for (const value of input.targets) {
    const match = /^([\w.-]+)=(.+)$/.exec(value);
    if (match && !/^https?:/i.test(value)) pairs.set(match[1] as string, checkUrl(match[2] as string));
    else bare.push(checkUrl(value));
  }
  if (input.contract) {
    const absolute = resolve(input.cwd, input.contract);
    const scenarios = scenarioSource(input.cwd, input.config);
    // Read on first use (usage errors below need no I/O), then shared by every target.
    let loaded: ScenarioSeed[] | undefined;
    const seeds = () => {
      loaded ??= scenarios ? loadScenarioSeeds(scenarios.root, scenarios.globs).seeds : [];
      return loaded;
    };
    if (existsSync(absolute) && statSync(absolute).isDirectory()) {
      if (bare.length > 0 || pairs.size === 0) {
        throw new MockforgeError(
          ErrorCode.UsageInvalid,
          `--contract ${input.contract} is a folder: give --target name=url per service`,
          {
            hint: 'e.g. --target users-service=http://localhost:8081 (the name of contracts/users-service.yaml)',
          },
        );
      }
      return [...pairs].map(([name, target]) => {
        const file = ['.yaml', '.yml', '.json']
          .map((ext) => join(absolute, `${name}${ext}`))
          .find((f) => existsSync(f));
        if (!file)
          throw new MockforgeError(ErrorCode.ContractNotFound, `no contract ${name}.yaml in ${input.contract}`);
        return planOne(name, loadContract(file, withProgress(input)), target, seeds);
      });
    }
    if (bare.length !== 1 || pairs.size > 0) {
      throw new MockforgeError(ErrorCode.UsageInvalid, 'give exactly one --target <url> with a --contract file', {
        hint: 'mockforge validate --contract contracts/users-service.yaml --target http://localhost:8081',
      });
    }
    const contract = loadContract(absolute, withProgress(input));
    const name = basename(absolute).replace(/\.(ya?ml|json)$/i, '');
    return [planOne(name, contract, bare[0] as string, seeds)];
  }
  const project = loadProject(resolve(input.cwd, input.config ?? 'mockforge.yaml'), withProgress(input));
  if (bare.length > 0) {
    throw new MockforgeError(ErrorCode.UsageInvalid, 'with a config, give targets as --target name=url');
  }
  for (const name of pairs.keys()) {
    if (!project.config.workspaces.some((w) => w.name === name)) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `no workspace named '${name}' in ${project.config.file}`);
    }
  }
  const seeds = loadScenarioSeeds(project.config.root, project.config.scenarios).seeds;
  const planned = project.config.workspaces.flatMap((workspace) => {
    const target = pairs.get(workspace.name) ?? workspace.target;
    if (!target) return [];
    const contract = project.contracts.get(workspace.name) as LoadedContract;
    return [
      {
        name: workspace.name,
        contract,
        target: checkUrl(target),
        scenarioValues: findScenarioValues(contract, seeds, workspace.name),
      },
    ];
  });
  if (planned.length === 0) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `no workspace in ${project.config.file} has a target`, {
      hint: "add 'target: http://localhost:8081' to a workspace, or pass --target name=url",
    });
  }
  return planned;
}

function planOne(name: string, contract: LoadedContract, target: string, seeds: () => ScenarioSeed[]): PlannedTarget {
  return { name, contract, target, scenarioValues: findScenarioValues(contract, seeds(), name) };
}

/** Scenario files of the project the contract lives in: mockforge.yaml's globs, else `scenarios/**`. */
function scenarioSource(cwd: string, config: string | undefined): { root: string; globs: string[] } | undefined {
  const file = resolve(cwd, config ?? 'mockforge.yaml');
  if (existsSync(file)) {
    try {
      const config = loadConfig(file);
      return { root: config.root, globs: config.scenarios };
    } catch {
      // a broken config must not stop validating a contract given directly
    }
  }
  return existsSync(join(cwd, 'scenarios'))
    ? { root: cwd, globs: ['scenarios/**/*.yaml', 'scenarios/**/*.yml'] }
    : undefined;
}

/** The project root refs may not leave: where the user stands, or the contract's folder when it lies outside. */
function checkUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MockforgeError(ErrorCode.UsageInvalid, `--target '${value}' is not a URL`, {
      hint: 'e.g. --target http://localhost:8081',
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new MockforgeError(ErrorCode.UsageInvalid, `--target '${value}' must be http or https`);
  }
  return value.replace(/\/+$/, '');
}

function withProgress(input: PlanInput): { progress?: Progress } {
  return input.progress ? { progress: input.progress } : {};
}
