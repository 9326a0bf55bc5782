/**
 * Long synchronous work (indexing a large file, mapping thousands of changes) split into slices: between
 * slices the event loop gets a turn, so a SIGTERM handler runs, child processes' pipes keep flowing and
 * progress timers fire. Once the signal is aborted the next pause rejects with its reason, which ends the
 * work where it stands.
 */
export interface Pacer {
  /** The current slice has run its time, or the signal is aborted: `await pause()` now. Cheap enough for hot loops. */
  due(): boolean;
  /** Yields to the event loop; rejects with the abort reason once the signal is aborted. */
  pause(): Promise<void>;
}

/** Slices of about this long keep a signal's latency well under a second even on a loaded machine. */
const SLICE_MS = 25;

export function createPacer(signal?: AbortSignal, sliceMs = SLICE_MS): Pacer {
  let sliceStart = performance.now();
  return {
    due: () => signal?.aborted === true || performance.now() - sliceStart >= sliceMs,
    async pause() {
      signal?.throwIfAborted();
      await new Promise<void>((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
      sliceStart = performance.now();
    },
  };
}

/** Runs a generator that yields between slices of its work, pausing when a slice has run its time. */
export async function runPaced<T>(steps: Generator<unknown, T, undefined>, pacer: Pacer): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (pacer.due()) await pacer.pause();
  }
}

/** Runs a generator of slices to its end at once (no event-loop turns). */
export function runUnpaced<T>(steps: Generator<unknown, T, undefined>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
