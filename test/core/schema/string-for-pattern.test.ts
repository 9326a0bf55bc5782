// The one pattern-to-string generator (mock data, request parameters, minted ids) and how patterns written
// for other regex dialects are read.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/mock/random.js';
import { readPattern } from '../../../src/core/schema/read-pattern.js';
import { stringForPattern } from '../../../src/core/schema/string-for-pattern.js';

describe('stringForPattern', () => {
  it.each([
    '^AC[0-9a-fA-F]{32}$',
    '^(SM|MM)[0-9a-fA-F]{32}$',
    '^[A-Z]{2}-\\d{4}$',
    'ab?c+d*',
    '^\\w{3,5}\\.json$',
    '^x{2,}$',
    '^([0-9]+)_([0-9]+)$',
    '^[a-z]+(?:-[a-z]+)*$',
    '^(a+|b)$',
    '^[^a]$',
    '^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$',
    '^(?<word>[a-z]{2})-\\k<word>$',
    '^(a)\\1$',
    '^(?=.*\\d)[a-z0-9]{8}$',
    '^\\p{Lu}\\p{Ll}+$',
    '^[\\u00C0-\\u00FF]+$',
    '^(?:[01]\\d|2[0-3]):[0-5]\\d$',
    '^arn:aws:[a-z0-9-]+:[a-z0-9-]*:\\d{12}:.+$',
    // Azure's adminPassword (APIs.guru azure.com/containerservice-managedClusters): the lookahead asks for
    // punctuation, which the class allows but letters and digits are preferred to
    '^(?=.*[a-z])(?=.*[A-Z])(?=.*[!@#$%\\^&\\*\\(\\)])[a-zA-Z\\d!@#$%\\^&\\*\\(\\)]{12,123}$',
    // AWS ACM's certificate body (APIs.guru amazonaws.com/acm): CR and LF written as \u escapes
    '-{5}BEGIN CERTIFICATE-{5}\\u000D?\\u000A([A-Za-z0-9/+]{64}\\u000D?\\u000A)*[A-Za-z0-9/+]{1,64}={0,2}\\u000D?\\u000A-{5}END CERTIFICATE-{5}(\\u000D?\\u000A)?',
    '^a\\x2Db\\rc\\u{41}$',
  ])('matches %s for many seeds', (pattern) => {
    for (let seed = 0; seed < 30; seed++) {
      const value = stringForPattern(pattern, createRandom(seed));
      expect(value, `seed ${seed}`).toBeDefined();
      expect(new RegExp(pattern, 'u').test(value as string)).toBe(true);
    }
  });

  it('honours minLength and maxLength together with the pattern', () => {
    for (let seed = 0; seed < 20; seed++) {
      const long = stringForPattern('^[a-z]+$', createRandom(seed), { minLength: 12 }) as string;
      expect(long).toMatch(/^[a-z]{12,}$/);
      const short = stringForPattern('^[a-z0-9]*$', createRandom(seed), { maxLength: 2 }) as string;
      expect(short.length).toBeLessThanOrEqual(2);
    }
  });

  it('generates for patterns of other dialects, matching them as they are read', () => {
    for (const pattern of ['^[a-zA-Z0-9\\_\\-]+$', '\\A[a-z]{3}\\Z', '^[\\p{Graph}]{4}$', '^.{1-70}$']) {
      const value = stringForPattern(pattern, createRandom(3));
      const reading = readPattern(pattern);
      expect(reading.kind).toBe('translated');
      expect(reading.kind !== 'unsupported' && reading.regex.test(value as string)).toBe(true);
    }
  });

  it.each([
    ['^[0-9a-zA-Z]+$', 10, 10],
    ['^[a-f0-9]{8}-[a-f0-9]+$', 36, 36],
    ['^(ab)+$', 40, 44],
  ])('lands %s on lengths %i..%i the random tries miss (AWS Lex ids)', (pattern, minLength, maxLength) => {
    const value = stringForPattern(pattern, createRandom(3), { minLength, maxLength });
    expect(value).toMatch(new RegExp(pattern));
    expect(value?.length).toBeGreaterThanOrEqual(minLength);
    expect(value?.length).toBeLessThanOrEqual(maxLength);
  });

  it('gives up instead of returning a wrong value', () => {
    expect(stringForPattern('^(?=.*\\d)[a-z]+$', createRandom(1))).toBeUndefined();
    expect(stringForPattern('(?x) a', createRandom(1))).toBeUndefined();
    expect(stringForPattern('^[a-z]{3}$', createRandom(1), { minLength: 5 })).toBeUndefined();
  });

  it('is deterministic for a seed', () => {
    expect(stringForPattern('^[A-Z]{3}-\\d{2}$', createRandom(7))).toBe(
      stringForPattern('^[A-Z]{3}-\\d{2}$', createRandom(7)),
    );
  });
});

describe('readPattern', () => {
  it.each([
    ['^[a-zA-Z0-9\\_\\-]+$', 'translated', 'a_b-C', '#'],
    ['\\A[a-z]+\\Z', 'translated', 'abc', 'ab1'],
    ['^[\\p{Graph}]+$', 'translated', 'a!~', 'a b'],
    ['^.{1-3}$', 'translated', 'ab', 'abcd'],
    ['^[[:digit:]]+$', 'translated', '123', '12a'],
    ['(?i)^abc$', 'translated', 'ABC', 'abd'],
    ['^\\d+$', 'ecma', '12', 'a'],
  ])('reads %s as %s', (pattern, kind, matching, other) => {
    const reading = readPattern(pattern);
    expect(reading.kind).toBe(kind);
    if (reading.kind === 'unsupported') return;
    expect(reading.regex.test(matching)).toBe(true);
    expect(reading.regex.test(other)).toBe(false);
  });

  it('does not check what it cannot read, and says why', () => {
    const reading = readPattern('(?x) a # comment');
    expect(reading.kind).toBe('unsupported');
    expect(reading.kind === 'unsupported' && reading.note).toMatch(/not checked/);
    expect(readPattern('\\p{InGreek}+').kind).toBe('unsupported');
  });
});
