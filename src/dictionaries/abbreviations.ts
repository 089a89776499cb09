import { loadDataFile, type DataSource } from './loadDataFile.js';

interface AbbreviationsFile {
  version: 1;
  titles: string[];
  others: string[];
  dateWords: string[];
  sentenceStarters: string[];
  placeEnds?: string[];
  honorificStarters?: string[];
}

/** Abbreviation lists for sentence-boundary repair, keyed without the final full stop. */
export interface Abbreviations {
  /** A full stop after these never ends a sentence before a capitalised name ("Amb. Smith"). */
  titles: ReadonlySet<string>;
  /** A full stop after these ends a sentence only before a common sentence starter. */
  others: ReadonlySet<string>;
  /** Months and weekdays: a full stop after these goes on only before a number or another date word. */
  dateWords: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
  /** Places' abbreviations ("D.C."): an honorific after them starts a sentence ("... D.C. Mr. TOMITA"). */
  placeEnds: ReadonlySet<string>;
  honorificStarters: ReadonlySet<string>;
}

export function loadAbbreviations(dataDir: DataSource): Abbreviations {
  const f = loadDataFile<AbbreviationsFile>(dataDir, 'abbreviations.yaml', 'abbreviations.schema.json');
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    titles: lower(f.titles),
    others: lower(f.others),
    dateWords: lower(f.dateWords),
    sentenceStarters: new Set(f.sentenceStarters),
    placeEnds: lower(f.placeEnds ?? []),
    honorificStarters: new Set(f.honorificStarters ?? []),
  };
}

// Regex literals are hoisted: each evaluation of one allocates a new RegExp.
const DIGIT = /\d/;

/**
 * Whether a full stop after a month or weekday ("Jan.", "Tue.") goes on before `next`, the word
 * after it: before a number or another date word it does ("Jan. 26", "Tue. Jan. 5"), before a
 * lower-case word too; before any other word, or none, it ends the sentence.
 */
export function dateGoesOn(abbr: Abbreviations, next: string | undefined): boolean {
  if (next === undefined || next.length === 0) return false;
  const first = next.charAt(0);
  if (DIGIT.test(first) || (first !== first.toUpperCase() && first === first.toLowerCase())) return true;
  const lower = next.toLowerCase();
  return abbr.dateWords.has(lower.slice(0, 3)) || abbr.dateWords.has(lower.slice(0, 4));
}
