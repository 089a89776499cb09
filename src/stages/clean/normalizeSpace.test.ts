import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from './normalizeSpace.js';

/** The rule in full, without the shortcut for text that needs no change. */
function reference(text: string): string {
  return text
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g, '')
    .replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .trim();
}

const pieces = ['a', 'Word', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u200b', '\u00ad', '\ufeff', '\u0085', '\u3000', '.', 'é'];

describe('normalizeSpace', () => {
  it('collapses, drops and trims', () => {
    expect(normalizeSpace('  The\u00a0Secretary\u200b met\n\n the Minister.  ')).toBe('The Secretary met the Minister.');
    expect(normalizeSpace('Already clean.')).toBe('Already clean.');
  });

  it('gives what the full rule gives, for any mix of spaces and invisible characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(normalizeSpace(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(normalizeSpace(text)).toBe(reference(text));
      }),
    );
  });
});
