import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { basePathOf } from '../../../src/core/contract/load-contract.js';
import type { JsonObject } from '../../../src/core/contract/types.js';
import { contractAsWritten } from '../../../src/core/diff/contract-as-written.js';
import { createPacer } from '../../../src/core/pacer.js';
import { createFileReader, type SourceReader } from '../../../src/core/source/source-reader.js';
import { tempProject } from '../../helpers/temp-project.js';

const PATHS =
  'paths:\n  /items:\n    get:\n      servers:\n      - url: /elsewhere\n      responses:\n        "200":\n          description: ok\n';

async function writtenContract(servers: string, read: SourceReader = createFileReader()) {
  const text = `openapi: 3.0.3\ninfo:\n  title: t\n  version: 1.0.0\n${servers}${PATHS}`;
  const file = join(tempProject({ 'api.yaml': text }), 'api.yaml');
  const written = await contractAsWritten(file, read, createPacer());
  return { contract: written?.contract, expected: basePathOf(load(text) as JsonObject) };
}

describe('a contract as written (line-indexed, not parsed)', () => {
  it.each([
    ['no servers', ''],
    ['a plain url', 'servers:\n- url: https://api.example.com/v2/\n'],
    ['a relative url', 'servers:\n  - url: /api\n    description: local\n'],
    [
      'variables at their defaults',
      "servers:\n- url: '{scheme}://example.com/{version}/x'\n  variables:\n    scheme:\n      default: https\n    version: {default: v3}\n",
    ],
    [
      'a numeric default',
      'servers:\n- url: https://example.com:{port}/{v}\n  variables:\n    port:\n      default: 8443\n    v:\n      default: 2\n',
    ],
  ])('has the base path of its first server, read from the lines (%s)', async (_, servers) => {
    const refuse = () => {
      throw new Error('the document was parsed');
    };
    const { contract, expected } = await writtenContract(servers, refuse);
    expect(contract?.basePath).toBe(expected);
  });

  it('falls back to the parsed document for a server written as a flow collection', async () => {
    const { contract, expected } = await writtenContract('servers: [{url: /flow/api}]\n');
    expect(expected).toBe('/flow/api');
    expect(contract?.basePath).toBe(expected);
  });
});
