import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBaseSnapshot } from '../../../src/core/diff/base-snapshot.js';
import { runProcess } from '../../../src/core/exec/run-process.js';
import { tempProject } from '../../helpers/temp-project.js';
import { gitRepo } from './git-repo.js';

describe('base snapshot (files of a git revision, many per git call)', () => {
  it('copies files byte for byte, multi-byte and invalid UTF-8 alike, and says which do not exist', async () => {
    const dir = tempProject({});
    const repo = gitRepo(dir);
    const bytes = Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]);
    repo.write({ 'a/unicode.yaml': 'title: Größe — 東京 🚀\n', 'a/empty.yaml': '', 'b/c/d.json': '{"x": 1}\n' });
    writeFileSync(join(dir, 'a/bytes.yaml'), bytes);
    repo.commit('v1');
    repo.write({ 'a/unicode.yaml': 'changed: true\n' });
    const snapshot = await createBaseSnapshot({ exec: runProcess, repo: dir, ref: 'main', tempDir: tmpdir() });
    const files = ['a/unicode.yaml', 'a/bytes.yaml', 'a/empty.yaml', 'b/c/d.json', 'a/missing.yaml', 'b'].map((f) =>
      join(dir, f),
    );
    const found = await snapshot.fetch(files);
    expect(found).toEqual(files.slice(0, 4));
    expect(readFileSync(snapshot.toSnapshot(join(dir, 'a/unicode.yaml')), 'utf8')).toBe('title: Größe — 東京 🚀\n');
    expect(readFileSync(snapshot.toSnapshot(join(dir, 'a/bytes.yaml')))).toEqual(bytes);
    expect(readFileSync(snapshot.toSnapshot(join(dir, 'a/empty.yaml')), 'utf8')).toBe('');
    expect(readFileSync(snapshot.toSnapshot(join(dir, 'b/c/d.json')), 'utf8')).toBe('{"x": 1}\n');
  });
});
