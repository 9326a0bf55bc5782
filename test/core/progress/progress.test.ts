import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/core/progress.js';

describe('progress on stderr', () => {
  it('says nothing for a phase shorter than the delay', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgress((line) => lines.push(line), { now: () => clock });
    const phase = progress.phase('loading contracts', 3);
    clock = 1500;
    phase.tick(2);
    phase.end();
    expect(lines).toEqual([]);
  });

  it('prints the count after the delay, at most once per interval, and the time taken at the end', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgress((line) => lines.push(line), { now: () => clock });
    const phase = progress.phase('loading contracts', 55);
    for (const [at, done] of [
      [2100, 10],
      [2500, 11],
      [4200, 30],
    ] as const) {
      clock = at;
      phase.tick(done);
    }
    clock = 5000;
    phase.end();
    expect(lines).toEqual([
      'loading contracts... 10/55 (2.1 s)\n',
      'loading contracts... 30/55 (4.2 s)\n',
      'loading contracts: done 30/55 in 5.0 s\n',
    ]);
  });

  it('reports a wait without ticks through its timer', async () => {
    const lines: string[] = [];
    const progress = createProgress((line) => lines.push(line), { delayMs: 20, intervalMs: 20 });
    const phase = progress.phase('oasdiff');
    await new Promise((resolve) => setTimeout(resolve, 90));
    phase.end();
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/^oasdiff\.\.\. \(0\.\d s\)\n$/);
    expect(lines.at(-1)).toMatch(/^oasdiff: done in 0\.\d s\n$/);
  });
});
