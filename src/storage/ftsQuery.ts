/**
 * A search box's text as a safe SQLite FTS5 query: "quoted phrases" stay phrases, every other
 * word must appear, a trailing * searches a prefix. Each term is quoted, so FTS5 operators and
 * punctuation in user input are words, never syntax: no input makes the query fail. Null when
 * the text has no word at all.
 */
export function ftsQuery(text: string): string | null {
  const terms: string[] = [];
  const re = /"([^"]*)"|([\p{L}\p{N}]+)(\*?)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) terms.push(`"${words.join(' ')}"`);
    } else if (m[2]) {
      terms.push(`"${m[2]}"${m[3] ? '*' : ''}`);
    }
  }
  return terms.length ? terms.join(' ') : null;
}
