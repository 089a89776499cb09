/** One thing a search box asks for: a word (a prefix when `prefix`), or a phrase of several words. */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

/**
 * A search box's text as terms, the same for every engine: "quoted phrases" stay phrases, every
 * other run of letters and digits is a word that must appear, and a trailing * makes it a prefix.
 * Punctuation and operators are never syntax (AND, NEAR( are words), so no input makes a query fail.
 */
export function searchTerms(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const re = /"([^"]*)"|([\p{L}\p{N}]+)(\*?)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) terms.push({ words, prefix: false });
    } else if (m[2]) {
      terms.push({ words: [m[2]], prefix: m[3] === '*' });
    }
  }
  return terms;
}
