import type { Abbreviations } from '../../dictionaries/abbreviations.js';

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
  spaces: readonly string[],
  abbr: Abbreviations,
): number[] {
  const kept: number[] = [];
  for (const b of starts) {
    if (b === 0 || kept.length === 0 || !joins(b, values, spaces, abbr)) kept.push(b);
  }
  return kept;
}

function joins(b: number, values: readonly string[], spaces: readonly string[], abbr: Abbreviations): boolean {
  // A sentence never starts inside a word.
  if (spaces[b] === '') return true;
  const next = values[b] ?? '';
  const first = next.charAt(0);
  if (/\p{Ll}/u.test(first)) return true;

  const last = values[b - 1] ?? '';
  let word: string;
  if (last === '.') {
    if (b < 2 || spaces[b - 1] !== '') return false;
    word = values[b - 2] ?? '';
  } else if (last.length > 1 && last.endsWith('.')) {
    word = last.slice(0, -1);
  } else {
    return false;
  }
  const key = word.toLowerCase();
  const capitalOrDigit = /[\p{Lu}\d]/u.test(first);
  if (abbr.titles.has(key)) return capitalOrDigit;
  if (/^\p{Lu}$/u.test(word)) return /\p{Lu}/u.test(first) && !abbr.sentenceStarters.has(next);
  if (abbr.others.has(key)) return /\d/.test(first) || (capitalOrDigit && !abbr.sentenceStarters.has(next));
  return false;
}
