import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleAsReference } from '../../../bench/reference-bundle.mjs';
import { checkStructure } from '../../../src/core/contract/check-structure.js';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import type { LoadedContract } from '../../../src/core/contract/types.js';
import type { DiffResult } from '../../../src/core/diff/types.js';
import { runProcess } from '../../../src/core/exec/run-process.js';
import { runOasdiffBreaking } from '../../../src/core/oasdiff/run-oasdiff.js';
import { escapePointerSegment } from '../../../src/core/source/json-pointer.js';
import { CORPUS, lineOf, tempProject } from '../../helpers/temp-project.js';
import { diffIn, gitRepo, OASDIFF } from './git-repo.js';

/** DigitalOcean's multi-file description, a real pair (fixtures/corpus/digitalocean/README.md). */
const DO = join(CORPUS, 'digitalocean');
const ROOT = 'specification/DigitalOcean-public.v2.yaml';
const SLOW = 180_000;

/** What oasdiff reports on the reference bundles of the two roots, as comparable strings. */
async function referenceChanges(baseRoot: string, headRoot: string): Promise<string[]> {
  const dir = tempProject({});
  const [base, head] = [join(dir, 'base.json'), join(dir, 'head.json')];
  writeFileSync(base, JSON.stringify((await bundleAsReference(baseRoot)).document));
  writeFileSync(head, JSON.stringify((await bundleAsReference(headRoot)).document));
  const changes = await runOasdiffBreaking(base, head, {
    exec: runProcess,
    binary: OASDIFF,
    cwd: dir,
  });
  return changes.map((c) => comparable(c.id, c.operation, c.path, c.text)).sort();
}

function mockforgeChanges(result: DiffResult): string[] {
  return result.contracts
    .flatMap((c) => c.changes)
    .filter((c) => c.id !== 'version-not-bumped')
    .map((c) => comparable(c.id, c.operation?.method, c.operation?.path, c.text))
    .sort();
}

/**
 * A change as both sides can agree on it: the bundlers name the components they add differently, and
 * oasdiff quotes those names in `allOf[...]`-style path segments, so those are left out.
 */
function comparable(id: string, method: string | undefined, path: string | undefined, text: string): string {
  return `${id} ${method ?? ''} ${path ?? ''} ${text.replace(/(allOf|anyOf|oneOf)\[[^\]]*\]/g, '$1[]')}`;
}

/**
 * One entry per change however many paths oasdiff printed for it (issue 19 §2: the diff keeps one finding
 * per element): a quoted property path is compared by its last three steps (`droplet/anyOf[]/disk_info/...`
 * and `droplet/anyOf[]/size/disk_info/...` are one shared schema's enum).
 */
function perElement(changes: readonly string[]): string[] {
  const tail = (text: string) =>
    text.replace(/`([^`]*\/[^`]*)`/g, (_, path: string) => `\`…/${path.split('/').slice(-3).join('/')}\``);
  return [...new Set(changes.map(tail))].sort();
}

/**
 * Every key of the bundle (component sections and names aside) whose located line does not hold that key:
 * the source map must lead each node to where it is written, across hundreds of files.
 */
function misplacedNodes(contract: LoadedContract): string[] {
  const lines = new Map<string, string[]>();
  const wrong: string[] = [];
  const walk = (node: unknown, pointer: string) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const child = `${pointer}/${escapePointerSegment(key)}`;
      // Sections and names the bundle made up have no line of their own.
      if (!Array.isArray(node) && !/^\/components\/[^/]+(\/[^/]+)?$/.test(child)) {
        const { file, line, exact } = contract.sourceMap.locate(child);
        let text = lines.get(file);
        if (!text) {
          text = readFileSync(file, 'utf8').split('\n');
          lines.set(file, text);
        }
        if (!exact || !(text[line - 1] ?? '').includes(key)) wrong.push(`${child} -> ${file}:${line}`);
      }
      walk(value, child);
    }
  };
  walk(contract.document, '');
  return wrong;
}

const diffFiles = (base: string, head: string) => diffIn(tmpdir(), { base, head, versionPolicy: false });

