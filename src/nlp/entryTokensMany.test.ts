import { describe, expect, it } from 'vitest';
import { createWink, entryTokens, entryTokensMany } from './wink.js';

describe('entryTokensMany', () => {
  it('tokenises many entries in one pass exactly as one by one', () => {
    const wink = createWink();
    const phrases = ['U.S.', 'BARAD-DUR', "CHILDREN'S FUND", 'K.U.', 'ST. KITTS', 'AL-QAEDA', 'CO.', 'UNOG: NGO DATABASE', 'A&M', 'NO.1', 'PLAIN WORDS', "People’s Republic"];
    const many = entryTokensMany(wink, phrases);
    for (const p of phrases.filter((x) => many.has(x))) expect(many.get(p)).toEqual(entryTokens(wink, p));
    expect(many.size).toBe(phrases.length - 1);
  });
});
