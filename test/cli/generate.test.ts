import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ECOMMERCE, tempProject } from '../helpers/temp-project.js';
import { freePorts } from './serve-fixture.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

/** The tutorial project (fixtures/ecommerce) copied to a temp folder, without mocks. */
function tutorialProject(): string {
  const dir = tempProject({});
  cpSync(ECOMMERCE, dir, { recursive: true, filter: (src) => !src.includes('.mockforge') && !src.includes('/mocks') });
  return dir;
}

const TUTORIAL_STEP_3 = ['users-service', 'products-service', 'orders-service'].map((name) => [
  'generate',
  '--from-openapi',
  `contracts/${name}.yaml`,
  '--output',
  `mocks/${name}/`,
]);

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const service of readdirSync(join(dir, 'mocks'))) {
    for (const file of readdirSync(join(dir, 'mocks', service))) {
      out[`${service}/${file}`] = readFileSync(join(dir, 'mocks', service, file), 'utf8');
    }
  }
  return out;
}

describe('mockforge generate (bundled dist/cli.js)', () => {
  it("runs the tutorial's step 3 as written, byte-identical on every run and in every folder", () => {
    const first = tutorialProject();
    const second = tutorialProject();
    for (const args of TUTORIAL_STEP_3) {
      const result = run(args, first);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^created +mocks\/\w+-service\/\S+\.yaml {2}(GET|POST) \/api\//);
      expect(run(args, second).status).toBe(0);
    }
    const files = snapshot(first);
    expect(Object.keys(files).sort()).toEqual([
      'orders-service/post_api_orders.yaml',
      'products-service/get_api_products_{id}.yaml',
      'users-service/get_api_users_{id}.yaml',
    ]);
    expect(snapshot(second)).toEqual(files);
    expect(files['users-service/get_api_users_{id}.yaml']).toContain('# from contracts/users-service.yaml:9');
    expect(files['products-service/get_api_products_{id}.yaml']).toMatch(/price: \d+(\.\d{1,2})?\n/);
    const again = run(TUTORIAL_STEP_3[0] as string[], first);
    expect(again.stdout).toMatch(/^unchanged /);
    expect(again.stderr).toContain('Users Service: 1 operation(s) -> mocks/users-service (1 unchanged)');
  });

  it("with no options fills every from_mock folder of mockforge.yaml: the same files as step 3's commands", () => {
    const byCommands = tutorialProject();
    for (const args of TUTORIAL_STEP_3) expect(run(args, byCommands).status).toBe(0);
    const byConfig = tutorialProject();
    const result = run(['generate'], byConfig);
    expect(result.status, result.stderr).toBe(0);
    expect(snapshot(byConfig)).toEqual(snapshot(byCommands));
    const none = tempProject({
      'mockforge.yaml': 'workspaces:\n  - name: users\n    port: 3001\n    contract: users.yaml\n',
      'users.yaml': readFileSync(join(ECOMMERCE, 'contracts', 'users-service.yaml'), 'utf8'),
    });
    const empty = run(['generate'], none);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('users: no from_mock folder, nothing to generate');
    expect(empty.stderr).toContain('no workspace of mockforge.yaml has a from_mock folder [MF_USAGE_INVALID]');
  });

  it('keeps a hand-edited file unless --force, and --seed gives other data', () => {
    const dir = tutorialProject();
    const args = TUTORIAL_STEP_3[0] as string[];
    expect(run(args, dir).status).toBe(0);
    const file = join(dir, 'mocks/users-service/get_api_users_{id}.yaml');
    const edited = readFileSync(file, 'utf8').replace(/name: .*/, 'name: Alice');
    writeFileSync(file, edited);
    const kept = run(args, dir);
    expect(kept.status).toBe(0);
    expect(kept.stdout).toContain('kept');
    expect(kept.stdout).toContain('(edited by hand; --force overwrites)');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = run([...args, '--force', '--seed', 'another'], dir);
    expect(forced.stdout).toMatch(/^overwritten /);
    const reseeded = readFileSync(file, 'utf8');
    expect(reseeded).toContain("(seed 'another')");
    expect(reseeded).not.toContain('name: Alice\n');
  });

  it('exits 2 with a clear message on usage mistakes and missing contracts', () => {
    const dir = tutorialProject();
    const missing = run(['generate', '--from-openapi', 'contracts/users-service.yaml'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('generate needs --from-openapi <contract> and --output <dir> [MF_USAGE_INVALID]');
    const nothing = run(['generate', '--from-openapi', 'contracts/nope.yaml', '--output', 'mocks/x'], dir);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('[MF_CONTRACT_NOT_FOUND]');
    expect(nothing.stderr).not.toMatch(/\n\s+at /);
  });

  it('feeds from_mock: the mock serves the generated file, hand edits included', async () => {
    const dir = tutorialProject();
    expect(run(TUTORIAL_STEP_3[0] as string[], dir).status).toBe(0);
    const file = join(dir, 'mocks/users-service/get_api_users_{id}.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/name: .*/, 'name: Edited By Hand'));
    const [port] = await freePorts(1);
    writeFileSync(
      join(dir, 'mockforge.yaml'),
      `workspaces:\n  - name: users-service\n    port: ${port}\n    endpoints:\n      - path: /api/users/*\n        method: GET\n        response:\n          from_mock: mocks/users-service/\n`,
    );
    const child = spawn(process.execPath, [CLI, 'serve'], { cwd: dir });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    try {
      for (let i = 0; i < 400 && !stdout.includes('http://'); i++) await new Promise((r) => setTimeout(r, 25));
      const response = await fetch(`http://127.0.0.1:${port}/api/users/user_1`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ name: 'Edited By Hand' });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
