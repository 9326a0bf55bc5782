import * as core from '@actions/core';
import type { MockforgeConfig } from '../core/config/types.js';
import { ErrorCode, MockforgeError } from '../core/errors.js';
import type { CommandReport } from '../core/report/command-report.js';
import { VERSION } from '../core/version.js';
import { type RunContext, readEvent, readRunContext } from './github-run.js';
import { type ActionSettings, type InputContext, parseSettings } from './inputs.js';
import type { Publisher } from './publish.js';
import type { ReportFiles } from './report-files.js';

/** The main step. Returns why the step fails (findings under the fail-on policy), or undefined. */
export async function runAction(): Promise<string | undefined> {
  const env = process.env;
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const run = readRunContext(env, event as Parameters<typeof readRunContext>[1]);
  const settings = parseSettings((name) => core.getInput(name), {
    workspace: run.workspace,
    event: event as InputContext['event'],
  });
  for (const value of Object.values(settings.headers)) core.setSecret(value);
  core.info(`mockforge ${VERSION}: ${settings.command}, config ${run.display(settings.config)}`);
  if (settings.shard) return runShard(settings, env);
  // Octokit is loaded, and the check run opened, while the commands run.
  const publisher = import('./publish.js').then(({ startPublisher }) => startPublisher(settings, run));
  try {
    return await runCommands(settings, env, run, publisher);
  } catch (error) {
    // The step's own error is what the step reports, whatever happens to the check run.
    await publisher.then(
      (p) => p.abort(error),
      () => undefined,
    );
    throw error;
  }
}

