import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { FIXTURES } from '../../helpers/temp-project.js';

const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
});

export const DRIFT = join(FIXTURES, 'drift');
export const CATALOG_CONTRACT = join(DRIFT, 'contracts', 'catalog-service.yaml');

/** Starts a real node process (a fixture service or the bundled CLI) and resolves with the first URL it prints. */
export function startProcess(args: string[], options: { cwd?: string; urlPattern?: RegExp } = {}): Promise<string> {
  const child = spawn(process.execPath, args, { cwd: options.cwd ?? DRIFT, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  const pattern = options.urlPattern ?? /(http:\/\/127\.0\.0\.1:\d+)/;
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`process exited with ${code} before listening:\n${output}`)));
  });
}

/** The catalog service of fixtures/drift, faithful or drifted, on a free loopback port. */
export function startCatalog(variant: 'faithful' | 'drifted'): Promise<string> {
  return startProcess([join(DRIFT, 'services', `${variant}.mjs`), '--port', '0']);
}
