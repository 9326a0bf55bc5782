import { ErrorCode, MockforgeError } from '../errors.js';
import type { Exec } from '../exec/run-process.js';
import { createJsonArrayStream } from './json-array-stream.js';

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
  /** The contract each file oasdiff reads stands for (a temp copy -> the user's file): named in its errors. */
  contractOf?: ReadonlyMap<string, string> | undefined;
}

/**
 * Go's collector at GOGC=200 spends about a fifth less CPU on large contracts than at the default 100, for
 * roughly a third more peak memory (measured on Twilio's api_v2010 pair); that CPU is what our own work
 * needs while oasdiff runs. A GOGC in the environment wins.
 */
export const GOGC_DEFAULT = '200';

/**
 * `oasdiff breaking base revision --format json`, its output read as a stream: each change is handed to
 * `onChange` as soon as it is parsed, so memory does not grow with the size of the output (hundreds of MB on
 * large contracts with many paths to the same schemas). Without `onChange` the changes are collected and
 * returned. Exit codes are checked before a broken output is reported.
 */
export async function runOasdiffBreaking(
  base: string,
  revision: string,
  options: OasdiffRunOptions & { onChange?: (change: OasdiffChange) => void },
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
  const collected: OasdiffChange[] = [];
  const onChange = options.onChange ?? ((change: OasdiffChange) => collected.push(change));
  const stream = createJsonArrayStream((value) => {
    if (!isChange(value)) throw notChangeList(JSON.stringify(value));
    onChange(value);
  });
  const result = await options.exec(options.binary, args, {
    cwd: options.cwd,
    ...(options.revisionInput !== undefined ? { input: options.revisionInput } : {}),
    ...(options.env ? { env: { GOGC: GOGC_DEFAULT, ...options.env } } : {}),
    onStdout: (chunk) => {
      try {
        stream.write(chunk);
      } catch (error) {
        throw error instanceof SyntaxError ? notChangeList(`an item that is not JSON (${error.message})`) : error;
      }
    },
  });
  const outcome = stream.end();
  // 0: done; 1: a --fail-on threshold was reached (output is complete); 100+: oasdiff's own errors, with
  // usage text on stdout, so nothing there is JSON.
  if (result.exitCode !== 0 && result.exitCode !== 1) {
    const said = outcome.complete ? '' : outcome.text;
    let reason = (result.stderr.trim() || said.trim().split('\n')[0] || '').slice(0, 500);
    for (const [copy, contract] of options.contractOf ?? []) reason = reason.replaceAll(copy, contract);
    const sameEndpointMethod = /duplicate endpoint \((\S+) /.exec(reason)?.[1];
    throw new MockforgeError(ErrorCode.ToolFailed, `oasdiff failed (exit ${result.exitCode}): ${reason}`, {
      hint: sameEndpointMethod
        ? `two paths differ only in their template names and both have ${sameEndpointMethod}: OpenAPI forbids such paths and oasdiff cannot compare them; \`mockforge lint\` names them (MF_LINT_SAME_PATH): merge them into one path`
        : 'the contracts may not be valid OpenAPI; run `mockforge lint` on them',
    });
  }
  if (!outcome.complete) throw notChangeList(outcome.text);
  return collected;
}

function isChange(value: unknown): value is OasdiffChange {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as OasdiffChange).id === 'string' &&
    typeof (value as OasdiffChange).text === 'string'
  );
}

function notChangeList(text: string): MockforgeError {
  return new MockforgeError(
    ErrorCode.ToolFailed,
    `oasdiff printed output that is not its JSON change list: ${text.slice(0, 200)}`,
  );
}
