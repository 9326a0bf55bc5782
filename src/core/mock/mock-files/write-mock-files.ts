import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedContract } from '../../contract/types.js';
import { ErrorCode, MockforgeError } from '../../errors.js';
import { isUntouched } from './checksum.js';
import { type RenderOptions, renderMockFiles } from './render-mock-files.js';

export interface WriteMockFilesOptions extends RenderOptions {
  /** Overwrite files edited by hand (default: keep them). */
  force?: boolean;
}

/**
 * What happened to each file: `created`; `updated` (it held generated data, now regenerated);
 * `unchanged`; `kept` (edited by hand: not touched without --force); `overwritten` (edited, --force).
 */
export type MockFileOutcome = 'created' | 'updated' | 'unchanged' | 'kept' | 'overwritten';

export interface WrittenMockFile {
  file: string;
  operation: string;
  outcome: MockFileOutcome;
}

/** Writes one YAML file per operation into `outputDir` (created if missing); see renderMockFiles. */
export function writeMockFiles(
  contract: LoadedContract,
  outputDir: string,
  options: WriteMockFilesOptions = {},
): WrittenMockFile[] {
  if (existsSync(outputDir) && !statSync(outputDir).isDirectory()) {
    throw new MockforgeError(ErrorCode.UsageInvalid, `${outputDir} exists and is not a folder`, {
      hint: 'give --output a folder for the mock data files',
    });
  }
  mkdirSync(outputDir, { recursive: true });
  const written: WrittenMockFile[] = [];
  for (const rendered of renderMockFiles(contract, options)) {
    const file = join(outputDir, rendered.name);
    const outcome = decideMockFile(file, rendered.text, options.force ?? false);
    if (outcome !== 'unchanged' && outcome !== 'kept') {
      // Written beside and renamed, so a crash never leaves half a file for the mock to choke on.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, rendered.text);
      renameSync(temporary, file);
    }
    written.push({ file, operation: rendered.operation, outcome });
  }
  return written;
}

/** What writing `text` to `file` would do: a file edited by hand (checksum) is kept unless `force`. */
export function decideMockFile(file: string, text: string, force: boolean): MockFileOutcome {
  if (!existsSync(file)) return 'created';
  const current = readFileSync(file, 'utf8');
  if (current === text) return 'unchanged';
  if (isUntouched(current)) return 'updated';
  return force ? 'overwritten' : 'kept';
}
