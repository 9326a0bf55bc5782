import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src/core/mock/journal.js';
import { mockFindings } from '../../../src/core/mock/mock-findings.js';

const entry = (overrides: Partial<JournalEntry>): JournalEntry => ({
  time: '2026-01-01T00:00:00Z',
  workspace: 'users',
  method: 'GET',
  path: '/api/users/1',
  route: 'GET /api/users/{id}',
  status: 200,
  latencyMs: 1,
  requestErrors: [],
  responseErrors: [],
  ...overrides,
});

describe('mockFindings', () => {
  it('reports response mismatches as errors and invalid requests as warnings, each once, with locations', () => {
    const bad = entry({ responseErrors: ['/name must be string (contracts/users.yaml:12)'] });
    const invalid = entry({
      status: 422,
      requestErrors: [{ in: 'query', name: 'limit', message: 'must be >= 1', location: 'contracts/users.yaml:20' }],
    });
    const findings = mockFindings([bad, bad, invalid, entry({})]);
    expect(findings).toEqual([
      {
        source: 'mock',
        severity: 'error',
        title: 'mock response does not fit the contract',
        message: 'users: GET /api/users/{id} answered 200: /name must be string (contracts/users.yaml:12)',
        location: { file: 'contracts/users.yaml', line: 12 },
        key: 'mock-response:users: GET /api/users/{id}:/name must be string (contracts/users.yaml:12)',
      },
      expect.objectContaining({
        severity: 'warning',
        message: 'users: GET /api/users/{id}: query limit: must be >= 1',
        location: { file: 'contracts/users.yaml', line: 20 },
      }),
    ]);
  });
});
