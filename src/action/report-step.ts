import { join } from 'node:path';
import type { CommandReport } from '../core/report/command-report.js';
import { mergeScenarioShards } from '../core/scenario/shard-scenarios.js';
import type { ShardReportText } from '../core/shard/shard-report.js';
import { collectShardReports } from '../core/shard/shard-report.js';
import { formatShard } from '../core/shard/shard-spec.js';
import { mergeValidateShards } from '../core/validate/merge-shards.js';
import type { ActionSettings } from './inputs.js';
import type { ReportFiles } from './report-files.js';
import { scenariosStepResult } from './scenarios-step.js';
import { validateStepResult } from './validate-step.js';

export interface ReportStep {
  reports: CommandReport[];
  files: Record<string, ReportFiles>;
  drift: number;
  failedScenarios: number;
}

/**
 * `command: report`: every shard report of the run (validate, scenarios or both), merged per command as if
 * one job had run it all; a shard that did not report is named, with what it had, and fails the result.
 */
export async function runReportStep(
  settings: ActionSettings,
  version: string,
  log: (line: string) => void,
  download: (dir: string, log: (line: string) => void) => Promise<ShardReportText[]>,
): Promise<ReportStep> {
  const texts = await download(join(settings.reportDir, 'shards'), log);
  const step: ReportStep = { reports: [], files: {}, drift: 0, failedScenarios: 0 };
  for (const shards of collectShardReports(texts)) {
    const { count, reported, missing } = shards.summary;
    log(`${shards.command}: ${reported.length} of ${count} shard report(s)`);
    for (const m of missing)
      log(`shard ${formatShard({ index: m.index, count })} missing: ${m.reason} (${m.items} item(s) not run)`);
    if (shards.command === 'validate') {
      const validate = validateStepResult(mergeValidateShards(shards, settings.workingDirectory), settings, version);
      step.reports.push(validate.report);
      step.files.validate = validate.files;
      step.drift = validate.drift;
    } else {
      const scenarios = scenariosStepResult(mergeScenarioShards(shards, settings.workingDirectory), settings, version);
      step.reports.push(scenarios.report);
      step.files.scenarios = scenarios.files;
      step.failedScenarios = scenarios.failed;
    }
  }
  return step;
}
