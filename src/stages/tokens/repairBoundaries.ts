import { type Abbreviations, dateGoesOn } from '../../dictionaries/abbreviations.js';

// Regex literals are hoisted: each evaluation of one allocates a new RegExp.
const LOWER = /\p{Ll}/u;
const CAPITAL = /\p{Lu}/u;
const CAPITAL_OR_DIGIT = /[\p{Lu}\d]/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const DIGIT = /\d/;

/**
 * Decides, for wink-nlp's sentence starts inside one paragraph, which ones are real. wink splits
 * after some abbreviations ("Amb. Smith") and inside words it tokenises apart ("ROK-U.S.");
 * the abbreviation lists in data/abbreviations.yaml say which full stops do not end a sentence.
 *
 * `starts` are token indexes of sentence starts (the first is 0); the result keeps a subset.
 */
export function repairBoundaries(
  starts: readonly number[],
  values: readonly string[],
  glued: ArrayLike<number>,
  abbr: Abbreviations,
): number[] {
  const kept: number[] = [];
  for (const b of starts) {
    if (b === 0 || kept.length === 0 || !joins(b, values, glued, abbr)) kept.push(b);
  }
  return kept;
}

function joins(b: number, values: readonly string[], glued: ArrayLike<number>, abbr: Abbreviations): boolean {
  // A sentence never starts inside a word.
  if (glued[b] === 1) return true;
  const next = values[b] ?? '';
  const first = next.charAt(0);
  if (LOWER.test(first)) return true;

  // "Major General (Ret.) Dato Paduka ...": a bracket that closes right after an abbreviation.
  const at = values[b - 1] === ')' && b > 1 ? b - 1 : b;
  const last = values[at - 1] ?? '';
  let word: string;
  if (last === '.') {
    if (at < 2 || glued[at - 1] !== 1) return false;
    word = values[at - 2] ?? '';
  } else if (last.length > 1 && last.endsWith('.')) {
    word = last.slice(0, -1);
  } else {
    return false;
  }
  const key = word.toLowerCase();
  const capitalOrDigit = CAPITAL_OR_DIGIT.test(first);
  if (abbr.titles.has(key)) return capitalOrDigit;
  if (ONE_CAPITAL.test(word)) return CAPITAL.test(first) && !abbr.sentenceStarters.has(next);
  if (abbr.dateWords.has(key)) return dateGoesOn(abbr, next);
  if (abbr.others.has(key)) return DIGIT.test(first) || (capitalOrDigit && !abbr.sentenceStarters.has(next) && !(abbr.placeEnds.has(key) && abbr.honorificStarters.has(next)));
  return false;
}
