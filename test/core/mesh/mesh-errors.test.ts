import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MockforgeError } from '../../../src/core/errors.js';
import { generateMesh } from '../../../src/core/mesh/generate-mesh.js';
import { lineOf } from '../../helpers/temp-project.js';
import { ecommerceProject } from './mesh-fixture.js';

function meshError(edit: (config: string) => string, namespace?: string) {
  const { dir, config } = ecommerceProject(edit);
  try {
    generateMesh(join(dir, 'mockforge.yaml'), { image: 'mockforge:0.1.0', ...(namespace ? { namespace } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(MockforgeError);
    const e = error as MockforgeError;
    return { error: e, config, dir, text: e.format() };
  }
  throw new Error('expected a MockforgeError');
}

const productsMesh = (body: string) => (config: string) =>
  config.replace(
    '          from_mock: mocks/products-service/\n',
    `          from_mock: mocks/products-service/\n    service_mesh:\n${body}`,
  );

describe('mockforge mesh: config mistakes are errors with file:line', () => {
  it('an unknown mesh type, with a did-you-mean', () => {
    const { error, config, dir } = meshError((c) => c.replace('mesh_type: "istio"', 'mesh_type: "istoi"'));
    expect(error.code).toBe('MF_MESH_INVALID');
    expect(error.location).toMatchObject({ file: join(dir, 'mockforge.yaml'), line: lineOf(config, 'istoi') });
    expect(error.message).toBe("unknown mesh_type 'istoi'; did you mean 'istio'?");
  });

  it('an unknown mesh type with no close match lists the known ones', () => {
    const { error } = meshError((c) => c.replace('mesh_type: "istio"', 'mesh_type: "envoy-gateway"'));
    expect(error.message).toBe("unknown mesh_type 'envoy-gateway'; expected one of: istio, linkerd, consul");
  });

  it('a route prefix that no path of the workspace serves', () => {
    const { error, config } = meshError((c) => c.replace('prefix: "/api/users"', 'prefix: "/api/accounts"'));
    expect(error.location?.line).toBe(lineOf(config, '/api/accounts'));
    expect(error.message).toBe(
      "prefix '/api/accounts' matches no path that workspace 'users-service' serves (/api/users/{id}, /api/users/*)",
    );
  });

  it('prefixes that stop mid-segment or inside a parameter are served; an exact path must be whole', () => {
    for (const prefix of ['/api/us', '/api/users/', '/api/users/user_123', '/']) {
      const { dir } = ecommerceProject((c) => c.replace('prefix: "/api/users"', `prefix: "${prefix}"`));
      expect(() => generateMesh(join(dir, 'mockforge.yaml'), { image: 'x:1' })).not.toThrow();
    }
    const exact = ecommerceProject((c) => c.replace('prefix: "/api/users"', 'exact: "/api/users/user_123"'));
    expect(() => generateMesh(join(exact.dir, 'mockforge.yaml'), { image: 'x:1' })).not.toThrow();
    const { error } = meshError((c) => c.replace('prefix: "/api/users"', 'exact: "/api/orders"'));
    expect(error.message).toContain("exact '/api/orders' matches no path");
  });

  it('two workspaces claiming one host: the second is the error, the first is named with its line', () => {
    const { error, config } = meshError(
      productsMesh(
        '      enabled: true\n      mesh_type: istio\n      virtual_service:\n        hosts: [catalog, users-service]\n',
      ),
    );
    expect(error.location?.line).toBe(lineOf(config, 'hosts: [catalog, users-service]'));
    const first = lineOf(config, '- users-service', lineOf(config, 'hosts:'));
    expect(error.message).toBe(
      `host 'users-service' is already routed by workspace 'users-service' (mockforge.yaml:${first})`,
    );
    expect(error.format()).toMatch(/mockforge\.yaml:\d+:\d+: host 'users-service' is already routed/);
  });

  it('every problem at once, sorted by line', () => {
    const { error, config } = meshError((c) =>
      productsMesh(
        '      enabled: true\n      mesh_type: linkerd\n      virtual_service: { hosts: [users-service] }\n',
      )(c.replace('prefix: "/api/users"', 'prefix: "/nothing"')),
    );
    expect(error.location?.line).toBe(lineOf(config, '/nothing'));
    expect(error.message).toContain(`mockforge.yaml:${lineOf(config, 'hosts: [users-service] }')}:`);
  });

  it('a workspace without a port', () => {
    const { error, config } = meshError((c) => c.replace('    port: 3002\n', ''));
    expect(error.location?.line).toBe(lineOf(config, 'name: products-service'));
    expect(error.message).toContain("workspace 'products-service' has no port");
  });

  it('two namespaces for one Deployment', () => {
    const { error, config } = meshError((c) =>
      productsMesh('      enabled: true\n      namespace: catalog\n      virtual_service: { hosts: [products] }\n')(
        c.replace('mesh_type: "istio"', 'mesh_type: "istio"\n      namespace: shop'),
      ),
    );
    expect(error.location?.line).toBe(lineOf(config, 'namespace: catalog'));
    expect(error.message).toContain(`differs from 'shop' (mockforge.yaml:${lineOf(config, 'namespace: shop')})`);
  });

  it('Consul cannot split one match between services; Linkerd needs a port for a real backend', () => {
    const split = (type: string) => (c: string) =>
      c
        .replace('mesh_type: "istio"', `mesh_type: "${type}"`)
        .replace(
          '                  host: users-service-mock\n',
          '                  host: users-service-mock\n                weight: 50\n              - destination: { host: users-service }\n                weight: 50\n',
        );
    const consul = meshError(split('consul'));
    expect(consul.error.message).toContain('ServiceSplitter');
    expect(consul.error.location?.line).toBe(lineOf(consul.config, '{ host: users-service }'));
    const linkerd = meshError(split('linkerd'));
    expect(linkerd.error.message).toContain("backendRef to 'users-service' needs a port");
  });

  it('a mock host that cannot name a Service, and a bad --namespace', () => {
    const { error, config } = meshError((c) => c.replace('host: users-service-mock', 'host: Users_Mock'));
    expect(error.location?.line).toBe(lineOf(config, 'Users_Mock'));
    expect(meshError((c) => c, 'Not A Namespace').error.code).toBe('MF_USAGE_INVALID');
  });
});
