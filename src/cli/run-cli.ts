import { ErrorCode, isMockforgeError } from '../core/errors.js';
import { describeInternalError } from '../core/internal-error.js';
import { VERSION } from '../core/version.js';
import { type CliContext, displayPath } from './command.js';
import { COMMANDS } from './commands.js';
import {
  EXIT_BAD_INPUT,
  EXIT_INTERNAL_ERROR,
  EXIT_ON_SIGNAL,
  EXIT_TARGET_UNREACHABLE,
  type StopSignal,
} from './exit-codes.js';

function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `mockforge ${VERSION}: mock-oriented development for microservices

Usage: mockforge <command> [options]

Commands:
${lines.join('\n')}

Run 'mockforge <command> --help' for a command's options.
Exit codes: 0 ok, 1 findings (failed steps, drift, breaking changes), 2 bad input, 3 target unreachable,
4 internal error (a bug in mockforge: please report it), 130/143 stopped by SIGINT/SIGTERM.
`;
}

/**
 * The one place where errors become exit codes: user mistakes print without a stack trace and exit 2; a bug
 * of ours exits 4, never 1, which would read as findings (set MOCKFORGE_DEBUG=1 for its stack trace).
 */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    context.stdout(helpText());
    return name === undefined ? EXIT_BAD_INPUT : 0;
  }
  if (name === '--version' || name === '-v') {
    context.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    context.stderr(`mockforge: unknown command '${name}'\n\n${helpText()}`);
    return EXIT_BAD_INPUT;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    context.stdout(`${command.usage.trim()}\n`);
    return 0;
  }
  try {
    const code = await command.run(rest, context);
    return stoppedBy(context.signal) ?? code;
  } catch (error) {
    // A command stopped half-way by SIGINT/SIGTERM (a killed child, an aborted wait) ends as stopped, not as a failure.
    const stopped = stoppedBy(context.signal);
    if (stopped !== undefined) {
      context.stderr(`mockforge ${name}: stopped by ${String(context.signal.reason)}\n`);
      return stopped;
    }
    if (isMockforgeError(error)) {
      context.stderr(`mockforge ${name}: ${error.format((file) => displayPath(file, context.cwd))}\n`);
      return error.code === ErrorCode.StoreUnreachable ? EXIT_TARGET_UNREACHABLE : EXIT_BAD_INPUT;
    }
    context.stderr(describeInternalError(name, error, context.env.MOCKFORGE_DEBUG === '1'));
    return EXIT_INTERNAL_ERROR;
  }
}

function stoppedBy(signal: AbortSignal): number | undefined {
  return signal.aborted ? (EXIT_ON_SIGNAL[signal.reason as StopSignal] ?? EXIT_ON_SIGNAL.SIGTERM) : undefined;
}
