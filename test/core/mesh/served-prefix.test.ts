import { describe, expect, it } from 'vitest';
import { isUriServed } from '../../../src/core/mesh/served-prefix.js';

const paths = ['/api/users/{id}', '/v1/files/{name}.json', '/api/orders'];

describe('isUriServed', () => {
  it.each([
    ['/api/users', true],
    ['/api/us', true],
    ['/api/users/', true],
    ['/api/users/u1', true],
    ['/api/users/u1/', false],
    ['/api/users/u1/orders', false],
    ['/api/products', false],
    ['/', true],
    ['/v1/files/report', true],
    ['/api/ordersx', false],
  ])('prefix %s -> %s', (prefix, served) => {
    expect(isUriServed({ prefix }, paths)).toBe(served);
  });

  it.each([
    ['/api/users/u1', true],
    ['/api/users', false],
    ['/v1/files/a.json', true],
    ['/v1/files/a.txt', false],
  ])('exact %s -> %s', (exact, served) => {
    expect(isUriServed({ exact }, paths)).toBe(served);
  });

  it('a config glob serves everything below it; a regex is never refused', () => {
    expect(isUriServed({ prefix: '/api/users/u1/orders' }, ['/api/users/*'])).toBe(true);
    expect(isUriServed({ prefix: '/api/other' }, ['/api/users/*'])).toBe(false);
    expect(isUriServed({ regex: '^/nothing$' }, [])).toBe(true);
    expect(isUriServed({ prefix: '/' }, [])).toBe(false);
  });
});
