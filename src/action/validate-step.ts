import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { createHttpTransport } from '../core/http/http-transport.js';
import type { CommandReport } from '../core/report/command-report.js';
import { findingsTable } from '../core/report/findings-markdown.js';
import { toJUnitXml } from '../core/report/junit.js';
import { inlineCode, markdownTable } from '../core/report/markdown.js';
import { describeShards, itemsOf } from '../core/shard/shard-plan.js';
import { shardStamp } from '../core/shard/shard-report.js';
import { coverageMarkdown } from '../core/validate/format-coverage.js';
import { planTargets } from '../core/validate/plan-targets.js';
import { planValidateShards } from '../core/validate/shard-targets.js';
import type { ValidateResult } from '../core/validate/types.js';
import { validateAll } from '../core/validate/validate-all.js';
import { validateFindings, validateJUnitSuites, validateSarif } from '../core/validate/validate-findings.js';
import type { ActionSettings } from './inputs.js';
import { type ReportFiles, writeReportFiles } from './report-files.js';

export interface ValidateStep {
  report: CommandReport;
  files: ReportFiles;
  /** Drift findings (responses that break the contract). */
  drift: number;
}

/** Live validation of the `targets` (or every workspace with `target:` in the config), safe unless told. */
export async function runValidateStep(
  settings: ActionSettings,
  version: string,
  log: (line: string) => void,
): Promise<ValidateStep | undefined> {
  // One contract file takes its one target as a bare URL (as `mockforge validate --contract f --target url`).
  const contract = settings.contracts[0];
  const single = contract !== undefined && !statSync(contract, { throwIfNoEntry: false })?.isDirectory();
  const targets =
    single && settings.targets.size === 1
      ? [...settings.targets.values()]
      : [...settings.targets].map(([name, url]) => `${name}=${url}`);
  const planned = planTargets({
    cwd: settings.workingDirectory,
    targets,
    config: settings.config,
    ...(contract ? { contract } : {}),
  });
  if (planned.length === 0) return undefined;
  const shard = settings.shard;
  const plan = shard ? planValidateShards(planned, shard.count) : undefined;
  if (shard && plan) for (const line of describeShards(plan, shard, 'operation(s)')) log(line);
  const transport = createHttpTransport({ connections: 4 });
  let result: ValidateResult;
  try {
    result = await validateAll(planned, {
      onTarget: (target) => log(`${target.name}: validating ${target.target}`),
      onTargetDone: (t, ms) =>
        log(
          `${t.name}: ${t.responses} response(s), ${t.findings.length} drift finding(s), ${t.problems.length} target problem(s) (${(ms / 1000).toFixed(1)} s)`,
        ),
      transport,
      mode: settings.validateMode,
      ...(settings.negative !== undefined ? { negative: settings.negative } : {}),
      negativeBudget: settings.negativeBudget,
      ...(settings.seed !== undefined ? { seed: settings.seed } : {}),
      headers: settings.headers,
      concurrency: 4,
      requestTimeoutMs: 10_000,
      budgetMs: 120_000,
      retries: 2,
      ...(shard && plan ? { only: itemsOf(plan, shard.index) } : {}),
    });
  } finally {
    await transport.close();
  }
  const stamp = shard && plan ? { shard: shardStamp(shard, plan, settings.workingDirectory, version) } : {};
  return validateStepResult(result, settings, version, stamp);
}

/** The reports and the step's summary of a validation result (a merged one too: command report). */
export function validateStepResult(
  result: ValidateResult,
  settings: ActionSettings,
  version: string,
  stamp: object = {},
): ValidateStep {
  const display = (file: string) => relative(settings.workingDirectory, file) || file;
  const findings = validateFindings(result);
  const drift = result.targets.reduce((n, t) => n + t.findings.length, 0);
  const problems = result.targets.reduce((n, t) => n + t.problems.length, 0);
  const files = writeReportFiles(settings.reportDir, 'validate', {
    json: `${JSON.stringify({ ...result, ...stamp }, null, 2)}\n`,
    junit: toJUnitXml(validateJUnitSuites(result, display)),
    sarif: `${JSON.stringify(validateSarif(result, settings.workingDirectory, version), null, 2)}\n`,
  });
  const rows = result.targets.map((t) => [
    inlineCode(t.name),
    inlineCode(t.target),
    String(t.operations.filter((o) => o.responses > 0).length),
    String(t.findings.length),
    String(t.problems.length),
  ]);
  return {
    drift,
    files,
    report: {
      command: 'validate',
      title: 'Contract validation',
      status: findings.length > 0 ? 'failed' : 'passed',
      headline: `${result.responses} response(s) from ${result.targets.length} service(s) checked: ${drift} drift finding(s)${problems ? `, ${problems} target problem(s)` : ''}`,
      markdown: `${markdownTable(['service', 'target', 'operations checked', 'drift', 'unreachable'], rows)}\n\n${findingsTable(findings, display, 50)}\n\n#### Coverage\n\n${coverageMarkdown(result.targets)}\n`,
      findings,
    },
  };
}
