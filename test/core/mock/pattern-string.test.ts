import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/mock/random.js';
import { stringForPattern } from '../../../src/core/mock/response/pattern-string.js';

describe('stringForPattern', () => {
  const patterns = [
    '^AC[0-9a-fA-F]{32}$',
    '^(SM|MM)[0-9a-fA-F]{32}$',
    '^[A-Z]{2}-\\d{4}$',
    'ab?c+d*',
    '^\\w{3,5}\\.json$',
    '^x{2,}$',
  ];
  for (const pattern of patterns) {
    it(`matches ${pattern} for many seeds`, () => {
      for (let seed = 0; seed < 50; seed++) {
        const value = stringForPattern(pattern, createRandom(seed));
        expect(value).toMatch(new RegExp(pattern));
      }
    });
  }

  it('gives up on constructs it does not know', () => {
    expect(stringForPattern('^(a+|b)$', createRandom(1))).toBeUndefined();
    expect(stringForPattern('^[^a]$', createRandom(1))).toBeUndefined();
  });
});
