import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { generateMesh, renderMeshFile } from '../../../src/core/mesh/generate-mesh.js';
import type { KubeObject } from '../../../src/core/mesh/types.js';
import { expectGolden } from '../../helpers/golden.js';
import { ecommerceProject } from './mesh-fixture.js';
import { validateObject } from './validate-object.js';

const IMAGE = 'mockforge:0.1.0';
const generate = (dir: string, namespace?: string) =>
  generateMesh(join(dir, 'mockforge.yaml'), { image: IMAGE, ...(namespace ? { namespace } : {}) });

const all = (files: { objects: KubeObject[] }[]) => files.flatMap((f) => f.objects);
const byKind = (files: { objects: KubeObject[] }[], kind: string) => all(files).filter((o) => o.kind === kind);

describe('mockforge mesh on the tutorial project (Istio on users-service)', () => {
  it('matches the golden files, byte for byte', () => {
    const { dir } = ecommerceProject();
    const { files } = generate(dir);
    expect(files.map((f) => f.name)).toEqual([
      'configmap.yaml',
      'deployment.yaml',
      'destinationrule.yaml',
      'service.yaml',
      'virtualservice.yaml',
    ]);
    for (const file of files) expectGolden(`mesh/istio/${file.name}`, renderMeshFile(file));
  });

  it('is deterministic and its YAML parses back to the same objects', () => {
    const { dir } = ecommerceProject();
    const first = generate(dir).files;
    const second = generate(dir).files;
    for (const [i, file] of first.entries()) {
      const text = renderMeshFile(file);
      expect(renderMeshFile(second[i] as (typeof second)[number])).toBe(text);
      expect(parseAllDocuments(text).map((d) => d.toJS())).toEqual(JSON.parse(JSON.stringify(file.objects)));
    }
  });

  it('validates every object against the real schemas', () => {
    const { dir } = ecommerceProject();
    const objects = all(generate(dir).files);
    expect(objects).toHaveLength(7);
    for (const object of objects) validateObject(object);
  });

  it("routes the tutorial's hosts and prefix to users-service-mock, as written", () => {
    const { dir } = ecommerceProject();
    const { files } = generate(dir);
    const [vs] = byKind(files, 'VirtualService') as [KubeObject];
    expect(vs.spec).toEqual({
      hosts: ['users-service'],
      http: [{ match: [{ uri: { prefix: '/api/users' } }], route: [{ destination: { host: 'users-service-mock' } }] }],
    });
    const [rule] = byKind(files, 'DestinationRule') as [KubeObject];
    expect((rule.spec as { host: string }).host).toBe('users-service-mock');
    const services = byKind(files, 'Service') as Array<KubeObject & { spec: { ports: { port: number }[] } }>;
    expect(services.map((s) => [s.metadata.name, s.spec.ports[0]?.port])).toEqual([
      ['users-service-mock', 3001],
      ['products-service-mock', 3002],
      ['orders-service-mock', 3003],
    ]);
  });

  it('runs one pod for every workspace, probed on the admin health endpoint, with the project mounted as laid out', () => {
    const { dir } = ecommerceProject();
    const { files } = generate(dir, 'shop');
    const [deployment] = byKind(files, 'Deployment') as [any];
    const [configMap] = byKind(files, 'ConfigMap') as [any];
    expect(all(files).every((o) => o.metadata.namespace === 'shop')).toBe(true);
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0];
    expect(container.args).toEqual(['serve', '--config', '/etc/mockforge/mockforge.yaml', '--host', '0.0.0.0']);
    expect(container.ports.map((p: { containerPort: number }) => p.containerPort)).toEqual([3001, 3002, 3003]);
    expect(container.readinessProbe.httpGet).toEqual({ path: '/__mockforge/ready', port: 'http-3001' });
    expect(container.livenessProbe.httpGet.path).toBe('/__mockforge/health');
    expect(container.resources.requests).toBeDefined();
    expect(container.resources.limits).toBeDefined();
    // Every Service selects the one pod.
    for (const service of byKind(files, 'Service') as any[]) {
      expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
      expect(container.ports.some((p: { name: string }) => p.name === service.spec.ports[0].targetPort)).toBe(true);
    }
    // Items put every key back at its path, and each holds that file's bytes.
    const items = pod.volumes[0].configMap.items as { key: string; path: string }[];
    expect(items.map((i) => i.path)).toEqual([
      'contracts/orders-service.yaml',
      'contracts/products-service.yaml',
      'contracts/shared-schemas.yaml',
      'contracts/users-service.yaml',
      'mockforge.yaml',
      'scenarios/cross-service-purchase.yaml',
    ]);
    for (const { key, path } of items) {
      expect(key).toMatch(/^[-._a-zA-Z0-9]+$/);
      expect(configMap.data[key]).toBe(readFileSync(join(dir, path), 'utf8'));
    }
  });

  it('puts mock data files (from_mock) into the ConfigMap, binary ones under binaryData', () => {
    const { dir } = ecommerceProject((c) => c, {
      'mocks/users-service/get-api-users-id.json': '{"id":"user_123"}\n',
    });
    writeFileSync(join(dir, 'mocks/users-service/avatar.bin'), Buffer.from([0xff, 0xfe, 0x00]));
    const { files } = generate(dir);
    const [configMap] = byKind(files, 'ConfigMap') as [any];
    const [deployment] = byKind(files, 'Deployment') as [any];
    expect(configMap.data['mocks_users-service_get-api-users-id.json']).toBe('{"id":"user_123"}\n');
    expect(configMap.binaryData).toEqual({ 'mocks_users-service_avatar.bin': '//4A' });
    expect(deployment.spec.template.spec.volumes[0].configMap.items).toContainEqual({
      key: 'mocks_users-service_avatar.bin',
      path: 'mocks/users-service/avatar.bin',
    });
    validateObject(configMap);
    validateObject(deployment);
  });

  it('the schemas do reject a broken object (the validation is not vacuous)', () => {
    const { dir } = ecommerceProject();
    const { files } = generate(dir);
    const broken = (kind: string, mutate: (o: any) => void) => {
      const object = structuredClone(byKind(files, kind)[0]) as any;
      mutate(object);
      return () => validateObject(object);
    };
    expect(broken('Deployment', (o) => (o.spec.template.spec.containers[0].ports[0].containerPort = '3001'))).toThrow();
    expect(broken('Service', (o) => (o.spec.ports[0].port = 'http'))).toThrow();
    expect(broken('VirtualService', (o) => (o.spec.hosts = 'users-service'))).toThrow();
    expect(
      broken('DestinationRule', (o) => (o.spec.trafficPolicy.connectionPool.tcp.maxConnections = 'many')),
    ).toThrow();
    expect(broken('ConfigMap', (o) => (o.data = { a: 1 }))).toThrow();
  });
});

