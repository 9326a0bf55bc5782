import * as core from '@actions/core';
import * as github from '@actions/github';
import { planCommandAnnotations, toCheckAnnotations } from '../core/report/annotations.js';
import type { CommandReport } from '../core/report/command-report.js';
import { countFindings } from '../core/report/findings-markdown.js';
import { buildJobSummary, commentSections } from '../core/report/job-summary.js';
import { buildComment, commentMarker } from '../core/report/pr-comment.js';
import { emitCommandAnnotations } from './command-annotations.js';
import { publishCheckRun } from './github-checks.js';
import { upsertComment } from './github-comment.js';
import type { RunContext } from './github-run.js';
import type { ActionSettings } from './inputs.js';

export interface PublishInput {
  settings: ActionSettings;
  run: RunContext;
  reports: CommandReport[];
  failed: boolean;
  /** kind -> repository-relative paths, for the summary. */
  files: Record<string, string>;
  /** The post step reports what a background command (the proxy) saw: reviewable, unlike its main step. */
  step?: 'main' | 'post';
}

/** Annotations (check run, else capped workflow commands), the job summary and the sticky PR comment. */
export async function publishReports(input: PublishInput): Promise<void> {
  const { settings, run, reports } = input;
  const findings = reports.flatMap((r) => r.findings);
  const octokit = settings.token && run.owner ? github.getOctokit(settings.token) : undefined;
  const configName = run.display(settings.config);
  const title = `mockforge ${settings.command}${configName === 'mockforge.yaml' ? '' : ` (${configName})`}`;
  const headline = reports.map((r) => `${r.title}: ${r.headline}`).join(' · ');

  let checkRun: { url: string; annotations: number } | undefined;
  let commandPlan: ReturnType<typeof planCommandAnnotations> | undefined;
  // Starting the mocks or the proxy has nothing to review: no check run, no comment (it would replace the
  // check step's). The proxy's post step has: its own check run and comment.
  const reviewable = input.step === 'post' || (settings.command !== 'mocks' && settings.command !== 'proxy');
  if (settings.annotations && reviewable) {
    const annotations = toCheckAnnotations(findings, run.display);
    const created =
      octokit && run.headSha
        ? await publishCheckRun(octokit, {
            owner: run.owner,
            repo: run.repo,
            headSha: run.headSha,
            name: title,
            title: input.failed ? `failed: ${countFindings(findings)}` : `passed: ${countFindings(findings)}`,
            // The check's page shows the same report as the comment (without the marker).
            summary: buildComment({
              marker: '',
              title,
              headline,
              sections: commentSections(reports),
              fullReportUrl: run.runUrl,
              limit: 65_535,
            }).trimStart(),
            conclusion: input.failed ? 'failure' : findings.length > 0 ? 'neutral' : 'success',
            annotations,
          }).catch((error: unknown) => {
            core.warning(`mockforge: could not create the check run: ${(error as Error).message}`);
            return undefined;
          })
        : undefined;
    if (created) {
      checkRun = { url: created.url, annotations: annotations.length };
      // Findings without a file have no place in a check run: they still get a workflow annotation.
      emitCommandAnnotations(
        planCommandAnnotations(
          findings.filter((f) => !f.location),
          run.display,
        ),
      );
    } else {
      commandPlan = planCommandAnnotations(findings, run.display);
      emitCommandAnnotations(commandPlan);
    }
  }

  const summary = buildJobSummary({
    title,
    reports,
    display: run.display,
    commandAnnotations: commandPlan,
    checkRun,
    files: input.files,
  });
  await core.summary.addRaw(summary).write();

  if (reviewable && settings.comment && run.pullNumber !== undefined && octokit) {
    const marker = commentMarker(run.workflow, settings.command === 'proxy' ? `${configName} proxy` : configName);
    const body = buildComment({
      marker,
      title,
      headline: `${input.failed ? '❌' : '✅'} ${headline}`,
      sections: commentSections(reports),
      fullReportUrl: run.runUrl,
    });
    const result = await upsertComment(octokit, {
      owner: run.owner,
      repo: run.repo,
      issueNumber: run.pullNumber,
      marker,
      body,
    }).catch((error: unknown) => {
      core.warning(`mockforge: could not write the pull request comment: ${(error as Error).message}`);
      return undefined;
    });
    if (result?.action === 'forbidden') {
      core.notice(
        'mockforge: the token may not comment on this pull request (read-only, e.g. a fork): see the job summary',
      );
    } else if (result) {
      core.info(`mockforge: pull request comment ${result.action}: ${result.url}`);
    }
  }
}
