import { type Abbreviations, loadAbbreviations } from './abbreviations.js';
import { type ActorFiles, loadActorFiles } from './actors.js';
import { type BoilerplateRule, loadBoilerplate } from './boilerplate.js';
import { type CameoCode, loadCameoCodes } from './cameo.js';
import { type CommitmentCuesFile, loadCommitmentCues } from './commitmentCues.js';
import { defaultDataDir } from './dataDir.js';
import { DataDir } from './loadDataFile.js';
import { type Grammar, loadGrammar } from './grammar.js';
import { loadMeetingCues, type MeetingCuesFile } from './meetingCues.js';
import { loadPatterns, type PatternIndex } from './patterns.js';
import { loadPublishers, type PublisherIndex } from './publishers.js';
import { loadReferences, type References } from './references.js';
import { loadTopics, type TopicsFile } from './topics.js';

/** Everything the stages read from `data/`, loaded, checked and compiled once per pipeline. */
export interface LanguageData {
  dataDir: string;
  boilerplate: readonly BoilerplateRule[];
  publishers: PublisherIndex;
  abbreviations: Abbreviations;
  actors: ActorFiles;
  references: References;
  cameo: ReadonlyMap<string, CameoCode>;
  patterns: PatternIndex;
  grammar: Grammar;
  meetings: MeetingCuesFile;
  topics: TopicsFile;
  commitments: CommitmentCuesFile;
}

/** Loads every data file; any problem throws before anything is coded with half the data. */
export function loadLanguageData(dataDir: string = defaultDataDir()): LanguageData {
  const cameo = loadCameoCodes(dataDir);
  const dir = new DataDir(dataDir);
  return {
    dataDir,
    boilerplate: loadBoilerplate(dir),
    publishers: loadPublishers(dir),
    abbreviations: loadAbbreviations(dir),
    actors: loadActorFiles(dir),
    references: loadReferences(dir),
    cameo,
    patterns: loadPatterns(dir, cameo),
    grammar: loadGrammar(dir, cameo),
    meetings: loadMeetingCues(dir),
    topics: loadTopics(dir),
    commitments: loadCommitmentCues(dir),
  };
}
