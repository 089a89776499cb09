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

/** PostgreSQL keeps word positions up to this one; later words all share it. */
const MAX_POSITION = 16_383;
/** What the distinct words of one document's index may take, under PostgreSQL's 1 MB limit on a tsvector (each word also costs a few bytes of header). */
const WORD_BYTES = 800_000;

/**
 * A document's text for its search vector: its words up to the last position PostgreSQL records,
 * with their places (for phrases), then each other word once, as long as the vector stays within
 * PostgreSQL's limit. A document of any size can be stored; in a very long one, phrases are found
 * in its first 16,383 words, and words it uses only after them while the budget lasts.
 */
export function documentSearchText(text: string): string {
  const normalised = searchText(text);
  const words = normalised.split(' ');
  if (words.length <= MAX_POSITION) return normalised;
  const kept = words.slice(0, MAX_POSITION);
  const seen = new Set(kept);
  let bytes = 0;
  for (const w of seen) bytes += Buffer.byteLength(w) + 8;
  for (const w of words.slice(MAX_POSITION)) {
    if (seen.has(w)) continue;
    bytes += Buffer.byteLength(w) + 8;
    if (bytes > WORD_BYTES) break;
    seen.add(w);
    kept.push(w);
  }
  return kept.join(' ');
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
