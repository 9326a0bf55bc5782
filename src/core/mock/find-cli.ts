import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, MockforgeError } from '../errors.js';

/** dist/cli.js, found from this module's location: bundled (dist/ or dist/chunks/) or in src/core/mock/. */
export function findCli(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'cli.js');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  const fromSource = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist', 'cli.js');
  if (existsSync(fromSource)) return fromSource;
  throw new MockforgeError(ErrorCode.ToolFailed, 'cannot find dist/cli.js to start the mocks', {
    hint: 'run npm run build (the Action runs from dist/: commit it)',
  });
}
