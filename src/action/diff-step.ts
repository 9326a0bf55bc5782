import { tmpdir } from 'node:os';
import { relative } from 'node:path';
import { diffFindings } from '../core/diff/diff-findings.js';
import {
  formatDiffJUnit,
  formatDiffMarkdown,
  formatDiffSarif,
  summarizeDiff,
  toDiffJson,
} from '../core/diff/format-diff.js';
import { runDiff } from '../core/diff/run-diff.js';
import type { DiffResult } from '../core/diff/types.js';
import { ErrorCode, MockforgeError } from '../core/errors.js';
import { runProcess } from '../core/exec/run-process.js';
import { resolveOasdiffBinary } from '../core/oasdiff/resolve-oasdiff-binary.js';
import type { CommandReport } from '../core/report/command-report.js';
import type { ActionSettings } from './inputs.js';
import { actionsToolCache } from './oasdiff-tool-cache.js';
import { type ReportFiles, writeReportFiles } from './report-files.js';

export interface DiffStep {
  report: CommandReport;
  files: ReportFiles;
  /** Unignored breaking changes (errors and warnings). */
  breaking: number;
}

/** Breaking changes of every contract (or of the `contracts` input) against the base ref, with oasdiff. */
export async function runDiffStep(
  settings: ActionSettings,
  env: Record<string, string | undefined>,
  version: string,
  log: (line: string) => void,
): Promise<DiffStep> {
  if (!settings.baseRef) {
    throw new MockforgeError(ErrorCode.UsageInvalid, "input 'base-ref' is empty and this is not a pull_request event", {
      hint: "set base-ref (e.g. 'origin/main') and check out with fetch-depth: 0",
    });
  }
  // The Action runs from dist/ without node_modules: the binary comes through the runner's tool cache.
  const binary = await resolveOasdiffBinary(env, runProcess, {
    cache: actionsToolCache,
    tempDir: env.RUNNER_TEMP || tmpdir(),
  });
  const common = {
    exec: runProcess,
    binary,
    tempDir: env.RUNNER_TEMP || tmpdir(),
    env,
    cwd: settings.workingDirectory,
    base: settings.baseRef,
    config: settings.config,
    failOn: settings.failOn,
    versionPolicy: true,
    today: new Date().toISOString().slice(0, 10),
    onContract: (diff: DiffResult['contracts'][number], ms: number) =>
      log(`${diff.name}: ${diff.status}, ${diff.changes.length} change(s) (${(ms / 1000).toFixed(1)} s)`),
  };
  log(`comparing with ${settings.baseRef}`);
  const heads = settings.contracts.length > 0 ? settings.contracts : [undefined];
  const results: DiffResult[] = [];
  for (const head of heads) results.push(await runDiff({ ...common, head }));
  const result = mergeResults(results);
  const display = (file: string) => relative(settings.workingDirectory, file) || file;
  const breaking = result.counts.error + result.counts.warning;
  const files = writeReportFiles(settings.reportDir, 'diff', {
    json: `${JSON.stringify(toDiffJson(result), null, 2)}\n`,
    junit: formatDiffJUnit(result, display),
    sarif: `${JSON.stringify(formatDiffSarif(result, version), null, 2)}\n`,
  });
  return {
    breaking,
    files,
    report: {
      command: 'diff',
      title: 'Breaking changes',
      status: result.failed ? 'failed' : 'passed',
      headline: summarizeDiff(result),
      markdown: formatDiffMarkdown(result, display),
      findings: diffFindings(result),
    },
  };
}

/** One result for several single-contract runs (the `contracts` input). */
function mergeResults(results: DiffResult[]): DiffResult {
  const [first, ...rest] = results as [DiffResult, ...DiffResult[]];
  if (rest.length === 0) return first;
  const counts = { error: 0, warning: 0, ignored: 0 };
  for (const r of results) {
    counts.error += r.counts.error;
    counts.warning += r.counts.warning;
    counts.ignored += r.counts.ignored;
  }
  return {
    ...first,
    contracts: results.flatMap((r) => r.contracts),
    staleIgnores: results.flatMap((r) => r.staleIgnores),
    counts,
    failed: results.some((r) => r.failed),
  };
}
