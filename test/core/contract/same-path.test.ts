import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';
import { diffIn } from '../diff/git-repo.js';

/** Google's converted descriptions have them: `/v1/{name}` (get) beside `/v1/{parent}` (list). */
const CONTRACT = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /v1/{name}:
    get:
      parameters: [{name: name, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
  /v1/{parent}:
    get:
      parameters: [{name: parent, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
  /v1/{parent}/items:
    get:
      parameters: [{name: parent, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
`;

describe('paths that differ only in their template names', () => {
  it('are a lint warning at the second, naming the first', () => {
    const dir = tempProject({ 'api.yaml': CONTRACT });
    const found = loadContract(join(dir, 'api.yaml')).diagnostics.filter((d) => d.code === 'MF_LINT_SAME_PATH');
    expect(found.map((d) => [d.location.line, d.message.split(':')[0]])).toEqual([
      [lineOf(CONTRACT, '/v1/{parent}:'), '/v1/{parent} and /v1/{name} differ only in their template names'],
    ]);
  });

  it('oasdiff refuses them with one method on both: the diff fails saying which and where to look', async () => {
    const dir = tempProject({
      'base.yaml': CONTRACT,
      'head.yaml': CONTRACT.replace(
        "'200': {description: ok}}\n",
        "'200': {description: ok}, '404': {description: no}}\n",
      ),
    });
    const diff = diffIn(dir, { base: 'base.yaml', head: 'head.yaml', versionPolicy: false, failOn: 'never' });
    await expect(diff).rejects.toMatchObject({
      code: 'MF_TOOL_FAILED',
      hint: expect.stringContaining('`mockforge lint` names them (MF_LINT_SAME_PATH)'),
    });
    // oasdiff read a temp copy: the message names the contract instead, not a path that no longer exists.
    const message = await diff.catch((error: Error) => error.message);
    expect(message).toContain(`found in ${join(dir, 'base.yaml')}`);
    expect(message).not.toContain('mockforge-diff-');
  });
});
