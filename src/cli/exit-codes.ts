import { VERSION } from '../core/version.js';

/** Exit codes of every command (the README's table): 1 is reserved for findings. */
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_TARGET_UNREACHABLE = 3;
export const EXIT_INTERNAL_ERROR = 4;

/** A crash of ours, said as one: what broke, where to report it, the stack only when asked for. */
export function describeInternalError(command: string, error: unknown, withStack: boolean): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stack = withStack && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  return (
    `mockforge ${command}: internal error (a bug in mockforge ${VERSION}, not a finding): ${message} [MF_INTERNAL]\n` +
    `  fix: please report it with the command you ran; MOCKFORGE_DEBUG=1 prints the stack trace${stack}\n`
  );
}
