import * as core from '@actions/core';
import * as github from '@actions/github';
import { loadConfig } from '../core/config/load-config.js';
import type { MockforgeConfig } from '../core/config/types.js';
import type { CommandReport } from '../core/report/command-report.js';
import { configScenarioFiles } from '../core/scenario/scenario-files.js';
import { VERSION } from '../core/version.js';
import { runDiffStep } from './diff-step.js';
import { readRunContext } from './github-run.js';
import { type ActionSettings, type InputContext, parseSettings } from './inputs.js';
import { crashedMocksFinding } from './mocks-health.js';
import { startMocksStep } from './mocks-step.js';
import { publishReports } from './publish.js';
import type { ReportFiles } from './report-files.js';
import { runScenariosStep } from './scenarios-step.js';
import { saveMocksState } from './state.js';
import { runValidateStep } from './validate-step.js';

/** The main step. Returns why the step fails (findings under the fail-on policy), or undefined. */
export async function runAction(): Promise<string | undefined> {
  const env = process.env;
  const run = readRunContext(env, github.context.payload as Parameters<typeof readRunContext>[1]);
  const settings = parseSettings((name) => core.getInput(name), {
    workspace: run.workspace,
    event: github.context.payload as InputContext['event'],
  });
  for (const value of Object.values(settings.headers)) core.setSecret(value);
  const reports: CommandReport[] = [];
  const files: Record<string, ReportFiles> = {};
  const counts = { breaking: 0, drift: 0, failedScenarios: 0 };
  // Read once, and only when `check` needs to know what there is to run.
  let loaded: MockforgeConfig | undefined;
  const config = () => {
    loaded ??= loadConfig(settings.config);
    return loaded;
  };

  if (settings.command === 'mocks' || settings.command === 'proxy') {
    const mocks = await startMocksStep(settings, 30_000, settings.command);
    saveMocksState(mocks.state, settings.command);
    core.setOutput('urls', JSON.stringify(mocks.urls));
    for (const [name, url] of Object.entries(mocks.exports)) core.exportVariable(name, url);
    for (const w of mocks.state.workspaces) core.info(`${w.name}: ${w.url}`);
    reports.push(mocks.report);
  }
  if (settings.command === 'check' && !settings.baseRef) {
    reports.push(skipped('diff', 'Breaking changes', "no base: not a pull_request event and no 'base-ref' input"));
  } else if (settings.command === 'diff' || settings.command === 'check') {
    const diff = await runDiffStep(settings, env, VERSION);
    reports.push(diff.report);
    files.diff = diff.files;
    counts.breaking = diff.breaking;
  }
  if (settings.command === 'check' && !hasScenarios(settings, config)) {
    reports.push(skipped('scenarios', 'Scenarios', "no scenario files (the config's 'scenarios:' globs match none)"));
  } else if (settings.command === 'scenarios' || settings.command === 'check') {
    const scenarios = await runScenariosStep(settings, env, VERSION);
    reports.push(scenarios.report);
    files.scenarios = scenarios.files;
    counts.failedScenarios = scenarios.failed;
  }
  if (settings.command === 'check' && !hasTargets(settings, config)) {
    reports.push(
      skipped('validate', 'Contract validation', "no targets: set the 'targets' input or 'target:' in mockforge.yaml"),
    );
  } else if (settings.command === 'validate' || settings.command === 'check') {
    const validate = await runValidateStep(settings, VERSION);
    if (validate) {
      reports.push(validate.report);
      files.validate = validate.files;
      counts.drift = validate.drift;
    } else if (settings.command === 'validate') {
      throw new Error("nothing to validate: set the 'targets' input (name=url lines) or 'target:' in mockforge.yaml");
    }
  }
  if (settings.command !== 'mocks' && settings.command !== 'proxy') {
    const crashed = await crashedMocksFinding(settings.config);
    if (crashed)
      reports.push({ ...skipped('mocks', 'Workspace mocks', 'crashed'), status: 'failed', findings: [crashed] });
  }

  // Core messages name files by absolute path; on GitHub the workspace prefix is noise (and the runner's layout).
  const prefix = `${run.workspace.replace(/\/+$/, '')}/`;
  for (const report of reports) {
    report.findings = report.findings.map((f) => ({ ...f, message: f.message.split(prefix).join('') }));
  }
  setOutputs(settings, files, counts);
  const failure = failureOf(reports, settings);
  await publishReports({ settings, run, reports, failed: failure !== undefined, files: flatFiles(files, run.display) });
  return failure;
}

function setOutputs(
  settings: ActionSettings,
  files: Record<string, ReportFiles>,
  counts: { breaking: number; drift: number; failedScenarios: number },
): void {
  core.setOutput('breaking-count', String(counts.breaking));
  core.setOutput('drift-count', String(counts.drift));
  core.setOutput('failed-scenarios', String(counts.failedScenarios));
  core.setOutput('report-dir', settings.reportDir);
  for (const kind of ['json', 'junit', 'sarif'] as const) {
    const paths = Object.values(files).flatMap((f) => (f[kind] ? [f[kind]] : []));
    core.setOutput(`${kind}-reports`, paths.join('\n'));
  }
  core.setOutput('reports', JSON.stringify(files));
}

/** The step fails on breaking changes the diff's fail-on caught, and on scenario or validation errors. */
function failureOf(reports: readonly CommandReport[], settings: ActionSettings): string | undefined {
  if (settings.failOn === 'never') return undefined;
  const failing = reports.filter(
    (r) =>
      r.status === 'failed' &&
      (r.command === 'diff' ||
        r.findings.some((f) => f.severity === 'error' || (settings.failOn === 'WARN' && f.severity === 'warning'))),
  );
  if (failing.length === 0) return undefined;
  return `mockforge ${settings.command}: ${failing.map((r) => `${r.title.toLowerCase()}: ${r.headline}`).join('; ')}`;
}

/** `check` runs scenarios only when there are some. */
function hasScenarios(settings: ActionSettings, config: () => MockforgeConfig): boolean {
  return settings.scenarios.length > 0 || configScenarioFiles(config()).length > 0;
}

/** `check` validates only when there is something to validate. */
function hasTargets(settings: ActionSettings, config: () => MockforgeConfig): boolean {
  return settings.targets.size > 0 || config().workspaces.some((w) => w.target !== undefined);
}

function skipped(command: CommandReport['command'], title: string, why: string): CommandReport {
  return { command, title, status: 'skipped', headline: why, markdown: '', findings: [] };
}

function flatFiles(files: Record<string, ReportFiles>, display: (file: string) => string): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [command, kinds] of Object.entries(files)) {
    for (const [kind, path] of Object.entries(kinds)) flat[`${command} ${kind}`] = display(path);
  }
  return flat;
}
