#!/usr/bin/env node
import { describeInternalError } from '../core/internal-error.js';
import { EXIT_INTERNAL_ERROR } from './exit-codes.js';
import { runCli } from './run-cli.js';

// A crash outside a command's own await chain (a server callback, a stray rejection) is still ours: exit 4.
const crash = (error: unknown) => {
  process.stderr.write(describeInternalError(process.argv[2] ?? '', error, process.env.MOCKFORGE_DEBUG === '1'));
  process.exit(EXIT_INTERNAL_ERROR);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interrupted: new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  }),
});
