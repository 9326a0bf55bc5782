#!/usr/bin/env node
import { describeInternalError } from '../core/internal-error.js';
import { EXIT_INTERNAL_ERROR, EXIT_ON_SIGNAL, type StopSignal } from './exit-codes.js';
import { runCli } from './run-cli.js';

// A crash outside a command's own await chain (a server callback, a stray rejection) is still ours: exit 4.
const crash = (error: unknown) => {
  process.stderr.write(describeInternalError(process.argv[2] ?? '', error, process.env.MOCKFORGE_DEBUG === '1'));
  process.exit(EXIT_INTERNAL_ERROR);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// SIGINT/SIGTERM abort the command: its child processes are killed at once, servers close, and the command
// gets a moment to clean up; whatever still runs after 1.5 s (a request in flight) ends with the process.
// A second signal finds no handler and ends the process at once.
const stop = new AbortController();
for (const name of Object.keys(EXIT_ON_SIGNAL) as StopSignal[]) {
  process.once(name, () => {
    stop.abort(name);
    setTimeout(() => process.exit(EXIT_ON_SIGNAL[name]), 1500).unref();
  });
}

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  signal: stop.signal,
});
if (stop.signal.aborted) process.exit(code);
process.exitCode = code;
