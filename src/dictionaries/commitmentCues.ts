import { CueMatcher } from '../matching/CueMatcher.js';
import type { MeetingKind } from '../model/Meeting.js';
import { loadDataFile } from './loadDataFile.js';

export type CommitmentCueKind = 'agree' | 'commit' | 'pledge' | 'invite' | 'intend' | 'plan' | 'future';

export interface CommitmentCue {
  cue: string;
  kind: CommitmentCueKind;
  takes: 'verb' | 'object' | 'invite';
}

export interface CommitmentCuesFile {
  version: 1;
  cues: CommitmentCue[];
  futureActions: string[];
  due: string[];
  fulfilment: FulfilmentRule[];
}

/** A commitment whose action names one of `words` is fulfilled by a later meeting of one of `kinds`. */
export interface FulfilmentRule {
  words: string[];
  kinds: MeetingKind[];
}

/** data/commitments.yaml compiled. */
export interface CommitmentCues {
  cues: CueMatcher<CommitmentCue>;
  /** The actions that make "will" a commitment (base forms: "will" takes no other). */
  futureActions: ReadonlySet<string>;
  due: CueMatcher<string>;
}

export function loadCommitmentCues(dataDir: string): CommitmentCuesFile {
  return loadDataFile<CommitmentCuesFile>(dataDir, 'commitments.yaml', 'commitments.schema.json');
}

export function compileCommitmentCues(file: CommitmentCuesFile, tokenize: (phrase: string) => string[]): CommitmentCues {
  return {
    cues: new CueMatcher(
      file.cues.map((c) => [c.cue, c] as const),
      tokenize,
    ),
    futureActions: new Set(file.futureActions),
    due: new CueMatcher(
      file.due.map((d) => [d, d] as const),
      tokenize,
    ),
  };
}