/** Each command in its own log group (loaded only when it runs), then one publication of every report. */
async function runCommands(
  settings: ActionSettings,
  env: NodeJS.ProcessEnv,
  run: RunContext,
  publisher: Promise<Publisher>,
): Promise<string | undefined> {
  const reports: CommandReport[] = [];
  const files: Record<string, ReportFiles> = {};
  const counts = { breaking: 0, drift: 0, failedScenarios: 0 };
  // Read once, and only when `check` needs to know what there is to run.
  let loaded: MockforgeConfig | undefined;
  const config = async () => {
    loaded ??= (await import('../core/config/load-config.js')).loadConfig(settings.config);
    return loaded;
  };

  if (settings.command === 'report') {
    const merged = await stage('mockforge report', async () => {
      const { downloadShardReports } = await import('./shard-artifacts.js');
      return (await import('./report-step.js')).runReportStep(settings, VERSION, core.info, downloadShardReports);
    });
    reports.push(...merged.reports);
    Object.assign(files, merged.files);
    counts.drift = merged.drift;
    counts.failedScenarios = merged.failedScenarios;
  }
  if (settings.command === 'mocks' || settings.command === 'proxy') {
    const kind = settings.command;
    const mocks = await stage(`mockforge ${kind}`, async () => {
      const started = await (await import('./mocks-step.js')).startMocksStep(settings, 30_000, kind);
      for (const w of started.state.workspaces) core.info(`${w.name}: ${w.url}`);
      return started;
    });
    (await import('./state.js')).saveMocksState(mocks.state, kind);
    core.setOutput('urls', JSON.stringify(mocks.urls));
    for (const [name, url] of Object.entries(mocks.exports)) core.exportVariable(name, url);
    reports.push(mocks.report);
  }
  if (settings.command === 'check' && !settings.baseRef) {
    reports.push(skipped('diff', 'Breaking changes', "no base: not a pull_request event and no 'base-ref' input"));
  } else if (settings.command === 'diff' || settings.command === 'check') {
    const diff = await stage('mockforge diff', async () =>
      (await import('./diff-step.js')).runDiffStep(settings, env, VERSION, core.info),
    );
    reports.push(diff.report);
    files.diff = diff.files;
    counts.breaking = diff.breaking;
  }
  if (settings.command === 'check' && !(await hasScenarios(settings, config))) {
    reports.push(skipped('scenarios', 'Scenarios', "no scenario files (the config's 'scenarios:' globs match none)"));
  } else if (settings.command === 'scenarios' || settings.command === 'check') {
    const scenarios = await stage('mockforge scenarios', async () =>
      (await import('./scenarios-step.js')).runScenariosStep(settings, env, VERSION, core.info),
    );
    reports.push(scenarios.report);
    files.scenarios = scenarios.files;
    counts.failedScenarios = scenarios.failed;
  }
  if (settings.command === 'check' && !(await hasTargets(settings, config))) {
    reports.push(
      skipped('validate', 'Contract validation', "no targets: set the 'targets' input or 'target:' in mockforge.yaml"),
    );
  } else if (settings.command === 'validate' || settings.command === 'check') {
    const validate = await stage('mockforge validate', async () =>
      (await import('./validate-step.js')).runValidateStep(settings, VERSION, core.info),
    );
    if (validate) {
      reports.push(validate.report);
      files.validate = validate.files;
      counts.drift = validate.drift;
    } else if (settings.command === 'validate') {
      throw new MockforgeError(ErrorCode.UsageInvalid, 'nothing to validate', {
        hint: "set the 'targets' input (name=url lines) or 'target:' in mockforge.yaml",
      });
    }
  }
  if (settings.command !== 'mocks' && settings.command !== 'proxy') {
    const crashed = await (await import('./mocks-health.js')).crashedMocksFinding(settings.config);
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
  await stage('mockforge: publishing the results', async () =>
    (await publisher).publish({ reports, failed: failure !== undefined, files: flatFiles(files, run.display) }),
  );
  return failure;
}

/**
 * One shard of a matrix: its part of validate or scenarios, its JSON report uploaded as an artifact, a line
 * in the job summary. Nothing is published and findings never fail it: the report job does both, once.
 */
async function runShard(settings: ActionSettings, env: NodeJS.ProcessEnv): Promise<undefined> {
  const shard = settings.shard as NonNullable<ActionSettings['shard']>;
  const command = settings.command === 'scenarios' ? 'scenarios' : 'validate';
  const step = await stage(`mockforge ${command} (shard ${shard.index}/${shard.count})`, async () =>
    command === 'scenarios'
      ? (await import('./scenarios-step.js')).runScenariosStep(settings, env, VERSION, core.info)
      : (await import('./validate-step.js')).runValidateStep(settings, VERSION, core.info),
  );
  if (!step?.files.json) {
    throw new MockforgeError(ErrorCode.UsageInvalid, 'nothing to validate', {
      hint: "set the 'targets' input (name=url lines) or 'target:' in mockforge.yaml",
    });
  }
  const json = step.files.json;
  const name = await stage('mockforge: uploading the shard report', async () =>
    (await import('./shard-artifacts.js')).uploadShardReport(json, command, shard),
  );
  core.setOutput('report-dir', settings.reportDir);
  core.setOutput('json-reports', json);
  await core.summary
    .addRaw(
      `### mockforge ${command}, shard ${shard.index}/${shard.count}\n\n${step.report.headline}\n\nUploaded as the artifact \`${name}\`: the job with \`command: report\` merges the shards and publishes the results.\n`,
    )
    .write();
  return undefined;
}

/** A stage of the run in its own log group, closed with the time it took: a stuck run shows where it is. */
async function stage<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  return core.group(name, async () => {
    try {
      return await work();
    } finally {
      core.info(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  });
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
async function hasScenarios(settings: ActionSettings, config: () => Promise<MockforgeConfig>): Promise<boolean> {
  if (settings.scenarios.length > 0) return true;
  const { configScenarioFiles } = await import('../core/scenario/scenario-files.js');
  return configScenarioFiles(await config()).length > 0;
}

/** `check` validates only when there is something to validate. */
async function hasTargets(settings: ActionSettings, config: () => Promise<MockforgeConfig>): Promise<boolean> {
  return settings.targets.size > 0 || (await config()).workspaces.some((w) => w.target !== undefined);
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
