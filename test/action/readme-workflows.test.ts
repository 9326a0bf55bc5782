import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../../src/action/inputs.js';

// Every workflow the README shows must work as pasted: checked against action.yml (inputs, outputs) and
// against the permissions what the Action then does needs on GitHub.
const ROOT = join(import.meta.dirname, '..', '..');
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

function readmeWorkflows(): Array<{ line: number; workflow: Workflow; text: string }> {
  const text = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const found: Array<{ line: number; workflow: Workflow; text: string }> = [];
  for (const match of text.matchAll(/^```yaml\n([\s\S]*?)^```/gm)) {
    const workflow = parse(match[1] as string) as Workflow | null;
    if (!workflow || typeof workflow !== 'object' || !('jobs' in workflow)) continue;
    found.push({ line: text.slice(0, match.index).split('\n').length, workflow, text: match[1] as string });
  }
  return found;
}

const isMockforge = (step: Step) => step.uses?.startsWith('mockforge/mockforge-action@') === true;
const input = (step: Step, name: string) => String(step.with?.[name] ?? action.inputs[name]?.default ?? '');
const events = (on: unknown): string[] =>
  typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(on as object);

describe('README workflows', () => {
  const workflows = readmeWorkflows();

  it('there are some (the PR check, the nightly drift scan, mocks for integration tests)', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(3);
  });

  for (const { line, workflow } of workflows) {
    describe(`the workflow at README.md:${line}`, () => {
      for (const [jobName, job] of Object.entries(workflow.jobs)) {
        const permissions = { ...workflow.permissions, ...job.permissions };
        const steps = job.steps;
        const mockforge = steps.filter(isMockforge);

        it(`${jobName}: every input exists in action.yml and takes a valid value`, () => {
          for (const step of mockforge) {
            for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
            expect(COMMANDS).toContain(input(step, 'command'));
            for (const name of ['comment', 'annotations']) expect(['on', 'off']).toContain(input(step, name));
          }
        });

        it(`${jobName}: every output it reads exists in action.yml`, () => {
          const ids = new Set(mockforge.flatMap((s) => (s.id ? [s.id] : [])));
          for (const step of steps) {
            const text = JSON.stringify(step);
            for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
              if (ids.has(id as string)) expect(Object.keys(action.outputs)).toContain(output);
            }
          }
        });

        it(`${jobName}: declares the permissions the Action needs`, () => {
          // Without a permissions block the token gets the repository's default, which may be read-only.
          expect(permissions).toMatchObject({ contents: 'read' });
          const pullRequest = events(workflow.on).includes('pull_request');
          for (const step of mockforge) {
            const reviewable = input(step, 'command') !== 'mocks';
            if (reviewable && input(step, 'annotations') === 'on') expect(permissions.checks).toBe('write');
            if (reviewable && pullRequest && input(step, 'comment') === 'on')
              expect(permissions['pull-requests']).toBe('write');
            const command = input(step, 'command');
            if (pullRequest && (command === 'diff' || command === 'check') && !step.with?.['base-ref']) {
              // The diff reads the base commit: the checkout must have it.
              const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
              expect(checkout?.with?.['fetch-depth']).toBe(0);
            }
          }
          const sarif = steps.filter((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
          if (sarif.length > 0) expect(permissions['security-events']).toBe('write');
          for (const step of sarif) {
            const dir = mockforge.map((s) => input(s, 'report-dir'));
            expect(dir).toContain(String(step.with?.sarif_file));
          }
        });
      }
    });
  }
});
