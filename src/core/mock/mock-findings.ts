import type { Finding } from '../report/finding.js';
import type { JournalEntry } from './journal.js';

/**
 * Findings from a request journal: a response the mock sent that does not fit its contract is an error
 * (a mock bug or a contract the examples contradict); requests the mock refused as invalid are warnings
 * (the caller does not follow the contract). Repeats of the same problem are reported once.
 */
export function mockFindings(entries: readonly JournalEntry[]): Finding[] {
  const findings = new Map<string, Finding>();
  for (const entry of entries) {
    const where = `${entry.workspace}: ${entry.method} ${entry.route?.replace(/^\S+ /, '') ?? entry.path}`;
    for (const problem of entry.responseErrors) {
      const key = `mock-response:${where}:${problem}`;
      if (!findings.has(key)) {
        findings.set(key, {
          source: 'mock',
          severity: 'error',
          title: 'mock response does not fit the contract',
          message: `${where} answered ${entry.status}: ${problem}`,
          ...locationOf(problem),
          key,
        });
      }
    }
    for (const issue of entry.requestErrors) {
      const key = `mock-request:${where}:${issue.in}:${issue.name}:${issue.message}`;
      if (!findings.has(key)) {
        findings.set(key, {
          source: 'mock',
          severity: 'warning',
          title: 'request does not fit the contract',
          message: `${where}: ${issue.in} ${issue.name}: ${issue.message}`,
          ...locationOf(issue.location ?? ''),
          key,
        });
      }
    }
  }
  return [...findings.values()];
}

/** `... (contracts/users.yaml:12)` or `contracts/users.yaml:12` -> a finding location. */
function locationOf(text: string): { location: { file: string; line: number } } | Record<string, never> {
  const match = /([^\s()]+):(\d+)\)?$/.exec(text);
  return match?.[1] && match[2] ? { location: { file: match[1], line: Number(match[2]) } } : {};
}
