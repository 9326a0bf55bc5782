import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { createLineLocator } from '../../../src/core/source/locate-lines.js';
import { parseSource } from '../../../src/core/source/source-file.js';
import { CORPUS } from '../../helpers/temp-project.js';

const EXAMPLES = dirname(createRequire(import.meta.url).resolve('@readme/oas-examples/package.json'));

/** The position-keeping parser's answers: the reference the line scanners must agree with. */
function parserLocator(text: string) {
  const lineCounter = new LineCounter();
  const root = parseDocument(text, { lineCounter }).contents as Node | null;
  return (segments: readonly string[]) => locateInTree(root, lineCounter, segments);
}

function locateInTree(root: Node | null, lineCounter: LineCounter, segments: readonly string[]) {
  let node = root;
  let offset = node?.range?.[0] ?? 0;
  let exact = true;
  for (const segment of segments) {
    const next = isMap(node)
      ? node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment)
      : undefined;
    if (isMap(node) && next) {
      offset = (next.key as Node).range?.[0] ?? offset;
      node = next.value as Node | null;
    } else if (isSeq(node) && /^\d+$/.test(segment) && node.items[Number(segment)]) {
      node = node.items[Number(segment)] as Node;
      offset = node.range?.[0] ?? offset;
    } else {
      exact = false;
      break;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col, exact };
}

/** Some pointers of a value (every key down to a few thousand) and two that do not exist. */
function samplePointers(value: unknown): string[][] {
  const all: string[][] = [];
  const walk = (node: unknown, segments: string[]) => {
    if (node === null || typeof node !== 'object' || all.length > 3000) return;
    for (const [key, child] of Object.entries(node)) {
      all.push([...segments, key]);
      walk(child, [...segments, key]);
    }
  };
  walk(value, []);
  const step = Math.max(1, Math.floor(all.length / 80));
  return [...all.filter((_, i) => i % step === 0), ['nope'], ['paths', 'nope', 'get']];
}

describe('locating nodes from the lines (block YAML, JSON) instead of the position-keeping parser', () => {
  const files = [
    ...['3.0', '3.1'].flatMap((v) =>
      ['yaml', 'json'].flatMap((f) =>
        readdirSync(join(EXAMPLES, v, f))
          .filter((n) => /\.(ya?ml|json)$/.test(n))
          .map((n) => join(EXAMPLES, v, f, n)),
      ),
    ),
    join(CORPUS, 'twilio/verify_v2.yaml'),
    join(CORPUS, 'digitalocean/head/specification/resources/ssh_keys/sshKeys_get.yml'),
  ];

  it("gives the parser's line, column and exactness for every sampled node, path by path and from the full index", () => {
    let compared = 0;
    for (const file of files) {
      // Beyond the scanners (anchors...) the parser answers instead.
      compared += compareWithParser(readFileSync(file, 'utf8'), file, samplePointers, { skipUnanswered: true });
    }
    expect(compared).toBeGreaterThan(5000);
  });
});

/** Every pointer of a value (keys and array items), and one missing child under each object. */
function everyPointer(value: unknown): string[][] {
  const all: string[][] = [[]];
  const walk = (node: unknown, segments: string[]) => {
    if (node === null || typeof node !== 'object') return;
    all.push([...segments, 'missing']);
    for (const [key, child] of Object.entries(node)) {
      all.push([...segments, key]);
      walk(child, [...segments, key]);
    }
  };
  walk(value, []);
  return all;
}

/**
 * The scanners' answers for the pointers of `text` equal the parser's, path by path and from the full
 * index; every pointer is answered unless `skipUnanswered`. Returns how many answers were compared.
 */
function compareWithParser(
  text: string,
  file: string,
  pointersOf: (value: unknown) => string[][],
  { skipUnanswered = false } = {},
): number {
  const { value } = parseSource(text, file);
  const parserLocate = parserLocator(text);
  let compared = 0;
  for (const full of [false, true]) {
    const locate = createLineLocator(text, value);
    if (full) for (let i = 0; i < 20; i++) locate([]);
    for (const segments of pointersOf(value)) {
      const found = locate(segments);
      if (!found && skipUnanswered) continue;
      expect({ file, full, segments, ...found }).toEqual({ file, full, segments, ...parserLocate(segments) });
      compared++;
    }
  }
  return compared;
}

describe('the line scanners on what real contracts write', () => {
  it('block YAML: quoted and escaped keys, block and multi-line scalars that look like keys, comments, CRLF', () => {
    const text = [
      'openapi: 3.0.3 # a comment',
      'info:',
      '  title: "Quoted: title"',
      '  description: |',
      '    paths:',
      '      not-a-key: here',
      '  version: >-',
      '    folded',
      '    text',
      'paths:',
      "  '/a/{id}':",
      '    get:',
      '      summary: a plain',
      '        multi-line scalar',
      '      parameters:',
      '        - name: id',
      '          in: path',
      '        -   name: "with ~ and %"',
      '            in: query',
      '        -',
      '          name: late',
      '      responses: {"200": {description: ok}}',
      '  "/b~c%d":',
      '    # a comment inside',
      '    post:',
      '      tags: [one, two]',
      '      responses:',
      "        '201':",
      '          description: created',
      '',
    ].join('\n');
    compareWithParser(text, 'contract.yaml', everyPointer);
    compareWithParser(text.replace(/\n/g, '\r\n'), 'contract.yaml', everyPointer);
  });

  it('JSON: escaped keys, strings holding brackets and quotes, nested arrays, minified and indented', () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'a } tricky ] "title" {', version: '1' },
      paths: {
        '/a/{id}': {
          get: {
            parameters: [
              { name: 'id', in: 'path' },
              { name: 'q"uote\\d', in: 'query' },
            ],
            responses: { '200': { description: 'ok', content: { 'application/json': { example: [[1, 2], [], {}] } } } },
          },
        },
        '/b~c%d': { post: { tags: ['x', 'y'] } },
        'é/ü': {},
      },
    };
    compareWithParser(JSON.stringify(document), 'contract.json', everyPointer);
    compareWithParser(JSON.stringify(document, null, 2), 'contract.json', everyPointer);
    compareWithParser(JSON.stringify(document, null, '\t'), 'contract.json', everyPointer);
  });

  it('leaves what it does not read to the parser (anchors, flow mappings over several lines), and the source file still locates it', () => {
    const text = [
      'components:',
      '  schemas:',
      '    Base: &base',
      '      type: object',
      '    Copy: *base',
      '    Flow: {type: object,',
      '      properties: {id: {type: string}}}',
      '',
    ].join('\n');
    const source = parseSource(text, 'contract.yaml');
    const locate = createLineLocator(text, source.value);
    expect(locate(['components', 'schemas', 'Copy'])).toBeUndefined();
    const parserLocate = parserLocator(text);
    for (const segments of everyPointer(source.value)) {
      const { file: _file, ...found } = source.locate(segments);
      expect({ segments, ...found }).toEqual({ segments, ...parserLocate(segments) });
    }
  });
});
