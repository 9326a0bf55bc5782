import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** GITHUB_ENV: what later steps get. */
  env: Record<string, string>;
  /** GITHUB_STATE: what the post step gets as STATE_*. */
  state: Record<string, string>;
  summary: string;
}

export interface StepOptions {
  inputs: Record<string, string>;
  workspace: string;
  eventPath: string;
  apiUrl: string;
  token: string;
  /** STATE_* for the post step (from the main step's GITHUB_STATE). */
  state?: Record<string, string>;
  /** Variables exported by earlier steps (GITHUB_ENV). */
  env?: Record<string, string>;
}

/**
 * Runs dist/main.js or dist/post.js the way the Actions runner does: inputs as INPUT_<NAME> (upper case,
 * dashes kept) with action.yml's defaults applied, file commands in fresh files, the event payload file,
 * the API URL. Async, so a recording server in this process keeps answering.
 */
export function runStep(entry: 'main' | 'post', options: StepOptions): Promise<StepRun> {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-runner-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    ...(process.env.OASDIFF_PATH ? { OASDIFF_PATH: process.env.OASDIFF_PATH } : {}),
    RUNNER_TEMP: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_PATH: options.eventPath,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_WORKFLOW: 'contracts',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_API_URL: options.apiUrl,
    ...files,
    ...options.env,
  };
  for (const [name, value] of Object.entries(actionInputs(options.inputs, options.token))) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', `${entry}.js`)], {
      cwd: options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        outputs: readFileCommands(files.GITHUB_OUTPUT),
        env: readFileCommands(files.GITHUB_ENV),
        state: readFileCommands(files.GITHUB_STATE),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      }),
    );
  });
}

/** action.yml's defaults, `${{ github.token }}` as the runner fills it in, then the step's `with:`. */
function actionInputs(given: Record<string, string>, token: string): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    inputs[name] = String(spec.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/, token);
  }
  for (const [name, value] of Object.entries(given)) {
    if (!(name in action.inputs)) throw new Error(`action.yml has no input '${name}'`);
    inputs[name] = value;
  }
  return inputs;
}

/** `name<<DELIM\nvalue\nDELIM` (and `name=value`) lines, as the runner reads GITHUB_OUTPUT/ENV/STATE. */
export function readFileCommands(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const values: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2] as string, i + 1);
      values[heredoc[1] as string] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}
