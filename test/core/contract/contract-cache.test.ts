// Bundled contracts kept between runs (issue 12 §3): a hit reads the bundle back, any change to the
// contract's bytes is a miss, contracts that reach other files are never kept, and lines still resolve.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractCached } from '../../../src/core/contract/contract-cache.js';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';

const CONTRACT = `openapi: 3.0.3
info: {title: Cached, version: '1'}
paths:
  /items/{id}:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
components:
  schemas:
    Item: {type: object, properties: {id: {type: string}}}
`;

describe('loadContractCached', () => {
  it('reads the bundle back on a hit, and misses when the contract changes', () => {
    const dir = tempProject({ 'api.yaml': CONTRACT });
    const cache = join(dir, '.mockforge', 'cache', 'contracts');
    const file = join(dir, 'api.yaml');
    const first = loadContractCached(file, { root: dir }, cache);
    expect(first.document).toEqual(loadContract(file, { root: dir }).document);
    const [entry] = readdirSync(cache);
    expect(entry).toMatch(/\.json$/);
    // A hit is served from the entry: marked by hand here to tell it from a fresh load.
    const path = join(cache, entry as string);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"title":"Cached"', '"title":"From the cache"'));
    const hit = loadContractCached(file, { root: dir }, cache);
    expect(hit.title).toBe('From the cache');
    expect(hit.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /items/{id}']);
    // Undeclared path parameters were inferred by the loader and kept in the bundle, with their warning.
    expect(hit.diagnostics.map((d) => d.code)).toEqual(['MF_LINT_PATH_PARAMETER']);
    expect(hit.sourceMap.locate('/components/schemas/Item').line).toBe(lineOf(CONTRACT, 'Item:'));

    writeFileSync(file, CONTRACT.replace('title: Cached', 'title: Changed'));
    expect(loadContractCached(file, { root: dir }, cache).title).toBe('Changed');
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('never keeps a contract that reaches other files', () => {
    const dir = tempProject({
      'api.yaml': CONTRACT.replace("{$ref: '#/components/schemas/Item'}", "{$ref: './item.yaml'}"),
      'item.yaml': 'type: object\n',
    });
    const cache = join(dir, 'cache');
    const contract = loadContractCached(join(dir, 'api.yaml'), { root: dir }, cache);
    expect(contract.sourceMap.files).toHaveLength(2);
    expect(() => readdirSync(cache)).toThrow();
  });
});
