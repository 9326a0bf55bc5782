import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach } from 'vitest';
import type { ProxyServer } from '../../../src/core/proxy/proxy-server.js';
import { createProxyFromConfig, type ProxyFromConfigOptions } from '../../../src/core/proxy/start-proxy.js';
import { tempProject } from '../../helpers/temp-project.js';

const cleanup: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo();
});

/** A real service on a free loopback port; `handler` answers, `requests` holds what arrived (with the body). */
export async function startService(
  handler: (request: IncomingMessage, response: ServerResponse, body: Buffer) => void | Promise<void>,
): Promise<{
  url: string;
  requests: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: Buffer }>;
  server: Server;
}> {
  const requests: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: Buffer }> = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
    await handler(request, response, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, requests, server };
}

export function json(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(value);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/**
 * A project with one workspace `api` (contract `contract`, YAML text) proxied to `target` on a free port;
 * `recordInto` is a `--record` folder inside the project. Returns the proxy's URL, the proxy and the project folder.
 */
export async function startProxy(
  contract: string,
  target: string,
  options: ProxyFromConfigOptions & { workspaceExtra?: string; recordInto?: string } = {},
): Promise<{ url: string; proxy: ProxyServer; dir: string }> {
  const { workspaceExtra = '', recordInto, ...rest } = options;
  const dir = tempProject({
    'mockforge.yaml': `workspaces:\n  - name: api\n    port: 3999\n    contract: api.yaml\n    target: ${target}\n${workspaceExtra}`,
    'api.yaml': contract,
  });
  const proxy = createProxyFromConfig(`${dir}/mockforge.yaml`, {
    ports: new Map([['api', 0]]),
    ...(recordInto ? { record: `${dir}/${recordInto}` } : {}),
    ...rest,
  });
  cleanup.push(() => proxy.close());
  const [served] = await proxy.listen();
  return { url: served?.url ?? '', proxy, dir };
}

/** `x-mockforge-violations` parsed ([] when absent). */
export function violationsOf(response: Response): Array<Record<string, unknown>> {
  const header = response.headers.get('x-mockforge-violations');
  return header ? (JSON.parse(header) as Array<Record<string, unknown>>) : [];
}
