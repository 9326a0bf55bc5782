import type { KubeObject, MeshPlan, PlannedWorkspace } from './types.js';
import { metadata } from './workload.js';

const API_VERSION = 'consul.hashicorp.com/v1alpha1';

/**
 * Consul config entries as CRDs: ServiceDefaults (the mock speaks HTTP, which L7 routing needs),
 * a ServiceResolver for the mock and a ServiceRouter per real service sending the matching paths to it.
 */
export function buildConsul(plan: MeshPlan, workspace: PlannedWorkspace): KubeObject[] {
  const mesh = workspace.mesh;
  if (!mesh) return [];
  const meta = (name: string) => metadata(plan, name, { 'mockforge/workspace': workspace.name });
  const routes = mesh.routes.flatMap((route) => {
    const destination = { service: route.destinations[0]?.service ?? workspace.serviceName };
    if (route.match.length === 0) return [{ destination }];
    return route.match.map((m) => ({ match: { http: toHttpMatch(m.uri) }, destination }));
  });
  return [
    {
      apiVersion: API_VERSION,
      kind: 'ServiceDefaults',
      metadata: meta(workspace.serviceName),
      spec: { protocol: 'http' },
    },
    {
      apiVersion: API_VERSION,
      kind: 'ServiceResolver',
      metadata: meta(workspace.serviceName),
      spec: { connectTimeout: '5s' },
    },
    ...mesh.hosts.map((host) => ({
      apiVersion: API_VERSION,
      kind: 'ServiceRouter',
      metadata: meta(host.split('.')[0] ?? host),
      spec: { routes },
    })),
  ];
}

function toHttpMatch(uri: { prefix?: string; exact?: string; regex?: string }): Record<string, string> {
  if (uri.exact !== undefined) return { pathExact: uri.exact };
  if (uri.regex !== undefined) return { pathRegex: uri.regex };
  return { pathPrefix: uri.prefix ?? '/' };
}
