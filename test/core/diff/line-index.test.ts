import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLineIndex, type LineIndex, NotBlockYaml } from '../../../src/core/diff/line-index.js';
import { type ChildKeys, indexYamlLines } from '../../../src/core/diff/yaml-line-index.js';
import { lineOf, tempProject } from '../../helpers/temp-project.js';
import { diffIn } from './git-repo.js';

/** Every lookup the whole-file scan can answer, answered the same by the index built part by part. */
function expectSameAsWholeScan(text: string, label: string) {
  const children: ChildKeys = new Map();
  const whole = indexYamlLines(text, children);
  const parts = createLineIndex(text);
  if (!whole) {
    // Beyond plain block YAML: refused at once, or by the lookup that reaches the part.
    if (parts) expect(() => parts.pointerAtLine(1), label).toThrow(NotBlockYaml);
    return;
  }
  expect(parts, label).toBeDefined();
  const index = parts as LineIndex;
  for (const [pointer, position] of whole) expect(index.get(pointer), `${label} ${pointer}`).toEqual(position);
  for (const [pointer, keys] of children) expect(index.keys(pointer), `${label} keys of ${pointer}`).toEqual(keys);
  expect(index.has('/paths/~1not-there/get'), label).toBe(false);
  const firstOnLine: string[] = [];
  for (const [pointer, { line }] of whole) firstOnLine[line - 1] ??= pointer;
  const lines = text.split('\n').length;
  for (let line = 1; line <= lines; line++) {
    expect(index.pointerAtLine(line), `${label} line ${line}`).toBe(firstOnLine[line - 1]);
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const SHAPES: Array<[string, string]> = [
  [
    'a list at its key indent',
    'openapi: 3.0.3\nservers:\n- url: /a\n- url: /b\npaths:\n  /x:\n    get:\n      tags:\n      - t\n',
  ],
  [
    'an explicit key among the paths',
    `openapi: 3.0.3\npaths:\n  ? /${'long/'.repeat(30)}x\n  : get:\n      responses: {}\n  /y:\n    get: {}\n`,
  ],
  ['an empty paths section', 'openapi: 3.0.3\npaths:\ncomponents:\n  schemas:\n    A:\n      type: string\n'],
  [
    'a kind of component written inline',
    'openapi: 3.0.3\ncomponents:\n  schemas: {}\n  responses:\n    R:\n      description: r\n',
  ],
  [
    'comments and blank lines at every indent',
    '# top\nopenapi: 3.0.3\n\npaths:\n# between\n  /x:\n      # deep\n    get:\n\n      description: d\n  # before y\n  /y: {}\n',
  ],
  [
    'a document start and CRLF line ends',
    '---\r\nopenapi: 3.0.3\r\npaths:\r\n  /x:\r\n    get:\r\n      summary: s\r\n',
  ],
  [
    'block and multi-line scalars',
    'openapi: 3.0.3\ninfo:\n  description: |\n    line\n  x\npaths:\n  /x:\n    get:\n      description: >-\n        text\n\n        more\n      summary: two\n        lines\n',
  ],
  [
    'paths after components',
    'components:\n  schemas:\n    A: {type: string}\n    B:\n      type: object\npaths:\n  /a:\n    get: {}\nopenapi: 3.1.0\n',
  ],
  ['a section entry with an anchor', 'openapi: 3.0.3\npaths:\n  /x: &x\n    get: {}\n  /y: *x\n'],
  ['a tab in a part', 'openapi: 3.0.3\npaths:\n  /x:\n\tget: {}\n'],
  [
    'a line of spaces and a tab in a block scalar',
    'openapi: 3.0.3\ninfo:\n  description: |\n    a\n    \t\n    b\npaths: {}\n',
  ],
  [
    'an extension under components holding a list, deeper or at its key indent',
    'openapi: 3.0.3\ncomponents:\n  x-languages:\n    - curl\n  x-more:\n  - go\n  schemas:\n    A: {}\n',
  ],
];

describe('the line index built part by part', () => {
  it.each(SHAPES)('answers as the whole-file scan: %s', (label, text) => {
    expectSameAsWholeScan(text, label);
  });

  it("answers as the whole-file scan on every YAML file of the fixtures (Twilio's, DigitalOcean's, Arazzo's...)", () => {
    const files = yamlFiles(join(__dirname, '../../../fixtures'));
    expect(files.length).toBeGreaterThan(300);
    for (const file of files) expectSameAsWholeScan(readFileSync(file, 'utf8'), file);
  });

  it('scans only the parts it is asked about: a part beyond plain block YAML fails only its own lookups', () => {
    const text =
      'openapi: 3.0.3\ninfo:\n  title: t\npaths:\n  /ok:\n    get:\n      summary: fine\n  /odd:\n    get: &g\n      summary: anchored\n  /alias:\n    get: *g\n';
    expect(indexYamlLines(text)).toBeUndefined();
    const index = createLineIndex(text) as LineIndex;
    expect(index.get('/paths/~1ok/get/summary')).toEqual({ line: 7, column: 7 });
    expect(index.get('/info/title')).toEqual({ line: 3, column: 3 });
    expect(index.keys('/paths')).toEqual(['/ok', '/odd', '/alias']);
    expect(() => index.get('/paths/~1odd/get')).toThrow(NotBlockYaml);
    expect(() => index.has('/paths/~1alias/get')).toThrow(NotBlockYaml);
  });
});

/** A contract over 256 KiB (it goes to oasdiff as written), with `extra` path items after the first. */
function large(status: string, extra: string): string {
  const line = `    ${'padding '.repeat(12)}\n`;
  return [
    'openapi: 3.0.3',
    'info: {title: t, version: 1.0.0}',
    'paths:',
    '  /items:',
    '    get:',
    '      responses:',
    `        '${status}':`,
    '          description: ok',
    extra,
    `x-padding: |\n${line.repeat(Math.ceil((300 * 1024) / line.length))}`,
  ].join('\n');
}

describe('a diff whose contracts are only partly plain block YAML', () => {
  it.each([
    [
      'the anchor is in a part the change is not in',
      "  /other:\n    get: &shared\n      responses:\n        '200': {description: ok}\n  /same: {get: *shared}",
    ],
    ['the anchor is in the changed part itself', ''],
    [
      'no anchor, but a number JSON cannot hold: oasdiff reads the YAML itself and names lines',
      '  /big:\n    get:\n      parameters:\n      - {name: n, in: query, schema: {type: integer, maximum: 90071992547409930}}\n      responses:\n        default: {description: d}',
    ],
  ])(
    'still finds the change at its line (%s)',
    async (_label, extra) => {
      const anchored =
        extra === '' ? (text: string) => text.replace("        '200':", "        '200': &ok") : (t: string) => t;
      const base = anchored(large('200', extra));
      const head = anchored(large('201', extra));
      const dir = tempProject({ 'base.yaml': base, 'head.yaml': head });
      const result = await diffIn(dir, { base: 'base.yaml', head: 'head.yaml', versionPolicy: false, failOn: 'never' });
      const change = result.contracts[0]?.changes.find((c) => c.id === 'response-success-status-removed');
      expect(change?.location.line).toBe(lineOf(head, 'responses:'));
      expect(change?.baseLocation?.line).toBe(lineOf(base, "'200'"));
    },
    30_000,
  );
});
