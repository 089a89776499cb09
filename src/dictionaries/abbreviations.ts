import { loadDataFile, type DataSource } from './loadDataFile.js';

interface AbbreviationsFile {
  version: 1;
  titles: string[];
  others: string[];
  sentenceStarters: string[];
}

/** Abbreviation lists for sentence-boundary repair, keyed without the final full stop. */
export interface Abbreviations {
  /** A full stop after these never ends a sentence before a capitalised name ("Amb. Smith"). */
  titles: ReadonlySet<string>;
  /** A full stop after these ends a sentence only before a common sentence starter. */
  others: ReadonlySet<string>;
  sentenceStarters: ReadonlySet<string>;
}

export function loadAbbreviations(dataDir: DataSource): Abbreviations {
  const f = loadDataFile<AbbreviationsFile>(dataDir, 'abbreviations.yaml', 'abbreviations.schema.json');
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    titles: lower(f.titles),
    others: lower(f.others),
    sentenceStarters: new Set(f.sentenceStarters),
  };
}
