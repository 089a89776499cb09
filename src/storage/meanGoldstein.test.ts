import { describe, expect, it } from 'vitest';
import { meanGoldstein } from './meanGoldstein.js';

describe('meanGoldstein', () => {
  it('rounds a mean of whole tenths the same way whatever engine summed them', () => {
    // 3.4, 3.4, 3.4 and 4.5: the mean 3.675 sits on a rounding boundary, where SQLite's ROUND of a
    // floating-point average and PostgreSQL's of a numeric one had parted.
    expect(meanGoldstein(34 + 34 + 34 + 45, 4)).toBe(3.68);
    expect(meanGoldstein(-20 + -50, 2)).toBe(-3.5);
    expect(meanGoldstein(0, 0)).toBe(0);
  });
});
