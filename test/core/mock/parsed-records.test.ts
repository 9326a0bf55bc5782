import { expect, it } from 'vitest';
import { ParsedRecords } from '../../../src/core/mock/state/parsed-records.js';

it('gives the same frozen record for the same JSON text, a new one for other text', () => {
  const parsed = new ParsedRecords();
  const first = parsed.parse('{"id":"a","name":"x"}');
  expect(first).toEqual({ id: 'a', name: 'x' });
  expect(Object.isFrozen(first)).toBe(true);
  expect(parsed.parse('{"id":"a","name":"x"}')).toBe(first);
  const changed = parsed.parse('{"id":"a","name":"y"}');
  expect(changed).toEqual({ id: 'a', name: 'y' });
  expect(changed).not.toBe(first);
});

it('keeps at most 4 MiB of text, dropping the oldest first', () => {
  const parsed = new ParsedRecords();
  const text = (i: number) => JSON.stringify({ id: i, pad: 'x'.repeat(200 * 1024) });
  const first = parsed.parse(text(0));
  const second = parsed.parse(text(1));
  // 25 texts of 200 KiB: the first ones no longer fit.
  for (let i = 2; i < 25; i++) parsed.parse(text(i));
  expect(parsed.parse(text(24))).toBe(parsed.parse(text(24)));
  expect(parsed.parse(text(0))).not.toBe(first);
  expect(parsed.parse(text(0))).toEqual(first);
  expect(parsed.parse(text(1))).not.toBe(second);
});

it('does not keep a record of more than 256 KiB of text', () => {
  const parsed = new ParsedRecords();
  const text = JSON.stringify({ pad: 'x'.repeat(300 * 1024) });
  expect(parsed.parse(text)).not.toBe(parsed.parse(text));
});
