import type { Abbreviations } from '../../dictionaries/abbreviations.js';
import { isLetterSplit } from '../../nlp/wink.js';

// Sentence ends and the closers that may follow them ("grew.”", "(Laughter.)", "?!"); an ellipsis ends none.
const ENDS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
// A dash or a second full stop after a full stop continues the sentence ("the U.S. — a
// center"); after a question or exclamation mark a dash starts a new one ("what? — a half").
const CONTINUES = new Set(['-', '–', '—', '.', '…', '...']);
const CLAUSE_MARKS = new Set([',', ';', ':']);
const INITIALS = /^(?:\p{L}\.)+$/u;
const DIGIT_OR_BRACKET = /^[\d([“]/;

/**
 * Candidate sentence starts (token indexes, the first 0) from wink-nlp's tokens: after a full
 * stop, question or exclamation mark and any closing quotes or brackets. This is wink's own
 * sentence splitter's rule, measured against it on the corpus, at a fraction of its cost (it runs
 * several automata over every token). `repairBoundaries` then decides the abbreviations.
 */
export function sentenceStarts(values: readonly string[], glued: ArrayLike<number>, abbr: Abbreviations): number[] {
  const starts = [0];
  const n = values.length;
  for (let i = 0; i < n - 1; i++) {
    const v = values[i]!;
    const abbreviation = !ENDS.has(v);
    if (abbreviation && !(v.length > 1 && v.charCodeAt(v.length - 1) === 46)) continue;
    let j = i + 1;
    while (j < n && glued[j] === 1 && (CLOSERS.has(values[j]!) || ENDS.has(values[j]!))) j++;
    if (j >= n || CLAUSE_MARKS.has(values[j]!) || (CONTINUES.has(values[j]!) && (v === '.' || abbreviation))) continue;
    if (abbreviation) {
      // Initials ("J.R. Smith", "5G. And") and numbered references ("E.O. 14024") go on; known
      // abbreviations that end sentences ("the U.S. The") are left to the repair.
      if (DIGIT_OR_BRACKET.test(values[j]!)) continue;
      // ... but not the end of a word wink cut at a letter beyond Latin-1 ("Rinkēvič|s.").
      const wordEnd = i > 0 && glued[i] === 1 && isLetterSplit(values[i - 1]!, v.slice(0, -1));
      if (INITIALS.test(v) && !wordEnd && !abbr.others.has(v.slice(0, -1).toLowerCase()) && !abbr.dateWords.has(v.slice(0, -1).toLowerCase())) continue;
    }
    if (starts[starts.length - 1] !== j) starts.push(j);
    i = j - 1;
  }
  return starts;
}
