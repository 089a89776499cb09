import { describe, expect, it } from 'vitest';
import { documentSearchText, searchText, tsQuery } from './searchText.js';

describe('search text for PostgreSQL', () => {
  it('indexes Latin words without diacritics, in lower case, split at every other character', () => {
    expect(searchText('José Manuel ALBARES met the U.S. delegation—co-operation, 2024!')).toBe('jose manuel albares met the u s delegation co operation 2024');
    expect(searchText('Erdoğan, Łukasz and Ñuño')).toBe('erdogan łukasz and nuno');
    // Other scripts keep their letters.
    expect(searchText('Министр Лавров; 王毅')).toBe('министр лавров 王毅');
  });

  it('makes a tsquery of words, phrases and prefixes that no input can turn into syntax', () => {
    expect(tsQuery('Blinken "agreed on flights" condemn*')).toBe('blinken & agreed <-> on <-> flights & condemn:*');
    expect(tsQuery('"U.S. delegation" JOSÉ')).toBe('u <-> s <-> delegation & jose');
    expect(tsQuery("a' | !b & (c) <-> d:*")).toBe('a & b & c & d');
    expect(tsQuery('" * ( )')).toBeNull();
  });

  it('keeps a long document\'s words in place up to PostgreSQL\'s last position, then each other word once, within the size limit', () => {
    expect(documentSearchText('Short TEXT, kept whole.')).toBe('short text kept whole');
    const words = Array.from({ length: 400_000 }, (_, i) => `w${i % 150_000}`);
    const indexed = documentSearchText(words.join(' ')).split(' ');
    expect(indexed.slice(0, 16_383)).toEqual(words.slice(0, 16_383));
    const tail = indexed.slice(16_383);
    expect(new Set(tail).size).toBe(tail.length);
    expect(tail[0]).toBe('w16383');
    expect(Buffer.byteLength(indexed.join(' '))).toBeLessThan(1_000_000);
  });
});
