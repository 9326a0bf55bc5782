import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SpawnedServices, spawnEcommerceServices } from '../../fixtures/services/start-services.mjs';
import { freePorts } from '../cli/serve-fixture.js';
import { FIXTURES } from './temp-project.js';

/**
 * fixtures/ecommerce-strict copied to a temp dir, its workspaces on free ports (where the proxy will listen)
 * and each `target:` a real service of `variant`, whose orders calls users and products through those ports.
 * `cleanup` gets what undoes it (the folder last).
 */
export async function strictProjectBehindProxy(
  variant: 'correct' | 'missing-field',
  cleanup: Array<() => unknown>,
): Promise<{ dir: string; services: SpawnedServices }> {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-proxy-project-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(FIXTURES, 'ecommerce-strict'), dir, { recursive: true });
  const ports = await freePorts(3);
  const services = await spawnEcommerceServices(variant, {
    dependencies: { users: `http://127.0.0.1:${ports[0]}`, products: `http://127.0.0.1:${ports[1]}` },
  });
  cleanup.push(() => services.stop());
  let config = readFileSync(join(dir, 'mockforge.yaml'), 'utf8');
  for (const [i, name] of ['users', 'products', 'orders'].entries()) {
    config = config
      .replace(`port: ${3001 + i}`, `port: ${ports[i]}`)
      .replace(`target: http://localhost:${8081 + i}`, `target: ${services.urls[`${name}-service`]}`);
  }
  writeFileSync(join(dir, 'mockforge.yaml'), config);
  return { dir, services };
}
