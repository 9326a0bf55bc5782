import type { CheckAnnotation } from '../core/report/annotations.js';
import { createOnce, describeGitHubError, isForbidden, NO_RETRY, type Octokit } from './github-client.js';

export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  /** Unique to this run and step: how a create whose answer was lost is found again. */
  externalId: string;
}

export interface OpenCheckRun {
  id: number;
  url: string;
}

export interface CheckRunResult {
  title: string;
  /** Markdown, at most the API's 65,535 characters. */
  summary: string;
  conclusion: 'success' | 'failure' | 'neutral';
  /** At most 50 (one request). */
  annotations: readonly CheckAnnotation[];
}

export type CompleteOutcome =
  | { state: 'completed' }
  /** The results could not be sent; the check run was completed with a note instead. */
  | { state: 'completed-with-note'; reason: string }
  /** Not even the note went through: the check run may still show in progress. */
  | { state: 'failed'; reason: string };

/** Creates the check run in progress; undefined when the token may not write checks (a fork's read-only token). */
export async function openCheckRun(octokit: Octokit, target: CheckRunTarget): Promise<OpenCheckRun | undefined> {
  const { owner, repo, headSha, name, externalId } = target;
  try {
    const data = await createOnce(
      async () =>
        (
          await octokit.rest.checks.create({
            owner,
            repo,
            name,
            head_sha: headSha,
            external_id: externalId,
            status: 'in_progress',
            ...NO_RETRY,
          })
        ).data,
      async () => {
        const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: headSha, check_name: name });
        return data.check_runs.find((run) => run.external_id === externalId);
      },
    );
    return { id: data.id, url: data.html_url ?? '' };
  } catch (error) {
    if (isForbidden(error)) return undefined;
    throw error;
  }
}

/**
 * Completes the check run with the results in one PATCH: title, summary (sent once, here), conclusion and
 * the annotations. When that fails, a second PATCH completes it with `note` conclusion and a note saying
 * what failed, so a check run is never left in progress.
 */
export async function completeCheckRun(
  octokit: Octokit,
  target: CheckRunTarget,
  run: OpenCheckRun,
  result: CheckRunResult,
  onFailure: { conclusion: 'failure' | 'neutral'; note: string },
): Promise<CompleteOutcome> {
  const where = { owner: target.owner, repo: target.repo, check_run_id: run.id };
  try {
    // GitHub appends the annotations of every update: a PATCH re-sent after GitHub acted on it (its answer
    // lost, or a 5xx after the write) would post them twice, so an unsure failure first reads the check run.
    await createOnce(
      async () =>
        (
          await octokit.rest.checks.update({
            ...where,
            status: 'completed',
            conclusion: result.conclusion,
            output: { title: result.title, summary: result.summary, annotations: [...result.annotations] },
            ...NO_RETRY,
          })
        ).data,
      async () => {
        const { data } = await octokit.rest.checks.get(where);
        const landed = data.status === 'completed' && data.output.annotations_count >= result.annotations.length;
        return landed ? data : undefined;
      },
    );
    return { state: 'completed' };
  } catch (error) {
    const reason = describeGitHubError(error);
    try {
      await octokit.rest.checks.update({
        ...where,
        status: 'completed',
        conclusion: onFailure.conclusion,
        output: {
          title: `${result.title} (results not published)`,
          summary: `${onFailure.note}\n\nSending the results failed: ${reason}`.slice(0, 65_535),
        },
      });
      return { state: 'completed-with-note', reason };
    } catch (second) {
      return { state: 'failed', reason: `${reason}; then completing it with a note: ${describeGitHubError(second)}` };
    }
  }
}
