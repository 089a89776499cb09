import { describe, expect, it } from 'vitest';
import { PhraseTrie } from './PhraseTrie.js';
import { Vocab } from './Vocab.js';

describe('PhraseTrie', () => {
  it('finds the longest phrase at a position', () => {
    const v = new Vocab();
    const t = new PhraseTrie<string>();
    const ids = (s: string) => s.split(' ').map((w) => v.intern(w));
    t.add(ids('Foreign Minister'), 'title');
    t.add(ids('Foreign'), 'adj');
    t.add(ids('Foreign Minister Qin Gang'), 'person');
    const text = ids('the Foreign Minister Qin Gang said');
    expect(t.longestAt(text, 1, text.length)).toEqual({ length: 4, values: ['person'] });
    expect(t.longestAt(text, 1, 3)).toEqual({ length: 2, values: ['title'] });
    expect(t.longestAt(text, 0, text.length)).toBeNull();
    expect(v.id('unknown')).toBe(-1);
  });
});
