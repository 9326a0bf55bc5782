import * as core from '@actions/core';
import { type CheckAnnotationPlan, planCheckAnnotations, planCommandAnnotations } from '../core/report/annotations.js';
import type { CommandReport } from '../core/report/command-report.js';
import { countFindings } from '../core/report/findings-markdown.js';
import { buildJobSummary, commentSections } from '../core/report/job-summary.js';
import { buildComment, commentMarker } from '../core/report/pr-comment.js';
import { emitCommandAnnotations } from './command-annotations.js';
import { type CheckRunTarget, completeCheckRun, type OpenCheckRun, openCheckRun } from './github-checks.js';
import { createGitHubClient, describeGitHubError, type Octokit } from './github-client.js';
import { upsertComment } from './github-comment.js';
import type { RunContext } from './github-run.js';
import type { ActionSettings } from './inputs.js';
import { loadUndici } from './undici-on-demand.js';

export interface PublishInput {
  reports: CommandReport[];
  failed: boolean;
  /** kind -> repository-relative paths, for the summary. */
  files: Record<string, string>;
}

export interface Publisher {
  /** Annotations (check run, else capped workflow commands), the job summary and the sticky PR comment. */
  publish(input: PublishInput): Promise<void>;
  /** The step stopped with an error before publishing: a check run it opened is completed, never left running. */
  abort(error: unknown): Promise<void>;
}

/**
 * Opens the check run right away (in progress, so the pull request shows the check running) and gives
 * what completes it. Every GitHub write goes through one throttled Octokit, one write at a time.
 */
export async function startPublisher(
  settings: ActionSettings,
  run: RunContext,
  step: 'main' | 'post' = 'main',
): Promise<Publisher> {
  await loadUndici();
  const octokit = settings.token && run.owner ? createGitHubClient(settings.token) : undefined;
  const configName = run.display(settings.config);
  const title = `mockforge ${settings.command}${configName === 'mockforge.yaml' ? '' : ` (${configName})`}`;
  // Starting the mocks or the proxy has nothing to review: no check run, no comment (it would replace the
  // check step's). The proxy's post step has: it reports what the proxy saw, in its own check run and comment.
  const reviewable = step === 'post' || (settings.command !== 'mocks' && settings.command !== 'proxy');
  const target: CheckRunTarget = {
    owner: run.owner,
    repo: run.repo,
    headSha: run.headSha,
    name: title,
    externalId: `mockforge ${run.runId} ${run.runAttempt} ${title}`,
  };
  let opening: Promise<OpenCheckRun | undefined> | undefined;
  if (octokit && settings.annotations && reviewable && run.headSha) {
    opening = openCheckRun(octokit, target).catch((error: unknown) => {
      core.warning(`mockforge: could not create the check run: ${describeGitHubError(error)}`);
      return undefined;
    });
  }
  let settled = false;

  return {
    async abort(error) {
      const checkRun = await opening;
      if (settled || !checkRun || !octokit) return;
      settled = true;
      const note = `mockforge stopped before it finished: ${(error as Error | undefined)?.message ?? String(error)}\n\nSee the job log: ${run.runUrl}`;
      const result = {
        title: `${title}: stopped with an error`,
        summary: note,
        conclusion: 'failure' as const,
        annotations: [],
      };
      const outcome = await completeCheckRun(octokit, target, checkRun, result, { conclusion: 'failure', note });
      if (outcome.state === 'failed')
        core.warning(`mockforge: could not complete the check run ${checkRun.url}: ${outcome.reason}`);
    },

    async publish({ reports, failed, files }) {
      const findings = reports.flatMap((r) => r.findings);
      const headline = reports.map((r) => `${r.title}: ${r.headline}`).join(' · ');
      let annotated: (CheckAnnotationPlan & { url: string }) | undefined;
      let commandPlan: ReturnType<typeof planCommandAnnotations> | undefined;
      if (settings.annotations && reviewable) {
        const checkRun = await opening;
        const plan = planCheckAnnotations(findings, run.display);
        const completed = checkRun && octokit && (await sendResults(octokit, checkRun, plan));
        if (completed) {
          annotated = { ...plan, url: checkRun.url };
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
      settled = true;
      const summary = buildJobSummary({
        title,
        reports,
        display: run.display,
        commandAnnotations: commandPlan,
        checkRun: annotated,
        files,
      });
      await core.summary.addRaw(summary).write();
      if (reviewable && settings.comment && run.pullNumber !== undefined && octokit) {
        await writeComment(octokit, failed, headline, reports);
      }

      async function sendResults(client: Octokit, checkRun: OpenCheckRun, plan: CheckAnnotationPlan) {
        const notAnnotated =
          plan.omittedLines > 0
            ? ` Annotated: the first ${plan.annotations.length} of ${plan.lines} lines (errors first); every finding is in the job summary and the SARIF and JSON reports.`
            : '';
        const outcome = await completeCheckRun(
          client,
          target,
          checkRun,
          {
            title: `${failed ? 'failed' : 'passed'}: ${countFindings(findings)}`,
            // The check's page shows the same report as the comment (without the marker).
            summary: buildComment({
              marker: '',
              title,
              headline: `${headline}${notAnnotated}`,
              sections: commentSections(reports),
              fullReportUrl: run.runUrl,
              limit: 65_535,
            }).trimStart(),
            conclusion: failed ? 'failure' : findings.length > 0 ? 'neutral' : 'success',
            annotations: plan.annotations,
          },
          // A failing gate stays failing; otherwise neutral: the results are not on the check run.
          {
            conclusion: failed ? 'failure' : 'neutral',
            note: `mockforge finished (${headline}), but its results could not be sent to this check run. They are in the job summary: ${run.runUrl}`,
          },
        );
        if (outcome.state === 'completed') {
          core.info(
            `mockforge: check run completed: ${checkRun.url} (${plan.annotations.length} annotations on ${plan.lines} lines)`,
          );
          return true;
        }
        core.warning(
          outcome.state === 'completed-with-note'
            ? `mockforge: the check run ${checkRun.url} was created, but sending the results to it failed (${outcome.reason}); it was completed with a note instead. The results are in the job summary and the report files.`
            : `mockforge: the check run ${checkRun.url} was created but could not be completed (${outcome.reason}); it may show as in progress. The results are in the job summary and the report files.`,
        );
        return false;
      }
    },
  };

  async function writeComment(client: Octokit, failed: boolean, headline: string, reports: CommandReport[]) {
    const marker = commentMarker(run.workflow, settings.command === 'proxy' ? `${configName} proxy` : configName);
    const body = buildComment({
      marker,
      title,
      headline: `${failed ? '❌' : '✅'} ${headline}`,
      sections: commentSections(reports),
      fullReportUrl: run.runUrl,
    });
    const result = await upsertComment(client, {
      owner: run.owner,
      repo: run.repo,
      issueNumber: run.pullNumber as number,
      marker,
      body,
    }).catch((error: unknown) => {
      core.warning(`mockforge: could not write the pull request comment: ${describeGitHubError(error)}`);
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
