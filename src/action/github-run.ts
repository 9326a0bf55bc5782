import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** What the run is about, from the runner's environment and the event payload. */
export interface RunContext {
  workspace: string;
  owner: string;
  repo: string;
  /** The pull request's head SHA, else GITHUB_SHA. */
  headSha: string;
  pullNumber: number | undefined;
  workflow: string;
  /** The run's page, where the job summary is shown. */
  runUrl: string;
  runId: string;
  runAttempt: string;
  /** A file as GitHub wants it in annotations: relative to the workspace, with `/`. */
  display: (file: string) => string;
}

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string } };
}

export function readRunContext(env: Record<string, string | undefined>, event: EventPayload | undefined): RunContext {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    workspace,
    owner,
    repo,
    headSha: event?.pull_request?.head?.sha || env.GITHUB_SHA || '',
    pullNumber: event?.pull_request?.number,
    workflow: env.GITHUB_WORKFLOW || 'workflow',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    runUrl: `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`,
    display: (file) => {
      const path = relative(workspace, file);
      return (path.startsWith('..') || path === '' ? file : path).split('\\').join('/');
    },
  };
}

/** The event payload the runner wrote (what `@actions/github`'s context reads, without loading Octokit). */
export function readEvent(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
