import { isAbsolute, resolve } from 'node:path';
import type { FailOn } from '../core/diff/types.js';
import { ErrorCode, MockforgeError } from '../core/errors.js';
import { parseShard, type ShardSpec } from '../core/shard/shard-spec.js';
import type { ValidateMode } from '../core/validate/validate-target.js';

export const COMMANDS = ['mocks', 'proxy', 'scenarios', 'validate', 'diff', 'check', 'report'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

/** Every input of action.yml, parsed once. Paths are absolute. */
export interface ActionSettings {
  command: ActionCommand;
  workingDirectory: string;
  /** mockforge.yaml, absolute. */
  config: string;
  /** Contract files or folders (diff: each file alone; validate: with `targets`). */
  contracts: string[];
  /** Scenario files or globs, relative to the working directory. */
  scenarios: string[];
  /** `name=url` per line. */
  targets: Map<string, string>;
  /** Sent with every validation request (e.g. auth for staging), lower-case names. */
  headers: Record<string, string>;
  /** safe (GET/HEAD only), unsafe (also writes), stateful (also create -> read -> delete chains). */
  validateMode: ValidateMode;
  /** Negative requests: undefined follows the mode (on with writes), true adds them to safe mode, false none. */
  negative: boolean | undefined;
  /** Negative requests per operation at most. */
  negativeBudget: number;
  /** Seeds which negative requests the budget keeps. */
  seed: string | undefined;
  /** Arazzo workflow inputs: JSON/YAML files of values or `name=value` lines, as `--input`. */
  arazzoInputs: string[];
  /** Git ref or SHA the diff compares against; undefined when neither given nor a pull request. */
  baseRef: string | undefined;
  failOn: FailOn;
  comment: boolean;
  annotations: boolean;
  token: string;
  /** Absolute. */
  reportDir: string;
  /** validate or scenarios: run only this shard of a job matrix and upload its report (see command: report). */
  shard: ShardSpec | undefined;
}

/** What the run knows besides the inputs: the workspace and the event payload. */
export interface InputContext {
  workspace: string;
  event: { pull_request?: { base?: { sha?: string } } } | undefined;
}

/** Reads one input by its action.yml name ('' when not set), as `core.getInput` does. */
export type ReadInput = (name: string) => string;

/** Parses every input; a bad one is a MockforgeError naming the input and the values it takes. */
export function parseSettings(read: ReadInput, context: InputContext): ActionSettings {
  const workingDirectory = resolve(context.workspace, read('working-directory') || '.');
  const inDir = (path: string) => (isAbsolute(path) ? path : resolve(workingDirectory, path));
  const command = parseCommand(read('command') || 'check');
  return {
    command,
    workingDirectory,
    config: inDir(read('config') || 'mockforge.yaml'),
    contracts: lines(read('contracts')).map(inDir),
    scenarios: lines(read('scenarios')),
    targets: parseTargets(read('targets')),
    headers: parseHeaders(read('headers')),
    validateMode: parseValidateMode(read('validate-mode') || 'safe'),
    negative: parseNegative(read('negative') || 'auto'),
    negativeBudget: parseBudget(read('negative-budget') || '10'),
    seed: read('seed') || undefined,
    arazzoInputs: read('arazzo-inputs')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
    baseRef: read('base-ref') || context.event?.pull_request?.base?.sha || undefined,
    failOn: parseFailOn(read('fail-on') || 'ERR'),
    comment: parseSwitch('comment', read('comment') || 'on'),
    annotations: parseSwitch('annotations', read('annotations') || 'on'),
    token: read('github-token'),
    reportDir: inDir(read('report-dir') || '.mockforge/reports'),
    shard: parseShardInput(read('shard'), command),
  };
}

function parseShardInput(value: string, command: ActionCommand): ShardSpec | undefined {
  if (value.trim() === '') return undefined;
  if (command !== 'validate' && command !== 'scenarios') {
    throw new MockforgeError(
      ErrorCode.UsageInvalid,
      `input 'shard' is for command validate or scenarios, not ${command}`,
      {
        hint: "run diff once, and shard validate and scenarios in a matrix; then a job with 'command: report'",
      },
    );
  }
  return parseShard(value, "input 'shard'");
}

function parseNegative(value: string): boolean | undefined {
  const flat = value.trim().toLowerCase();
  if (flat === 'auto') return undefined;
  if (['on', 'true'].includes(flat)) return true;
  if (['off', 'false'].includes(flat)) return false;
  throw invalid('negative', value, 'auto, on, off');
}

function parseBudget(value: string): number {
  const budget = Number(value.trim());
  if (Number.isInteger(budget) && budget >= 0 && budget <= 1000) return budget;
  throw new MockforgeError(
    ErrorCode.UsageInvalid,
    `input 'negative-budget' is '${value}': give a whole number from 0 to 1000`,
  );
}

function parseCommand(value: string): ActionCommand {
  const command = value.trim().toLowerCase();
  if ((COMMANDS as readonly string[]).includes(command)) return command as ActionCommand;
  throw invalid('command', value, COMMANDS.join(', '));
}

/** One value per line (or comma-separated on one line); blank lines and `#` comments skipped. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .flatMap((line) => (line.includes('=') ? [line] : line.split(',')))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('#'));
}

function parseTargets(value: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const line of lines(value)) {
    const match = /^([\w.-]+)\s*=\s*(\S+)$/.exec(line);
    if (!match || !/^https?:\/\/[^\s/]+/i.test(match[2] as string)) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `input 'targets': '${line}' is not a name=url line`, {
        hint: 'one per line, e.g. users-service=http://localhost:8081',
      });
    }
    const name = match[1] as string;
    if (targets.has(name)) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `input 'targets': '${name}' is given twice`);
    }
    targets.set(name, match[2] as string);
  }
  return targets;
}

function parseHeaders(value: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of value.split(/\r?\n/).map((l) => l.trim())) {
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      // The value may be a secret: name only what is wrong, never the line.
      throw new MockforgeError(ErrorCode.UsageInvalid, "input 'headers': a line is not of the form 'Name: value'");
    }
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

const VALIDATE_MODES: readonly ValidateMode[] = ['safe', 'unsafe', 'stateful'];

function parseValidateMode(value: string): ValidateMode {
  const mode = value.trim().toLowerCase();
  if ((VALIDATE_MODES as readonly string[]).includes(mode)) return mode as ValidateMode;
  throw invalid('validate-mode', value, VALIDATE_MODES.join(', '));
}

function parseFailOn(value: string): FailOn {
  const upper = value.trim().toUpperCase();
  if (upper === 'ERR' || upper === 'ERROR') return 'ERR';
  if (upper === 'WARN' || upper === 'WARNING') return 'WARN';
  if (upper === 'NEVER') return 'never';
  throw invalid('fail-on', value, 'ERR, WARN, never');
}

function parseSwitch(name: string, value: string): boolean {
  const flat = value.trim().toLowerCase();
  if (['on', 'true', 'yes', '1'].includes(flat)) return true;
  if (['off', 'false', 'no', '0'].includes(flat)) return false;
  throw invalid(name, value, 'on, off (or true, false)');
}

function invalid(input: string, value: string, allowed: string): MockforgeError {
  return new MockforgeError(ErrorCode.UsageInvalid, `input '${input}' is '${value}': use one of ${allowed}`);
}
