import { resolve } from 'node:path';
import { ErrorCode, MockforgeError } from '../../core/errors.js';
import { buildProxyReport, proxyExitCode } from '../../core/proxy/proxy-report.js';
import { formatProxyReport } from '../../core/proxy/report-formats.js';
import { createProxyFromConfig } from '../../core/proxy/start-proxy.js';
import { writeFileAtomic } from '../../core/write-file-atomic.js';
import { type CliCommand, displayPath, whenAborted } from '../command.js';
import { parseOptions, parsePairs } from '../parse-options.js';
import { parsePort } from './serve.js';

/** What `proxy` takes; `up --proxy` passes them through (all but the two it sets itself). */
export const PROXY_OPTIONS = {
  config: { type: 'string' },
  workspace: { type: 'string', multiple: true },
  target: { type: 'string', multiple: true },
  port: { type: 'string', multiple: true },
  'port-offset': { type: 'string' },
  host: { type: 'string' },
  enforce: { type: 'boolean' },
  record: { type: 'string' },
  'no-faults': { type: 'boolean' },
  'body-limit': { type: 'string' },
  timeout: { type: 'string' },
  journal: { type: 'string' },
  quiet: { type: 'boolean' },
  'ready-file': { type: 'string' },
} as const;

export const command: CliCommand = {
  name: 'proxy',
  summary: 'forward to the real services and check the traffic against the contracts',
  usage: `
Usage: mockforge proxy [--config mockforge.yaml] [--workspace NAME]... [--target NAME=URL]... [--enforce]
                       [--record <dir>] [--port NAME=PORT]...

One port per workspace (its 'proxy_port', else its 'port') forwarding every request to the workspace's
'target:' (or --target), both bodies streamed, redirects passed back (never followed). Each request and
answer is checked against the workspace's contract with the checks of 'mockforge validate' and the mock's
request validation; a violation never blocks traffic (unless --enforce): it is returned in the
x-mockforge-violations header (JSON) and in sl-violations (Stoplight Prism's format), printed here, and kept
in the journal. 'mockforge up --proxy' runs it in the background; 'mockforge down' stops it and reports every
distinct violation once (count, contract file:line, operation, a curl line, the side that broke it).
Stops on Ctrl-C or SIGTERM and prints that report. Admin API on every port: GET /__mockforge/health,
GET /__mockforge/journal, GET /__mockforge/report.

Options:
  --config <file>        project config (default: mockforge.yaml)
  --workspace <name>     proxy only this workspace (repeatable; default: every workspace with a target)
  --target NAME=URL      the real service of a workspace (repeatable; default: its 'target:')
  --port NAME=PORT       listen on another port for a workspace; 0 picks a free one (repeatable)
  --port-offset <n>      add n to every configured port
  --host <address>       listen on this address (default 127.0.0.1)
  --enforce              answer invalid requests as the mock does (422 problem+json, 401, 404/405) instead of forwarding them
  --record <dir>         write the answers as mock data files (<dir>/<workspace>/, the format of 'mockforge generate'),
                         secrets redacted by name; answers that break the contract are not written (and said)
  --no-faults            do not inject the 'faults:' of mockforge.yaml (latency, errors; on by default, as in the mock)
  --body-limit <bytes>   refuse larger request bodies with 413, as the mock does (default 1048576)
  --timeout <ms>         how long a target may take to answer (default 30000; then 504)
  --journal <file>       append every exchange as a JSON line to this file
  --quiet                do not print each violation
  --ready-file <file>    write the served ports as JSON once every port listens (used by 'mockforge up')
`,
  async run(argv, context) {
    const { values } = parseOptions(argv, PROXY_OPTIONS, 'proxy');
    const ports = new Map(
      [...parsePairs(values.port, 'port')].map(([name, port]) => [name, parsePort(port, `--port ${name}`)]),
    );
    const journalFile = values.journal ? resolve(context.cwd, values.journal) : undefined;
    const proxy = createProxyFromConfig(resolve(context.cwd, values.config ?? 'mockforge.yaml'), {
      workspaces: values.workspace ?? [],
      targets: parsePairs(values.target, 'target'),
      ports,
      portOffset: values['port-offset'] ? parsePort(values['port-offset'], '--port-offset') : 0,
      ...(values.host ? { host: values.host } : {}),
      ...(journalFile ? { journalFile } : {}),
      ...(values.enforce ? { enforce: true } : {}),
      ...(values['no-faults'] ? { faults: false } : {}),
      ...(values.record ? { record: resolve(context.cwd, values.record) } : {}),
      ...(values['body-limit'] ? { bodyLimit: positive(values['body-limit'], '--body-limit') } : {}),
      ...(values.timeout ? { timeoutMs: positive(values.timeout, '--timeout') } : {}),
      ...(values.quiet ? {} : { log: (line: string) => context.stderr(`mockforge proxy: ${line}\n`) }),
    });
    for (const notice of proxy.notices) context.stderr(`notice: ${notice}\n`);
    const served = await proxy.listen();
    for (const workspace of served) {
      const target = proxy.proxied.find((p) => p.name === workspace.name)?.target;
      context.stdout(`${workspace.name}: ${workspace.url} -> ${target}\n`);
    }
    if (values['ready-file']) {
      writeFileAtomic(
        resolve(context.cwd, values['ready-file']),
        `${JSON.stringify({ pid: process.pid, workspaces: served })}\n`,
      );
    }
    context.stderr(
      `mockforge proxy: ${served.length} workspace(s)${values.enforce ? ', invalid requests refused (--enforce)' : ''}; Ctrl-C stops\n`,
    );
    await whenAborted(context.signal);
    await proxy.close();
    // Of the last 10,000 exchanges (the journal file, and 'mockforge down', have every one).
    const report = buildProxyReport(proxy.journal.list());
    context.stdout(formatProxyReport(report, (file) => displayPath(file, context.cwd)));
    context.stderr('mockforge proxy: stopped\n');
    return proxyExitCode(report);
  },
};

function positive(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new MockforgeError(ErrorCode.UsageInvalid, `${option} '${text}' must be a positive integer`);
  return value;
}
