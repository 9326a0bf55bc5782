import { VERSION } from './version.js';

/** A crash of ours, said as one: what broke, where to report it, the stack only when asked for. */
export function describeInternalError(command: string, error: unknown, withStack: boolean): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = withStack && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  return (
    `mockforge ${command}: internal error (a bug in mockforge ${VERSION}, not a finding): ${message} [MF_INTERNAL]\n` +
    `  fix: please report it with the command you ran; MOCKFORGE_DEBUG=1 prints the stack trace${stack}\n`
  );
}
