import type { MockforgeConfig } from '../config/types.js';

export interface ContractPair {
  baseFile?: string;
  headFile?: string;
  workspaces: string[];
}

/**
 * Base and head contracts of a project, paired by path, or by workspace name when a workspace's contract
 * moved (a rename is a change, not a removal plus an addition).
 */
export function pairContracts(base: MockforgeConfig, head: MockforgeConfig): ContractPair[] {
  const pairs = new Map<string, ContractPair>();
  const add = (key: string, side: 'baseFile' | 'headFile', file: string, workspace: string) => {
    const pair = pairs.get(key) ?? { workspaces: [] };
    pair[side] ??= file;
    if (!pair.workspaces.includes(workspace)) pair.workspaces.push(workspace);
    pairs.set(key, pair);
  };
  for (const w of head.workspaces) add(w.contract, 'headFile', w.contract, w.name);
  const headFiles = new Set(head.workspaces.map((w) => w.contract));
  for (const w of base.workspaces) {
    const renamed = headFiles.has(w.contract) ? undefined : head.workspaces.find((h) => h.name === w.name);
    const key =
      renamed && !base.workspaces.some((b) => b.contract === renamed.contract) ? renamed.contract : w.contract;
    add(key, 'baseFile', w.contract, w.name);
  }
  return [...pairs.values()];
}
