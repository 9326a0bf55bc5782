import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/run-cli.js';
import { loadConfig } from '../../src/core/config/load-config.js';
import { CORPUS, ECOMMERCE, tempProject } from '../helpers/temp-project.js';

async function mockforge(cwd: string, ...argv: string[]) {
  let out = '';
  const code = await runCli(argv, {
    cwd,
    env: {},
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      out += t;
    },
    signal: new AbortController().signal,
  });
  return { code, out };
}

/** The tutorial's bare contracts/ folder, nothing else. */
function bareTutorial(): string {
  const dir = tempProject({});
  cpSync(join(ECOMMERCE, 'contracts'), join(dir, 'contracts'), { recursive: true });
  return dir;
}

describe('mockforge init', () => {
  it("on the tutorial's bare contracts/ gives the workspaces of fixtures/ecommerce/mockforge.yaml, and lints clean", async () => {
    const dir = bareTutorial();
    const init = await mockforge(dir, 'init');
    expect(init.code, init.out).toBe(0);
    const written = loadConfig(join(dir, 'mockforge.yaml'));
    const tutorial = loadConfig(join(ECOMMERCE, 'mockforge.yaml'));
    const shape = (config: typeof written) =>
      config.workspaces.map((w) => ({ name: w.name, port: w.port, contract: w.contract.slice(config.root.length) }));
    expect(shape(written)).toEqual(shape(tutorial));
    // Unified state as the tutorial has it, under the project folder's name.
    expect(written.unifiedState).toEqual({ ...tutorial.unifiedState, workspaceId: written.unifiedState.workspaceId });
    const text = readFileSync(join(dir, 'mockforge.yaml'), 'utf8');
    expect(text).toContain('shared_schemas: [contracts/shared-schemas.yaml]');
    expect(text).toMatch(/^# .*mockforge init/);
    // Passes lint at once: the same findings as the tutorial's own config (the tutorial's gaps are warnings).
    const lint = await mockforge(dir, 'lint');
    expect(lint.code, lint.out).toBe(0);
    expect(lint.out).toContain('3 contract(s): 0 error(s)');
  });

  it('--github writes the pull-request check with the permissions it needs and the full history', async () => {
    const dir = bareTutorial();
    expect((await mockforge(dir, 'init', '--github')).code).toBe(0);
    const workflow = parse(readFileSync(join(dir, '.github/workflows/contracts.yml'), 'utf8'));
    expect(workflow.on).toBe('pull_request');
    expect(workflow.permissions).toEqual({
      contents: 'read',
      checks: 'write',
      'pull-requests': 'write',
      'security-events': 'write',
    });
    const steps = workflow.jobs.contracts.steps as Array<{ uses: string; with?: Record<string, unknown> }>;
    expect(steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    const action = parse(readFileSync(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8'));
    for (const key of Object.keys(steps[1]?.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    expect(steps[2]?.with?.sarif_file).toBe(action.inputs['report-dir'].default);
  });

  it('never overwrites without --force', async () => {
    const dir = bareTutorial();
    writeFileSync(join(dir, 'mockforge.yaml'), '# mine\n');
    const refused = await mockforge(dir, 'init', '--github');
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('mockforge.yaml already exists; nothing was written [MF_USAGE_INVALID]');
    expect(readFileSync(join(dir, 'mockforge.yaml'), 'utf8')).toBe('# mine\n');
    expect((await mockforge(dir, 'init', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'mockforge.yaml'), 'utf8')).toContain('name: users-service');
  });

  it('names what it skips, takes JSON and nested contracts with their path, and lints clean', async () => {
    const dir = tempProject({
      'api/v1/Billing API.json': JSON.stringify({
        openapi: '3.0.3',
        info: { title: 'Billing', version: '1' },
        paths: { '/invoices': { get: { responses: { 200: { description: 'ok' } } } } },
      }),
      'api/legacy.yaml': 'swagger: "2.0"\ninfo: {title: old, version: "1"}\npaths: {}\n',
      'api/broken.yaml': 'openapi: [\n',
      'api/notes.yaml': 'hello: world\n',
    });
    cpSync(join(CORPUS, 'twilio', 'verify_v2.yaml'), join(dir, 'api', 'verify_v2.yaml'));
    const init = await mockforge(dir, 'init', '--contracts-dir', 'api');
    expect(init.code, init.out).toBe(0);
    expect(init.out).toContain('skipped api/legacy.yaml: Swagger 2.0: convert it to OpenAPI 3 first');
    expect(init.out).toContain('skipped api/broken.yaml: does not parse as YAML or JSON');
    expect(init.out).toContain('skipped api/notes.yaml: not an OpenAPI 3 contract nor a component file');
    const config = loadConfig(join(dir, 'mockforge.yaml'));
    expect(config.workspaces.map((w) => [w.name, w.port, w.contract.slice(dir.length + 1)])).toEqual([
      ['billing-api', 3001, 'api/v1/Billing API.json'],
      ['verify_v2', 3002, 'api/verify_v2.yaml'],
    ]);
    const lint = await mockforge(dir, 'lint');
    expect(lint.code, lint.out).toBe(0);
  });

  it('a folder without contracts is bad input', async () => {
    const dir = tempProject({ 'contracts/readme.md': 'nothing here\n' });
    const run = await mockforge(dir, 'init');
    expect(run.code).toBe(2);
    expect(run.out).toContain('no OpenAPI 3 contract in contracts [MF_CONTRACT_NOT_FOUND]');
  });
});
