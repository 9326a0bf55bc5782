import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclicPair, manyPathsPair } from '../../../fixtures/generated/contract-pairs.mjs';
import type { ContractChange } from '../../../src/core/diff/types.js';
import { tempProject } from '../../helpers/temp-project.js';
import { diffIn } from './git-repo.js';

const CLI = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli.js');

/** Each finding's element: its check, operation and lines in both revisions. */
const elementOf = (c: ContractChange) =>
  `${c.id} ${c.operation?.method} ${c.operation?.path} ${c.location.line} ${c.baseLocation?.line}`;

async function diffPair(pair: { base: string; head: string }) {
  const dir = tempProject({ 'base.yaml': pair.base, 'head.yaml': pair.head });
  const result = await diffIn(dir, { base: 'base.yaml', head: 'head.yaml', versionPolicy: false, failOn: 'never' });
  return result.contracts[0];
}

describe('oasdiff output with one change reached by many paths', () => {
  it('is read as a stream: 78,125 items (28 MB) under a 48 MB heap, one finding per changed element', () => {
    // 5^7 paths from the operation to each of 5 leaf schemas that lost a property.
    const pair = manyPathsPair({ layers: 7, width: 5, operations: 1 });
    const dir = tempProject({ 'base.yaml': pair.base, 'head.yaml': pair.head });
    const args = ['diff', '--base', 'base.yaml', '--head', 'head.yaml', '--fail-on', 'WARN', '--json', 'out.json'];
    const run = spawnSync(process.execPath, ['--max-old-space-size=48', CLI, ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stderr).not.toContain('heap');
    expect(run.status).toBe(1);
    const contract = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).contracts[0];
    expect(contract.oasdiffItems).toBe(5 ** 7);
    expect(contract.changes.map((c: ContractChange) => c.key)).toEqual(
      [0, 1, 2, 3, 4].map((n) => `response-optional-property-removed GET /paths0 [p0/p0/p0/p0/p0/p0/p${n}/gone|200]`),
    );
    expect(run.stdout).toContain('oasdiff printed 78125 items for these 5 changes');
  }, 120_000);

  it('gives the same keys in every run when oasdiff is deterministic (no cycles)', async () => {
    const pair = manyPathsPair({ layers: 4, width: 3, operations: 2 });
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push((await diffPair(pair))?.changes.map((c) => c.key));
    expect(runs[0]).toHaveLength(6);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  }, 60_000);

  it('gives one element one key in every run on cyclic schemas, where oasdiff finds different paths each time', async () => {
    const pair = cyclicPair({ schemas: 12, operations: 4, fanout: 2 });
    const keysOf = new Map<string, Set<string>>();
    const elementsOf = new Map<string, Set<string>>();
    const counts: number[] = [];
    const items: number[] = [];
    for (let i = 0; i < 5; i++) {
      const contract = await diffPair(pair);
      const changes = contract?.changes ?? [];
      counts.push(changes.length);
      items.push(contract?.oasdiffItems ?? 0);
      // Within a run: one finding per element (the many paths oasdiff printed to it are one change).
      expect(new Set(changes.map(elementOf)).size).toBe(changes.length);
      for (const change of changes) {
        const element = elementOf(change);
        keysOf.set(element, (keysOf.get(element) ?? new Set()).add(change.key));
        elementsOf.set(change.key, (elementsOf.get(change.key) ?? new Set()).add(element));
      }
    }
    console.log(`cyclic pair, 5 runs: oasdiff items ${items.join(', ')}; findings ${counts.join(', ')}`);
    // Across runs: the same element always has the same key, and a key always names the same element.
    for (const [element, keys] of keysOf) expect([element, [...keys]]).toEqual([element, [...keys].slice(0, 1)]);
    for (const [key, elements] of elementsOf) expect([key, elements.size]).toEqual([key, 1]);
  }, 120_000);
});

describe('oasdiff output mockforge cannot trust', () => {
  const contract = (version: string) =>
    `openapi: 3.0.3\ninfo: {title: t, version: '${version}'}\npaths:\n  /x:\n    get:\n      responses:\n        '200': {description: ok}\n`;

  /** A stand-in for oasdiff that prints `output` and exits with `code`. */
  function fakeOasdiff(dir: string, output: string, code: number): string {
    const file = join(dir, 'fake-oasdiff.mjs');
    const script = `#!${process.execPath}\nprocess.stdout.write(${JSON.stringify(output)});\nprocess.exitCode = ${code};\n`;
    writeFileSync(file, script);
    chmodSync(file, 0o755);
    return file;
  }

  it.each([
    ['a cut-off change list', '[{"id": "x", "text": "removed `a`", "level": 3}, {"id": "y", "te', 0],
    ['an item that is not a change', '[{"id": "x", "text": "removed `a`", "level": 3}, 42]', 1],
    ['a broken item', '[{"id": "x", "text": removed}]', 1],
  ])('refuses %s with MF_TOOL_FAILED (exit 2), never as findings or a crash', (_what, output, code) => {
    const dir = tempProject({ 'base.yaml': contract('1.0.0'), 'head.yaml': contract('2.0.0') });
    const run = spawnSync(process.execPath, [CLI, 'diff', '--base', 'base.yaml', '--head', 'head.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, OASDIFF_PATH: fakeOasdiff(dir, output, code) },
    });
    expect(run.stderr).toContain('[MF_TOOL_FAILED]');
    expect(run.stderr).not.toContain('    at ');
    expect(run.status).toBe(2);
  });

  it('maps changes whose lines, paths and quoted values make no sense without crashing', () => {
    const odd = [
      {
        id: 'response-property-type-changed',
        text: 'the `a/%zz/items/allOf[subschema #9: x]/b` response`s property type changed for status `2XX`',
        level: 3,
        operation: 'GET',
        path: '/x/{%}',
        baseSource: { file: 'b', line: 99999, column: 1 },
        revisionSource: { file: 'h', line: -3, column: 1 },
      },
      { id: 'api-schema-removed', text: 'removed the schema `~1/odd~`', level: 2 },
    ];
    const dir = tempProject({ 'base.yaml': contract('1.0.0'), 'head.yaml': contract('1.0.0') });
    const run = spawnSync(
      process.execPath,
      [CLI, 'diff', '--base', 'base.yaml', '--head', 'head.yaml', '--json', 'out.json', '--no-version-policy'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, OASDIFF_PATH: fakeOasdiff(dir, JSON.stringify(odd), 1) } },
    );
    expect(run.stderr).not.toContain('internal error');
    expect(run.status).toBe(1);
    const changes = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).contracts[0].changes;
    expect(changes.map((c: ContractChange) => [c.id, c.location.line > 0]).sort()).toEqual([
      ['api-schema-removed', true],
      ['response-property-type-changed', true],
    ]);
  });
});
