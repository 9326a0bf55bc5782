import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src/core/mock/journal.js';
import { journalTable, parseJournal, summarizeJournal } from '../../../src/core/report/journal-summary.js';
import { expectGolden } from '../../helpers/golden.js';

function entry(workspace: string, status: number, extra: Partial<JournalEntry> = {}): JournalEntry {
  return {
    time: '2026-11-25T06:00:00.000Z',
    workspace,
    method: 'GET',
    path: '/x',
    route: 'GET /x',
    status,
    latencyMs: 1,
    requestErrors: [],
    responseErrors: [],
    ...extra,
  };
}

describe('request journal summary', () => {
  it('counts requests, status classes and contract problems per workspace (golden)', () => {
    const entries = [
      entry('users-service', 200),
      entry('users-service', 200),
      entry('orders-service', 201),
      entry('orders-service', 422, {
        requestErrors: [{ in: 'body', name: 'user_id', message: 'must be string' } as never],
      }),
      entry('orders-service', 500, { responseErrors: ['/total must be number'] }),
    ];
    const traffic = summarizeJournal(entries);
    expect(traffic.map((t) => [t.workspace, t.requests, t.requestErrors, t.responseErrors])).toEqual([
      ['users-service', 2, 0, 0],
      ['orders-service', 3, 1, 1],
    ]);
    expectGolden(
      'report/journal-table.md.txt',
      `${journalTable(traffic, ['users-service', 'products-service', 'orders-service'])}\n`,
    );
  });

  it('parses JSON lines and skips a torn last line', () => {
    const text = `${JSON.stringify(entry('a', 200))}\n\n${JSON.stringify(entry('b', 404))}\n{"time":"2026`;
    expect(parseJournal(text).map((e) => e.workspace)).toEqual(['a', 'b']);
    expect(journalTable([])).toBe('The mocks got no requests.');
  });
});
