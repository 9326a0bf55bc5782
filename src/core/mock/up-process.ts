import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, MockforgeError } from '../errors.js';
import { HEALTH_PATH } from './admin-paths.js';
import type { UpWorkspace } from './up-state.js';

export interface StartBackgroundOptions {
  /** `node <cli> <command> ...args` */
  cli: string;
  command: BackgroundCommand;
  args: string[];
  cwd: string;
  logFile: string;
  readyFile: string;
  timeoutMs: number;
  /** Aborted (the user's SIGINT/SIGTERM) while waiting: the starting mocks are killed, the call rejects. */
  signal?: AbortSignal | undefined;
}

/** The commands `up` runs in the background. */
export type BackgroundCommand = 'serve' | 'proxy';

/**
 * Starts `mockforge serve` (or `proxy`) detached (its own log file, no inherited pipes, so the caller can exit) and
 * waits until it has written its ready file and every port answers the admin health check.
 */
export async function startBackground(
  options: StartBackgroundOptions,
): Promise<{ pid: number; workspaces: UpWorkspace[] }> {
  rmSync(options.readyFile, { force: true });
  const log = openSync(options.logFile, 'a');
  const child = spawn(
    process.execPath,
    [options.cli, options.command, ...options.args, '--ready-file', options.readyFile],
    {
      cwd: options.cwd,
      detached: true,
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  child.unref();
  const kill = () => {
    if (child.pid) stopProcess(child.pid, 'SIGKILL');
  };
  options.signal?.addEventListener('abort', kill, { once: true });
  try {
    return await waitUntilReady(child.pid as number, () => exited, options);
  } finally {
    options.signal?.removeEventListener('abort', kill);
  }
}

async function waitUntilReady(
  pid: number,
  exited: () => number | null | undefined,
  options: StartBackgroundOptions,
): Promise<{ pid: number; workspaces: UpWorkspace[] }> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (options.signal?.aborted) {
      rmSync(options.readyFile, { force: true });
      throw options.signal.reason;
    }
    if (exited() !== undefined)
      throw failure(options.logFile, `mockforge ${options.command} exited with code ${exited()}`);
    if (existsSync(options.readyFile)) {
      const ready = JSON.parse(readFileSync(options.readyFile, 'utf8')) as { workspaces: UpWorkspace[] };
      const healthy = await Promise.all(ready.workspaces.map((w) => isHealthy(w.port)));
      if (healthy.every(Boolean)) {
        rmSync(options.readyFile, { force: true });
        return { pid, workspaces: ready.workspaces };
      }
    }
    await sleep(25);
  }
  stopProcess(pid, 'SIGKILL');
  throw failure(options.logFile, `mockforge ${options.command} did not answer within ${options.timeoutMs} ms`);
}

/** The first `[MF_...]` error line of the log becomes the error (e.g. a busy port naming its workspace). */
function failure(logFile: string, fallback: string): MockforgeError {
  const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  const lines = text.trim().split('\n');
  const line = lines.reverse().find((l) => /\[MF_[A-Z_]+\]/.test(l));
  const code = /\[(MF_[A-Z_]+)\]/.exec(line ?? '')?.[1] as ErrorCode | undefined;
  const message = line?.replace(/^mockforge (serve|proxy): /, '').replace(/\s*\[MF_[A-Z_]+\]\s*$/, '');
  return new MockforgeError(
    code && Object.values(ErrorCode).includes(code) ? code : ErrorCode.ToolFailed,
    message ?? fallback,
    {
      hint: `see ${logFile}`,
    },
  );
}

export function isHealthy(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: HEALTH_PATH, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function stopProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/**
 * False when the pid now belongs to another program (the state file outlived a reboot and the pid was
 * reused). Where /proc is missing the answer is "probably": true.
 */
export function isServeProcess(pid: number, command: BackgroundCommand = 'serve'): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(command);
  } catch {
    return !existsSync('/proc/self');
  }
}

/** SIGTERM, then SIGKILL after `timeoutMs`. Returns how it ended. */
export async function stopBackground(
  pid: number,
  timeoutMs: number,
  command: BackgroundCommand = 'serve',
): Promise<'not-running' | 'stopped' | 'killed'> {
  if (!isAlive(pid) || !isServeProcess(pid, command)) return 'not-running';
  stopProcess(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'stopped';
    await sleep(25);
  }
  stopProcess(pid, 'SIGKILL');
  for (let i = 0; i < 40 && isAlive(pid); i++) await sleep(25);
  return 'killed';
}
