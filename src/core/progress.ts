/**
 * Progress lines for long work, on stderr: silent for phases shorter than `delayMs` (2 s), then a line
 * every `intervalMs` with the count done so far, and a closing line with the time taken. Synchronous loops
 * report through `tick` (a timer cannot fire while they run); an unref'd timer covers waits on a child.
 */
export interface Phase {
  /** `done` units of `total` finished (either may be left out). Cheap: call it in hot loops. */
  tick(done?: number): void;
  end(): void;
}

export interface Progress {
  phase(label: string, total?: number): Phase;
}

export interface ProgressOptions {
  delayMs?: number;
  intervalMs?: number;
  now?: () => number;
}

export const silentProgress: Progress = { phase: () => ({ tick() {}, end() {} }) };

export function createProgress(write: (line: string) => void, options: ProgressOptions = {}): Progress {
  const delayMs = options.delayMs ?? 2000;
  const intervalMs = options.intervalMs ?? 2000;
  const now = options.now ?? Date.now;
  return {
    phase(label, total) {
      const started = now();
      let lastPrinted: number | undefined;
      let done: number | undefined;
      const count = () => (done === undefined ? '' : total === undefined ? ` ${done}` : ` ${done}/${total}`);
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      const report = () => {
        const at = now();
        if (at - started < delayMs || (lastPrinted !== undefined && at - lastPrinted < intervalMs)) return;
        lastPrinted = at;
        write(`${label}...${count()} (${seconds(at - started)})\n`);
      };
      const timer = setInterval(report, Math.min(delayMs, intervalMs));
      timer.unref();
      return {
        tick(value) {
          if (value !== undefined) done = value;
          report();
        },
        end() {
          clearInterval(timer);
          if (lastPrinted !== undefined) write(`${label}: done${count()} in ${seconds(now() - started)}\n`);
        },
      };
    },
  };
}
