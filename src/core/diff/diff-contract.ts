import { diffPair, type OasdiffSettings, type SideInput } from './diff-pair.js';
import type { ConsumerIndex } from './find-consumers.js';
import { assignKeys } from './map-change.js';
import type { ContractChange, ContractDiff } from './types.js';

/** One contract in both revisions; a side is missing when the contract was added or removed. */
export interface ContractSides {
  /** Path relative to the project root. */
  name: string;
  workspaces: string[];
  base?: SideInput;
  head?: SideInput;
}

export async function diffContract(
  sides: ContractSides,
  context: { settings: OasdiffSettings; consumers: ConsumerIndex | undefined },
): Promise<ContractDiff> {
  const { base, head } = sides;
  const versions = {
    ...(base ? { baseVersion: base.contract.version } : {}),
    ...(head ? { headVersion: head.contract.version } : {}),
  };
  const summary = { name: sides.name, workspaces: sides.workspaces, ...versions };
  if (!head && !base) return { ...summary, status: 'unchanged', changes: [] };
  if (!base) return { ...summary, status: 'added', changes: [] };
  if (!head) return { ...summary, status: 'removed', changes: [removal(sides, base, context.consumers)] };
  const changes = assignKeys(await diffPair(base, head, context.settings)).map((change) => ({
    ...change,
    consumers:
      change.operation && context.consumers
        ? context.consumers.find(sides.workspaces, head.contract.basePath, change.operation)
        : [],
  }));
  changes.sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line);
  return { ...summary, status: changes.length > 0 ? 'changed' : 'unchanged', changes };
}

/** A contract gone from the head: one error at its old first line, with everyone who called it. */
function removal(sides: ContractSides, base: SideInput, consumers: ConsumerIndex | undefined): ContractChange {
  const { file, line, column } = base.contract.sourceMap.locate('');
  const at = base.present({ file, line, column });
  const callers = consumers
    ? base.contract.operations.flatMap((op) =>
        consumers.find(sides.workspaces, base.contract.basePath, { method: op.method.toUpperCase(), path: op.path }),
      )
    : [];
  const unique = new Map(callers.map((c) => [`${c.location.file}:${c.location.line}`, c]));
  return {
    key: `contract-removed ${sides.name}`,
    id: 'contract-removed',
    level: 'error',
    text: `the contract ${sides.name} (${base.contract.operations.length} operations) was removed`,
    location: at,
    exact: false,
    baseLocation: at,
    consumers: [...unique.values()],
  };
}
