import { loadProject } from '../project.js';
import { yamlLibrary } from '../source/yaml-library.js';
import { buildConsul } from './consul.js';
import { buildIstio } from './istio.js';
import { buildLinkerd } from './linkerd.js';
import { type PlanMeshOptions, planMesh } from './plan-mesh.js';
import { collectProjectFiles, type ProjectFile } from './project-files.js';
import { buildRedis } from './redis.js';
import type { KubeObject, MeshFile, MeshPlan } from './types.js';
import { buildConfigMap, buildDeployment, buildServices } from './workload.js';

/** Every file `mockforge mesh` may write, one per kind, in the order `kubectl apply -f <dir>` reads them. */
export const MESH_FILE_NAMES = [
  'configmap.yaml',
  'deployment.yaml',
  'destinationrule.yaml',
  'httproute.yaml',
  'service.yaml',
  'servicedefaults.yaml',
  'serviceresolver.yaml',
  'servicerouter.yaml',
  'virtualservice.yaml',
] as const;

export interface MeshManifests {
  plan: MeshPlan;
  /** Only the files that hold objects, in MESH_FILE_NAMES order. */
  files: MeshFile[];
  notices: string[];
}

/** Loads mockforge.yaml and its contracts, checks the mesh settings and builds every object. */
export function generateMesh(configPath: string, options: PlanMeshOptions): MeshManifests {
  const project = loadProject(configPath);
  const plan = planMesh(project, options);
  const collected = collectProjectFiles(project);
  const notices = [...collected.notices];
  if (!plan.workspaces.some((w) => w.mesh)) {
    notices.push('no workspace has service_mesh.enabled: true; wrote the Kubernetes objects without mesh routing');
  }
  return { plan, files: buildMeshFiles(plan, collected.files), notices };
}

export function buildMeshFiles(plan: MeshPlan, projectFiles: readonly ProjectFile[]): MeshFile[] {
  const configMap = buildConfigMap(plan, projectFiles);
  const objects: KubeObject[] = [
    configMap,
    buildDeployment(plan, projectFiles, configMap),
    ...buildServices(plan),
    ...buildRedis(plan),
    ...plan.workspaces.flatMap((w) => {
      if (w.mesh?.type === 'istio') return buildIstio(plan, w);
      if (w.mesh?.type === 'linkerd') return buildLinkerd(plan, w);
      if (w.mesh?.type === 'consul') return buildConsul(plan, w);
      return [];
    }),
  ];
  return MESH_FILE_NAMES.map((name) => ({
    name,
    objects: objects.filter((o) => `${o.kind.toLowerCase()}.yaml` === name),
  })).filter((file) => file.objects.length > 0);
}

/** Multi-document YAML, keys in construction order, long lines unwrapped: the same input gives the same bytes. */
export function renderMeshFile(file: MeshFile): string {
  const header = '# Written by `mockforge mesh` from mockforge.yaml; edit mockforge.yaml and run it again.\n';
  const { stringify } = yamlLibrary();
  const documents = file.objects.map((object) => stringify(object, { lineWidth: 0, aliasDuplicateObjects: false }));
  return `${header}${documents.map((d) => `---\n${d}`).join('')}`;
}
