import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, MockforgeError } from '../core/errors.js';

/** dist/cli.js beside the bundled dist/main.js the runner started. */
export function findBundledCli(): string {
  const cli = join(dirname(fileURLToPath(import.meta.url)), 'cli.js');
  if (existsSync(cli)) return cli;
  throw new MockforgeError(ErrorCode.ToolFailed, `cannot find ${cli} to start the mocks`, {
    hint: 'the Action runs from dist/: run npm run build and commit dist/',
  });
}
