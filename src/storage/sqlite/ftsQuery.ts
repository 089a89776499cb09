import { searchTerms } from '../searchTerms.js';

/**
 * A search box's text as a safe SQLite FTS5 query. Each term is quoted, so FTS5 operators and
 * punctuation in user input are words, never syntax. Null when the text has no word at all.
 */
export function ftsQuery(text: string): string | null {
  const terms = searchTerms(text).map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`);
  return terms.length ? terms.join(' ') : null;
}
