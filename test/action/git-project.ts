import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { FIXTURES } from '../helpers/temp-project.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** `count` GET operations, each answering an object; `withLegacy` adds a `legacy` property to each. */
export function bulkContract(count: number, withLegacy: boolean, version: string): string {
  const lines = ['openapi: 3.0.3', 'info:', '  title: Bulk Service', `  version: ${version}`, 'paths:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  /api/bulk/item${i}:`,
      '    get:',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      '            application/json:',
      '              schema:',
      '                type: object',
      '                properties:',
      '                  id:',
      '                    type: string',
      ...(withLegacy ? ['                  legacy:', '                    type: string'] : []),
    );
  }
  return `${lines.join('\n')}\n`;
}

const BULK_WORKSPACE = `
  - name: bulk-service
    port: 3010
`;

export interface GitProject {
  dir: string;
  baseSha: string;
  headSha: string;
  eventPath: string;
}

/**
 * A real git repository: the base commit is the tutorial project (fixtures/ecommerce) plus a bulk-service
 * contract with `bulk` operations; the head commit is fixtures/ecommerce-v2 with the bulk contract's
 * `legacy` properties removed (one breaking change per operation). The event file is a pull_request payload.
 */
export function makeGitProject(bulk = 60): GitProject {
  const dir = mkdtempSync(join(tmpdir(), 'mockforge-action-'));
  made.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.com');
  git('config', 'user.name', 'CI');
  const layout = (fixture: string, withLegacy: boolean, version: string) => {
    cpSync(join(FIXTURES, fixture, 'contracts'), join(dir, 'contracts'), { recursive: true });
    cpSync(join(FIXTURES, fixture, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
    const config = readFileSync(join(FIXTURES, fixture, 'mockforge.yaml'), 'utf8').replace(
      /\ncore:/,
      `${BULK_WORKSPACE}\ncore:`,
    );
    writeFileSync(join(dir, 'mockforge.yaml'), config);
    writeFileSync(join(dir, 'contracts', 'bulk-service.yaml'), bulkContract(bulk, withLegacy, version));
  };
  layout('ecommerce', true, '1.0.0');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'feature');
  layout('ecommerce-v2', false, '2.0.0');
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  const headSha = git('rev-parse', 'HEAD');
  const eventPath = join(dir, '..', `${dir.split('/').pop()}-event.json`);
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent(baseSha, headSha)));
  made.push(eventPath);
  return { dir, baseSha, headSha, eventPath };
}

/** The fields of a real `pull_request` webhook payload the Action reads, and some around them. */
export function pullRequestEvent(baseSha: string, headSha: string): object {
  const repository = { id: 1, name: 'shop', full_name: 'acme/shop', owner: { login: 'acme', type: 'Organization' } };
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      id: 1_700_000_007,
      number: 7,
      state: 'open',
      title: 'Orders return 200; users lose email',
      user: { login: 'octocat' },
      base: { ref: 'main', sha: baseSha, repo: repository },
      head: { ref: 'feature', sha: headSha, repo: repository },
    },
    repository,
    sender: { login: 'octocat' },
  };
}
