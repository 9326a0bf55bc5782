import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof github.getOctokit>;

/** How long, in all, the run may wait for GitHub's rate limits before it gives up on a request. */
export const RATE_LIMIT_BUDGET_MS = 180_000;
/** Retries of one request after a rate limit; 5xx and dropped connections get plugin-retry's 3 (1, 4, 9 s apart). */
const RATE_LIMIT_RETRIES = 3;

/**
 * The Octokit the Action talks to GitHub with: `@octokit/plugin-throttling` serializes writes (one at a
 * time, a second apart, comments three) and waits out 403/429 rate limits as `Retry-After` or
 * `x-ratelimit-reset` say, within one budget for the whole run; `@octokit/plugin-retry` retries 5xx answers
 * and dropped connections. Creates are sent without those retries (see createOnce).
 */
export function createGitHubClient(token: string, budgetMs = RATE_LIMIT_BUDGET_MS): Octokit {
  let waitedMs = 0;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
      const request = `${options.method ?? ''} ${options.url ?? ''}`;
      if (retryCount >= RATE_LIMIT_RETRIES || waitedMs + retryAfter * 1000 > budgetMs) {
        core.warning(
          `mockforge: GitHub's ${kind} stopped ${request}: it asked to wait ${retryAfter} s, over the run's budget (${Math.round(waitedMs / 1000)} of ${budgetMs / 1000} s waited, ${retryCount} retries)`,
        );
        return false;
      }
      waitedMs += retryAfter * 1000;
      core.info(`mockforge: GitHub's ${kind} on ${request}: waiting ${retryAfter} s as GitHub asks, then retrying`);
      return true;
    };
  return github.getOctokit(
    token,
    {
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => core.debug(m), error: (m: string) => core.debug(m) },
    },
    throttling,
    retry,
  );
}

/**
 * A read-only token (a fork's pull request) may neither create check runs nor comment: 403 or 404. A 403
 * for a rate limit that outlasted the budget is not that, and is reported as what it is.
 */
export function isForbidden(error: unknown): boolean {
  const status = statusOf(error);
  const message = (error as Error | undefined)?.message ?? '';
  return (status === 403 && !/rate limit/i.test(message)) || status === 404;
}

export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number } | null)?.status;
}

/** What went wrong with a GitHub request, in a sentence that says which answer came back. */
export function describeGitHubError(error: unknown): string {
  const status = statusOf(error);
  const message = (error as Error | undefined)?.message ?? String(error);
  return status ? `GitHub answered ${status}: ${message.split('\n')[0]}` : message;
}

/** Options that keep plugin-retry from re-sending a request (a create that may have taken effect). */
export const NO_RETRY = { request: { retries: 0 } } as const;

/**
 * Creates something exactly once: a 5xx answer or a dropped connection leaves open whether GitHub created
 * it, so before trying again `findExisting` looks for it. Other errors (and the last failure) are thrown.
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  findExisting: () => Promise<T | undefined>,
  attempts = 3,
  pauseMs = (attempt: number) => attempt * attempt * 1000,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const status = statusOf(error);
      const unsure = status === undefined || status >= 500;
      if (!unsure || attempt >= attempts) throw error;
      const existing = await findExisting();
      if (existing !== undefined) return existing;
      await new Promise((resolve) => setTimeout(resolve, pauseMs(attempt)));
    }
  }
}
