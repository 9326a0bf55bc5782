import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, MockforgeError } from '../core/errors.js';

/** dist/cli.js beside the bundled dist/main.js the runner started (this code may sit in dist/chunks/). */
export function findBundledCli(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'cli.js'), join(here, '..', 'cli.js')];
  const found = candidates.find((file) => existsSync(file));
  if (found) return found;
  throw new MockforgeError(ErrorCode.ToolFailed, `cannot find dist/cli.js (looked in ${here}) to start the mocks`, {
    hint: 'the Action runs from dist/: run npm run build and commit dist/',
  });
}
