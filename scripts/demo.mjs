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

// A second version of the example with known breaking changes (fixtures/ecommerce-v2): each contract
// compared with oasdiff, located at its file and line, with the scenario steps that call it (exit 1 expected).
for (const name of ['users-service', 'products-service', 'orders-service']) {
  step(
    `Breaking changes in ${name} (v1 -> v2)`,
    [
      'diff',
      '--config',
      '../ecommerce-v2/mockforge.yaml',
      '--base',
      `contracts/${name}.yaml`,
      '--head',
      `../ecommerce-v2/contracts/${name}.yaml`,
    ],
    { okCodes: [0, 1] },
  );
}
