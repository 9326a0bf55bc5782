import { spawn } from 'node:child_process';
import { ErrorCode, MockforgeError } from '../errors.js';

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunProcessOptions {
  cwd: string;
  /** Written to the child's stdin, which is then closed. A function is called once the child runs, so
   * the child can start working while the caller is still producing its input. */
  input?: string | (() => string);
  /** The child's whole environment; by default the parent's. */
  env?: Record<string, string | undefined>;
  /** Killed (SIGKILL) after this long; the result then has exitCode 124, as `timeout(1)` reports. */
  timeoutMs?: number;
  /**
   * Receives stdout chunk by chunk instead of collecting it (`stdout` is then ''), so an output of hundreds
   * of MB never becomes one string. If it throws, the child is killed and the run rejects with that error.
   */
  onStdout?: (chunk: Buffer) => void;
  /** Aborted (the user's SIGINT/SIGTERM): the child is killed at once and the call rejects with the reason. */
  signal?: AbortSignal;
  /** `latin1` keeps one character per byte, for output that counts bytes (`git cat-file --batch`). */
  stdoutEncoding?: 'utf8' | 'latin1';
}

/** Runs a process: a (non-zero) exit code is data for the caller, only a failure to start is an error. */
export type Exec = (command: string, args: readonly string[], options: RunProcessOptions) => Promise<ProcessResult>;

/** The one function every external binary (oasdiff, git, npm, tar) is run through. No shell. */
export const runProcess: Exec = (command, args, options) =>
  new Promise((resolve, reject) => {
    const { signal } = options;
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let sinkFailure: { error: unknown } | undefined;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    // SIGKILL: the tools run here (oasdiff, git, npm, tar) have nothing to flush, and the user wants them gone.
    const stop = () => {
      child.kill('SIGKILL');
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
    const sink = options.onStdout;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!sink) stdout.push(chunk);
      else if (!sinkFailure) {
        try {
          sink(chunk);
        } catch (error) {
          sinkFailure = { error };
          child.kill('SIGKILL');
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (cause) => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      reject(
        new MockforgeError(ErrorCode.ToolFailed, `cannot run ${command}: ${cause.message}`, {
          cause,
          hint: 'check that the program is installed and on PATH',
        }),
      );
    });
    child.on('close', (code, killedBy) => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      if (sinkFailure) {
        reject(sinkFailure.error);
        return;
      }
      resolve({
        exitCode: timedOut ? 124 : (code ?? (killedBy ? 128 : 1)),
        stdout: Buffer.concat(stdout).toString(options.stdoutEncoding ?? 'utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
    // A child that exits without reading stdin must not crash us with EPIPE.
    child.stdin.on('error', () => {});
    let input: string;
    try {
      input = typeof options.input === 'function' ? options.input() : (options.input ?? '');
    } catch (error) {
      child.kill('SIGKILL');
      reject(error);
      return;
    }
    child.stdin.end(input);
  });
