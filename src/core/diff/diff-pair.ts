import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedContract } from '../contract/types.js';
import type { Exec } from '../exec/run-process.js';
import { runOasdiffBreaking } from '../oasdiff/run-oasdiff.js';
import { emitYaml } from './emit-yaml.js';
import { type DiffSide, mapChange } from './map-change.js';
import type { ContractChange, DiffLocation } from './types.js';

export interface OasdiffSettings {
  exec: Exec;
  binary: string;
  tempDir: string;
  deprecationDaysBeta?: number | undefined;
  deprecationDaysStable?: number | undefined;
}

export interface SideInput {
  contract: LoadedContract;
  present: (location: DiffLocation) => DiffLocation;
}

export type PairChange = Omit<ContractChange, 'key' | 'consumers'>;

/**
 * Breaking changes between two bundled contracts: both are written as line-mapped YAML (oasdiff cannot load
 * the tutorial's shared-schema layout itself), oasdiff compares them, and every change is mapped back.
 */
export async function diffPair(base: SideInput, head: SideInput, settings: OasdiffSettings): Promise<PairChange[]> {
  const work = mkdtempSync(join(settings.tempDir, 'mockforge-diff-'));
  try {
    const baseYaml = emitYaml(base.contract.document);
    const basePath = join(work, 'base.yaml');
    writeFileSync(basePath, baseYaml.text);
    // The head goes through stdin: oasdiff starts loading the base while the head is still being written.
    const headYaml = emitYaml(head.contract.document);
    const changes = await runOasdiffBreaking(basePath, '-', {
      exec: settings.exec,
      binary: settings.binary,
      cwd: work,
      revisionInput: headYaml.text,
      deprecationDaysBeta: settings.deprecationDaysBeta,
      deprecationDaysStable: settings.deprecationDaysStable,
    });
    const baseSide: DiffSide = { ...base, linePointers: baseYaml.pointers };
    const headSide: DiffSide = { ...head, linePointers: headYaml.pointers };
    return changes.map((change) => mapChange(change, baseSide, headSide));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
