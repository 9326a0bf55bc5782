import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMesh, renderMeshFile } from '../../../src/core/mesh/generate-mesh.js';
import type { KubeObject } from '../../../src/core/mesh/types.js';
import { expectGolden } from '../../helpers/golden.js';
import { ecommerceProject } from './mesh-fixture.js';
import { validateObject } from './validate-object.js';

const generate = (dir: string) => generateMesh(join(dir, 'mockforge.yaml'), { image: 'mockforge:0.1.0' });
const withMesh = (type: string) => (config: string) => config.replace('mesh_type: "istio"', `mesh_type: "${type}"`);
const objectsOf = (dir: string) => generate(dir).files.flatMap((f) => f.objects);

describe('mockforge mesh: Linkerd and Consul', () => {
  it('Linkerd: a Gateway API HTTPRoute with the real service as parent and the mock as backend', () => {
    const { dir } = ecommerceProject(withMesh('linkerd'));
    const { files } = generate(dir);
    expect(files.map((f) => f.name)).toEqual(['configmap.yaml', 'deployment.yaml', 'httproute.yaml', 'service.yaml']);
    const route = files.flatMap((f) => f.objects).find((o) => o.kind === 'HTTPRoute') as KubeObject;
    expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(route.spec).toEqual({
      parentRefs: [{ group: 'core', kind: 'Service', name: 'users-service' }],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/api/users' } }],
          backendRefs: [{ name: 'users-service-mock', port: 3001 }],
        },
      ],
    });
    const deployment = files.flatMap((f) => f.objects).find((o) => o.kind === 'Deployment') as any;
    expect(deployment.spec.template.metadata.annotations['linkerd.io/inject']).toBe('enabled');
    for (const object of files.flatMap((f) => f.objects)) validateObject(object);
    expectGolden('mesh/linkerd/httproute.yaml', renderMeshFile(files.find((f) => f.name === 'httproute.yaml') as any));
  });

  it('Consul: ServiceDefaults and ServiceResolver for the mock, a ServiceRouter for the real service', () => {
    const { dir } = ecommerceProject(withMesh('consul'));
    const { files } = generate(dir);
    const objects = files.flatMap((f) => f.objects);
    for (const object of objects) validateObject(object);
    const router = objects.find((o) => o.kind === 'ServiceRouter') as KubeObject;
    expect(router.metadata.name).toBe('users-service');
    expect(router.spec).toEqual({
      routes: [{ match: { http: { pathPrefix: '/api/users' } }, destination: { service: 'users-service-mock' } }],
    });
    expect(objects.filter((o) => o.apiVersion === 'consul.hashicorp.com/v1alpha1').map((o) => o.kind)).toEqual([
      'ServiceDefaults',
      'ServiceResolver',
      'ServiceRouter',
    ]);
    for (const name of ['servicedefaults.yaml', 'serviceresolver.yaml', 'servicerouter.yaml']) {
      expectGolden(`mesh/consul/${name}`, renderMeshFile(files.find((f) => f.name === name) as any));
    }
  });

  it('the Consul schema rejects a misspelt or doubled path matcher', () => {
    const { dir } = ecommerceProject(withMesh('consul'));
    const router = objectsOf(dir).find((o) => o.kind === 'ServiceRouter') as any;
    const typo = structuredClone(router);
    typo.spec.routes[0].match.http = { path_prefix: '/api/users' };
    expect(() => validateObject(typo)).toThrow(/additional properties/);
    const both = structuredClone(router);
    both.spec.routes[0].match.http.pathExact = '/api/users';
    expect(() => validateObject(both)).toThrow();
  });

  it('several matches, exact and regex paths, weights and a catch-all route', () => {
    const routes = `      virtual_service:
        hosts: [users-service]
        routes:
          - match:
              - uri: { prefix: /api/users/ }
              - uri: { exact: /api/users/user_123 }
              - uri: { regex: "^/api/users/[0-9]+$" }
            route:
              - destination: { host: users-service-mock }
                weight: 90
              - destination: { host: users-service, port: { number: 8080 } }
                weight: 10
          - route:
              - destination: { host: users-service, port: { number: 8080 } }
`;
    const edit = (type: string) => (config: string) =>
      config.replace(/ {6}virtual_service:[\s\S]*?host: users-service-mock\n/, routes).replace('"istio"', `"${type}"`);
    for (const type of ['istio', 'linkerd']) {
      const { dir } = ecommerceProject(edit(type));
      const objects = objectsOf(dir);
      for (const object of objects) validateObject(object);
      if (type === 'istio') {
        const vs = objects.find((o) => o.kind === 'VirtualService') as any;
        expect(vs.spec.http[0].match).toHaveLength(3);
        expect(vs.spec.http[0].route).toEqual([
          { destination: { host: 'users-service-mock' }, weight: 90 },
          { destination: { host: 'users-service', port: { number: 8080 } }, weight: 10 },
        ]);
        expect(vs.spec.http[1]).toEqual({
          route: [{ destination: { host: 'users-service', port: { number: 8080 } } }],
        });
      } else {
        const route = objects.find((o) => o.kind === 'HTTPRoute') as any;
        expect(route.spec.rules[0].matches.map((m: any) => m.path.type)).toEqual([
          'PathPrefix',
          'Exact',
          'RegularExpression',
        ]);
        expect(route.spec.rules[0].backendRefs).toEqual([
          { name: 'users-service-mock', port: 3001, weight: 90 },
          { name: 'users-service', port: 8080, weight: 10 },
        ]);
        expect(route.spec.rules[1]).toEqual({ backendRefs: [{ name: 'users-service', port: 8080 }] });
      }
    }
  });

  it('Consul: one route per match, one router per host, written out in full (no YAML aliases)', () => {
    const { dir } = ecommerceProject((c) =>
      c
        .replace('"istio"', '"consul"')
        .replace('          - users-service\n', '          - users-service\n          - accounts\n')
        .replace(
          '              - uri:\n                  prefix: "/api/users"\n',
          '              - uri: { prefix: /api/users }\n              - uri: { exact: /api/users/me }\n',
        ),
    );
    const { files } = generate(dir);
    const routers = files.flatMap((f) => f.objects).filter((o) => o.kind === 'ServiceRouter') as any[];
    expect(routers.map((r) => r.metadata.name)).toEqual(['users-service', 'accounts']);
    expect(routers[1].spec.routes.map((r: any) => r.match.http)).toEqual([
      { pathPrefix: '/api/users' },
      { pathExact: '/api/users/me' },
    ]);
    for (const router of routers) validateObject(router);
    const text = renderMeshFile(files.find((f) => f.name === 'servicerouter.yaml') as any);
    expect(text).not.toMatch(/[&*]a\d/);
  });

  it('no virtual_service: the workspace name is the host and everything goes to <name>-mock', () => {
    const { dir } = ecommerceProject((c) =>
      c.replace(/ {6}virtual_service:[\s\S]*?host: users-service-mock\n/, '').replace('"istio"', '"consul"'),
    );
    const objects = objectsOf(dir);
    for (const object of objects) validateObject(object);
    const router = objects.find((o) => o.kind === 'ServiceRouter') as any;
    expect(router.metadata.name).toBe('users-service');
    expect(router.spec.routes).toEqual([{ destination: { service: 'users-service-mock' } }]);
  });

  it('without any service_mesh.enabled it still writes the workload, and says so', () => {
    const { dir } = ecommerceProject((c) =>
      c.replace('enabled: true\n      mesh_type', 'enabled: false\n      mesh_type'),
    );
    const result = generate(dir);
    expect(result.files.map((f) => f.name)).toEqual(['configmap.yaml', 'deployment.yaml', 'service.yaml']);
    expect(result.notices.join('\n')).toContain('no workspace has service_mesh.enabled');
  });

  it('service_mesh.namespace places every object; --namespace wins', () => {
    const { dir } = ecommerceProject((c) =>
      c.replace('mesh_type: "istio"', 'mesh_type: "istio"\n      namespace: shop'),
    );
    expect(new Set(objectsOf(dir).map((o) => o.metadata.namespace))).toEqual(new Set(['shop']));
    const other = generateMesh(join(dir, 'mockforge.yaml'), { image: 'x:1', namespace: 'qa' });
    expect(new Set(other.files.flatMap((f) => f.objects).map((o) => o.metadata.namespace))).toEqual(new Set(['qa']));
  });
});
