import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../../../src/core/exec/run-process.js';
import { runOasdiffBreaking } from '../../../src/core/oasdiff/run-oasdiff.js';
import { CORPUS, tempProject } from '../../helpers/temp-project.js';
import { judge, readRevision } from './element-oracle.js';
import { diffIn, gitRepo, OASDIFF } from './git-repo.js';

const BASE = join(CORPUS, 'twilio', 'api_v2010.previous.yaml');
const HEAD = join(CORPUS, 'twilio', 'api_v2010.yaml');

describe('the real Twilio pair (api_v2010.previous.yaml -> api_v2010.yaml)', () => {
  it('maps every breaking change oasdiff reports to a file and line, removals to a surviving head line', async () => {
    const bare = await runOasdiffBreaking(BASE, HEAD, { exec: runProcess, binary: OASDIFF, cwd: tmpdir() });
    const result = await diffIn(tmpdir(), { base: BASE, head: HEAD, versionPolicy: false });
    const changes = result.contracts[0]?.changes ?? [];
    expect(bare.length).toBe(2802);
    expect(changes.length).toBe(bare.length);
    const headLines = readFileSync(HEAD, 'utf8').split('\n');
    const baseLines = readFileSync(BASE, 'utf8').split('\n');
    for (const change of changes) {
      expect(change.location.file).toBe(HEAD);
      expect(change.location.line).toBeGreaterThan(0);
      expect(change.location.line).toBeLessThanOrEqual(headLines.length);
      if (change.baseLocation) {
        expect(change.baseLocation.file).toBe(BASE);
        expect(change.baseLocation.line).toBeGreaterThan(0);
      }
    }
    // Same multiset of check ids as bare oasdiff, and keys are unique.
    const count = (ids: string[]) => {
      const counts = new Map<string, number>();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      return Object.fromEntries([...counts].sort());
    };
    expect(count(changes.map((c) => c.id))).toEqual(count(bare.map((c) => c.id)));
    expect(new Set(changes.map((c) => c.key)).size).toBe(changes.length);

    // A removed enum value: the base line holds that value; in the head the parameter `Category` (matched by
    // name and `in`) lost its enum altogether, so the line is its schema, now a plain `type: string`.
    const removed = changes.find(
      (c) => c.id === 'request-parameter-enum-value-removed' && c.text.includes('`a2p-registration-fees`'),
    );
    expect(removed?.exact).toBe(false);
    expect(baseLines[(removed?.baseLocation?.line ?? 0) - 1]).toContain('a2p-registration-fees');
    expect(categorySchemaLines(headLines)).toContain(removed?.location.line);
    // A change oasdiff locates in the head: that exact line.
    const nullable = changes.find((c) => c.id === 'response-property-became-nullable');
    expect(nullable?.exact).toBe(true);
    expect(headLines[(nullable?.location.line ?? 0) - 1]).toMatch(/nullable: true/);
  }, 60_000);

  it('puts every change on the element oasdiff names, in the head and in the base (measured over the pair)', async () => {
    const result = await diffIn(tmpdir(), { base: BASE, head: HEAD, versionPolicy: false });
    const changes = result.contracts[0]?.changes ?? [];
    const base = readRevision(readFileSync(BASE, 'utf8'));
    const head = readRevision(readFileSync(HEAD, 'utf8'));
    const tally = { head: new Map<string, number>(), base: new Map<string, number>() };
    const misplaced: string[] = [];
    for (const change of changes) {
      const verdict = judge(change, base, head);
      tally.head.set(verdict.head, (tally.head.get(verdict.head) ?? 0) + 1);
      tally.base.set(verdict.base, (tally.base.get(verdict.base) ?? 0) + 1);
      if (verdict.head !== 'element' || (verdict.base !== 'element' && verdict.base !== 'none'))
        misplaced.push(`${change.key}: head ${verdict.head} line ${change.location.line}, base ${verdict.base}`);
    }
    const share = (map: Map<string, number>) =>
      [...map].map(([k, n]) => `${k} ${((100 * n) / changes.length).toFixed(1)}% (${n})`).join(', ');
    console.log(
      `Twilio api_v2010 pair, ${changes.length} changes; head: ${share(tally.head)}; base: ${share(tally.base)}`,
    );
    expect(misplaced.slice(0, 10)).toEqual([]);
    expect(tally.head.get('element')).toBe(changes.length);
  }, 60_000);

  it('gives the same locations when the base comes from git and both sides go through the bundle', async () => {
    const dir = tempProject({});
    const repo = gitRepo(dir);
    repo.write({ 'api.yaml': readFileSync(BASE, 'utf8') });
    repo.commit('previous');
    repo.write({ 'api.yaml': readFileSync(HEAD, 'utf8') });
    const result = await diffIn(dir, { base: 'HEAD', head: 'api.yaml', versionPolicy: false });
    const changes = result.contracts[0]?.changes ?? [];
    expect(changes.length).toBe(2802);
    const headLines = readFileSync(HEAD, 'utf8').split('\n');
    const baseLines = readFileSync(BASE, 'utf8').split('\n');
    for (const change of changes) {
      expect(change.location).toMatchObject({ file: join(dir, 'api.yaml') });
      expect(change.location.line).toBeGreaterThan(0);
      if (change.baseLocation) expect(change.baseLocation).toMatchObject({ file: join(dir, 'api.yaml'), ref: 'HEAD' });
    }
    const removed = changes.find(
      (c) => c.id === 'request-parameter-enum-value-removed' && c.text.includes('`a2p-registration-fees`'),
    );
    expect(baseLines[(removed?.baseLocation?.line ?? 0) - 1]).toContain('a2p-registration-fees');
    expect(categorySchemaLines(headLines)).toContain(removed?.location.line);
  }, 60_000);
});

/** Lines of the `schema:` of every `- name: Category` parameter (a few lines below the name). */
function categorySchemaLines(lines: string[]): number[] {
  const found: number[] = [];
  for (const [index, line] of lines.entries()) {
    if (!line.trim().startsWith('- name: Category')) continue;
    const indent = line.indexOf('-') + 2;
    const schema = lines.findIndex((l, i) => i > index && l === `${' '.repeat(indent)}schema:`);
    if (schema > index && schema < index + 12) found.push(schema + 1);
  }
  return found;
}
