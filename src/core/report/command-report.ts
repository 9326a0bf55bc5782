import type { Finding } from './finding.js';

/** What one command of the Action (diff, scenarios, validate, mocks) gives the summary, comment and annotations. */
export interface CommandReport {
  command: 'diff' | 'scenarios' | 'validate' | 'mocks' | 'proxy';
  title: string;
  status: 'passed' | 'failed' | 'skipped';
  /** One line, e.g. "2 breaking changes in 2 contracts". */
  headline: string;
  /** The detailed section: trusted Markdown with every untrusted text escaped. */
  markdown: string;
  findings: Finding[];
  /** Mermaid blocks (scenarios' sequence diagrams). */
  diagrams?: string[];
}
