import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { LoadedContract } from '../contract/types.js';
import { ErrorCode, MockforgeError } from '../errors.js';
import { createHttpTransport } from '../http/http-transport.js';
import type { MockServer } from '../mock/server/mock-server.js';
import { createMocksFromConfig, createMocksFromContracts } from '../mock/start-mocks.js';
import { isAlive } from '../mock/up-process.js';
import { readUpState, type UpState } from '../mock/up-state.js';
import { loadProject, type Project } from '../project.js';
import type { ShardPlan } from '../shard/shard-plan.js';
import type { ShardSpec } from '../shard/shard-spec.js';
import { loadScenarioFiles } from './load-scenario-files.js';
import { resolveTargets } from './resolve-targets.js';
import { runScenarios } from './run-scenarios.js';
import { configScenarioFiles } from './scenario-files.js';
import { planScenarioShards, scenariosOfShard } from './shard-scenarios.js';
import type { ResolvedTarget, Scenario, ScenariosResult, StepResult } from './types.js';

export interface RunScenarioFilesOptions {
  cwd: string;
  /** Files or globs (relative to cwd); none: the config's `scenarios` globs. */
  patterns: readonly string[];
  /** mockforge.yaml; optional when files and every target are given. */
  configPath: string;
  targets: ReadonlyMap<string, string>;
  env: Readonly<Record<string, string | undefined>>;
  concurrency?: number;
  /** Step timeout where the scenario sets none (default 10 s). */
  defaultTimeoutMs?: number;
  /** Never boot in-process mocks: services without a URL fail their steps. */
  noMocks?: boolean;
  /** Arazzo workflow inputs (`--input`). */
  inputs?: Readonly<Record<string, unknown>>;
  /** Run only this shard's files (the split is printed through `onShard` first). */
  shard?: ShardSpec;
  onShard?: (plan: ShardPlan) => void;
  onTargets?: (targets: readonly ResolvedTarget[]) => void;
  onStep?: (scenario: Scenario, step: StepResult) => void;
}

export interface ScenarioRun {
  result: ScenariosResult;
  scenarios: Scenario[];
  project: Project | undefined;
  /** With a shard: the whole split (each shard's report carries it). */
  plan?: ShardPlan;
}

/**
 * Loads the scenarios (any invalid file is a MockforgeError, exit 2), resolves each service to a URL
 * (--target, environment, `mockforge up`, else mocks booted here on free ports) and runs them.
 */
export async function runScenarioFiles(options: RunScenarioFilesOptions): Promise<ScenarioRun> {
  const configFile = resolve(options.cwd, options.configPath);
  const project = existsSync(configFile) ? loadProject(configFile) : undefined;
  const files = findScenarioFiles(options, project);
  // Every file is loaded (a broken one fails every shard, as it fails the one job); only this shard's run.
  const loaded = loadScenarioFiles(files, {
    project,
    root: project?.config.root ?? options.cwd,
    ...(options.defaultTimeoutMs ? { defaultTimeoutMs: options.defaultTimeoutMs } : {}),
  });
  const { registry } = loaded;
  let scenarios = loaded.scenarios;
  let plan: ShardPlan | undefined;
  if (options.shard) {
    plan = planScenarioShards(scenarios, files, options.cwd, options.shard.count);
    scenarios = scenariosOfShard(scenarios, plan, options.shard.index, options.cwd);
    options.onShard?.(plan);
  }
  const services = [...new Set(scenarios.flatMap((s) => s.steps.map((step) => step.service)))].filter(Boolean);
  const envNames = new Map(project?.config.workspaces.map((w) => [w.name, w.env]) ?? []);
  const { resolved, missing } = resolveTargets({
    services,
    explicit: options.targets,
    env: options.env,
    envNames,
    up: project ? liveUpState(project.config.root) : undefined,
  });
  const workspaces = new Set(project?.config.workspaces.map((w) => w.name) ?? []);
  const toMock = missing.filter((service) => workspaces.has(service));
  const standalone = missing.filter((service) => registry.standalone.has(service));
  const mocks: Array<Awaited<ReturnType<typeof bootMocks>>> = [];
  if (project && toMock.length > 0 && !options.noMocks) mocks.push(await bootMocks(project, toMock));
  if (standalone.length > 0 && !options.noMocks) {
    const entries = standalone.map((name) => ({
      name,
      contract: registry.standalone.get(name) as LoadedContract,
      port: 0,
    }));
    mocks.push(
      await listen(
        createMocksFromContracts(entries, {
          stateful: false,
          workspaceId: 'arazzo',
          root: project?.config.root ?? options.cwd,
        }),
      ),
    );
  }
  for (const booted of mocks) resolved.push(...booted.targets);
  options.onTargets?.(resolved);
  const transport = createHttpTransport({ connections: 8 });
  try {
    const contracts = new Map([...(project?.contracts ?? []), ...registry.standalone]);
    const result = await runScenarios({
      scenarios,
      targets: resolved,
      contracts,
      transport,
      env: options.env,
      ...(options.inputs ? { inputs: options.inputs } : {}),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.onStep ? { onStep: options.onStep } : {}),
    });
    return { result, scenarios, project, ...(plan ? { plan } : {}) };
  } finally {
    await transport.close();
    for (const booted of mocks) await booted.close();
  }
}

