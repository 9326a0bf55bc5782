import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load-config.js';
import { ErrorCode, MockforgeError } from '../../../src/core/errors.js';
import { ECOMMERCE, tempProject } from '../../helpers/temp-project.js';

const contract = 'openapi: 3.0.0\ninfo: { title: s, version: "1" }\npaths: {}\n';

function configErrorOf(yaml: string, files: Record<string, string> = {}): MockforgeError {
  const dir = tempProject({ 'mockforge.yaml': yaml, 'contracts/users-service.yaml': contract, ...files });
  try {
    loadConfig(join(dir, 'mockforge.yaml'));
  } catch (error) {
    if (error instanceof MockforgeError) return error;
    throw error;
  }
  throw new Error('expected a config error');
}

describe('loadConfig', () => {
  it("reads the tutorial's merged mockforge.yaml and infers each workspace's contract", () => {
    const config = loadConfig(join(ECOMMERCE, 'mockforge.yaml'));
    expect(config.workspaces.map((w) => [w.name, w.port, w.contract, w.contractInferred])).toEqual([
      ['users-service', 3001, join(ECOMMERCE, 'contracts/users-service.yaml'), true],
      ['products-service', 3002, join(ECOMMERCE, 'contracts/products-service.yaml'), true],
      ['orders-service', 3003, join(ECOMMERCE, 'contracts/orders-service.yaml'), true],
    ]);
    expect(config.workspaces[2]?.endpoints[0]).toMatchObject({
      path: '/api/orders/*',
      methods: ['POST'],
      fromMock: join(ECOMMERCE, 'mocks/orders-service'),
    });
    expect(config.unifiedState).toEqual({
      enabled: true,
      workspaceId: 'ecommerce-platform',
      personaGraph: true,
      store: { kind: 'memory' },
    });
    expect(config.workspaces[0]?.serviceMesh).toMatchObject({ enabled: true, meshType: 'istio' });
  });

  it('names the line of an unknown key and suggests the close one', () => {
    const error = configErrorOf('workspaces:\n  - name: users-service\n    prot: 3001\n');
    expect(error.code).toBe(ErrorCode.ConfigInvalid);
    expect(error.location?.line).toBe(3);
    expect(error.message).toContain("unknown key 'prot' in workspaces[0]; did you mean 'port'?");
  });

  it('reads the state store (memory by default, a Redis URL) and names the line of a bad one', () => {
    const store = (value: string) =>
      `workspaces:\n  - name: users-service\n    port: 3001\ncore:\n  consistency:\n    unified_state:\n      store: ${value}\n`;
    const dir = tempProject({
      'mockforge.yaml': store('redis://cache:6380/2'),
      'contracts/users-service.yaml': contract,
    });
    expect(loadConfig(join(dir, 'mockforge.yaml')).unifiedState.store).toEqual({
      kind: 'redis',
      url: 'redis://cache:6380/2',
      display: 'redis://cache:6380/2',
    });
    const error = configErrorOf(store('memcached://cache'));
    expect(error.code).toBe(ErrorCode.ConfigInvalid);
    expect(error.location?.line).toBe(7);
    expect(error.message).toContain("store 'memcached://cache' is neither 'memory' nor a Redis URL");
  });

  it('reports every problem with its line, in line order', () => {
    const error = configErrorOf(
      'workspaces:\n  - name: users-service\n    port: "3001"\n  - port: 3002\ncore:\n  consistensy: {}\n',
    );
    expect(error.location?.line).toBe(3);
    expect(error.message).toContain('workspaces[0].port must be integer');
    expect(error.message).toMatch(/:4:\d+: workspaces\[1\] is missing the required key 'name'/);
    expect(error.message).toMatch(/:6:\d+: unknown key 'consistensy' in core; did you mean 'consistency'\?/);
  });

  it('refuses two workspaces on one port and a contract that cannot be found', () => {
    const error = configErrorOf(
      'workspaces:\n  - name: users-service\n    port: 3001\n  - name: billing\n    port: 3001\n',
    );
    expect(error.message).toContain("port 3001 of 'billing' is already taken by 'users-service'");
    expect(error.message).toContain("cannot find the contract of workspace 'billing'");
  });

  it('refuses from_mock paths outside the project', () => {
    const error = configErrorOf(
      'workspaces:\n  - name: users-service\n    endpoints:\n      - path: /x\n        response: { from_mock: ../../etc }\n',
    );
    expect(error.code).toBe(ErrorCode.ConfigInvalid);
    expect(error.location?.line).toBe(5);
    expect(error.message).toContain('outside the project root');
  });

  it('refuses shared_schemas outside the project (a fork could point them anywhere)', () => {
    const error = configErrorOf('shared_schemas:\n  - ../outside.yaml\nworkspaces:\n  - name: users-service\n');
    expect(error.code).toBe(ErrorCode.ConfigInvalid);
    expect(error.location?.line).toBe(2);
    expect(error.message).toContain('outside the project root');
  });
});
