import { assignKeys } from './dedupe-changes.js';
import { diffPair, type OasdiffSettings, resolveSide, type SideInput, type SideSource } from './diff-pair.js';
import type { ConsumerIndex } from './find-consumers.js';
import type { ContractChange, ContractDiff } from './types.js';

/** One contract in both revisions; a side is missing when the contract was added or removed. */
export interface ContractSides {
  /** Path relative to the project root. */
  name: string;
  workspaces: string[];
  /** Lazy when a side may go to oasdiff as written before it is loaded (see diffPair). */
  base?: SideSource;
  head?: SideSource;
  /** The contract and every file it reads are the same at the base: not compared (see findUnchangedContracts). */
  skipped?: boolean;
}

export async function diffContract(
  sides: ContractSides,
  context: { settings: OasdiffSettings; consumers: ConsumerIndex | undefined },
): Promise<{ diff: ContractDiff; head: SideInput | undefined }> {
  const { base } = sides;
  const summary = { name: sides.name, workspaces: sides.workspaces };
  if (sides.skipped) return { diff: { ...summary, status: 'unchanged', skipped: true, changes: [] }, head: undefined };
  const loaded = !base && sides.head ? resolveSide(sides.head) : sides.head;
  if (!loaded) {
    if (!base) return { diff: { ...summary, status: 'unchanged', changes: [] }, head: undefined };
    const old = resolveSide(base);
    const changes = [removal(sides, old, context.consumers)];
    return { diff: { ...summary, baseVersion: old.contract.version, status: 'removed', changes }, head: undefined };
  }
  if (!base) {
    const head = loaded as SideInput;
    return { diff: { ...summary, headVersion: head.contract.version, status: 'added', changes: [] }, head };
  }
  const pair = await diffPair(base, loaded, context.settings);
  const head = pair.head;
  // oasdiff names the operationId when the contract gives one; the base's is what Arazzo steps wrote.
  const operationIdAtBase = (operation: { method: string; path: string; operationId?: string }) =>
    operation.operationId ??
    pair.base.contract.operations.find((o) => o.method.toUpperCase() === operation.method && o.path === operation.path)
      ?.operationId;
  const changes = assignKeys(pair.changes).map((change) => ({
    ...change,
    consumers:
      change.operation && context.consumers
        ? context.consumers.find(sides.workspaces, head.contract.basePath, {
            ...change.operation,
            operationId: operationIdAtBase(change.operation),
          })
        : [],
  }));
  changes.sort(
    (a, b) =>
      (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
      a.location.line - b.location.line ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const status = changes.length > 0 ? 'changed' : 'unchanged';
  const versions = { baseVersion: pair.base.contract.version, headVersion: head.contract.version };
  return { diff: { ...summary, ...versions, status, oasdiffItems: pair.received, changes }, head };
}

/** A contract gone from the head: one error at its old first line, with everyone who called it. */
function removal(sides: ContractSides, base: SideInput, consumers: ConsumerIndex | undefined): ContractChange {
  const { file, line, column } = base.contract.sourceMap.locate('');
  const at = base.present({ file, line, column });
  const callers = consumers
    ? base.contract.operations.flatMap((op) =>
        consumers.find(sides.workspaces, base.contract.basePath, {
          method: op.method.toUpperCase(),
          path: op.path,
          operationId: op.operationId,
        }),
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
