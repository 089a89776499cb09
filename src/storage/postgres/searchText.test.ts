import { describe, expect, it } from 'vitest';
import { searchText, tsQuery } from './searchText.js';

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
});
