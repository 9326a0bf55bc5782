import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ErrorCode, MockforgeError } from '../../core/errors.js';
import { generateMesh, MESH_FILE_NAMES, renderMeshFile } from '../../core/mesh/generate-mesh.js';
import { VERSION } from '../../core/version.js';
import { type CliCommand, displayPath } from '../command.js';
import { parseOptions } from '../parse-options.js';

export const DEFAULT_IMAGE = `mockforge:${VERSION}`;

export const command: CliCommand = {
  name: 'mesh',
  summary: 'write Kubernetes and service-mesh manifests for the mocks',
  usage: `
Usage: mockforge mesh [--config mockforge.yaml] [--output k8s] [--namespace NAME] [--image IMAGE] [--replicas N]

Writes the Kubernetes objects that run the workspace mocks in a cluster, one file per kind:
  configmap.yaml     mockforge.yaml, the contracts, shared schemas, scenarios and mock data
  deployment.yaml    pods running 'mockforge serve' for every workspace (each one process with every port)
  service.yaml       a Service per workspace on its port (e.g. users-service-mock)
With --replicas N > 1 the pods share their state in Redis: unified_state.store's URL as written, else a
Redis Deployment and Service (<name>-redis) written here too; a pod is ready only while its store answers.
and the routing of every workspace with service_mesh.enabled:
  istio              virtualservice.yaml, destinationrule.yaml
  linkerd            httproute.yaml (Gateway API)
  consul             servicedefaults.yaml, serviceresolver.yaml, servicerouter.yaml
Apply them with 'kubectl apply -f <output>'. Files of kinds no longer produced are removed from <output>.

Options:
  --config <file>      project config (default: mockforge.yaml)
  --output <dir>       where to write (default: k8s); '-' prints every file to stdout
                       (mockforge mesh --output - | kubectl apply -f -)
  --namespace <name>   namespace of every object (default: service_mesh.namespace, else 'default')
  --image <image>      the mock image, built from the Dockerfile (default: ${DEFAULT_IMAGE})
  --replicas <n>       mock pods (default 1; 1 to 100)
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        config: { type: 'string' },
        output: { type: 'string' },
        namespace: { type: 'string' },
        image: { type: 'string' },
        replicas: { type: 'string' },
      },
      'mesh',
    );
    const replicas = Number(values.replicas ?? '1');
    if (!Number.isInteger(replicas) || replicas < 1 || replicas > 100) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `--replicas '${values.replicas}' is not a number from 1 to 100`);
    }
    const manifests = generateMesh(resolve(context.cwd, values.config ?? 'mockforge.yaml'), {
      image: values.image ?? DEFAULT_IMAGE,
      replicas,
      ...(values.namespace !== undefined ? { namespace: values.namespace } : {}),
    });
    for (const notice of manifests.notices) context.stderr(`notice: ${notice}\n`);
    if (values.output === '-') {
      for (const file of manifests.files) context.stdout(renderMeshFile(file));
      return 0;
    }
    const output = resolve(context.cwd, values.output ?? 'k8s');
    mkdirSync(output, { recursive: true });
    const written = new Set(manifests.files.map((f) => f.name));
    for (const name of MESH_FILE_NAMES) if (!written.has(name)) rmSync(join(output, name), { force: true });
    for (const file of manifests.files) {
      writeFileSync(join(output, file.name), renderMeshFile(file));
      const kinds = [...new Set(file.objects.map((o) => o.kind))].join(', ');
      context.stdout(`${displayPath(join(output, file.name), context.cwd)}: ${file.objects.length} ${kinds}\n`);
    }
    const { store } = manifests.plan;
    const where =
      store.kind === 'deployed'
        ? `a Redis deployed with them (${store.url})`
        : store.kind === 'external'
          ? store.display
          : 'memory';
    context.stderr(`mockforge mesh: ${manifests.plan.replicas} mock pod(s), state in ${where}\n`);
    const routed = manifests.plan.workspaces.filter((w) => w.mesh);
    context.stderr(
      `mockforge mesh: ${manifests.plan.workspaces.length} workspace(s) in namespace '${manifests.plan.namespace}', ${routed.length} routed (${routed.map((w) => `${w.name} via ${w.mesh?.type}`).join(', ') || 'none'})\n`,
    );
    return 0;
  },
};
