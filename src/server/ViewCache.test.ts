import { describe, expect, it } from 'vitest';
import { ViewCache } from './ViewCache.js';

describe('ViewCache', () => {
  it('computes once per revision, again when the revision changes, and forgets failures', async () => {
    let revision = 'r1';
    let calls = 0;
    const cache = new ViewCache(async () => revision, 2);
    const compute = async () => ++calls;
    expect(await cache.get('a', compute)).toBe(1);
    expect(await cache.get('a', compute)).toBe(1);
    revision = 'r2';
    expect(await cache.get('a', compute)).toBe(2);
    await expect(cache.get('b', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('b', compute)).toBe(3);
    // Bounded: a third key evicts the oldest.
    await cache.get('c', compute);
    expect(await cache.get('a', compute)).toBe(5);
  });
});
