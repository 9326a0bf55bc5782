/** A place in a file; `ref` is set for the base revision when it came from git. */
export interface DiffLocation {
  file: string;
  line: number;
  column: number;
  ref?: string;
}

/** Who calls an operation: a scenario step, or a workspace endpoint/contract in mockforge.yaml. */
export interface Consumer {
  kind: 'scenario-step' | 'workspace';
  /** `scenario name › step name`, or the workspace name. */
  name: string;
  location: DiffLocation;
}

export type ChangeLevel = 'error' | 'warning';

export interface ContractChange {
  /** Stable across runs and wording: `<id> <METHOD> <path> [<values>]`; ignore files match on it. */
  key: string;
  /** oasdiff's check id, or `contract-removed`, `version-not-bumped`. */
  id: string;
  level: ChangeLevel;
  text: string;
  operation?: { method: string; path: string; operationId?: string };
  /** In the head revision: the changed node, or for a removal the nearest surviving parent. */
  location: DiffLocation;
  /** True when `location` is the changed node itself rather than a surviving parent. */
  exact: boolean;
  /** Where the node was in the base revision. */
  baseLocation?: DiffLocation;
  consumers: Consumer[];
  /** Set when an ignore-file entry accepts the change. */
  ignored?: { reason: string; expires?: string };
}

export type ContractStatus = 'changed' | 'unchanged' | 'added' | 'removed';

export interface ContractDiff {
  /** The contract's path relative to the project root (head path, or base path when removed). */
  name: string;
  workspaces: string[];
  status: ContractStatus;
  baseVersion?: string;
  headVersion?: string;
  /** Unchanged, and not compared: the contract and every file it reads are byte for byte the base's. */
  skipped?: boolean;
  /**
   * How many items oasdiff printed: more than `changes` when it reported one change once per path that
   * reaches it (a shared schema used in many places), which counts here once.
   */
  oasdiffItems?: number;
  changes: ContractChange[];
}

export type FailOn = 'ERR' | 'WARN' | 'never';

export interface IgnoreEntry {
  key: string;
  reason: string;
  expires?: string;
  location: DiffLocation;
}

export interface DiffResult {
  /** The base as given: a git ref or a file. */
  base: string;
  root: string;
  failOn: FailOn;
  contracts: ContractDiff[];
  /** Ignore entries past their expiry date (no longer applied) and entries that matched nothing. */
  staleIgnores: Array<IgnoreEntry & { why: 'expired' | 'unused' }>;
  /** Breaking changes that are not ignored, by level. */
  counts: { error: number; warning: number; ignored: number };
  /** True when the fail-on policy is triggered. */
  failed: boolean;
}
