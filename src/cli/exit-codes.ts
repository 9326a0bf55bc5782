/** Exit codes of every command (the README's table): 1 is reserved for findings. */
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_TARGET_UNREACHABLE = 3;
export const EXIT_INTERNAL_ERROR = 4;
/** Stopped by a signal: 128 + its number, as shells report it. */
export const EXIT_ON_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof EXIT_ON_SIGNAL;
