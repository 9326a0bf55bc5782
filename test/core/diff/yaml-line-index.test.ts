import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { emitYaml } from '../../../src/core/diff/emit-yaml.js';
import { indexYamlLines, indexYamlLinesPaced } from '../../../src/core/diff/yaml-line-index.js';
import { formatPointer } from '../../../src/core/source/json-pointer.js';
import { parseSource } from '../../../src/core/source/source-file.js';
import { CORPUS, ECOMMERCE } from '../../helpers/temp-project.js';

/** Every pointer of a value, containers and scalars. */
function pointersOf(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  out.push(path);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) pointersOf(child, [...path, key], out);
  }
  return out;
}

/** The index must answer exactly what the full position-keeping parser answers. */
function expectSameAsParser(text: string, file: string, step = 1) {
  const index = indexYamlLines(text);
  expect(index).toBeDefined();
  const source = parseSource(`${text}\n# force the position parser: &anchor`, file);
  const pointers = pointersOf(source.value).filter((_, i) => i % step === 0);
  for (const pointer of pointers) {
    const slow = source.locate(pointer);
    const own = index?.get(formatPointer(pointer));
    if (own) {
      expect([formatPointer(pointer), own]).toEqual([formatPointer(pointer), { line: slow.line, column: slow.column }]);
    } else {
      // Inside a one-line flow collection (`[a, b]`): not indexed, its nearest ancestor is on the same line.
      const ancestor = [...pointer.keys()]
        .reverse()
        .map((n) => index?.get(formatPointer(pointer.slice(0, n))))
        .find(Boolean);
      expect([formatPointer(pointer), ancestor?.line]).toEqual([formatPointer(pointer), slow.line]);
    }
  }
  return pointers.length;
}

describe('indexYamlLines', () => {
  it('agrees with the parser on the tutorial files and the Twilio contracts', () => {
    for (const name of ['users-service.yaml', 'orders-service.yaml', 'shared-schemas.yaml']) {
      const file = join(ECOMMERCE, 'contracts', name);
      expectSameAsParser(readFileSync(file, 'utf8'), file);
    }
    const twilio = join(CORPUS, 'twilio', 'api_v2010.yaml');
    expect(expectSameAsParser(readFileSync(twilio, 'utf8'), twilio, 7)).toBeGreaterThan(4000);
  }, 60_000);

  it('handles block scalars, multi-line scalars, explicit keys, nested sequences and quoted keys', () => {
    const text = [
      'openapi: 3.0.3',
      'info:',
      '  title: "A: title"',
      '  description: |',
      '    first: not a key',
      '',
      '    - not an item',
      '  version: 1.0.0 # comment',
      'paths:',
      "  '/a/{id}':",
      '    get:',
      '      summary: a plain scalar',
      '        continued on a second line',
      '      parameters:',
      '      - name: id',
      '        in: path',
      '      -',
      '        name: q',
      '      tags: [a, b]',
      '    ? very.long.key',
      '    : type: object',
      '      nested:',
      '      - - x',
      '        - y',
      '"quoted ~ key": 1',
    ].join('\n');
    expectSameAsParser(text, 'x.yaml');
  });

  it('lists the keys of every block mapping and the indexes of every block list, in document order', () => {
    const text = readFileSync(join(CORPUS, 'twilio', 'api_v2010.yaml'), 'utf8');
    const children = new Map<string, string[]>();
    const index = indexYamlLines(text, children) as Map<string, { line: number }>;
    const value = load(text);
    let checked = 0;
    const visit = (node: unknown, path: string[]) => {
      if (node === null || typeof node !== 'object') return;
      const pointer = formatPointer(path);
      // Flow collections (`[a, b]`, `{}`) are one line's value: their children are not indexed.
      if (index.has(`${pointer}/${Array.isArray(node) ? 0 : Object.keys(node)[0]}`) || path.length === 0) {
        expect([pointer, children.get(pointer)]).toEqual([pointer, Object.keys(node)]);
        checked++;
      }
      for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
    };
    visit(value, []);
    expect(checked).toBeGreaterThan(5000);
  });

  it('scanned in slices (paced), gives the same index, pausing every few thousand lines, and stops when a pause fails', async () => {
    const text = readFileSync(join(CORPUS, 'twilio', 'api_v2010.yaml'), 'utf8');
    const lines = text.split('\n').length;
    let pauses = 0;
    const always = { due: () => true, pause: async () => void pauses++ };
    const children = new Map<string, string[]>();
    const paced = await indexYamlLinesPaced(text, always, children);
    const whole = new Map<string, string[]>();
    expect(paced).toEqual(indexYamlLines(text, whole));
    expect(children).toEqual(whole);
    expect(pauses).toBe(Math.ceil(lines / 4096));
    // An abort rejects the pause: the scan ends there, with the pause's reason.
    let scanned = 0;
    const stopping = {
      due: () => true,
      pause: async () => {
        if (++scanned === 3) throw 'SIGTERM';
      },
    };
    await expect(indexYamlLinesPaced(text, stopping)).rejects.toBe('SIGTERM');
    expect(scanned).toBe(3);
    await expect(indexYamlLinesPaced('a: &x 1\nb: *x\n', always)).resolves.toBeUndefined();
  });

  it('declines what it does not cover, so the caller falls back to the parser', () => {
    expect(indexYamlLines('a: &x 1\nb: *x\n')).toBeUndefined();
    expect(indexYamlLines('{"openapi": "3.0.0"}')).toBeUndefined();
    expect(indexYamlLines('a: 1\n---\nb: 2\n')).toBeUndefined();
    expect(indexYamlLines('a:\n\t- 1\n')).toBeUndefined();
  });
});

describe('emitYaml', () => {
  it('writes YAML that reads back as the same value, one pointer per line', () => {
    const value = {
      openapi: '3.0.3',
      paths: { '/a~b/{id}': { get: { parameters: [{ name: 'id', in: 'path' }, 'x'], responses: {} } } },
      odd: [
        'line\nbreak',
        'tab\t',
        'nel\u0085',
        'ls\u2028',
        'c1\u0080\u0099\u007f\ufffe',
        '"quoted"',
        'null',
        '123',
        true,
        null,
        1.5,
        [],
        {},
      ],
    };
    const { text, pointers } = emitYaml(value);
    expect(load(text)).toEqual(value);
    // Only YAML's printable characters as they are (oasdiff's reader refuses the rest), the others escaped.
    expect(text).not.toMatch(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/);
    const index = indexYamlLines(text);
    const lines = text.split('\n');
    for (const [line, pointer] of pointers.entries()) {
      // A bare `-` line is the item itself in the emitted table; the parser places the item at its content.
      if (lines[line]?.trim() !== '-') expect(index?.get(pointer)?.line).toBe(line + 1);
    }
    expect(pointers).toContain('/paths/~1a~0b~1{id}/get/parameters/0');
  });
});
