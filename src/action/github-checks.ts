import type * as github from '@actions/github';
import { batchAnnotations, type CheckAnnotation } from '../core/report/annotations.js';

type Octokit = ReturnType<typeof github.getOctokit>;

export interface CheckRunInput {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  title: string;
  /** Markdown, cut to the API's 65,535 characters. */
  summary: string;
  conclusion: 'success' | 'failure' | 'neutral';
  annotations: readonly CheckAnnotation[];
}

/**
 * A check run carrying every annotation: created in progress, then one PATCH per batch of 50 (the API's
 * limit per request; annotations add up across updates), the last one completing it.
 * Returns undefined when the token may not write checks (403/404: a fork's read-only token).
 */
export async function publishCheckRun(
  octokit: Octokit,
  input: CheckRunInput,
): Promise<{ id: number; url: string } | undefined> {
  let created: { id: number; html_url: string | null };
  try {
    const response = await octokit.rest.checks.create({
      owner: input.owner,
      repo: input.repo,
      name: input.name,
      head_sha: input.headSha,
      status: 'in_progress',
    });
    created = response.data;
  } catch (error) {
    if (isForbidden(error)) return undefined;
    throw error;
  }
  const summary = input.summary.length > 65_535 ? `${input.summary.slice(0, 65_000)}\n\n…(cut)` : input.summary;
  const batches = batchAnnotations(input.annotations);
  if (batches.length === 0) batches.push([]);
  for (const [index, batch] of batches.entries()) {
    const last = index === batches.length - 1;
    await octokit.rest.checks.update({
      owner: input.owner,
      repo: input.repo,
      check_run_id: created.id,
      output: { title: input.title, summary, annotations: [...batch] },
      ...(last ? { status: 'completed' as const, conclusion: input.conclusion } : {}),
    });
  }
  return { id: created.id, url: created.html_url ?? '' };
}

export function isForbidden(error: unknown): boolean {
  const status = (error as { status?: number } | null)?.status;
  return status === 403 || status === 404;
}
