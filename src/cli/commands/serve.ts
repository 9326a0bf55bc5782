import { resolve } from 'node:path';
import { ErrorCode, MockforgeError } from '../../core/errors.js';
import type { MockServer } from '../../core/mock/server/mock-server.js';
import { createMocksFromConfig, createMocksFromSpec } from '../../core/mock/start-mocks.js';
import { parseStoreSpec } from '../../core/mock/state/store-spec.js';
import { createProgress } from '../../core/progress.js';
import { contractRoot } from '../../core/source/contract-root.js';
import { writeFileAtomic } from '../../core/write-file-atomic.js';
import { type CliCommand, whenAborted } from '../command.js';
import { parseOptions, parsePairs } from '../parse-options.js';

/** What `serve` takes; `up` passes them through (all but the two it sets itself). */
export const SERVE_OPTIONS = {
  config: { type: 'string' },
  workspace: { type: 'string', multiple: true },
  port: { type: 'string', multiple: true },
  'port-offset': { type: 'string' },
  journal: { type: 'string' },
  host: { type: 'string' },
  spec: { type: 'string' },
  stateful: { type: 'boolean' },
  'no-security': { type: 'boolean' },
  'no-cors': { type: 'boolean' },
  'ready-file': { type: 'string' },
  store: { type: 'string' },
} as const;

export const command: CliCommand = {
  name: 'serve',
  summary: 'serve the workspace mocks in the foreground',
  usage: `
Usage: mockforge serve [--config mockforge.yaml] [--workspace NAME]... [--port NAME=PORT]... [--port-offset N]
       mockforge serve --spec <contract> --port <n> [--stateful] [--no-security] [--no-cors]

Serves every workspace of mockforge.yaml on its port, in one process with one shared state store (unified
state, seeded from workspace_id and from scenarios/*.yaml). Stops on Ctrl-C or SIGTERM.
Admin API on every port: GET /__mockforge/health, POST /__mockforge/reset, GET /__mockforge/state,
GET /__mockforge/journal.

Options:
  --config <file>        project config (default: mockforge.yaml)
  --workspace <name>     serve only this workspace (repeatable)
  --port NAME=PORT       listen on another port for a workspace; 0 picks a free one (repeatable)
  --port-offset <n>      add n to every configured port (run two copies side by side)
  --journal <file>       append every request as a JSON line to this file
  --host <address>       listen on this address (default 127.0.0.1; 0.0.0.0 in a container, see 'mockforge mesh')
  --spec <contract>      serve one contract without a config (with --port <n>, default 4010)
  --stateful             with --spec: POST creates, GET lists, as with unified state
  --no-security          with --spec: answer without the contract's credentials (no 401)
  --no-cors              with --spec: no CORS headers, preflights are routed like other requests
  --ready-file <file>    write the served ports as JSON once every port listens (used by 'mockforge up')
  --store <memory|url>   where unified state lives, over mockforge.yaml's unified_state.store and the
                         MOCKFORGE_STORE variable: memory (default) or redis://host:6379/0, which replicas share
`,
  async run(argv, context) {
    const { values } = parseOptions(argv, SERVE_OPTIONS, 'serve');
    const journalFile = values.journal ? resolve(context.cwd, values.journal) : undefined;
    const storeText = values.store ?? context.env.MOCKFORGE_STORE;
    const store = storeText ? parseStoreSpec(storeText, values.store ? '--store' : 'MOCKFORGE_STORE') : undefined;
    let mocks: MockServer;
    if (values.spec) {
      const port = parsePort(values.port?.[0] ?? '4010', '--port');
      const spec = resolve(context.cwd, values.spec);
      mocks = createMocksFromSpec(spec, {
        port,
        root: contractRoot(spec),
        progress: createProgress(context.stderr),
        ...(journalFile ? { journalFile } : {}),
        ...(values.stateful ? { stateful: true } : {}),
        ...(store ? { store } : {}),
        ...(values['no-security'] ? { security: false } : {}),
        ...(values['no-cors'] ? { cors: false } : {}),
      });
    } else {
      const ports = new Map(
        [...parsePairs(values.port, 'port')].map(([name, port]) => [name, parsePort(port, `--port ${name}`)]),
      );
      mocks = createMocksFromConfig(resolve(context.cwd, values.config ?? 'mockforge.yaml'), {
        workspaces: values.workspace ?? [],
        ports,
        portOffset: values['port-offset'] ? parsePort(values['port-offset'], '--port-offset') : 0,
        ...(journalFile ? { journalFile } : {}),
        ...(values.host ? { host: values.host } : {}),
        cache: true,
        ...(store ? { store } : {}),
        log: (message) => context.stderr(`mockforge serve: ${message}\n`),
      });
    }
    for (const notice of mocks.notices) context.stderr(`notice: ${notice}\n`);
    const served = await mocks.listen();
    for (const workspace of served) context.stdout(`${workspace.name}: ${workspace.url}\n`);
    if (values['ready-file']) {
      writeFileAtomic(
        resolve(context.cwd, values['ready-file']),
        `${JSON.stringify({ pid: process.pid, workspaces: served })}\n`,
      );
    }
    context.stderr(`mockforge serve: ${served.length} workspace(s) up; Ctrl-C stops\n`);
    await whenAborted(context.signal);
    await mocks.close();
    context.stderr('mockforge serve: stopped\n');
    return 0;
  },
};

/** A port number (0-65535) given on the command line. */
export function parsePort(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `${option} '${text}' is not a port number`);
  }
  return value;
}
