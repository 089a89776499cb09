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
  /** Topics whose phrase, shared with this one, keeps this one though it yields ("the Iranian nuclear issue" beside the Korean Peninsula). */
  keptWith?: string[];
}

export interface TopicsFile {
  version: 1;
  /** A gathering named as a meeting's setting ("at the G20 summit"): openers, and the nouns that close it. */
  venues?: { openers: string[]; nouns: string[] };
  topics: TopicEntry[];
}

/** data/topics.yaml compiled: one matcher for cues and exclusions (an exclusion is a null topic). */
export interface Topics {
  entries: ReadonlyMap<string, TopicEntry>;
  /** A cue gives its topic; an `exclude` phrase gives null and, being longer, wins over the cue inside it. */
  cues: CueMatcher<TopicEntry | null>;
  venueOpeners: CueMatcher<true>;
  venueNouns: ReadonlySet<string>;
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
  return {
    entries: new Map(file.topics.map((t) => [t.id, t])),
    cues: new CueMatcher(entries, tokenize),
    venueOpeners: new CueMatcher((file.venues?.openers ?? []).map((o) => [o, true] as const), tokenize),
    venueNouns: new Set(file.venues?.nouns ?? []),
  };
}
