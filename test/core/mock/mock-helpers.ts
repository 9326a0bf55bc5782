import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { parse, stringify } from 'yaml';
import type { MockServer } from '../../../src/core/mock/server/mock-server.js';
import { createMocksFromConfig, createMocksFromSpec } from '../../../src/core/mock/start-mocks.js';
import { OAS_EXAMPLES, tempProject } from '../../helpers/temp-project.js';

const running: MockServer[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

export interface StartedMocks {
  server: MockServer;
  /** Base URL per workspace name. */
  url: Record<string, string>;
  dir: string;
}

/** A temp project from `files` (mockforge.yaml included), every workspace on a free port. */
export async function startProject(files: Record<string, string>, names?: string[]): Promise<StartedMocks> {
  const dir = tempProject(files);
  const workspaceNames =
    names ?? [...(files['mockforge.yaml'] ?? '').matchAll(/- name: ([\w-]+)/g)].map((m) => m[1] as string);
  const server = createMocksFromConfig(`${dir}/mockforge.yaml`, {
    ports: new Map(workspaceNames.map((n) => [n, 0])),
  });
  running.push(server);
  const served = await server.listen();
  return { server, dir, url: Object.fromEntries(served.map((w) => [w.name, w.url])) };
}

/** One contract (an object, written as YAML) served alone on a free port. */
export async function startSpec(
  contract: object,
  options: { stateful?: boolean } = {},
): Promise<{ url: string; server: MockServer }> {
  const dir = tempProject({ 'api.yaml': stringify(contract) });
  const server = createMocksFromSpec(`${dir}/api.yaml`, { port: 0, root: dir, ...options });
  running.push(server);
  const [served] = await server.listen();
  return { url: served?.url ?? '', server };
}

export async function getJson(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, body };
}

/** Like startSpec, but kept for a whole suite: call the returned close() in afterAll. */
export async function startSpecForSuite(
  contract: object,
): Promise<{ url: string; server: MockServer; file: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-spec-'));
  const file = join(dir, 'api.yaml');
  writeFileSync(file, stringify(contract));
  const server = createMocksFromSpec(file, { port: 0, root: dir });
  const [served] = await server.listen();
  return {
    url: served?.url ?? '',
    server,
    file,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One of `@readme/oas-examples`' documents (`3.0/yaml/security.yaml`) as an object. */
export function oasExample(path: string): Record<string, unknown> {
  return parse(readFileSync(join(OAS_EXAMPLES, path), 'utf8')) as Record<string, unknown>;
}
