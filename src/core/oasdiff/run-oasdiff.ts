import { ErrorCode, MockforgeError } from '../errors.js';
import type { Exec } from '../exec/run-process.js';

/** One entry of `oasdiff breaking --format json`. */
export interface OasdiffChange {
  id: string;
  text: string;
  /** 1 INFO, 2 WARN, 3 ERR. */
  level: number;
  operation?: string;
  operationId?: string;
  path?: string;
  section?: string;
  baseSource?: { file: string; line: number; column: number };
  revisionSource?: { file: string; line: number; column: number };
  fingerprint?: string;
}

export interface OasdiffRunOptions {
  exec: Exec;
  binary: string;
  /** A clean folder: oasdiff reads `oasdiff.yaml` from its working directory, so a stray one must not exist. */
  cwd: string;
  deprecationDaysBeta?: number | undefined;
  deprecationDaysStable?: number | undefined;
  /** Passed to `--revision '-'` on stdin, so oasdiff starts on the base while we still write the head. */
  revisionInput?: string | (() => string);
  /** The environment oasdiff inherits (GOGC_DEFAULT is added unless it sets GOGC); default: the caller's. */
  env?: Record<string, string | undefined> | undefined;
}

/**
 * Go's collector at GOGC=200 spends about a fifth less CPU on large contracts than at the default 100, for
 * roughly a third more peak memory (measured on Twilio's api_v2010 pair); that CPU is what our own work
 * needs while oasdiff runs. A GOGC in the environment wins.
 */
export const GOGC_DEFAULT = '200';

/** `oasdiff breaking base revision --format json`; exit codes are checked before the output is parsed. */
export async function runOasdiffBreaking(
  base: string,
  revision: string,
  options: OasdiffRunOptions,
): Promise<OasdiffChange[]> {
  // --flatten-params: path-level parameters are checked as each operation's own; without it oasdiff reports
  // only their additions, never a removal or a change (oasdiff issue 1163).
  const args = [
    'breaking',
    base,
    revision,
    '--format',
    'json',
    '--lang',
    'en',
    '--allow-external-refs=false',
    '--flatten-params',
  ];
  if (options.deprecationDaysBeta !== undefined)
    args.push('--deprecation-days-beta', String(options.deprecationDaysBeta));
  if (options.deprecationDaysStable !== undefined)
    args.push('--deprecation-days-stable', String(options.deprecationDaysStable));
  const result = await options.exec(options.binary, args, {
    cwd: options.cwd,
    ...(options.revisionInput !== undefined ? { input: options.revisionInput } : {}),
    ...(options.env ? { env: { GOGC: GOGC_DEFAULT, ...options.env } } : {}),
  });
  // 0: done; 1: a --fail-on threshold was reached (output is complete); 100+: oasdiff's own errors, with
  // usage text on stdout, so nothing there is JSON.
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    const reason = (result.stderr.trim() || result.stdout.trim().split('\n')[0] || '').slice(0, 500);
    throw new MockforgeError(ErrorCode.ToolFailed, `oasdiff failed (exit ${result.exitCode}): ${reason}`, {
      hint: 'the contracts may not be valid OpenAPI; run `mockforge lint` on them',
    });
  }
  const text = result.stdout.trim();
  if (text === '' || text === 'null') return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!Array.isArray(parsed)) throw new Error('not a JSON array');
    return parsed as OasdiffChange[];
  } catch (cause) {
    throw new MockforgeError(
      ErrorCode.ToolFailed,
      `oasdiff printed output that is not its JSON change list: ${text.slice(0, 200)}`,
      {
        cause,
      },
    );
  }
}
