import { CueMatcher } from '../matching/CueMatcher.js';
import type { MeetingKind } from '../model/Meeting.js';
import { loadDataFile, type DataSource } from './loadDataFile.js';

export type CommitmentCueKind = 'agree' | 'commit' | 'pledge' | 'invite' | 'intend' | 'plan' | 'future';

export interface CommitmentCue {
  cue: string;
  kind: CommitmentCueKind;
  takes: 'verb' | 'object' | 'invite';
}

export interface CommitmentCuesFile {
  version: 1;
  clauseEnd: string[];
  cues: CommitmentCue[];
  futureStances: string[];
  due: (string | { phrase: string; days: number })[];
  fulfilment: FulfilmentRule[];
}

/** A commitment whose action names one of `words` is fulfilled by a later meeting of one of `kinds`. */
export interface FulfilmentRule {
  words: string[];
  kinds: MeetingKind[];
}

/** data/commitments.yaml compiled. */
export interface CommitmentCues {
  /** Words that end a commitment's action (lower-case). */
  clauseEnd: ReadonlySet<string>;
  cues: CueMatcher<CommitmentCue>;
  /** Verbs after "will" that state a stance, not a commitment (base forms: "will" takes no other). */
  futureStances: ReadonlySet<string>;
  /** A horizon phrase, with the days after the reference date it means when it means one day. */
  due: CueMatcher<{ phrase: string; days: number | null }>;
}

export function loadCommitmentCues(dataDir: DataSource): CommitmentCuesFile {
  return loadDataFile<CommitmentCuesFile>(dataDir, 'commitments.yaml', 'commitments.schema.json');
}

export function compileCommitmentCues(file: CommitmentCuesFile, tokenize: (phrase: string) => string[]): CommitmentCues {
  return {
    clauseEnd: new Set(file.clauseEnd),
    cues: new CueMatcher(
      file.cues.map((c) => [c.cue, c] as const),
      tokenize,
    ),
    futureStances: new Set(file.futureStances),
    due: new CueMatcher(
      file.due.map((d): [string, { phrase: string; days: number | null }] => (typeof d === 'string' ? [d, { phrase: d, days: null }] : [d.phrase, { phrase: d.phrase, days: d.days }])),
      tokenize,
    ),
  };
}
