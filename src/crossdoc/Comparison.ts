import type { CommitmentStatus } from '../model/Commitment.js';
import type { Meeting } from '../model/Meeting.js';
import type { ParticipantRole } from '../model/Participant.js';
import type { Stance } from '../model/Topic.js';

/**
 * Where an item is in one of the two documents: its sentence and the characters a page highlights
 * (UTF-16 offsets into that record's `text`, as every span of the record).
 */
export interface Anchor {
  sentence: number;
  start: number;
  end: number;
}

/** An event as the comparison cites it: enough to label and highlight it without the record. */
export interface EventRef extends Anchor {
  code: string;
  name: string;
  goldstein: number;
  quad: number;
  source: string | null;
  target: string | null;
}

export interface ComparedDocument {
  id: string;
  hash: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  /** The meeting as this document reports it (kind, place, dates, parties, each with its evidence). */
  meeting: Meeting | null;
}

export interface MeetingComparison {
  /** Whether `groupMeetings` puts the two in one meeting (same dyad, call or in person, dates within a day). */
  same: boolean;
  /** What the two accounts give differently, of kind, place, dates, parties and occasion; empty when either reports no meeting. */
  differences: ('kind' | 'place' | 'dates' | 'parties' | 'occasion')[];
}

/** One document's account of a topic. */
export interface TopicAccount {
  /** Per party: the stance the document gives it (a party that does not speak on the topic is absent). */
  stance: Record<string, Stance>;
  /** The sentences that raise the topic, whole. */
  sentences: Anchor[];
  /** The cue words that raised it. */
  cues: (Anchor & { text: string })[];
  /** Who the document says raised it: the source party of each event in those sentences, with the events. */
  raisedBy: { party: string; events: EventRef[] }[];
}

export interface TopicComparison {
  id: string;
  label: string;
  reportedBy: 'both' | 'a' | 'b';
  a: TopicAccount | null;
  b: TopicAccount | null;
  /** Per party that has a stance in either document; `differs` when the two documents give it different ones. */
  stances: { party: string; a: Stance | null; b: Stance | null; differs: boolean }[];
}

/** Counts of events by CAMEO quad class. */
export interface QuadCounts {
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
}

/** The tone of one document: its events' Goldstein scores (negated events left out). */
export interface Tone {
  events: number;
  /** Events the text says did not happen: their score is not the document's tone. */
  negated: number;
  /** Rounded to two decimals; null with no events. */
  meanGoldstein: number | null;
  quads: QuadCounts;
  /** Per source party, the events it is said to have done. */
  byParty: { party: string; events: EventRef[]; meanGoldstein: number | null }[];
}

export interface ToneComparison {
  a: Tone;
  b: Tone;
  /** B's mean Goldstein minus A's; null when either has no events. */
  difference: number | null;
  /** Per source party, its mean in each document and B minus A. */
  byParty: { party: string; a: number | null; b: number | null; difference: number | null }[];
}

export interface ComparedParticipant {
  name: string;
  title: string | null;
  country: string | null;
  actor: string;
  role: ParticipantRole;
  mentions: Anchor[];
  /** The other document names the same person (same name, case aside). */
  inOther: boolean;
}

export interface ComparedCommitment {
  /** Its place in the record's commitments. */
  index: number;
  parties: string[];
  cue: string;
  action: string;
  object: string | null;
  due: string | null;
  status: CommitmentStatus;
  anchor: Anchor;
  /** Topics whose cue words lie inside the commitment's words. */
  topics: string[];
  /** The content words of its action and object that commitments are matched on. */
  words: string[];
}

/** Two commitments that look like one promise: a topic in common, or action words in common. */
export interface CommitmentMatch {
  a: number;
  b: number;
  topics: string[];
  words: string[];
}

/** Two documents' accounts of one meeting, side by side; JSON-serialisable as it is. */
export interface Comparison {
  a: ComparedDocument;
  b: ComparedDocument;
  /** The parties of either account, A's meeting's first: the columns a reader compares. */
  parties: string[];
  meeting: MeetingComparison;
  /** Topics both report first, then those only A reports, then only B; each group in its document's order. */
  topics: TopicComparison[];
  tone: ToneComparison;
  participants: { a: ComparedParticipant[]; b: ComparedParticipant[] };
  commitments: { a: ComparedCommitment[]; b: ComparedCommitment[]; matches: CommitmentMatch[] };
}
