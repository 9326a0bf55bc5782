import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECOMMERCE } from '../helpers/temp-project.js';

/** Free loopback ports (listened on port 0, then released). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve) => {
          const server = createServer();
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/**
 * fixtures/ecommerce copied to a temp dir with ports 3001-3003 rewritten to free ones. The caller removes
 * it (`removeCopy`) after `mockforge down`: a per-test cleanup could delete it while mocks still run.
 */
export async function copyEcommerce(): Promise<{ dir: string; ports: Record<string, number> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-ecommerce-'));
  cpSync(ECOMMERCE, dir, { recursive: true, filter: (src) => !src.includes('.mockforge') && !src.includes('/mocks/') });
  const [users, products, orders] = await freePorts(3);
  const file = join(dir, 'mockforge.yaml');
  const text = readFileSync(file, 'utf8')
    .replace('port: 3001', `port: ${users}`)
    .replace('port: 3002', `port: ${products}`)
    .replace('port: 3003', `port: ${orders}`);
  writeFileSync(file, text);
  return {
    dir,
    ports: {
      'users-service': users as number,
      'products-service': products as number,
      'orders-service': orders as number,
    },
  };
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

/** Asynchronous, so the services (child processes of this test) keep answering while the CLI runs. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
