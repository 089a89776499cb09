import { describe, expect, it } from 'vitest';
import { ftsQuery } from './sqlite/ftsQuery.js';
import { searchTerms } from './searchTerms.js';

describe('searchTerms', () => {
  it('reads words, "quoted phrases" and trailing-* prefixes, and nothing else as syntax', () => {
    expect(searchTerms('Blinken "agreed on  flights" condemn* U.S.')).toEqual([
      { words: ['Blinken'], prefix: false },
      { words: ['agreed', 'on', 'flights'], prefix: false },
      { words: ['condemn'], prefix: true },
      { words: ['U'], prefix: false },
      { words: ['S'], prefix: false },
    ]);
    expect(searchTerms('AND OR NEAR( " *')).toEqual([
      { words: ['AND'], prefix: false },
      { words: ['OR'], prefix: false },
      { words: ['NEAR'], prefix: false },
    ]);
    expect(searchTerms('"" * -- ()')).toEqual([]);
  });

  it('quotes every term for SQLite FTS5', () => {
    expect(ftsQuery('Wang "met with" sanction*')).toBe('"Wang" "met with" "sanction"*');
    expect(ftsQuery('*')).toBeNull();
  });
});
