import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';

/** Both contracts together up to this size: a diff of well under a second (Twilio's messaging_v1 pair: 0.8 MB). */
const SHORT_RUN_MAX_BYTES = 1.5 * 1024 * 1024;
/** A run still going after this long is not short: the optimizing compiler is turned back on. */
const SHORT_RUN_MS = 1000;

/**
 * Turns V8's optimizing compiler (TurboFan) off for a diff of two small files. In a run this short its
 * compile jobs, on background threads, cost more CPU than the code they make saves (Twilio's messaging_v1
 * pair on Node 20: the process's CPU 0.94 -> 0.75 s, wall -8%), and on a 2-core runner that CPU is taken
 * from oasdiff running beside us. Larger pairs keep it: their loops run long enough to pay for it.
 * `--no-turbofan` is known to Node 20 and 24 alike (an unknown flag would print an error).
 */
export function skipOptimizingCompilerForSmallDiff(cwd: string, base: string, head: string | undefined): void {
  if (head === undefined) return;
  const headBytes = fileBytes(resolve(cwd, head));
  if (headBytes === undefined) return;
  // A git ref as the base: about the head's size.
  const baseBytes = fileBytes(resolve(cwd, base)) ?? headBytes;
  if (baseBytes + headBytes > SHORT_RUN_MAX_BYTES) return;
  setFlagsFromString('--no-turbofan');
  // Small contracts can still make a long run (oasdiff printing hundreds of MB for one schema reached by
  // many paths): past this point the compiler pays for itself again. The long phases yield, so this fires.
  setTimeout(() => setFlagsFromString('--turbofan'), SHORT_RUN_MS).unref();
}

function fileBytes(file: string): number | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}
