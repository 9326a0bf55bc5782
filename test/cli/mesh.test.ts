import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ecommerceFiles } from '../core/mesh/mesh-fixture.js';
import { GOLDEN } from '../helpers/golden.js';
import { lineOf, tempProject } from '../helpers/temp-project.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
const readObjects = (file: string) => parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS());

// Another run may rebuild dist/ meanwhile (it is swapped in by renames): copy again if it moved under us.
function copyDist(to: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      cpSync(join(ROOT, 'dist'), to, { recursive: true });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      rmSync(to, { recursive: true, force: true });
    }
  }
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
});

describe('mockforge mesh (bundled dist/cli.js)', () => {
  it("writes the tutorial's manifests, identical to the golden files, and removes stale kinds", () => {
    const dir = tempProject({ ...ecommerceFiles(), 'k8s/httproute.yaml': 'stale\n', 'k8s/notes.txt': 'mine\n' });
    const result = run(['mesh', '--config', 'mockforge.yaml', '--output', 'k8s'], dir);
    expect(result.stderr).toContain("3 workspace(s) in namespace 'default', 1 routed (users-service via istio)");
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'k8s/configmap.yaml: 1 ConfigMap',
      'k8s/deployment.yaml: 1 Deployment',
      'k8s/destinationrule.yaml: 1 DestinationRule',
      'k8s/service.yaml: 3 Service',
      'k8s/virtualservice.yaml: 1 VirtualService',
    ]);
    expect(readdirSync(join(dir, 'k8s')).sort()).toEqual([
      'configmap.yaml',
      'deployment.yaml',
      'destinationrule.yaml',
      'notes.txt',
      'service.yaml',
      'virtualservice.yaml',
    ]);
    for (const name of readdirSync(join(GOLDEN, 'mesh', 'istio'))) {
      expect(readFileSync(join(dir, 'k8s', name), 'utf8')).toBe(
        readFileSync(join(GOLDEN, 'mesh', 'istio', name), 'utf8'),
      );
    }
  });

  it('takes --namespace and --image', () => {
    const dir = tempProject(ecommerceFiles());
    const result = run(
      ['mesh', '--output', 'out', '--namespace', 'mocks', '--image', 'registry.local/mockforge:dev'],
      dir,
    );
    expect(result.status).toBe(0);
    const [deployment] = readObjects(join(dir, 'out', 'deployment.yaml'));
    expect(deployment.metadata.namespace).toBe('mocks');
    expect(deployment.spec.template.spec.containers[0].image).toBe('registry.local/mockforge:dev');
  });

  it('--output - prints every file to stdout, for kubectl apply -f -', () => {
    const dir = tempProject(ecommerceFiles());
    const result = run(['mesh', '--output', '-'], dir);
    expect(result.status).toBe(0);
    const golden = readdirSync(join(GOLDEN, 'mesh', 'istio'))
      .sort()
      .map((name) => readFileSync(join(GOLDEN, 'mesh', 'istio', name), 'utf8'));
    expect(result.stdout).toBe(golden.join(''));
    expect(existsSync(join(dir, 'k8s'))).toBe(false);
  });

  it('exits 2 with file:line and no stack trace on a bad mesh config', () => {
    const files = ecommerceFiles();
    const config = (files['mockforge.yaml'] as string).replace('mesh_type: "istio"', 'mesh_type: "linkrd"');
    const dir = tempProject({ ...files, 'mockforge.yaml': config });
    const result = run(['mesh'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `mockforge mesh: mockforge.yaml:${lineOf(config, 'linkrd')}:7: unknown mesh_type 'linkrd'; did you mean 'linkerd'? [MF_MESH_INVALID]`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'k8s'))).toBe(false);
  });

  it('the pod as Kubernetes would run it: ConfigMap items laid out, dist/ alone, the probe answers', async () => {
    const dir = tempProject(ecommerceFiles());
    expect(run(['mesh', '--output', 'k8s'], dir).status).toBe(0);
    const [configMap] = readObjects(join(dir, 'k8s', 'configmap.yaml'));
    const [deployment] = readObjects(join(dir, 'k8s', 'deployment.yaml'));
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0];
    // The volume: each item's key written at its path below the mount point.
    const mount = join(dir, 'pod', 'etc', 'mockforge');
    for (const item of pod.volumes[0].configMap.items as { key: string; path: string }[]) {
      mkdirSync(dirname(join(mount, item.path)), { recursive: true });
      writeFileSync(join(mount, item.path), configMap.data[item.key]);
    }
    // The image: dist/ and package.json only, as the Dockerfile copies them (no node_modules).
    const app = join(dir, 'pod', 'app');
    copyDist(join(app, 'dist'));
    cpSync(join(ROOT, 'package.json'), join(app, 'package.json'));
    const args = (container.args as string[]).map((a) =>
      a.replace(container.volumeMounts[0].mountPath, mount).replace('0.0.0.0', '127.0.0.1'),
    );
    const ready = join(dir, 'pod', 'ready.json');
    // Any free ports instead of 3001-3003, which other runs may hold.
    const overrides = ['users-service', 'products-service', 'orders-service'].flatMap((n) => ['--port', `${n}=0`]);
    const child = spawn(process.execPath, [join(app, 'dist', 'cli.js'), ...args, ...overrides, '--ready-file', ready], {
      cwd: app,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const deadline = Date.now() + 20_000;
    while (!existsSync(ready)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`serve did not start: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const served = JSON.parse(readFileSync(ready, 'utf8')).workspaces as { name: string; port: number }[];
    const probe = container.readinessProbe.httpGet;
    // Container ports are in workspace order, as serve reports them.
    const probed = container.ports.findIndex((p: { name: string }) => p.name === probe.port);
    expect(served[probed]?.name).toBe('users-service');
    const port = served[probed]?.port;
    const health = await fetch(`http://127.0.0.1:${port}${probe.path}`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ready', store: 'memory' });
    const live = await fetch(`http://127.0.0.1:${port}${container.livenessProbe.httpGet.path}`);
    expect(await live.json()).toMatchObject({ status: 'ok', workspace: 'users-service' });
    const user = await fetch(`http://127.0.0.1:${port}/api/users/user_123`);
    expect(user.status).toBe(200);
    expect(await user.json()).toMatchObject({ id: 'user_123', name: 'Alice' });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }, 30_000);
});
