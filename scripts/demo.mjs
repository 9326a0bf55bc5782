// `npm run demo`: the main job on the built-in example (fixtures/ecommerce), run through the bundled CLI.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const example = join(root, 'fixtures', 'ecommerce');

function step(title, args, { okCodes = [0] } = {}) {
  process.stdout.write(`\n=== ${title}\n$ mockforge ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: example, stdio: 'inherit' });
  if (!okCodes.includes(result.status ?? -1)) {
    process.stderr.write(`demo: '${title}' exited ${result.status}\n`);
    process.exit(1);
  }
  return result.status;
}

step('Load and check the example project', ['lint', '--config', 'mockforge.yaml']);
