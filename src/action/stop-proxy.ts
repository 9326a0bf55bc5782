import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import * as core from '@actions/core';
import { isAlive, stopBackground } from '../core/mock/up-process.js';
import { readUpState, removeUpState } from '../core/mock/up-state.js';
import { buildProxyReport } from '../core/proxy/proxy-report.js';
import { proxyFindings, proxyJUnitSuites, proxyMarkdown, proxySarif } from '../core/proxy/report-formats.js';
import type { ProxyJournalEntry } from '../core/proxy/types.js';
import type { CommandReport } from '../core/report/command-report.js';
import { parseJournal } from '../core/report/journal-summary.js';
import { toJUnitXml } from '../core/report/junit.js';
import { VERSION } from '../core/version.js';
import { readEvent, readRunContext } from './github-run.js';
import { type InputContext, parseSettings } from './inputs.js';
import { mocksAnswer } from './mocks-health.js';
import { logTail } from './mocks-step.js';
import { startPublisher } from './publish.js';
import { writeReportFiles } from './report-files.js';
import { readMocksState } from './state.js';

/**
 * Stops the proxy of this job's `command: proxy` step and turns its journal into the report: annotations at
 * the contract lines, the job summary, the sticky comment, JSON/JUnit/SARIF files. Returns why the step fails
 * (violations, a target that did not answer, a crashed proxy) unless `fail-on: never`.
 */
export async function stopProxyStep(): Promise<string | undefined> {
  const state = readMocksState('proxy');
  if (!state) return undefined;
  const payload = readEvent(process.env.GITHUB_EVENT_PATH);
  const run = readRunContext(process.env, payload as Parameters<typeof readRunContext>[1]);
  const settings = parseSettings((name) => core.getInput(name), {
    workspace: run.workspace,
    event: payload as InputContext['event'],
  });
  const crashed = !(await mocksAnswer(state));
  const ended = isAlive(state.pid) ? await stopBackground(state.pid, 5000, 'proxy') : 'not-running';
  if (readUpState(state.root, 'proxy')?.pid === state.pid) removeUpState(state.root, 'proxy');
  const entries = existsSync(state.journalFile)
    ? parseJournal<ProxyJournalEntry>(readFileSync(state.journalFile, 'utf8'))
    : [];
  const report = buildProxyReport(entries);
  const findings = proxyFindings(report);
  if (crashed) {
    findings.push({
      source: 'proxy',
      severity: 'error',
      title: 'the proxy crashed',
      message: `the proxy (pid ${state.pid}) had stopped before the end of the job; last lines of ${state.logFile}:\n${logTail(state.logFile)}`,
      key: 'proxy-crashed',
    });
  }
  const display = (file: string) => relative(settings.workingDirectory, file) || file;
  const files = writeReportFiles(settings.reportDir, 'proxy', {
    json: `${JSON.stringify(report, null, 2)}\n`,
    junit: toJUnitXml(proxyJUnitSuites(report, display)),
    sarif: `${JSON.stringify(proxySarif(report, settings.workingDirectory, VERSION), null, 2)}\n`,
  });
  core.setOutput('drift-count', String(report.violations.length));
  const consumer = report.violations.filter((v) => v.side === 'consumer').length;
  const commandReport: CommandReport = {
    command: 'proxy',
    title: 'Contract proxy',
    status: findings.length > 0 ? 'failed' : 'passed',
    headline: `${report.requests} request(s) through the proxy (${crashed ? 'crashed' : ended}): ${report.violations.length} distinct violation(s), ${consumer} by consumers, ${report.violations.length - consumer} by providers${report.problems.length ? `, ${report.problems.length} target problem(s)` : ''}`,
    markdown: proxyMarkdown(
      report,
      run.display,
      state.workspaces.map((w) => w.name),
    ),
    findings,
  };
  const failed = findings.length > 0 && settings.failOn !== 'never';
  const shown = Object.fromEntries(Object.entries(files).map(([kind, path]) => [`proxy ${kind}`, run.display(path)]));
  const publisher = await startPublisher(settings, run, 'post');
  await publisher.publish({ reports: [commandReport], failed, files: shown });
  core.info(`mockforge post: proxy ${crashed ? 'had crashed' : ended}; ${entries.length} request(s) journaled`);
  return failed ? `mockforge proxy: ${commandReport.headline}` : undefined;
}
