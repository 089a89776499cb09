import { CueMatcher } from '../matching/CueMatcher.js';
import { loadDataFile, type DataSource } from './loadDataFile.js';

export interface TopicEntry {
  id: string;
  label: string;
  cues: string[];
  exclude?: string[];
  parent?: string;
  /** More specific topics that take this one's cues in a sentence that raises them. */
  yieldsTo?: string[];
}

export interface TopicsFile {
  version: 1;
  topics: TopicEntry[];
}

/** data/topics.yaml compiled: one matcher for cues and exclusions (an exclusion is a null topic). */
export interface Topics {
  entries: ReadonlyMap<string, TopicEntry>;
  /** A cue gives its topic; an `exclude` phrase gives null and, being longer, wins over the cue inside it. */
  cues: CueMatcher<TopicEntry | null>;
}

export function loadTopics(dataDir: DataSource): TopicsFile {
  return loadDataFile<TopicsFile>(dataDir, 'topics.yaml', 'topics.schema.json');
}

export function compileTopics(file: TopicsFile, tokenize: (phrase: string) => string[]): Topics {
  const entries: [string, TopicEntry | null][] = [];
  for (const t of file.topics) {
    for (const c of t.cues) entries.push([c, t]);
    for (const x of t.exclude ?? []) entries.push([x, null]);
  }
  return { entries: new Map(file.topics.map((t) => [t.id, t])), cues: new CueMatcher(entries, tokenize) };
}
