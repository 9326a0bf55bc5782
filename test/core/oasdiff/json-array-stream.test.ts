import { describe, expect, it } from 'vitest';
import { createJsonArrayStream } from '../../../src/core/oasdiff/json-array-stream.js';

function feed(text: string, cut: (bytes: Buffer) => Buffer[]) {
  const items: unknown[] = [];
  const stream = createJsonArrayStream((item) => items.push(item));
  for (const chunk of cut(Buffer.from(text, 'utf8'))) stream.write(chunk);
  return { items, end: stream.end() };
}

const whole = (bytes: Buffer) => [bytes];
const everyByte = (bytes: Buffer) => [...bytes].map((byte) => Buffer.from([byte]));

describe('createJsonArrayStream', () => {
  const items = [
    { id: 'a', text: 'removed `x` from [the] {list}, "quoted" \\ backslash', level: 3 },
    { id: 'ü', text: 'naïve — 日本語 🙂', nested: { deep: [1, [2, { three: ']' }]] } },
    'a string item, with a comma',
    42,
    null,
    true,
  ];
  const text = `${JSON.stringify(items, null, 2)}\n`;

  it.each([
    ['in one chunk', whole],
    ['cut between every byte (inside strings, escapes and multi-byte characters)', everyByte],
    [
      'in chunks of 7 bytes',
      (bytes: Buffer) =>
        Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7)),
    ],
  ])('hands over each item, %s', (_how, cut) => {
    const result = feed(text, cut);
    expect(result.items).toEqual(items);
    expect(result.end).toEqual({ complete: true });
  });

  it('reads `null`, `[]` and no output as no changes', () => {
    for (const empty of ['null\n', '[]', '  [ ]  \n', '']) {
      expect(feed(empty, whole)).toEqual({ items: [], end: { complete: true } });
    }
  });

  it('keeps text that is not a JSON array for the error message, and flags a cut-off array', () => {
    const usage = feed('Error: unknown flag --bogus\nUsage:\n  oasdiff breaking base revision [flags]\n', everyByte);
    expect(usage.items).toEqual([]);
    expect(usage.end).toMatchObject({ complete: false, text: expect.stringContaining('unknown flag') });
    const cut = feed('[{"id": "a", "text": "x"}, {"id": "b", "te', whole);
    expect(cut.items).toEqual([{ id: 'a', text: 'x' }]);
    expect(cut.end.complete).toBe(false);
  });

  it('passes a broken item on as a SyntaxError (the caller names it a tool failure)', () => {
    expect(() => feed('[{"id": "a", "text": oops}]', whole)).toThrow(SyntaxError);
  });
});
