import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '../core/config/load-config.js';
import { ErrorCode, MockforgeError } from '../core/errors.js';
import { isAlive, startBackground } from '../core/mock/up-process.js';
import { readUpState, removeUpState, type UpState, writeUpState } from '../core/mock/up-state.js';
import type { CommandReport } from '../core/report/command-report.js';
import { inlineCode, markdownTable } from '../core/report/markdown.js';
import { envNameFor } from '../core/scenario/resolve-targets.js';
import { findBundledCli } from './cli-path.js';
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
 */
export async function startMocksStep(settings: ActionSettings, timeoutMs = 30_000): Promise<MocksStarted> {
  const config = loadConfig(settings.config);
  const root = dirname(settings.config);
  const previous = readUpState(root);
  if (previous && isAlive(previous.pid)) {
    throw new MockforgeError(ErrorCode.PortInUse, `mocks are already up in this job (pid ${previous.pid})`, {
      hint: 'use one `command: mocks` step per config',
    });
  }
  if (previous) removeUpState(root);
  const folder = join(root, '.mockforge');
  mkdirSync(folder, { recursive: true });
  const logFile = join(folder, 'up.log');
  const journalFile = join(folder, 'journal.jsonl');
  const started = await startBackground({
    cli: findBundledCli(),
    args: ['--config', settings.config, '--journal', journalFile],
    cwd: root,
    logFile,
    readyFile: join(folder, `ready-${process.pid}.json`),
    timeoutMs,
  }).catch((error: unknown) => {
    throw withLogTail(error, logFile);
  });
  const state: UpState = {
    version: 1,
    pid: started.pid,
    startedAt: new Date().toISOString(),
    root,
    configFile: settings.config,
    logFile,
    journalFile,
    workspaces: started.workspaces.map((w) => ({ name: w.name, port: w.port, url: w.url })),
  };
  writeUpState(root, state);
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
      command: 'mocks',
      title: 'Workspace mocks',
      status: 'passed',
      headline: `${state.workspaces.length} workspace mock(s) running (pid ${state.pid}); stopped by the post step`,
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
