import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '../core/diff/git-repo.js';
import { expectGolden } from '../helpers/golden.js';
import { ECOMMERCE, FIXTURES, lineOf, tempProject } from '../helpers/temp-project.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
const V2 = join(FIXTURES, 'ecommerce-v2');

function v2Repo(): string {
  const dir = tempProject({});
  const repo = gitRepo(dir);
  repo.copy(ECOMMERCE);
  repo.commit('v1');
  repo.copy(V2);
  return dir;
}

describe('mockforge diff (bundled dist/cli.js)', () => {
  it('prints file:line per breaking change, writes every report and exits 1', () => {
    const dir = v2Repo();
    const result = run(
      [
        'diff',
        '--base',
        'main',
        '--json',
        'out/diff.json',
        '--markdown',
        'out/diff.md',
        '--junit',
        'out/diff.xml',
        '--sarif',
        'out/diff.sarif',
      ],
      dir,
    );
    expect(result.stderr).toContain(
      '4 contract(s) against main: 4 breaking error(s), 1 warning(s), 0 ignored, 1 added, 0 removed',
    );
    expect(result.status).toBe(1);
    const orders = readFileSync(join(dir, 'contracts/orders-service.yaml'), 'utf8');
    expect(result.stdout).toContain(
      `  contracts/orders-service.yaml:${lineOf(orders, 'responses:')}: error: removed the success response with the status \`201\` [response-success-status-removed]`,
    );
    const ordersV1 = readFileSync(join(ECOMMERCE, 'contracts/orders-service.yaml'), 'utf8');
    expect(result.stdout).toContain(`    base: contracts/orders-service.yaml:${lineOf(ordersV1, "'201':")} @ main`);
    const json = JSON.parse(readFileSync(join(dir, 'out/diff.json'), 'utf8'));
    expect(json.contracts.map((c: { name: string; status: string }) => `${c.name} ${c.status}`)).toEqual([
      'contracts/users-service.yaml changed',
      'contracts/products-service.yaml changed',
      'contracts/orders-service.yaml changed',
      'contracts/inventory-service.yaml added',
    ]);
    expect(json.contracts[2].changes[0].location).toEqual({
      file: 'contracts/orders-service.yaml',
      line: lineOf(orders, 'responses:'),
      column: 7,
    });
    expectGolden('diff/pr-comment.md.txt', readFileSync(join(dir, 'out/diff.md'), 'utf8'));
    expectGolden('diff/junit.xml', readFileSync(join(dir, 'out/diff.xml'), 'utf8'));
    expectGolden('diff/sarif.json', readFileSync(join(dir, 'out/diff.sarif'), 'utf8'));
  });

  it('compares two files (the tutorial layout, shared schemas next to each) and honours the policies', () => {
    const root = join(FIXTURES, '..');
    const args = [
      'diff',
      '--base',
      'fixtures/ecommerce/contracts/orders-service.yaml',
      '--head',
      'fixtures/ecommerce-v2/contracts/orders-service.yaml',
    ];
    const strict = run(args, root);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('[version-not-bumped]');
    const lenient = run([...args, '--no-version-policy', '--fail-on', 'never'], root);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).not.toContain('version-not-bumped');
    expect(lenient.stderr).toContain('fail-on never: passed');
  });

  it('rejects bad input with exit 2 and a stable code, no stack trace', () => {
    const dir = v2Repo();
    for (const [args, code] of [
      [['diff'], 'MF_USAGE_INVALID'],
      [['diff', '--base', '-x'], 'MF_USAGE_INVALID'],
      [['diff', '--base', 'main', '--fail-on', 'sometimes'], 'MF_USAGE_INVALID'],
      [['diff', '--base', 'nope'], 'MF_GIT_FAILED'],
      [['diff', '--base', 'main', '--ignore-file', 'missing.yaml'], 'MF_CONTRACT_NOT_FOUND'],
    ] as const) {
      const result = run([...args], dir);
      expect([args.join(' '), result.status]).toEqual([args.join(' '), 2]);
      expect(result.stderr).toContain(`[${code}]`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
