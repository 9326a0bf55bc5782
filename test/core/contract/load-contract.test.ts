import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/core/contract/load-contract.js';
import { ErrorCode, MockforgeError } from '../../../src/core/errors.js';
import { readSourceFile } from '../../../src/core/source/source-file.js';
import { CORPUS, lineOf, tempProject } from '../../helpers/temp-project.js';

function errorOf(fn: () => unknown): MockforgeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MockforgeError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('loadContract', () => {
  it('loads JSON contracts and OpenAPI 3.1', () => {
    const json = JSON.stringify(
      {
        openapi: '3.1.0',
        info: { title: 'J', version: '2.0.0' },
        servers: [{ url: 'https://x.test/v2/' }],
        paths: { '/a': { get: { responses: { '204': { description: 'ok' } } } } },
      },
      null,
      2,
    );
    const dir = tempProject({ 'api.json': json });
    const contract = loadContract(join(dir, 'api.json'));
    expect(contract).toMatchObject({ openapi: '3.1', title: 'J', version: '2.0.0', basePath: '/v2' });
    expect(contract.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['get /a']);
    expect(contract.sourceMap.locate('/paths/~1a/get')).toMatchObject({ line: lineOf(json, '"get"'), exact: true });
  });

  it('says plainly that Swagger 2.0 is not supported, at the swagger line', () => {
    const dir = tempProject({ 'old.yaml': '# legacy\nswagger: "2.0"\ninfo: { title: x, version: "1" }\npaths: {}\n' });
    const error = errorOf(() => loadContract(join(dir, 'old.yaml')));
    expect(error.code).toBe(ErrorCode.ContractUnsupported);
    expect(error.location?.line).toBe(2);
    expect(error.hint).toContain('OpenAPI 3');
  });

  it('turns a YAML alias bomb into an error instead of a hang', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const dir = tempProject({ 'bomb.yaml': `openapi: 3.0.0\n${levels.join('\n')}\n` });
    expect(errorOf(() => loadContract(join(dir, 'bomb.yaml'))).code).toBe(ErrorCode.SourceSyntax);
  });

  it('reports invalid YAML with its line', () => {
    const dir = tempProject({ 'bad.yaml': 'openapi: 3.0.0\ninfo:\n  title: [unclosed\n' });
    const error = errorOf(() => loadContract(join(dir, 'bad.yaml')));
    expect(error.code).toBe(ErrorCode.SourceSyntax);
    expect(error.location?.file).toBe(join(dir, 'bad.yaml'));
  });

  it('refuses files over the size limit', () => {
    const dir = tempProject({ 'big.yaml': `openapi: 3.0.0\n# ${'x'.repeat(2000)}\n` });
    expect(errorOf(() => readSourceFile(join(dir, 'big.yaml'), { maxBytes: 1000 })).code).toBe(
      ErrorCode.SourceTooLarge,
    );
  });

  it("loads Twilio's api_v2010 with every operation and no errors", () => {
    const contract = loadContract(join(CORPUS, 'twilio/api_v2010.yaml'));
    expect(contract.operations.length).toBeGreaterThan(190);
    expect(contract.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const op = contract.operations.find((o) => o.path.includes('/Calls/{Sid}.json') && o.method === 'get');
    expect(op).toBeDefined();
    expect(contract.sourceMap.locate(op!.pointer).exact).toBe(true);
  });
});

describe('YAML values', () => {
  it('keep dates and timestamps as strings, as YAML 1.2 says', () => {
    const dir = tempProject({
      'dates.yaml':
        'openapi: 3.0.0\ninfo: { title: d, version: 2024-01-01 }\npaths: {}\nx-when: 2024-01-01T10:00:00Z\n',
    });
    const source = readSourceFile(join(dir, 'dates.yaml'));
    expect(source.value).toMatchObject({ info: { version: '2024-01-01' }, 'x-when': '2024-01-01T10:00:00Z' });
  });
});
