import { didYouMean } from '../config/did-you-mean.js';
import type { ServiceMeshConfig } from '../config/types.js';
import { ErrorCode, MockforgeError } from '../errors.js';
import type { Project } from '../project.js';
import { appendPointer } from '../source/json-pointer.js';
import { type Problem, problemsError } from '../source/schema-problems.js';
import { DNS_LABEL, dnsLabel, mockServiceName, planRoutes, type Report } from './plan-routes.js';
import { MESH_TYPES, type MeshPlan, type MeshType, type PlannedWorkspace } from './types.js';

export interface PlanMeshOptions {
  /** Overrides every `service_mesh.namespace`. */
  namespace?: string;
  image: string;
  /** Mock pods (default 1). More than one share a Redis: unified_state.store's, else one deployed with them. */
  replicas?: number;
}

/** Checks the mesh settings of mockforge.yaml against the contracts and names every object; all problems at once. */
export function planMesh(project: Project, options: PlanMeshOptions): MeshPlan {
  const { config } = project;
  const problems: Problem[] = [];
  const problem = (pointer: string, message: string) => problems.push({ location: config.locate(pointer), message });
  const where = (pointer: string) => {
    const { file, line } = config.locate(pointer);
    return `${file.slice(config.root.length + 1) || file}:${line}`;
  };
  const hostOwners = new Map<string, { workspace: string; pointer: string }>();
  const serviceOwners = new Map<string, string>();
  let namespace: { value: string; pointer: string } | undefined;

  const workspaces = config.workspaces.map((ws): PlannedWorkspace => {
    if (ws.port === 0) {
      problem(ws.pointer, `workspace '${ws.name}' has no port: its Kubernetes Service needs a fixed one`);
    }
    const mesh = ws.serviceMesh;
    const type = mesh ? checkMeshType(mesh, problem) : undefined;
    const enabled = mesh?.enabled === true && type !== undefined ? mesh : undefined;
    const written = enabled?.virtualService?.hosts ?? [];
    const hosts = enabled ? (written.length > 0 ? written : [ws.name]) : [];
    enabled?.virtualService?.hosts.forEach((host, index) => {
      const pointer = appendPointer(enabled.pointer, 'virtual_service', 'hosts', index);
      const owner = hostOwners.get(host);
      if (owner && owner.workspace !== ws.name) {
        problem(
          pointer,
          `host '${host}' is already routed by workspace '${owner.workspace}' (${where(owner.pointer)})`,
        );
      }
      hostOwners.set(host, { workspace: ws.name, pointer });
      // Linkerd and Consul name the real service itself (a Service parentRef, a ServiceRouter's name).
      if (type !== 'istio' && !DNS_LABEL.test(host.split('.')[0] ?? '')) {
        problem(pointer, `host '${host}' does not start with a Kubernetes Service name, which ${type} routes need`);
      }
    });
    const serviceName = enabled ? mockServiceName(ws, enabled, hosts, problem) : `${dnsLabel(ws.name)}-mock`;
    const taken = serviceOwners.get(serviceName);
    if (taken)
      problem(ws.pointer, `workspaces '${taken}' and '${ws.name}' would both get the Service '${serviceName}'`);
    serviceOwners.set(serviceName, ws.name);
    if (enabled?.namespace !== undefined && options.namespace === undefined) {
      if (namespace && namespace.value !== enabled.namespace) {
        problem(
          `${enabled.pointer}/namespace`,
          `namespace '${enabled.namespace}' differs from '${namespace.value}' (${where(namespace.pointer)}): one Deployment serves every workspace, so all objects share one namespace`,
        );
      }
      namespace ??= { value: enabled.namespace, pointer: `${enabled.pointer}/namespace` };
    }
    const planned: PlannedWorkspace = { name: ws.name, port: ws.port, serviceName };
    if (enabled && type) {
      const routes = planRoutes(ws, enabled, hosts, serviceName, type, project, problem);
      planned.mesh = { type, hosts, routes };
    }
    return planned;
  });

  const namespaceName = options.namespace ?? namespace?.value ?? 'default';
  if (!DNS_LABEL.test(namespaceName)) {
    if (options.namespace !== undefined || !namespace) {
      throw new MockforgeError(ErrorCode.UsageInvalid, `namespace '${namespaceName}' is not a DNS label`);
    }
    problem(namespace.pointer, `namespace '${namespaceName}' is not a DNS label (lower-case letters, digits, '-')`);
  }
  if (problems.length > 0) {
    const sorted = [...problems].sort((a, b) => a.location.line - b.location.line);
    throw problemsError(ErrorCode.MeshInvalid, sorted, 'see "mockforge mesh" in README.md');
  }
  const configKey = config.file.slice(config.root.length + 1);
  const name = `${dnsLabel(config.unifiedState.workspaceId)}-mocks`;
  const replicas = options.replicas ?? 1;
  const store = config.unifiedState.store;
  return {
    name,
    namespace: namespaceName,
    image: options.image,
    configKey,
    workspaces,
    replicas,
    // Replicas of a memory store would each have their own state: they get a Redis of their own.
    store:
      store.kind === 'redis'
        ? { kind: 'external', display: store.display }
        : replicas > 1 && config.unifiedState.enabled
          ? { kind: 'deployed', url: `redis://${name}-redis:6379/0` }
          : { kind: 'memory' },
  };
}

function checkMeshType(mesh: ServiceMeshConfig, problem: Report): MeshType | undefined {
  if ((MESH_TYPES as readonly string[]).includes(mesh.meshType)) return mesh.meshType as MeshType;
  const guess = didYouMean(mesh.meshType, MESH_TYPES);
  problem(
    `${mesh.pointer}/mesh_type`,
    `unknown mesh_type '${mesh.meshType}'; ${guess ? `did you mean '${guess}'?` : `expected one of: ${MESH_TYPES.join(', ')}`}`,
  );
  return undefined;
}