describe('multi-file contracts: DigitalOcean (whole operations, parameters, responses, examples, links as refs)', () => {
  it(
    'loads with every ref resolved and valid OpenAPI: no unresolved, refused or structure findings',
    async () => {
      for (const side of ['base', 'head']) {
        const contract = loadContract(join(DO, side, ROOT));
        expect(contract.diagnostics).toEqual([]);
        expect(await checkStructure(contract)).toEqual([]);
        // Whole operations given as refs are inlined where they belong, not filed as schemas.
        const get = (contract.document.paths as any)['/v2/account/keys/{ssh_key_identifier}'].get;
        expect(get.operationId).toBe('sshKeys_get');
        expect(get.parameters[0].$ref).toMatch(/^#\/components\/parameters\//);
        expect(get.responses['200'].$ref).toMatch(/^#\/components\/responses\//);
        // `properties: {$ref}` is inlined as the map it names; a tag description given as a ref is its text.
        const lb = (contract.document.components as any).schemas.resources_load_balancers_models_load_balancer;
        expect(lb.allOf ?? lb.properties).toBeDefined();
        const intro = (contract.document.tags as any[]).find((t) => t.name === 'Public APIs Introduction');
        expect(typeof intro.description).toBe('string');
        // The source map leads every node back to its own file and line.
        const at = contract.sourceMap.locate('/paths/~1v2~1account~1keys~1{ssh_key_identifier}/get/operationId');
        expect(at).toMatchObject({ file: join(DO, side, 'specification/resources/ssh_keys/sshKeys_get.yml'), line: 1 });
        expect(misplacedNodes(contract)).toEqual([]);
      }
    },
    SLOW,
  );

  it(
    'reports exactly the changes oasdiff finds on the reference bundles, at their nested files',
    async () => {
      const [base, head] = [join(DO, 'base', ROOT), join(DO, 'head', ROOT)];
      const result = await diffFiles(base, head);
      const expected = await referenceChanges(base, head);
      expect(expected.length).toBe(13);
      // oasdiff reaches two of them by two paths each; the diff reports each element once.
      expect(mockforgeChanges(result)).toHaveLength(11);
      expect(perElement(mockforgeChanges(result))).toEqual(perElement(expected));
      const located = result.contracts[0]?.changes.filter((c) => c.location.file.includes('/resources/nfs/')) ?? [];
      expect(located.length).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'against a git ref: the base revision of every nested file is read from git, with the same changes',
    async () => {
      const dir = tempProject({});
      const repo = gitRepo(dir);
      cpSync(join(DO, 'base', 'specification'), join(dir, 'specification'), { recursive: true });
      repo.commit('base');
      rmSync(join(dir, 'specification'), { recursive: true });
      cpSync(join(DO, 'head', 'specification'), join(dir, 'specification'), { recursive: true });
      const result = await diffIn(dir, { base: 'main', head: ROOT, versionPolicy: false });
      const files = await diffFiles(join(DO, 'base', ROOT), join(DO, 'head', ROOT));
      // The work tree holds the head only: these 11 changes exist only if every base file came from git.
      expect(mockforgeChanges(result)).toHaveLength(11);
      expect(mockforgeChanges(result)).toEqual(mockforgeChanges(files));
      const nested = result.contracts[0]?.changes.filter((c) => c.location.file.includes('/resources/nfs/')) ?? [];
      expect(nested.length).toBeGreaterThan(0);
      for (const change of nested) expect(change.location.file.startsWith(join(dir, 'specification/'))).toBe(true);
    },
    SLOW,
  );

  it(
    'finds breaking edits planted in nested files, each at its line, as the reference does',
    async () => {
      const dir = tempProject({});
      cpSync(join(DO, 'base'), join(dir, 'base'), { recursive: true });
      cpSync(join(DO, 'base'), join(dir, 'head'), { recursive: true });
      const spec = join(dir, 'head', 'specification');
      const edit = (file: string, from: string, to: string) => {
        const text = readFileSync(join(spec, file), 'utf8');
        expect(text).toContain(from);
        writeFileSync(join(spec, file), text.replace(from, to));
        return text.replace(from, to);
      };
      // A property's type, two files below the operation that uses it.
      const name = edit('resources/ssh_keys/attributes/ssh_key_name.yml', 'type: string', 'type: integer');
      // A shared query parameter becomes required.
      edit('shared/parameters.yml', 'name: per_page\n  required: false', 'name: per_page\n  required: true');
      // Inside a map reached through `properties: {$ref}`.
      const ids = edit(
        'resources/load_balancers/models/attributes.yml',
        'items:\n      type: integer',
        'items:\n      type: string',
      );
      // A success response removed from an operation given as a ref.
      edit('resources/domains/domains_get.yml', "  '200':\n    $ref: 'responses/existing_domain.yml'\n\n", '');
      const result = await diffFiles(join(dir, 'base', ROOT), join(spec, 'DigitalOcean-public.v2.yaml'));
      const changes = result.contracts[0]?.changes ?? [];
      expect(perElement(mockforgeChanges(result))).toEqual(
        perElement(await referenceChanges(join(dir, 'base', ROOT), join(spec, 'DigitalOcean-public.v2.yaml'))),
      );
      const at = (file: string) => changes.filter((c) => c.location.file === join(spec, file));
      // A property given as a ref to the edited file: located at the property (issue 19 §3: the element is
      // the property, not the shared definition), in the file that writes it.
      expect(name).toContain('type: integer');
      const models = readFileSync(join(spec, 'resources/ssh_keys/models/sshKeys.yml'), 'utf8');
      expect(at('resources/ssh_keys/models/sshKeys.yml').map((c) => c.location.line)).toContain(
        lineOf(models, 'name:'),
      );
      expect(changes.filter((c) => c.id === 'request-parameter-became-required').length).toBeGreaterThanOrEqual(4);
      expect(at('resources/load_balancers/models/attributes.yml').map((c) => c.location.line)).toContain(
        lineOf(ids, 'type: string'),
      );
      expect(
        changes.some(
          (c) => c.id === 'response-success-status-removed' && c.operation?.path === '/v2/domains/{domain_name}',
        ),
      ).toBe(true);
    },
    SLOW,
  );
});