export function findScenarioFiles(
  options: Pick<RunScenarioFilesOptions, 'cwd' | 'patterns' | 'configPath'>,
  project: Project | undefined,
): string[] {
  if (options.patterns.length === 0) {
    if (!project) {
      throw new MockforgeError(ErrorCode.ConfigNotFound, `no scenario files given and no ${options.configPath}`, {
        hint: 'pass scenario files (mockforge scenarios scenarios/*.yaml) or run where mockforge.yaml is',
      });
    }
    const found = configScenarioFiles(project.config);
    if (found.length === 0) {
      throw new MockforgeError(
        ErrorCode.UsageInvalid,
        `no scenario files match ${project.config.scenarios.join(', ')} in ${project.config.root}`,
        { hint: "add files under scenarios/ or set 'scenarios:' in mockforge.yaml" },
      );
    }
    return found;
  }
  const files: string[] = [];
  for (const pattern of options.patterns) {
    const direct = resolve(options.cwd, pattern);
    const found = existsSync(direct)
      ? [direct]
      : globSync([pattern], { cwd: options.cwd, absolute: true, onlyFiles: true });
    if (found.length === 0) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `no scenario file matches '${pattern}'`, {
        hint: 'check the path (globs are relative to the current folder)',
      });
    }
    files.push(...found.sort());
  }
  return [...new Set(files)];
}

/** The `mockforge up` state, unless its process is gone (a crashed `up` leaves a stale file behind). */
/**
 * What `mockforge up` runs for the project: the proxy's workspaces first (traffic through it is checked
 * against the contracts), then the mocks' for the others.
 */
function liveUpState(root: string): UpState | undefined {
  const live = (['proxy', 'mocks'] as const)
    .map((kind) => readUpState(root, kind))
    .filter((state): state is UpState => state !== undefined && isAlive(state.pid));
  const [first] = live;
  if (!first) return undefined;
  const workspaces = live.flatMap((state) => state.workspaces);
  return { ...first, workspaces: workspaces.filter((w, i) => workspaces.findIndex((o) => o.name === w.name) === i) };
}

/** The named workspaces' mocks in this process, each on a free loopback port. */
function bootMocks(project: Project, workspaces: string[]) {
  return listen(createMocksFromConfig(project, { workspaces, ports: new Map(workspaces.map((name) => [name, 0])) }));
}

async function listen(server: MockServer) {
  const served = await server.listen();
  return {
    targets: served.map((w): ResolvedTarget => ({ service: w.name, url: w.url, source: 'mocks' })),
    close: () => server.close(),
  };
}
