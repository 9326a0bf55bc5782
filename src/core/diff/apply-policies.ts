import type { ContractChange, ContractDiff, DiffResult, FailOn, IgnoreEntry } from './types.js';

/** Marks ignored changes (by key, unexpired entries only) and reports entries that are expired or unused. */
export function applyIgnores(
  contracts: ContractDiff[],
  entries: readonly IgnoreEntry[],
  today: string,
): DiffResult['staleIgnores'] {
  const active = new Map(entries.filter((e) => !e.expires || e.expires >= today).map((e) => [e.key, e]));
  const used = new Set<string>();
  for (const contract of contracts) {
    for (const change of contract.changes) {
      const entry = active.get(change.key);
      if (!entry) continue;
      change.ignored = { reason: entry.reason, ...(entry.expires ? { expires: entry.expires } : {}) };
      used.add(entry.key);
    }
  }
  return entries
    .filter((e) => (e.expires && e.expires < today) || !used.has(e.key))
    .map((e) => ({ ...e, why: e.expires && e.expires < today ? ('expired' as const) : ('unused' as const) }));
}

/**
 * The version policy: a contract with breaking changes must raise the major version of `info.version`
 * (the minor one while the major is 0, as semver allows). Returns the extra error, if any.
 */
export function checkVersionBump(
  contract: ContractDiff,
  versionLocation: ContractChange['location'],
): ContractChange | undefined {
  const breaking = contract.changes.filter((c) => !c.ignored && c.level === 'error');
  if (breaking.length === 0 || contract.status !== 'changed') return undefined;
  const before = parseVersion(contract.baseVersion);
  const after = parseVersion(contract.headVersion);
  if (!before || !after) return undefined;
  const bumped = before[0] === 0 ? after[0] > 0 || after[1] > before[1] : after[0] > before[0];
  if (bumped) return undefined;
  const needed = before[0] === 0 ? `0.${before[1] + 1}.0` : `${before[0] + 1}.0.0`;
  return {
    key: `version-not-bumped ${contract.name} [${contract.baseVersion}|${contract.headVersion}]`,
    id: 'version-not-bumped',
    level: 'error',
    text: `${breaking.length} breaking change(s) but info.version went from ${contract.baseVersion} to ${contract.headVersion}: raise it to ${needed} or later`,
    location: versionLocation,
    exact: true,
    consumers: [],
  };
}

function parseVersion(version: string | undefined): [number, number] | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?/.exec(version?.trim() ?? '');
  return match ? [Number(match[1]), Number(match[2] ?? 0)] : undefined;
}

export function countChanges(contracts: readonly ContractDiff[]): DiffResult['counts'] {
  const counts = { error: 0, warning: 0, ignored: 0 };
  for (const change of contracts.flatMap((c) => c.changes)) {
    if (change.ignored) counts.ignored++;
    else counts[change.level]++;
  }
  return counts;
}

export function isFailing(counts: DiffResult['counts'], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return counts.error > 0 || (failOn === 'WARN' && counts.warning > 0);
}
