import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateMesh, MESH_FILE_NAMES, renderMeshFile } from '../../core/mesh/generate-mesh.js';
import { VERSION } from '../../core/version.js';
import { type CliCommand, displayPath } from '../command.js';
import { parseOptions } from '../parse-options.js';

export const DEFAULT_IMAGE = `mockforge:${VERSION}`;

export const command: CliCommand = {
  name: 'mesh',
  summary: 'write Kubernetes and service-mesh manifests for the mocks',
  usage: `
Usage: mockforge mesh [--config mockforge.yaml] [--output k8s] [--namespace NAME] [--image IMAGE]

Writes the Kubernetes objects that run the workspace mocks in a cluster, one file per kind:
  configmap.yaml     mockforge.yaml, the contracts, shared schemas, scenarios and mock data
  deployment.yaml    one pod running 'mockforge serve' for every workspace (one process, one state store)
  service.yaml       a Service per workspace on its port (e.g. users-service-mock)
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
`,
  async run(argv, context) {
    const { values } = parseOptions(
      argv,
      {
        config: { type: 'string' },
        output: { type: 'string' },
        namespace: { type: 'string' },
        image: { type: 'string' },
      },
      'mesh',
    );
    const manifests = generateMesh(resolve(context.cwd, values.config ?? 'mockforge.yaml'), {
      image: values.image ?? DEFAULT_IMAGE,
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
    const routed = manifests.plan.workspaces.filter((w) => w.mesh);
    context.stderr(
      `mockforge mesh: ${manifests.plan.workspaces.length} workspace(s) in namespace '${manifests.plan.namespace}', ${routed.length} routed (${routed.map((w) => `${w.name} via ${w.mesh?.type}`).join(', ') || 'none'})\n`,
    );
    return 0;
  },
};
