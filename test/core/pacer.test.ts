import { describe, expect, it } from 'vitest';
import { createPacer, runPaced, runUnpaced } from '../../src/core/pacer.js';

function* counted(steps: number, log: string[]): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return 'done';
}

describe('createPacer', () => {
  it('asks for a pause once a slice has run its time, and gives the event loop a turn in it', async () => {
    const pacer = createPacer(undefined, 5);
    expect(pacer.due()).toBe(false);
    const started = performance.now();
    while (performance.now() - started < 10);
    expect(pacer.due()).toBe(true);
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    await new Promise((resolve) => setTimeout(resolve, 1));
    await pacer.pause();
    expect(timerRan).toBe(true);
    expect(pacer.due()).toBe(false);
  });

  it('once the signal is aborted, is due at once and its pause rejects with the reason', async () => {
    const stop = new AbortController();
    const pacer = createPacer(stop.signal, 60_000);
    expect(pacer.due()).toBe(false);
    stop.abort('SIGTERM');
    expect(pacer.due()).toBe(true);
    await expect(pacer.pause()).rejects.toBe('SIGTERM');
  });

  it('an abort that lands during the pause (the signal handler ran in that turn) rejects too', async () => {
    const stop = new AbortController();
    const pacer = createPacer(stop.signal);
    setImmediate(() => stop.abort('SIGINT'));
    await expect(pacer.pause()).rejects.toBe('SIGINT');
  });
});

describe('runPaced', () => {
  it('runs every step and returns the value, pausing only when the pacer says so', async () => {
    const log: string[] = [];
    let pauses = 0;
    const value = await runPaced(counted(6, log), {
      due: () => log.length % 2 === 0,
      pause: async () => {
        pauses++;
      },
    });
    expect(value).toBe('done');
    expect(log).toHaveLength(6);
    expect(pauses).toBe(3);
    expect(runUnpaced(counted(3, []))).toBe('done');
  });

  it('stops at the first step once the signal is aborted: no further step runs', async () => {
    const log: string[] = [];
    const stop = new AbortController();
    const pacer = createPacer(stop.signal);
    stop.abort('SIGTERM');
    await expect(runPaced(counted(1000, log), pacer)).rejects.toBe('SIGTERM');
    expect(log).toEqual(['step 0']);
  });
});
