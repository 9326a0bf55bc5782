// Writes src/action/artifact-client.lock.json: the lockfile the Action installs @actions/artifact from at run
// time (src/action/artifact-client.ts). It starts from this project's package-lock.json, so it locks the
// versions `npm ci` installs here (and the tests can install it offline from npm's cache), and it records no
// registry address: npm fetches from the user's registry. Run after changing @actions/artifact's version in
// package.json's devDependencies and `npm install`: node scripts/lock-artifact-client.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const name = '@actions/artifact';
const version = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies[name];
const work = mkdtempSync(join(tmpdir(), 'mockforge-artifact-lock-'));
try {
  copyFileSync('package-lock.json', join(work, 'package-lock.json'));
  const manifest = { name: 'mockforge-artifact-client', private: true, dependencies: { [name]: version } };
  writeFileSync(join(work, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  execFileSync(
    'npm',
    [
      'install',
      '--package-lock-only',
      '--omit-lockfile-registry-resolved',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
    ],
    { cwd: work, stdio: 'inherit' },
  );
  copyFileSync(join(work, 'package-lock.json'), 'src/action/artifact-client.lock.json');
  console.log(`src/action/artifact-client.lock.json: ${name}@${version}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
