/**
 * One result worth showing a person, whatever produced it: the Action turns findings into annotations,
 * PR comment rows and summary lines without knowing which command found them.
 */
export interface Finding {
  source: 'diff' | 'validate' | 'scenario' | 'lint' | 'mock' | 'proxy';
  severity: 'error' | 'warning' | 'notice';
  /** Short, e.g. "response-property-removed" or "Create Order (Orders Service)". */
  title: string;
  message: string;
  location?: { file: string; line: number; column?: number };
  /** Stable identity across runs (for dedupe and ignore files); independent of wording. */
  key?: string;
}
