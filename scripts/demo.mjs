// `npm run demo`: the main job on the built-in example (fixtures/ecommerce), run through the bundled CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const example = join(root, 'fixtures', 'ecommerce');

function step(title, args, { okCodes = [0], cwd = example } = {}) {
  process.stdout.write(`\n=== ${title}\n$ mockforge ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, stdio: 'inherit' });
  if (!okCodes.includes(result.status ?? -1)) {
    process.stderr.write(`demo: '${title}' exited ${result.status}\n`);
    process.exit(1);
  }
  return result.status;
}

// A team with only a contracts/ folder: `mockforge init` writes mockforge.yaml (and the PR workflow).
{
  const bare = mkdtempSync(join(tmpdir(), 'mockforge-demo-init-'));
  cpSync(join(example, 'contracts'), join(bare, 'contracts'), { recursive: true });
  step("Start a project from the tutorial's bare contracts/ folder", ['init', '--github'], { cwd: bare });
  process.stdout.write(`\n--- the mockforge.yaml it wrote\n${readFileSync(join(bare, 'mockforge.yaml'), 'utf8')}`);
  step('It lints at once', ['lint'], { cwd: bare });
  rmSync(bare, { recursive: true, force: true });
}

step('Load and check the example project', ['lint', '--config', 'mockforge.yaml']);

// "Service Mesh Integration": the Kubernetes objects for the mocks and the Istio routing of users-service.
step('Kubernetes and Istio manifests for the mocks', ['mesh', '--output', '.mockforge/k8s']);

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

// Tutorial steps 4-8: the three workspace mocks in the background with unified state and the scenario's
// data, the tutorial's requests against them, then stopped (the request journal stays in .mockforge/).
step('Start the workspace mocks (background)', ['up']);
try {
  const call = async (method, url, body) => {
    const response = await fetch(url, { method, ...(body ? { body: JSON.stringify(body) } : {}) });
    process.stdout.write(`${method} ${url} -> ${response.status} ${await response.text()}\n`);
    return response.status;
  };
  process.stdout.write("\n=== The tutorial's cross-service flow against the mocks\n");
  await call('GET', 'http://localhost:3001/api/users/user_123');
  await call('GET', 'http://localhost:3002/api/products/prod_456');
  const status = await call('POST', 'http://localhost:3003/api/orders', {
    user_id: 'user_123',
    items: [{ product_id: 'prod_456', quantity: 1 }],
  });
  await call('GET', 'http://localhost:3003/api/orders?user_id=user_123');
  if (status !== 201) process.exitCode = 1;
  // Tutorial step 6: the scenario file run as a test against the running mocks (found via .mockforge/up.json).
  step('Run the cross-service scenario against the mocks', ['scenarios', 'scenarios/cross-service-purchase.yaml']);
} finally {
  step('Stop the mocks', ['down']);
}

// Tutorial step 9: each real service (fixtures/services, free ports instead of 8081-8083) validated against
// its contract, then a service that drifted from a richer contract (fixtures/drift; exit 1 expected).
{
  const { spawnEcommerceServices } = await import('../fixtures/services/start-services.mjs');
  const services = await spawnEcommerceServices('correct');
  try {
    // First, while the orders service is fresh: the scenario expects the first order's id, order_789.
    const targets = Object.entries(services.urls).flatMap(([name, url]) => ['--target', `${name}=${url}`]);
    step('Run the cross-service scenario against the real services', ['scenarios', ...targets]);
    for (const [name, url] of Object.entries(services.urls)) {
      step(`Validate ${name} against its contract`, [
        'validate',
        '--contract',
        `contracts/${name}.yaml`,
        '--target',
        url,
        '--unsafe',
      ]);
    }
  } finally {
    await services.stop();
  }
  // The same scenario against a services build that adds 10% to the total: fails at the total's line (exit 1 expected).
  const wrong = await spawnEcommerceServices('wrong-total');
  try {
    const targets = Object.entries(wrong.urls).flatMap(([name, url]) => ['--target', `${name}=${url}`]);
    step('Scenario against services with a wrong order total', ['scenarios', '--quiet', ...targets], { okCodes: [1] });
  } finally {
    await wrong.stop();
  }
  const { spawn } = await import('node:child_process');
  const drifted = spawn(process.execPath, [join(root, 'fixtures', 'drift', 'services', 'drifted.mjs'), '--port', '0']);
  try {
    const url = await new Promise((resolve, reject) => {
      drifted.stdout.on('data', (d) => {
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(String(d));
        if (match) resolve(match[0]);
      });
      drifted.once('exit', () => reject(new Error('the drifted service did not start')));
    });
    const contract = '../drift/contracts/catalog-service.yaml';
    step(
      'Drift: a service that no longer honours its contract',
      ['validate', '--contract', contract, '--target', url, '--quiet'],
      {
        okCodes: [1],
      },
    );
  } finally {
    drifted.kill('SIGTERM');
  }
}

// Last: the GitHub Action's whole flow as a pull request runs it (mocks step, check step, post step) against a
// recording GitHub API on loopback, printing the check run's annotations and the sticky PR comment.
{
  const { demoAction } = await import('./demo-action.mjs');
  if (!(await demoAction())) process.exitCode = 1;
}
