import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputOptions } from '../../src/core/arazzo/read-inputs.js';
import { createMocksFromConfig } from '../../src/core/mock/start-mocks.js';
import { runScenarioFiles } from '../../src/core/scenario/run-scenario-files.js';
import type { ScenarioResult } from '../../src/core/scenario/types.js';
import { FIXTURES } from '../helpers/temp-project.js';

const CROSSCHECK = join(FIXTURES, 'arazzo', 'crosscheck');
const RESPECT = join(import.meta.dirname, '..', '..', 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const INPUTS = readFileSync(join(CROSSCHECK, 'inputs.json'), 'utf8');
const reports = mkdtempSync(join(tmpdir(), 'mockforge-respect-'));
afterAll(() => rmSync(reports, { recursive: true, force: true }));

/** One step as both tools report it: `parent › step` for a sub-workflow's steps, one entry per attempt. */
interface Visit {
  step: string;
  status: number | undefined;
  passed: boolean;
}

interface RespectStep {
  type: 'step' | 'workflow';
  stepId?: string;
  workflowId?: string;
  status: string;
  response?: { statusCode: number };
  executedSteps?: RespectStep[];
}

/** Fresh mocks of the cross-check project (unified state and fault decisions start over on every boot). */
async function withMocks<T>(run: (urls: Record<string, string>) => Promise<T>): Promise<T> {
  const server = createMocksFromConfig(join(CROSSCHECK, 'mockforge.yaml'));
  const served = await server.listen();
  try {
    return await run(Object.fromEntries(served.map((w) => [w.name, w.url])));
  } finally {
    await server.close();
  }
}

function respect(file: string, urls: Record<string, string>): Promise<{ workflows: RespectStep[]; output: string }> {
  const report = join(reports, `${file.replace(/\W/g, '_')}.json`);
  const servers = Object.entries(urls).flatMap(([name, url]) => ['--server', `${name}=${url}`]);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RESPECT, 'respect', file, ...servers, '--input', INPUTS, '-J', report], {
      cwd: CROSSCHECK,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', () => {
      try {
        const json = JSON.parse(readFileSync(report, 'utf8')) as {
          files: Record<string, { executedWorkflows: RespectStep[] }>;
        };
        resolve({ workflows: Object.values(json.files).flatMap((f) => f.executedWorkflows), output });
      } catch (error) {
        reject(new Error(`respect wrote no report: ${String(error)}\n${output}`));
      }
    });
  });
}

/** respect nests a sub-workflow's (and a goto's) steps in a workflow entry; retried attempts are entries of their own. */
function respectVisits(steps: RespectStep[], prefix = ''): Visit[] {
  return steps.flatMap((step): Visit[] =>
    step.type === 'workflow'
      ? respectVisits(step.executedSteps ?? [], step.stepId ? `${prefix}${step.stepId} › ` : prefix)
      : [
          {
            step: `${prefix}${step.stepId}`,
            status: step.response?.statusCode || undefined,
            passed: step.status === 'success',
          },
        ],
  );
}

/** Ours, in the same shape: retried attempts unfolded, workflow-call steps (no request of their own) and dependsOn runs left out (respect's report has neither). */
function mockforgeVisits(scenario: ScenarioResult): Visit[] {
  return scenario.steps
    .filter((step) => step.service !== '' && !step.name.startsWith('dependsOn '))
    .flatMap((step): Visit[] => [
      ...(step.retried ?? []).map((attempt) => ({ step: step.name, status: attempt.status, passed: false })),
      { step: step.name, status: step.response?.status, passed: step.outcome === 'passed' },
    ]);
}

const DOCUMENTS = ['purchase', 'fill-orders', 'retry-health', 'sub-workflow', 'mismatches'];

describe('the same Arazzo documents with Redocly respect and with mockforge, against the same mocks', () => {
  for (const name of DOCUMENTS) {
    it(`${name}.arazzo.yaml: every step passes or fails the same way in both tools`, { timeout: 120_000 }, async () => {
      const file = `workflows/${name}.arazzo.yaml`;
      const theirs = await withMocks((urls) => respect(file, urls));
      const ours = await withMocks(async (urls) => {
        const { result } = await runScenarioFiles({
          cwd: CROSSCHECK,
          patterns: [file],
          configPath: 'mockforge.yaml',
          targets: new Map(Object.entries(urls)),
          env: {},
          inputs: readInputOptions(['inputs.json'], CROSSCHECK),
        });
        return result.scenarios;
      });
      expect(ours.map((s) => s.name)).toEqual(theirs.workflows.map((w) => w.workflowId));
      for (const [index, workflow] of theirs.workflows.entries()) {
        const scenario = ours[index] as ScenarioResult;
        expect(mockforgeVisits(scenario), `${workflow.workflowId}\n${theirs.output}`).toEqual(
          respectVisits(workflow.executedSteps ?? []),
        );
        expect(scenario.passed, workflow.workflowId).toBe(workflow.status === 'success');
      }
      // what each document is there to exercise, so the comparison cannot pass on empty runs
      const visits = ours.flatMap(mockforgeVisits);
      if (name === 'fill-orders')
        expect(visits.map((v) => v.step)).toEqual(['list', 'create', 'list', 'create', 'list', 'create', 'list']);
      if (name === 'retry-health')
        expect(visits.filter((v) => v.step === 'health' && v.status === 503).length).toBeGreaterThan(0);
      if (name === 'sub-workflow') expect(visits.map((v) => v.step)).toContain('first › create');
      if (name === 'mismatches')
        expect(visits.map((v) => `${v.step}:${v.passed}`)).toEqual(['user:false', 'orders:false']);
      if (name === 'purchase') expect(visits.every((v) => v.passed)).toBe(true);
    });
  }
});
