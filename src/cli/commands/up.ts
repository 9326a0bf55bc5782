import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ErrorCode, MockforgeError } from '../../core/errors.js';
import { findCli } from '../../core/mock/find-cli.js';
import { startUp } from '../../core/mock/start-up.js';
import { upStatePath } from '../../core/mock/up-state.js';
import { type CliCommand, displayPath } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { PROXY_OPTIONS } from './proxy.js';
import { SERVE_OPTIONS } from './serve.js';

// `up` writes the journal and waits on the ready file itself.
const { journal: _journal, 'ready-file': _readyFile, ...PASSED_TO_SERVE } = SERVE_OPTIONS;
const {
  journal: _proxyJournal,
  'ready-file': _proxyReadyFile,
  timeout: _proxyTimeout,
  ...PASSED_TO_PROXY
} = PROXY_OPTIONS;

export const command: CliCommand = {
  name: 'up',
  summary: 'start the workspace mocks (or, with --proxy, the proxy) in the background',
  usage: `
Usage: mockforge up [--config mockforge.yaml] [--workspace NAME]... [--port NAME=PORT]... [--port-offset N]
       mockforge up --spec <contract> --port <n>
       mockforge up --proxy [the options of 'mockforge proxy']

Starts 'mockforge serve' in the background, waits until every port answers, prints the URLs and writes
.mockforge/up.json (pid, ports, URLs, log and journal paths) next to mockforge.yaml. 'mockforge down' stops it.
With --proxy it starts 'mockforge proxy' instead (.mockforge/proxy.json, proxy.log, proxy-journal.jsonl);
mocks and proxy may run side by side (give the proxy other ports: 'proxy_port' or --port).

Options: those of 'mockforge serve' (but --journal: .mockforge/journal.jsonl), plus
  --proxy          start the proxy instead of the mocks (then the options of 'mockforge proxy')
  --timeout <ms>   how long to wait for every port to answer (default 15000)
`,
  async run(argv, context) {
    const proxy = argv.includes('--proxy');
    const wait = { timeout: { type: 'string' } } as const;
    const values = proxy
      ? parseOptions(argv, { ...PASSED_TO_PROXY, ...wait, proxy: { type: 'boolean' } }, 'up').values
      : parseOptions(argv, { ...PASSED_TO_SERVE, ...wait }, 'up').values;
    const spec = 'spec' in values ? values.spec : undefined;
    const configFile = spec ? undefined : resolve(context.cwd, values.config ?? 'mockforge.yaml');
    if (configFile && !existsSync(configFile)) {
      throw new MockforgeError(ErrorCode.ConfigNotFound, `${displayPath(configFile, context.cwd)} does not exist`, {
        hint: 'run in the folder of mockforge.yaml or pass --config',
      });
    }
    const root = configFile ? dirname(configFile) : context.cwd;
    const timeoutMs = values.timeout ? Number(values.timeout) : 15_000;
    const kind = proxy ? 'proxy' : 'mocks';
    const { state, stateFile } = await startUp({
      root,
      configFile,
      kind,
      cli: findCli(),
      cwd: context.cwd,
      args: passThrough(argv),
      timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 15_000,
      signal: context.signal,
      alreadyUp: (pid) =>
        new MockforgeError(
          ErrorCode.PortInUse,
          `${proxy ? 'the proxy is' : 'mocks are'} already up (pid ${pid}, ${upStatePath(root, kind)})`,
          { hint: "run 'mockforge down' first" },
        ),
    });
    const { workspaces, logFile } = state;
    for (const w of workspaces) context.stdout(`${w.name}: ${w.url}\n`);
    context.stderr(
      `mockforge up: pid ${state.pid}; state ${displayPath(stateFile, context.cwd)}; log ${displayPath(logFile, context.cwd)}\n`,
    );
    return 0;
  },
};

/** The options `serve` (or `proxy`) understands, minus the ones `up` handles itself. */
function passThrough(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const name = arg.replace(/^--/, '').split('=')[0];
    if (name === 'proxy') continue;
    if (name === 'timeout' || name === 'config') {
      if (!arg.includes('=')) i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}
