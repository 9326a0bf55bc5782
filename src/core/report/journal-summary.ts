import type { JournalEntry } from '../mock/journal.js';
import { inlineCode, markdownTable } from './markdown.js';

export interface WorkspaceTraffic {
  workspace: string;
  requests: number;
  /** Responses by status class: `2xx` -> count. */
  byClass: Record<string, number>;
  /** Requests the mock found invalid against the contract. */
  requestErrors: number;
  /** Responses of the mock that did not fit the contract. */
  responseErrors: number;
}

/** Requests per workspace from a mock's journal, in order of first appearance. */
export function summarizeJournal(entries: readonly JournalEntry[]): WorkspaceTraffic[] {
  return summarizeTraffic(entries, (e) => [e.requestErrors.length > 0, e.responseErrors.length > 0]);
}

/** Requests per workspace of any journal; `invalid` says whether an entry's request and its response broke the contract. */
export function summarizeTraffic<E extends { workspace: string; status: number }>(
  entries: readonly E[],
  invalid: (entry: E) => [request: boolean, response: boolean],
): WorkspaceTraffic[] {
  const byWorkspace = new Map<string, WorkspaceTraffic>();
  for (const entry of entries) {
    let traffic = byWorkspace.get(entry.workspace);
    if (!traffic) {
      traffic = { workspace: entry.workspace, requests: 0, byClass: {}, requestErrors: 0, responseErrors: 0 };
      byWorkspace.set(entry.workspace, traffic);
    }
    traffic.requests++;
    const statusClass = `${Math.floor(entry.status / 100)}xx`;
    traffic.byClass[statusClass] = (traffic.byClass[statusClass] ?? 0) + 1;
    const [request, response] = invalid(entry);
    if (request) traffic.requestErrors++;
    if (response) traffic.responseErrors++;
  }
  return [...byWorkspace.values()];
}

/** Parses a JSON-lines journal file's text; a torn last line (the mock was killed) is skipped. */
export function parseJournal<E = JournalEntry>(text: string): E[] {
  const entries: E[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as E);
    } catch {
      // half-written line
    }
  }
  return entries;
}

/** The table of the mocks' traffic for the job summary; workspaces that got no request are listed with 0. */
export function journalTable(
  traffic: readonly WorkspaceTraffic[],
  workspaces: readonly string[] = [],
  invalidColumns: [request: string, response: string] = ['invalid requests', 'invalid mock responses'],
): string {
  const all = [...traffic];
  for (const name of workspaces) {
    if (!all.some((t) => t.workspace === name)) {
      all.push({ workspace: name, requests: 0, byClass: {}, requestErrors: 0, responseErrors: 0 });
    }
  }
  if (all.length === 0) return 'The mocks got no requests.';
  const rows = all.map((t) => [
    inlineCode(t.workspace),
    String(t.requests),
    Object.entries(t.byClass)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, n]) => `${c}: ${n}`)
      .join(', ') || '-',
    String(t.requestErrors),
    String(t.responseErrors),
  ]);
  return markdownTable(['workspace', 'requests', 'statuses', ...invalidColumns], rows);
}
