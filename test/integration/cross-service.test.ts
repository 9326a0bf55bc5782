// The tutorial's step 8 (tests/integration/cross-service.test.ts), run against `mockforge up` on the
// example project. Only the hosts change: the example is copied to a temp dir with free ports, so the test
// never collides with anything on 3001-3003.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUpState } from '../../src/core/mock/up-state.js';
import { copyEcommerce, removeCopy } from '../cli/serve-fixture.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const mockforge = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });

let dir = '';
const url: Record<string, string> = {};

beforeAll(async () => {
  ({ dir } = await copyEcommerce());
  const up = mockforge(['up'], dir);
  if (up.status !== 0) throw new Error(`mockforge up failed: ${up.stderr}`);
  for (const workspace of readUpState(dir)?.workspaces ?? []) url[workspace.name] = workspace.url;
});

afterAll(() => {
  if (!dir) return;
  const down = mockforge(['down'], dir);
  removeCopy(dir);
  if (down.status !== 0) throw new Error(`mockforge down failed: ${down.stderr}`);
});

describe('Cross-Service Integration', () => {
  it('should create order with user and product', async () => {
    // Get user from users service
    const user = await fetch(`${url['users-service']}/api/users/user_123`);

    // Get product from products service
    const product = await fetch(`${url['products-service']}/api/products/prod_456`);

    // Create order in orders service
    const order = await fetch(`${url['orders-service']}/api/orders`, {
      method: 'POST',
      body: JSON.stringify({
        user_id: 'user_123',
        items: [{ product_id: 'prod_456', quantity: 1 }],
      }),
    });

    expect(order.status).toBe(201);

    // Beyond the tutorial: the data is the scenario's, and the order is now listed for its user.
    expect(await user.json()).toEqual({ id: 'user_123', name: 'Alice', email: 'alice@example.com' });
    expect(await product.json()).toEqual({ id: 'prod_456', name: 'Laptop', price: 999.99 });
    expect(await order.json()).toEqual({ id: 'order_789', user_id: 'user_123', total: 999.99 });
    const orders = (await (await fetch(`${url['orders-service']}/api/orders?user_id=user_123`)).json()) as Array<{
      id: string;
    }>;
    expect(orders.map((o) => o.id)).toContain('order_789');
  });
});
