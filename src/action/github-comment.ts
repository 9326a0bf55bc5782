import type * as github from '@actions/github';
import { hasMarker } from '../core/report/pr-comment.js';
import { isForbidden } from './github-checks.js';

type Octokit = ReturnType<typeof github.getOctokit>;

export interface UpsertInput {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  body: string;
}

export type UpsertResult =
  | { action: 'created' | 'updated'; id: number; url: string }
  | { action: 'forbidden'; reason: string };

/**
 * The sticky comment: the pull request's comments are searched for the marker; the first match is
 * updated, otherwise one is created. A read-only token (fork pull requests) is not a failure.
 */
export async function upsertComment(octokit: Octokit, input: UpsertInput): Promise<UpsertResult> {
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: input.owner,
      repo: input.repo,
      issue_number: input.issueNumber,
      per_page: 100,
    });
    const existing = comments.find((c) => hasMarker(c.body, input.marker));
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: input.owner,
        repo: input.repo,
        comment_id: existing.id,
        body: input.body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({
      owner: input.owner,
      repo: input.repo,
      issue_number: input.issueNumber,
      body: input.body,
    });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    if (isForbidden(error)) {
      return { action: 'forbidden', reason: (error as Error).message };
    }
    throw error;
  }
}
