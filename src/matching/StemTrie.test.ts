import { describe, expect, it } from 'vitest';
import { StemTrie } from './StemTrie.js';

describe('StemTrie', () => {
  const trie = new StemTrie<string>();
  trie.add(['ARGENTIN'], [true], 'ARG');
  trie.add(['ARNOR'], [false], 'ARN');
  trie.add(['NORTH', 'KOREA'], [false, true], 'PRK');
  trie.add(['NORTH'], [false], 'N');
  trie.add(['UN'], [true], 'UNO');
  const at = (words: string[], i = 0) => trie.longestAt(words, i, words.length);

  it('matches a stem against every word it begins, and an exact word only itself', () => {
    expect(at(['ARGENTINA'])?.values).toEqual(['ARG']);
    expect(at(['ARGENTINE', 'X'])).toEqual({ length: 1, values: ['ARG'] });
    expect(at(['ARNOR'])?.values).toEqual(['ARN']);
    expect(at(['ARNORIAN'])).toBeNull();
    expect(at(['UNITED'])?.values).toEqual(['UNO']);
    expect(at(['U'])).toBeNull();
  });

  it('tells which words can begin a phrase', () => {
    expect(['ARGENTINIAN', 'NORTH', 'UNITED', 'KOREA', 'ARNORIAN'].map((w) => trie.canStart(w))).toEqual([true, true, true, false, false]);
  });

  it('prefers the longest phrase and stops at the end given', () => {
    expect(at(['NORTH', 'KOREAN', 'TROOPS'])).toEqual({ length: 2, values: ['PRK'] });
    expect(trie.longestAt(['NORTH', 'KOREAN'], 0, 1)).toEqual({ length: 1, values: ['N'] });
    expect(at(['THE', 'NORTH'], 1)?.values).toEqual(['N']);
  });
});
