import type { KubeObject, MeshPlan, PlannedWorkspace } from './types.js';
import { metadata } from './workload.js';

/** The mock pod refuses connections past 1024 per port: the mesh keeps below that instead of failing them. */
const MAX_CONNECTIONS = 1024;

/** A VirtualService routing the real hosts' matching paths to the mock (the tutorial's block, as written), and a DestinationRule for the mock. */
export function buildIstio(plan: MeshPlan, workspace: PlannedWorkspace): KubeObject[] {
  const mesh = workspace.mesh;
  if (!mesh) return [];
  const mockHost = mesh.routes.flatMap((r) => r.destinations).find((d) => d.isMock)?.host ?? workspace.serviceName;
  const virtualService: KubeObject = {
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'VirtualService',
    metadata: metadata(plan, workspace.serviceName, { 'mockforge/workspace': workspace.name }),
    spec: {
      hosts: mesh.hosts,
      http: mesh.routes.map((route) => ({
        ...(route.match.length > 0 ? { match: route.match.map((m) => ({ uri: { ...m.uri } })) } : {}),
        route: route.destinations.map((d) => ({
          destination: { host: d.host, ...(d.port !== undefined ? { port: { number: d.port } } : {}) },
          ...(d.weight !== undefined ? { weight: d.weight } : {}),
        })),
      })),
    },
  };
  const destinationRule: KubeObject = {
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'DestinationRule',
    metadata: metadata(plan, workspace.serviceName, { 'mockforge/workspace': workspace.name }),
    spec: {
      host: mockHost,
      trafficPolicy: { connectionPool: { tcp: { maxConnections: MAX_CONNECTIONS } } },
    },
  };
  return [virtualService, destinationRule];
}
