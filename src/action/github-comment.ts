import { hasMarker } from '../core/report/pr-comment.js';
import { createOnce, isForbidden, NO_RETRY, type Octokit } from './github-client.js';

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
 * updated, otherwise one is created (once, also when GitHub's answer is lost). A read-only token (fork pull
 * requests) is not a failure.
 */
export async function upsertComment(octokit: Octokit, input: UpsertInput): Promise<UpsertResult> {
  const { owner, repo, issueNumber: issue_number, marker, body } = input;
  const findOurs = async () => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number,
      per_page: 100,
    });
    return comments.find((c) => hasMarker(c.body, marker));
  };
  try {
    const existing = await findOurs();
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const data = await createOnce(
      async () => (await octokit.rest.issues.createComment({ owner, repo, issue_number, body, ...NO_RETRY })).data,
      findOurs,
    );
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    if (isForbidden(error)) return { action: 'forbidden', reason: (error as Error).message };
    throw error;
  }
}
