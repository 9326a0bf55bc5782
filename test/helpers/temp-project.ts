import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path -> text) into a fresh temp dir, removed after the test. Returns the dir. */
export function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-test-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** 1-based line number of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => i >= from && line.includes(needle));
  if (index < 0) throw new Error(`'${needle}' not found`);
  return index + 1;
}

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
export const ECOMMERCE = join(FIXTURES, 'ecommerce');
/** Real contracts copied into the repository with their licence (fixtures/corpus/README.md). */
export const CORPUS = join(FIXTURES, 'corpus');
/** `@readme/oas-examples` (npm, MIT, a dev dependency): other people's example contracts, `3.0/yaml/*.yaml`. */
export const OAS_EXAMPLES = join(import.meta.dirname, '..', '..', 'node_modules', '@readme', 'oas-examples');
