import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ErrorCode, MockforgeError } from '../../core/errors.js';
import { stopBackground } from '../../core/mock/up-process.js';
import { readUpState, removeUpState, type UpState } from '../../core/mock/up-state.js';
import { buildProxyReport, proxyExitCode } from '../../core/proxy/proxy-report.js';
import { formatProxyReport, proxyJUnitSuites, proxySarif } from '../../core/proxy/report-formats.js';
import type { ProxyJournalEntry } from '../../core/proxy/types.js';
import { parseJournal } from '../../core/report/journal-summary.js';
import { toJUnitXml } from '../../core/report/junit.js';
import { VERSION } from '../../core/version.js';
import { type CliCommand, displayPath, writeReport } from '../command.js';
import { parseOptions } from '../parse-options.js';

export const command: CliCommand = {
  name: 'down',
  summary: 'stop the mocks and the proxy started with `up`; report what the proxy saw',
  usage: `
Usage: mockforge down [--config mockforge.yaml] [--timeout <ms>] [--json file] [--junit file] [--sarif file]
                      [--fail-on ERR|never]

Stops what 'mockforge up' started (SIGTERM, which flushes the request journal, then SIGKILL after the
timeout, default 5000 ms) and removes its state file: the mocks and the proxy ('up --proxy'). Nothing up is
not an error. The proxy's journal becomes its report: every distinct contract violation once, with its
count, the contract file:line, the operation, a curl line reproducing it and the side that broke the
contract (consumer or provider). Exit 1 when there were violations (3 when a target could not answer),
unless --fail-on never.

Options:
  --json <file>      the proxy's report as JSON
  --junit <file>     JUnit XML (one case per operation seen, its violations as the failure)
  --sarif <file>     SARIF 2.1.0 (violations at contract lines, for code scanning)
  --fail-on <when>   ERR (default): violations fail; never: report only
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        config: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'string' },
        junit: { type: 'string' },
        sarif: { type: 'string' },
        'fail-on': { type: 'string' },
      },
      'down',
    );
    const failOn = (values['fail-on'] ?? 'ERR').toUpperCase();
    if (failOn !== 'ERR' && failOn !== 'NEVER') {
      throw new MockforgeError(ErrorCode.UsageInvalid, `--fail-on '${values['fail-on']}': use ERR or never`);
    }
    const configFile = resolve(context.cwd, values.config ?? 'mockforge.yaml');
    const root = existsSync(configFile) || values.config ? dirname(configFile) : context.cwd;
    const mocks = readUpState(root, 'mocks');
    const proxy = readUpState(root, 'proxy');
    if (!mocks && !proxy) {
      context.stderr('mockforge down: nothing is up\n');
      return 0;
    }
    const timeout = Number(values.timeout ?? 5000);
    const stop = async (state: UpState, kind: 'mocks' | 'proxy') => {
      const how = await stopBackground(
        state.pid,
        Number.isFinite(timeout) && timeout >= 0 ? timeout : 5000,
        kind === 'proxy' ? 'proxy' : 'serve',
      );
      removeUpState(root, kind);
      const text = existsSync(state.journalFile) ? readFileSync(state.journalFile, 'utf8') : '';
      const entries = text.split('\n').filter(Boolean).length;
      context.stderr(
        `mockforge down: ${kind} pid ${state.pid} ${how === 'not-running' ? 'was not running' : how}; journal ${displayPath(state.journalFile, context.cwd)} (${entries} request(s))\n`,
      );
      return text;
    };
    if (mocks) await stop(mocks, 'mocks');
    if (!proxy) return 0;
    const report = buildProxyReport(parseJournal<ProxyJournalEntry>(await stop(proxy, 'proxy')));
    const display = (file: string) => displayPath(file, context.cwd);
    context.stdout(formatProxyReport(report, display));
    writeReport(context.cwd, values.json, () => `${JSON.stringify(report, null, 2)}\n`);
    writeReport(context.cwd, values.junit, () => toJUnitXml(proxyJUnitSuites(report, display)));
    writeReport(
      context.cwd,
      values.sarif,
      () => `${JSON.stringify(proxySarif(report, context.cwd, VERSION), null, 2)}\n`,
    );
    return failOn === 'NEVER' ? 0 : proxyExitCode(report);
  },
};
