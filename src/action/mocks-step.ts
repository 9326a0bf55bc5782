import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfig } from '../core/config/load-config.js';
import { ErrorCode, MockforgeError } from '../core/errors.js';
import { findCli } from '../core/mock/find-cli.js';
import { startUp, upFiles } from '../core/mock/start-up.js';
import type { UpKind, UpState } from '../core/mock/up-state.js';
import type { CommandReport } from '../core/report/command-report.js';
import { inlineCode, markdownTable } from '../core/report/markdown.js';
import { envNameFor } from '../core/scenario/resolve-targets.js';
import type { ActionSettings } from './inputs.js';

export interface MocksStarted {
  state: UpState;
  /** workspace -> URL, the `urls` output. */
  urls: Record<string, string>;
  /** Environment variables for later steps: NAME_URL per workspace plus each workspace's `env:` names. */
  exports: Record<string, string>;
  report: CommandReport;
}

/**
 * `command: mocks`: `mockforge serve` for every workspace, detached with its own log file and no inherited
 * pipes (so this step ends while the mocks keep running), ready when every port answers. The state file
 * `.mockforge/up.json` is written like `mockforge up` does, so later `mockforge` steps and `down` find them.
 * `command: proxy` starts `mockforge proxy` the same way (to every workspace's target, or the `targets`
 * input), with its own state file (`.mockforge/proxy.json`): its URLs are exported instead of the mocks'.
 */
export async function startMocksStep(
  settings: ActionSettings,
  timeoutMs = 30_000,
  kind: UpKind = 'mocks',
): Promise<MocksStarted> {
  const config = loadConfig(settings.config);
  const root = dirname(settings.config);
  const { state } = await startUp({
    root,
    configFile: settings.config,
    kind,
    cli: findCli(),
    cwd: root,
    args: kind === 'proxy' ? [...settings.targets].flatMap(([name, url]) => ['--target', `${name}=${url}`]) : [],
    timeoutMs,
    alreadyUp: (pid) =>
      new MockforgeError(
        ErrorCode.PortInUse,
        `${kind === 'proxy' ? 'the proxy is' : 'mocks are'} already up in this job (pid ${pid})`,
        {
          hint: `use one \`command: ${kind}\` step per config`,
        },
      ),
  }).catch((error: unknown) => {
    throw withLogTail(error, upFiles(root, kind).logFile);
  });
  const urls: Record<string, string> = {};
  const exports: Record<string, string> = {};
  for (const workspace of state.workspaces) {
    urls[workspace.name] = workspace.url;
    exports[envNameFor(workspace.name)] = workspace.url;
    for (const name of config.workspaces.find((w) => w.name === workspace.name)?.env ?? []) {
      exports[name] = workspace.url;
    }
  }
  const rows = state.workspaces.map((w) => [
    inlineCode(w.name),
    inlineCode(w.url),
    Object.entries(exports)
      .filter(([, url]) => url === w.url)
      .map(([name]) => inlineCode(name))
      .join(' '),
  ]);
  return {
    state,
    urls,
    exports,
    report: {
      command: kind,
      title: kind === 'proxy' ? 'Contract proxy' : 'Workspace mocks',
      status: 'passed',
      headline:
        kind === 'proxy'
          ? `${state.workspaces.length} workspace(s) proxied to their services (pid ${state.pid}); the post step stops it and reports the traffic`
          : `${state.workspaces.length} workspace mock(s) running (pid ${state.pid}); stopped by the post step`,
      markdown: markdownTable(['workspace', 'url', 'exported as'], rows),
      findings: [],
    },
  };
}

/** The last lines of a log, for errors about a process that logged there. */
export function logTail(logFile: string, lines = 20): string {
  if (!existsSync(logFile)) return '(no log)';
  const text = readFileSync(logFile, 'utf8').trimEnd();
  return text.split('\n').slice(-lines).join('\n') || '(empty log)';
}

function withLogTail(error: unknown, logFile: string): unknown {
  if (!(error instanceof MockforgeError)) return error;
  return new MockforgeError(error.code, `${error.message}\n--- last lines of ${logFile} ---\n${logTail(logFile)}`, {
    ...(error.location ? { location: error.location } : {}),
    cause: error,
  });
}
