import { existsSync, readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { mockFindings } from '../core/mock/mock-findings.js';
import { isAlive, stopBackground } from '../core/mock/up-process.js';
import { readUpState, removeUpState } from '../core/mock/up-state.js';
import { planCommandAnnotations } from '../core/report/annotations.js';
import { findingsTable } from '../core/report/findings-markdown.js';
import { journalTable, parseJournal, summarizeJournal } from '../core/report/journal-summary.js';
import { emitCommandAnnotations } from './command-annotations.js';
import { readRunContext } from './github-run.js';
import { mocksAnswer } from './mocks-health.js';
import { logTail } from './mocks-step.js';
import { readMocksState } from './state.js';

/**
 * Stops the mocks of this job's `command: mocks` step and writes what they saw to the job summary:
 * requests per workspace and the contract problems in them. Returns a failure when the mocks had crashed.
 */
export async function stopMocksStep(): Promise<string | undefined> {
  const state = readMocksState();
  if (!state) {
    core.debug('mockforge post: no mocks were started by this step');
    return undefined;
  }
  const run = readRunContext(process.env, undefined);
  const crashed = !(await mocksAnswer(state));
  // A crashed mock may linger (a zombie, or a hung process): stop it either way.
  const ended = isAlive(state.pid) ? await stopBackground(state.pid, 5000) : 'not-running';
  // Only remove the state file if it is still ours (a later step may have started other mocks).
  if (readUpState(state.root)?.pid === state.pid) removeUpState(state.root);
  const entries = existsSync(state.journalFile) ? parseJournal(readFileSync(state.journalFile, 'utf8')) : [];
  const findings = mockFindings(entries);
  const lines = [
    '## Workspace mocks',
    '',
    crashed
      ? `❌ The mocks (pid ${state.pid}) had crashed before the end of the job. Last lines of the log:\n\n\`\`\`text\n${logTail(state.logFile).replace(/```/g, "'''")}\n\`\`\``
      : `Stopped (pid ${state.pid}, ${ended}); ${entries.length} request(s) in the journal.`,
    '',
    journalTable(
      summarizeJournal(entries),
      state.workspaces.map((w) => w.name),
    ),
    '',
  ];
  if (findings.length > 0)
    lines.push('### Contract problems seen by the mocks', '', findingsTable(findings, run.display), '');
  await core.summary.addRaw(`${lines.join('\n')}\n`).write();
  emitCommandAnnotations(planCommandAnnotations(findings, run.display));
  core.info(`mockforge post: mocks ${crashed ? 'had crashed' : ended}; ${entries.length} request(s) journaled`);
  return crashed
    ? `mockforge: the workspace mocks (pid ${state.pid}) crashed during the job; see ${state.logFile}`
    : undefined;
}
