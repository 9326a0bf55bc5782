// Shared by the diff benchmarks: runs one process and reports its wall time and its own peak resident
// memory (VmHWM from /proc, polled while it runs: the node process alone, not the oasdiff it starts).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export function runMeasured(command, args, { cwd, env = {}, expected } = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKb = 0;
    const poll = () => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
      } catch {}
    };
    const timer = setInterval(poll, 20);
    const stdout = [];
    const stderr = [];
    let bytes = 0;
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      if (stdout.length < 64) stdout.push(chunk);
    });
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('exit', poll);
    child.on('close', (status) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const result = {
        ms,
        status,
        peakKb,
        stdoutBytes: bytes,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      };
      if (expected !== undefined && !expected.includes(status)) {
        reject(new Error(`${command} ${args.join(' ')} exited ${status}: ${result.stderr.slice(0, 500)}`));
      } else resolve(result);
    });
  });
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');
