import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ECOMMERCE, lineOf, tempProject } from '../helpers/temp-project.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

describe('mockforge lint (bundled dist/cli.js)', () => {
  it("prints the tutorial project's gaps as file:line: message", () => {
    const result = run(['lint', '--config', 'fixtures/ecommerce/mockforge.yaml'], join(ECOMMERCE, '..', '..'));
    expect(result.status).toBe(0);
    const orders = readFileSync(join(ECOMMERCE, 'contracts/orders-service.yaml'), 'utf8');
    const shared = readFileSync(join(ECOMMERCE, 'contracts/shared-schemas.yaml'), 'utf8');
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain(
      `fixtures/ecommerce/contracts/orders-service.yaml:${lineOf(orders, 'CreateOrderRequest')}: warning: 'CreateOrderRequest' is defined nowhere (looked in orders-service.yaml, shared-schemas.yaml); treated as any [MF_REF_UNRESOLVED]`,
    );
    expect(
      lines.some((l) =>
        l.startsWith(
          `fixtures/ecommerce/contracts/shared-schemas.yaml:${lineOf(shared, 'OrderItem')}: warning: 'OrderItem'`,
        ),
      ),
    ).toBe(true);
    expect(lines.filter((l) => l.includes('[MF_LINT_PATH_PARAMETER]'))).toHaveLength(2);
    expect(result.stderr).toContain('3 contract(s): 0 error(s), 7 warning(s)');
  });

  it('lists every command in --help', () => {
    const result = run(['--help'], ECOMMERCE);
    for (const name of ['generate', 'serve', 'up', 'down', 'scenarios', 'validate', 'diff', 'mesh', 'lint']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it('exits 2 with file:line and no stack trace on a bad config', () => {
    const dir = tempProject({ 'mockforge.yaml': 'workspaces:\n  - name: a\n    port: 1\n    colour: red\n' });
    const result = run(['lint'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("mockforge.yaml:4:5: unknown key 'colour' in workspaces[0]");
    expect(result.stderr).toContain('[MF_CONFIG_INVALID]');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('checks mockforge.yaml with the validator compiled into the bundle as the sources compile it', () => {
    const dir = tempProject({
      'mockforge.yaml': 'workspaces:\n  - name: a\n    port: 1\n    faults:\n      latency_ms: fast\n',
    });
    const result = run(['lint'], dir);
    expect(result.status).toBe(2);
    const problems = result.stderr.split('\n').filter((line) => line.includes('latency_ms'));
    expect(problems.map((line) => line.replace(/^.*mockforge\.yaml:/, ''))).toEqual([
      '5:7: workspaces[0].faults.latency_ms must be integer',
      '5:7: workspaces[0].faults.latency_ms must be object [MF_CONFIG_INVALID]',
    ]);
  });
});
