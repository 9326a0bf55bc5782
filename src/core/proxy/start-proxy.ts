import { relative } from 'node:path';
import type { WorkspaceConfig } from '../config/types.js';
import type { LoadedContract } from '../contract/types.js';
import { ErrorCode, MockforgeError } from '../errors.js';
import { loadProject, type Project } from '../project.js';
import { createProxyServer, type ProxiedWorkspace, type ProxyServer } from './proxy-server.js';

export interface ProxyFromConfigOptions {
  /** Only these workspaces (default: every workspace with a target). */
  workspaces?: readonly string[];
  /** `--target NAME=URL`: wins over the workspace's `target:`. */
  targets?: ReadonlyMap<string, string>;
  /** Port overrides by workspace name (0 = any free port). */
  ports?: ReadonlyMap<string, number>;
  /** Added to every configured port (not to overrides). */
  portOffset?: number;
  host?: string;
  journalFile?: string;
  enforce?: boolean;
  faults?: boolean;
  /** `--record <dir>` (absolute). */
  record?: string;
  bodyLimit?: number;
  timeoutMs?: number;
  log?: (message: string) => void;
}

/** The proxy of mockforge.yaml (its path, or the project already loaded), not yet listening, with notices for the user. */
export function createProxyFromConfig(
  configPath: string | Project,
  options: ProxyFromConfigOptions = {},
): ProxyServer & { notices: string[]; proxied: Array<{ name: string; target: string }> } {
  const project = typeof configPath === 'string' ? loadProject(configPath) : configPath;
  const { config } = project;
  const known = (name: string, option: string) => {
    if (!config.workspaces.some((w) => w.name === name)) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `${option}: no workspace named '${name}' in ${config.file}`, {
        hint: `workspaces: ${config.workspaces.map((w) => w.name).join(', ')}`,
      });
    }
  };
  const wanted = options.workspaces ?? [];
  for (const name of wanted) known(name, '--workspace');
  for (const name of options.targets?.keys() ?? []) known(name, '--target');
  const targetOf = (w: WorkspaceConfig) => options.targets?.get(w.name) ?? w.target;
  const notices: string[] = [];
  const chosen = config.workspaces.filter((w) => {
    if (wanted.length > 0) return wanted.includes(w.name);
    if (targetOf(w) === undefined) notices.push(`${w.name}: no target (add 'target:' or --target): not proxied`);
    return targetOf(w) !== undefined;
  });
  if (chosen.length === 0) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `no workspace of ${config.file} has a target to proxy to`, {
      hint: "add 'target: http://...' to a workspace in mockforge.yaml, or pass --target NAME=URL",
    });
  }
  const workspaces: ProxiedWorkspace[] = chosen.map((workspace) => {
    const target = targetOf(workspace);
    if (target === undefined) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `workspace '${workspace.name}' has no target to proxy to`, {
        location: config.locate(workspace.pointer),
        hint: `add 'target: http://...' to it in mockforge.yaml, or pass --target ${workspace.name}=URL`,
      });
    }
    if (!/^https?:\/\/[^\s/]+/i.test(target) || !URL.canParse(target)) {
      throw new MockforgeError(
        ErrorCode.UsageInvalid,
        `the target of '${workspace.name}' is not an http(s) URL: ${target}`,
      );
    }
    if (workspace.faults || workspace.endpoints.some((e) => e.faults)) {
      notices.push(
        `${workspace.name}: faults of mockforge.yaml injected${options.faults === false ? ' (off: --no-faults)' : ''}`,
      );
    }
    return {
      config: { ...workspace, port: portFor(workspace, options) },
      contract: project.contracts.get(workspace.name) as LoadedContract,
      target,
    };
  });
  const server = createProxyServer({
    workspaces,
    workspaceId: config.unifiedState.workspaceId,
    displayFile: (file) => relative(config.root, file) || file,
    ...(options.host ? { host: options.host } : {}),
    ...(options.journalFile ? { journalFile: options.journalFile } : {}),
    ...(options.enforce ? { enforce: true } : {}),
    ...(options.faults === false ? { faults: false } : {}),
    ...(options.record ? { record: { dir: options.record, root: config.root } } : {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  return Object.assign(server, {
    notices,
    proxied: workspaces.map((w) => ({ name: w.config.name, target: w.target })),
  });
}

function portFor(workspace: WorkspaceConfig, options: ProxyFromConfigOptions): number {
  const override = options.ports?.get(workspace.name);
  if (override !== undefined) return override;
  const port = workspace.proxyPort ?? workspace.port;
  return port === 0 ? 0 : port + (options.portOffset ?? 0);
}
