import type { Finding } from './finding.js';
import { escapeMarkdown, inlineCode, markdownTable } from './markdown.js';

const ICONS = { error: '🔴 error', warning: '🟡 warning', notice: '🔵 notice' } as const;

/**
 * Findings as a Markdown table (severity, what, where, message), at most `maxRows` rows and a line
 * saying how many more there are. Every text from contracts, scenarios or services is escaped.
 */
export function findingsTable(findings: readonly Finding[], display: (file: string) => string, maxRows = 100): string {
  if (findings.length === 0) return 'No findings.';
  const rows = findings
    .slice(0, maxRows)
    .map((f) => [
      ICONS[f.severity],
      inlineCode(f.title),
      f.location ? inlineCode(`${display(f.location.file)}:${f.location.line}`) : '',
      escapeMarkdown(f.message),
    ]);
  const table = markdownTable(['', 'finding', 'where', 'message'], rows);
  const more = findings.length - maxRows;
  return more > 0 ? `${table}\n\n…and ${more} more (see the report files).` : table;
}

/** `2 errors, 1 warning` (only the levels that occur), or `no findings`. */
export function countFindings(findings: readonly Finding[]): string {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((level) => counts[level] > 0)
    .map((level) => `${counts[level]} ${level}${counts[level] === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(', ') : 'no findings';
}
