import type { ServiceMeshConfig, WorkspaceConfig } from '../config/types.js';
import type { Project } from '../project.js';
import { appendPointer } from '../source/json-pointer.js';
import { isUriServed } from './served-prefix.js';
import type { MeshType, PlannedRoute } from './types.js';

export type Report = (pointer: string, message: string) => void;

export const DNS_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** The one routed-to host that is not a real service's host names the mock's Service (the tutorial's `users-service-mock`). */
export function mockServiceName(
  ws: WorkspaceConfig,
  mesh: ServiceMeshConfig,
  hosts: string[],
  problem: Report,
): string {
  const found = new Map<string, string>();
  mesh.virtualService?.routes.forEach((route, r) => {
    route.route.forEach((destination, d) => {
      const host = destination.destination.host;
      if (!hosts.includes(host) && !found.has(host)) {
        found.set(host, appendPointer(mesh.pointer, 'virtual_service', 'routes', r, 'route', d, 'destination', 'host'));
      }
    });
  });
  const [first, second] = [...found];
  if (second) {
    problem(
      second[1],
      `workspace '${ws.name}' routes to two mock hosts, '${first?.[0]}' and '${second[0]}': mockforge makes one Service per workspace`,
    );
  }
  if (!first) return `${dnsLabel(ws.name)}-mock`;
  const name = first[0].split('.')[0] ?? '';
  if (!DNS_LABEL.test(name)) {
    problem(
      first[1],
      `'${first[0]}' cannot name a Kubernetes Service (lower-case letters, digits and '-', 63 at most)`,
    );
  }
  return name;
}

export function planRoutes(
  ws: WorkspaceConfig,
  mesh: ServiceMeshConfig,
  hosts: string[],
  serviceName: string,
  type: MeshType,
  project: Project,
  problem: Report,
): PlannedRoute[] {
  const written = mesh.virtualService?.routes ?? [];
  if (written.length === 0) {
    return [
      { match: [], destinations: [{ host: serviceName, isMock: true, service: serviceName, servicePort: ws.port }] },
    ];
  }
  const contract = project.contracts.get(ws.name);
  const base = contract?.basePath ?? '';
  const served = [...(contract?.operations.map((o) => base + o.path) ?? []), ...ws.endpoints.map((e) => base + e.path)];
  return written.map((route, r) => {
    const routePointer = appendPointer(mesh.pointer, 'virtual_service', 'routes', r);
    (route.match ?? []).forEach((match, m) => {
      const uri = match.uri ?? {};
      if (isUriServed(uri, served)) return;
      const kind = uri.exact !== undefined ? 'exact' : 'prefix';
      problem(
        appendPointer(routePointer, 'match', m, 'uri', kind),
        `${kind} '${uri.exact ?? uri.prefix}' matches no path that workspace '${ws.name}' serves (${[...new Set(served)].slice(0, 5).join(', ') || 'none'})`,
      );
    });
    if (type === 'consul' && route.route.length > 1) {
      problem(
        appendPointer(routePointer, 'route', 1),
        'a Consul ServiceRouter sends each match to one service; weighted splits need a ServiceSplitter, which mockforge does not write',
      );
    }
    const destinations = route.route.map((d, i) => {
      const isMock = !hosts.includes(d.destination.host);
      const written = d.destination.port?.number;
      const servicePort = written ?? (isMock ? ws.port : undefined);
      if (type === 'linkerd' && servicePort === undefined) {
        problem(
          appendPointer(routePointer, 'route', i, 'destination'),
          `a Gateway API backendRef to '${d.destination.host}' needs a port: add port: { number: ... }`,
        );
      }
      return {
        host: d.destination.host,
        ...(written !== undefined ? { port: written } : {}),
        ...(d.weight !== undefined ? { weight: d.weight } : {}),
        isMock,
        service: isMock ? serviceName : (d.destination.host.split('.')[0] ?? d.destination.host),
        ...(servicePort !== undefined ? { servicePort } : {}),
      };
    });
    return { match: route.match ?? [], destinations };
  });
}

/** A lower-case DNS label from any name: `Users_Service` -> `users-service`. */
export function dnsLabel(text: string): string {
  const label = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 57)
    .replace(/-+$/, '');
  return label || 'mockforge';
}
