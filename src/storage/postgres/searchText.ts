import { searchTerms } from '../searchTerms.js';

/**
 * Text as the search index sees it, the same for documents and queries: Latin letters without
 * their diacritics ("Sánchez" is "sanchez"), lower case, every run of other characters one
 * space. PostgreSQL's 'simple' configuration then only splits words, so tokens are what SQLite's
 * unicode61 tokenizer makes ("U.S." is "u" and "s"), with no extension and whatever the locale.
 */
export function searchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A search box's text as the argument of to_tsquery('simple', …): every term must appear, a
 * phrase's words in a row (<->), a prefix with :*. Only letters and digits reach it, so no input
 * is tsquery syntax. Null when the text has no word at all.
 */
export function tsQuery(text: string): string | null {
  const terms: string[] = [];
  for (const term of searchTerms(text)) {
    const words = term.words.flatMap((w) => searchText(w).split(' ')).filter(Boolean);
    if (words.length) terms.push(`${words.join(' <-> ')}${term.prefix ? ':*' : ''}`);
  }
  return terms.length ? terms.join(' & ') : null;
}