describe('mockforge mesh with replicas sharing a Redis store', () => {
  it('deploys its own Redis for replicas of a memory project: golden files, valid objects, the URL in the pods', () => {
    const { dir } = ecommerceProject();
    const { files, plan } = generateMesh(join(dir, 'mockforge.yaml'), { image: IMAGE, replicas: 3 });
    for (const file of files) expectGolden(`mesh/replicated/${file.name}`, renderMeshFile(file));
    for (const object of all(files)) validateObject(object);
    expect(plan.store).toEqual({ kind: 'deployed', url: 'redis://ecommerce-platform-mocks-redis:6379/0' });
    const [mocks, redis] = byKind(files, 'Deployment') as [any, any];
    expect(mocks.spec.replicas).toBe(3);
    expect(mocks.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
    const container = mocks.spec.template.spec.containers[0];
    expect(container.env).toEqual([
      { name: 'MOCKFORGE_STORE', value: plan.store.kind === 'deployed' ? plan.store.url : '' },
    ]);
    // Ready only while the store answers; alive as long as the process answers.
    expect(container.readinessProbe.httpGet.path).toBe('/__mockforge/ready');
    expect(container.livenessProbe.httpGet.path).toBe('/__mockforge/health');
    expect(redis.metadata.name).toBe('ecommerce-platform-mocks-redis');
    const services = byKind(files, 'Service') as any[];
    const redisService = services.find((s) => s.metadata.name === 'ecommerce-platform-mocks-redis');
    expect(redisService.spec.selector).toEqual(redis.spec.selector.matchLabels);
    expect(redisService.spec.ports[0].port).toBe(6379);
    // The mock Services never select the Redis pod, and the Redis Service never a mock pod.
    for (const service of services.filter((s) => s !== redisService)) {
      expect(service.spec.selector).toEqual(mocks.spec.selector.matchLabels);
      expect(service.spec.selector).not.toEqual(redis.spec.template.metadata.labels);
    }
  });

  it('uses the store of mockforge.yaml as written, with no Redis objects', () => {
    const { dir } = ecommerceProject((c) =>
      c.replace('      persona_graph:', '      store: redis://redis.shared.svc:6379/3\n      persona_graph:'),
    );
    const { files, plan } = generateMesh(join(dir, 'mockforge.yaml'), { image: IMAGE, replicas: 2 });
    expect(plan.store).toEqual({ kind: 'external', display: 'redis://redis.shared.svc:6379/3' });
    const deployments = byKind(files, 'Deployment') as any[];
    expect(deployments).toHaveLength(1);
    expect(deployments[0].spec.replicas).toBe(2);
    expect(deployments[0].spec.template.spec.containers[0].env).toBeUndefined();
    expect(byKind(files, 'Service').map((s) => s.metadata.name)).not.toContain('ecommerce-platform-mocks-redis');
  });
});
