import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The root a contract named on its own (`--contract`, `--spec`, `--base/--head` files) may read refs within:
 * the top level of the git repository holding it, else its own folder; never the folder the command happens
 * to run in.
 */
export function contractRoot(file: string): string {
  const folder = dirname(resolve(file));
  for (let dir = folder; ; ) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return folder;
    dir = up;
  }
}
