import type { KubeObject, MeshPlan, PlannedWorkspace } from './types.js';
import { metadata } from './workload.js';

type UriMatch = { prefix?: string; exact?: string; regex?: string };

/**
 * Linkerd routes with the Gateway API's HTTPRoute: its parents are the real services (group `core`,
 * kind `Service`, as in Linkerd's docs), its backends the mock's Service on the workspace's port.
 */
export function buildLinkerd(plan: MeshPlan, workspace: PlannedWorkspace): KubeObject[] {
  const mesh = workspace.mesh;
  if (!mesh) return [];
  return [
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: metadata(plan, workspace.serviceName, { 'mockforge/workspace': workspace.name }),
      spec: {
        parentRefs: mesh.hosts.map((host) => ({ group: 'core', kind: 'Service', name: host.split('.')[0] ?? host })),
        rules: mesh.routes.map((route) => ({
          ...(route.match.length > 0 ? { matches: route.match.map((m) => ({ path: toPathMatch(m.uri) })) } : {}),
          backendRefs: route.destinations.map((d) => ({
            name: d.service,
            port: d.servicePort ?? workspace.port,
            ...(d.weight !== undefined ? { weight: d.weight } : {}),
          })),
        })),
      },
    },
  ];
}

function toPathMatch(uri: UriMatch): { type: string; value: string } {
  if (uri.exact !== undefined) return { type: 'Exact', value: uri.exact };
  if (uri.regex !== undefined) return { type: 'RegularExpression', value: uri.regex };
  return { type: 'PathPrefix', value: uri.prefix ?? '/' };
}
