import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exec } from '../../../src/core/exec/run-process.js';
import { runProcess } from '../../../src/core/exec/run-process.js';
import type { Progress } from '../../../src/core/progress.js';
import { CORPUS, ECOMMERCE, FIXTURES, tempProject } from '../../helpers/temp-project.js';
import { diffIn, gitRepo, OASDIFF } from './git-repo.js';

// The user's SIGINT/SIGTERM reaches the diff core as an aborted signal. Long synchronous phases (line
// indexing while oasdiff runs, mapping thousands of changes) run in slices and stop at the next one: the
// run rejects with the signal's name, oasdiff is killed, and nothing is left in the temp folder.
const TWILIO = join(CORPUS, 'twilio');

/** Progress that records each phase's ticks and whether it ended. */
function recordingProgress(onPhase: (label: string) => void) {
  const phases: Array<{ label: string; ticks: number[]; ended: boolean }> = [];
  const progress: Progress = {
    phase(label) {
      const phase = { label, ticks: [] as number[], ended: false };
      phases.push(phase);
      onPhase(label);
      return {
        tick: (done) => {
          if (done !== undefined) phase.ticks.push(done);
        },
        end: () => {
          phase.ended = true;
        },
      };
    },
  };
  return { progress, phases };
}

function twilioPair(stop: AbortController, tempDir: string) {
  return {
    base: join(TWILIO, 'api_v2010.previous.yaml'),
    head: join(TWILIO, 'api_v2010.yaml'),
    failOn: 'never' as const,
    versionPolicy: false,
    tempDir,
    signal: stop.signal,
  };
}

describe('an aborted diff stops where it stands', () => {
  it('while both sides are line-indexed (oasdiff running): rejects with the reason, oasdiff killed, nothing left', async () => {
    const stop = new AbortController();
    const tempDir = tempProject({});
    let oasdiffRun: Promise<unknown> | undefined;
    const exec: Exec = (command, args, options) => {
      const run = runProcess(command, args, { ...options, signal: stop.signal });
      if (command === OASDIFF) {
        oasdiffRun = run.catch((reason: unknown) => `rejected: ${String(reason)}`);
        // Right after the spawn, before the base is indexed: the indexing must notice it at its next slice.
        stop.abort('SIGTERM');
      }
      return run;
    };
    const { progress, phases } = recordingProgress(() => {});
    const diff = diffIn(TWILIO, { ...twilioPair(stop, tempDir), exec, progress });
    await expect(diff).rejects.toBe('SIGTERM');
    expect(await oasdiffRun).toBe('rejected: SIGTERM');
    expect(phases.map((p) => p.label)).not.toContain('mapping changes to lines');
    expect(readdirSync(tempDir)).toEqual([]);
  }, 60_000);

  it('while 2,802 changes are mapped to lines: the mapping ends at once, not after the last change', async () => {
    const stop = new AbortController();
    const tempDir = tempProject({});
    const { progress, phases } = recordingProgress((label) => {
      if (label === 'mapping changes to lines') stop.abort('SIGTERM');
    });
    const diff = diffIn(TWILIO, { ...twilioPair(stop, tempDir), progress });
    await expect(diff).rejects.toBe('SIGTERM');
    const mapping = phases.find((p) => p.label === 'mapping changes to lines');
    // Without slices the loop would run to its end: ticks 0, 1024, 2048, 2802 and end().
    expect(mapping).toEqual({ label: 'mapping changes to lines', ticks: [0], ended: false });
    expect(readdirSync(tempDir)).toEqual([]);
  }, 60_000);

  it('in a project diff, no further contract is compared after the abort', async () => {
    const dir = tempProject({});
    const repo = gitRepo(dir);
    repo.copy(ECOMMERCE);
    repo.commit('v1');
    repo.copy(join(FIXTURES, 'ecommerce-v2'));
    const stop = new AbortController();
    const compared: string[] = [];
    const diff = diffIn(dir, {
      base: 'main',
      signal: stop.signal,
      onContract: (contract) => {
        compared.push(contract.name);
        stop.abort('SIGINT');
      },
    });
    await expect(diff).rejects.toBe('SIGINT');
    expect(compared).toHaveLength(1);
  }, 60_000);
});
