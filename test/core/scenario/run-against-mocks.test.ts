import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeUpState } from '../../../src/core/mock/up-state.js';
import { runScenarioFiles } from '../../../src/core/scenario/run-scenario-files.js';
import { ECOMMERCE, lineOf } from '../../helpers/temp-project.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the tutorial project without any `.mockforge/up.json` another run may have left. */
function tutorialCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-scenarios-'));
  dirs.push(dir);
  for (const part of ['mockforge.yaml', 'contracts', 'scenarios'])
    cpSync(join(ECOMMERCE, part), join(dir, part), { recursive: true });
  return dir;
}

describe('the tutorial scenario against the mocks', () => {
  it('boots the three workspaces in-process on free ports and passes', async () => {
    const cwd = tutorialCopy();
    const { result } = await runScenarioFiles({
      cwd,
      patterns: [],
      configPath: 'mockforge.yaml',
      targets: new Map(),
      env: {},
    });
    expect(result.targets.map((t) => [t.service, t.source])).toEqual([
      ['users-service', 'mocks'],
      ['products-service', 'mocks'],
      ['orders-service', 'mocks'],
    ]);
    expect(result.targets.every((t) => !/:300[123]$/.test(t.url))).toBe(true);
    const steps = result.scenarios[0]?.steps ?? [];
    expect(steps.map((s) => [s.outcome, s.response?.status])).toEqual([
      ['passed', 200],
      ['passed', 200],
      ['passed', 201],
    ]);
    expect(steps.flatMap((s) => s.failures)).toEqual([]);
  });

  it('prefers the environment (USERS_SERVICE_URL) and mocks only the rest', async () => {
    const cwd = tutorialCopy();
    const { result } = await runScenarioFiles({
      cwd,
      patterns: ['scenarios/*.yaml'],
      configPath: 'mockforge.yaml',
      targets: new Map(),
      env: { USERS_SERVICE_URL: 'http://127.0.0.1:9/' },
    });
    expect(result.targets.find((t) => t.service === 'users-service')).toEqual({
      service: 'users-service',
      url: 'http://127.0.0.1:9',
      source: 'env',
    });
    const steps = result.scenarios[0]?.steps ?? [];
    expect(steps[0]?.failures[0]?.kind).toBe('unreachable');
    expect(steps.slice(1).map((s) => s.outcome)).toEqual(['skipped', 'skipped']);
  });

  it('ignores the state file of a `mockforge up` whose process is gone', async () => {
    const cwd = tutorialCopy();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeUpState(cwd, {
      version: 1,
      pid: dead,
      startedAt: new Date().toISOString(),
      root: cwd,
      logFile: 'x',
      journalFile: 'y',
      workspaces: [{ name: 'users-service', port: 9, url: 'http://127.0.0.1:9' }],
    });
    const { result } = await runScenarioFiles({
      cwd,
      patterns: [],
      configPath: 'mockforge.yaml',
      targets: new Map(),
      env: {},
    });
    expect(result.targets.find((t) => t.service === 'users-service')?.source).toBe('mocks');
    expect(result.scenarios[0]?.passed).toBe(true);
  });

  it("finds the scenario a contract change breaks: v1's scenario against the v2 contracts", async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mockforge-scenarios-v2-'));
    dirs.push(cwd);
    const v2 = join(ECOMMERCE, '..', 'ecommerce-v2');
    for (const part of ['mockforge.yaml', 'contracts', 'scenarios'])
      cpSync(join(v2, part), join(cwd, part), { recursive: true });
    const v1Scenario = join(ECOMMERCE, 'scenarios', 'cross-service-purchase.yaml');
    const { result } = await runScenarioFiles({
      cwd,
      patterns: [v1Scenario],
      configPath: 'mockforge.yaml',
      targets: new Map(),
      env: {},
    });
    const stale = result.scenarios[0]?.steps[1]?.failures.find((f) => f.kind === 'contract-expected');
    expect(stale?.message).toBe('expected body no longer fits the contract: /price must be string');
    expect(stale?.location).toMatchObject({
      file: v1Scenario,
      line: lineOf(readFileSync(v1Scenario, 'utf8'), 'price: 999.99'),
    });
    expect(stale?.contractLocation?.file).toBe(join(cwd, 'contracts', 'shared-schemas.yaml'));
  });
});
