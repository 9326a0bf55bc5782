import { relative } from 'node:path';
import { readInputOptions } from '../core/arazzo/read-inputs.js';
import type { CommandReport } from '../core/report/command-report.js';
import { toJUnitXml } from '../core/report/junit.js';
import { escapeMarkdown, inlineCode, markdownTable } from '../core/report/markdown.js';
import { formatSummary } from '../core/scenario/format-scenarios.js';
import { scenarioSequenceDiagram } from '../core/scenario/mermaid.js';
import { runScenarioFiles } from '../core/scenario/run-scenario-files.js';
import {
  countSteps,
  failureText,
  scenarioFindings,
  scenarioJsonReport,
  scenarioJUnitSuites,
  scenarioSarif,
} from '../core/scenario/scenario-report.js';
import type { ScenariosResult } from '../core/scenario/types.js';
import { describeShards, type ShardPlan } from '../core/shard/shard-plan.js';
import { shardStamp } from '../core/shard/shard-report.js';
import type { ActionSettings } from './inputs.js';
import { type ReportFiles, writeReportFiles } from './report-files.js';

export interface ScenariosStep {
  report: CommandReport;
  files: ReportFiles;
  failed: number;
}

const SOURCES = {
  target: 'targets input',
  env: 'environment',
  up: 'mocks of an earlier step',
  mocks: 'mock booted here',
};

/**
 * Cross-service scenarios. Each service's URL: the `targets` input, else the environment (`USERS_SERVICE_URL`
 * exported by a `command: mocks` step), else the mocks that step left running, else mocks booted here.
 */
export async function runScenariosStep(
  settings: ActionSettings,
  env: Record<string, string | undefined>,
  version: string,
  log: (line: string) => void,
): Promise<ScenariosStep> {
  const failing = new Map<unknown, boolean>();
  const shard = settings.shard;
  const { result, plan } = await runScenarioFiles({
    ...(shard
      ? {
          shard,
          onShard: (split: ShardPlan) => {
            for (const line of describeShards(split, shard, 'scenario file(s)')) log(line);
          },
        }
      : {}),
    onTargets: (targets) => {
      for (const t of targets) log(`${t.service}: ${t.url} (${SOURCES[t.source]})`);
    },
    onStep: (scenario, step) => {
      const failed = (failing.get(scenario) ?? false) || step.outcome !== 'passed';
      failing.set(scenario, failed);
      log(`${scenario.name} › ${step.name}: ${step.outcome} (${Math.round(step.durationMs)} ms)`);
      if (step.index === scenario.steps.length - 1) log(`${scenario.name}: ${failed ? 'failed' : 'passed'}`);
    },
    cwd: settings.workingDirectory,
    patterns: settings.scenarios,
    configPath: settings.config,
    targets: settings.targets,
    env,
    ...(settings.arazzoInputs.length > 0
      ? { inputs: readInputOptions(settings.arazzoInputs, settings.workingDirectory) }
      : {}),
  });
  const stamp = shard && plan ? { shard: shardStamp(shard, plan, settings.workingDirectory, version) } : {};
  return scenariosStepResult(result, settings, version, stamp);
}

/** The reports and the step's summary of a scenarios result (a merged one too: command report). */
export function scenariosStepResult(
  result: ScenariosResult,
  settings: ActionSettings,
  version: string,
  stamp: object = {},
): ScenariosStep {
  const display = (file: string) => relative(settings.workingDirectory, file) || file;
  const files = writeReportFiles(settings.reportDir, 'scenarios', {
    json: `${JSON.stringify({ ...scenarioJsonReport(result, display), ...stamp }, null, 2)}\n`,
    junit: toJUnitXml(scenarioJUnitSuites(result, display)),
    sarif: `${JSON.stringify(scenarioSarif(result, settings.workingDirectory, version), null, 2)}\n`,
  });
  const failed = result.scenarios.filter((s) => !s.passed).length;
  const scenarioRows = result.scenarios.map((s) => {
    const counts = countSteps(s);
    return [
      s.passed ? '✅' : '❌',
      escapeMarkdown(s.name),
      inlineCode(display(s.file)),
      `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    ];
  });
  const failingRows = result.scenarios.flatMap((s) =>
    [
      { name: s.name, failures: s.failures ?? [] },
      ...s.steps.map((step) => ({ name: `${s.name} › ${step.name}`, failures: step.failures })),
    ].flatMap((row) =>
      row.failures
        .filter((f) => f.severity === 'error')
        .map((f) => [
          escapeMarkdown(row.name),
          inlineCode(`${display(f.location.file)}:${f.location.line}`),
          escapeMarkdown(failureText(f).split(`${settings.workingDirectory}/`).join('')),
        ]),
    ),
  );
  const targetRows = result.targets.map((t) => [inlineCode(t.service), inlineCode(t.url), SOURCES[t.source]]);
  const markdown = [
    markdownTable(['', 'scenario', 'file', 'steps'], scenarioRows),
    ...(failingRows.length > 0
      ? ['', '**Failed steps**', '', markdownTable(['step', 'where', 'why'], failingRows.slice(0, 50))]
      : []),
    '',
    `<details><summary>Services</summary>\n\n${markdownTable(['service', 'url', 'from'], targetRows)}\n\n</details>`,
  ].join('\n');
  return {
    failed,
    files,
    report: {
      command: 'scenarios',
      title: 'Scenarios',
      status: failed > 0 ? 'failed' : 'passed',
      headline: formatSummary(result),
      markdown,
      findings: scenarioFindings(result),
      diagrams: result.scenarios.map((s) => `\`\`\`mermaid\n${scenarioSequenceDiagram(s)}\n\`\`\``),
    },
  };
}
