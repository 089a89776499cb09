import { type Abbreviations, loadAbbreviations } from './abbreviations.js';
import { type BoilerplateRule, loadBoilerplate } from './boilerplate.js';
import { defaultDataDir } from './dataDir.js';
import { loadPublishers, type PublisherIndex } from './publishers.js';

/** Everything the stages read from `data/`, loaded and compiled once per pipeline. */
export interface LanguageData {
  dataDir: string;
  boilerplate: readonly BoilerplateRule[];
  publishers: PublisherIndex;
  abbreviations: Abbreviations;
}

export function loadLanguageData(dataDir: string = defaultDataDir()): LanguageData {
  return {
    dataDir,
    boilerplate: loadBoilerplate(dataDir),
    publishers: loadPublishers(dataDir),
    abbreviations: loadAbbreviations(dataDir),
  };
}
