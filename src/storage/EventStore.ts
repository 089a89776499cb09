import type { Commitment } from '../model/Commitment.js';
import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { CodedEvent } from '../model/Event.js';
import type { Meeting } from '../model/Meeting.js';

/** What storing a document did. */
export interface PutResult {
  /** inserted: a new document; new-version: a changed document under a known id; unchanged: already stored. */
  status: 'inserted' | 'new-version' | 'unchanged';
  id: string;
  version: number;
  hash: string;
}

export interface StoredDocumentSummary {
  id: string;
  version: number;
  hash: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  sentences: number;
  ingestedAt: string;
}

export interface ListQuery {
  limit?: number;
  offset?: number;
  /** Every version of every document, not only the latest. */
  allVersions?: boolean;
}

/** A dyad as stored: its party codes sorted and joined by "-" ("CHN-USA"), whatever order it was asked in. */
export function dyadKey(parties: readonly string[]): string {
  return [...new Set(parties)].sort().join('-');
}

export interface MeetingQuery {
  /** "USA-CHN" or "CHN-USA": meetings whose parties include both. */
  dyad?: string;
  /** YYYY-MM-DD bounds on the meeting's start. */
  from?: string;
  to?: string;
}

/** A meeting as one document reports it. */
export interface StoredMeeting {
  id: string;
  hash: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  meeting: Meeting;
}

/** A commitment as one document records it; `index` is its place in the record's list. */
export interface StoredCommitment {
  id: string;
  hash: string;
  published: string | null;
  referenceDate: string | null;
  index: number;
  /** The dyad of the document's meeting (or of the commitment's parties when there is none). */
  dyad: string;
  commitment: Commitment;
}

/** Filters on documents; every filter is optional and they combine with AND. */
export interface DocumentQuery {
  /** Full-text search over title, text and the names of the people in it: every word must appear; "quoted phrases"; a trailing * for a prefix. */
  q?: string;
  publisher?: string;
  /** A party (USA, CHN) at the document's meeting or in one of its events. */
  country?: string;
  /** A topic id of data/topics.yaml the document raises. */
  topic?: string;
  /** YYYY-MM-DD bounds on the document's reference date. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** A page of results and how many there are in all. */
export interface Page<T> {
  total: number;
  items: T[];
}

export interface EventQuery {
  /** "USA-CHN": events between the two parties, either way. */
  dyad?: string;
  /** A party as source or target. */
  country?: string;
  /** CAMEO root code, two digits ("04"). */
  root?: string;
  /** Quad class 1–4. */
  quad?: number;
  /** YYYY-MM-DD bounds on the event's date. */
  from?: string;
  to?: string;
  /** Events in sentences that raise this topic. */
  topic?: string;
  /** Events of one document (id or hash). */
  document?: string;
  limit?: number;
  offset?: number;
}

/** An event with the document it came from. */
export interface StoredEvent {
  id: string;
  hash: string;
  index: number;
  publisher: string | null;
  /** The sentence's text, for a list that shows the evidence without loading the document. */
  sentenceText: string;
  event: CodedEvent;
}

/** One month of a dyad's events: how many of each quad class and their mean Goldstein score. */
export interface DyadMonth {
  month: string;
  /** Counts of quad classes 1–4 (verbal cooperation, material cooperation, verbal conflict, material conflict). */
  quads: [number, number, number, number];
  events: number;
  goldstein: number;
}

/** How often a topic is raised in a dyad's documents, in all and by month. */
export interface DyadTopic {
  topic: string;
  label: string;
  documents: number;
  months: { month: string; documents: number }[];
}

/** A person named in stored documents, with how often and how recently. */
export interface StoredPerson {
  name: string;
  /** The fullest title any document gives. */
  title: string | null;
  country: string | null;
  actor: string;
  /** Documents naming the person, and those in which the person took part (not only mentioned). */
  documents: number;
  present: number;
  last: string | null;
}

/** A dyad the store has events for. */
export interface DyadSummary {
  dyad: string;
  events: number;
  documents: number;
  first: string | null;
  last: string | null;
  goldstein: number;
}

/**
 * Where documents and (later) events live. One interface, one implementation per engine in
 * its own folder, and one contract suite (`EventStore.case.ts`) that every implementation runs.
 * Every write of a document is one transaction: a document is stored whole or not at all.
 */
export interface EventStore {
  readonly engine: string;
  putDocument(record: DocumentRecord): Promise<PutResult>;
  /**
   * Several documents in one transaction, in their order (all stored or none): what a batch of a
   * distributed coder writes. Content already stored is `unchanged`, so writing a batch again
   * (retried after a crash) stores nothing twice.
   */
  putDocuments(records: readonly DocumentRecord[]): Promise<PutResult[]>;
  /** By id (latest version, or `version`) or by content hash or a unique prefix of one. */
  getDocument(idOrHash: string, version?: number): Promise<DocumentRecord | null>;
  listDocuments(query?: ListQuery): Promise<StoredDocumentSummary[]>;
  countDocuments(query?: { allVersions?: boolean }): Promise<number>;
  exportDocuments(query?: { allVersions?: boolean }): AsyncIterable<DocumentRecord>;
  /** Meetings of the latest version of each document, oldest first. */
  listMeetings(query?: MeetingQuery): Promise<StoredMeeting[]>;
  /** Commitments of the latest version of each document, oldest first. */
  listCommitments(query?: { dyad?: string }): Promise<StoredCommitment[]>;
  /** Latest versions matching the filters, by relevance when searching, else by date. */
  searchDocuments(query?: DocumentQuery): Promise<Page<StoredDocumentSummary>>;
  /** Events of the latest versions matching the filters, oldest first. */
  listEvents(query?: EventQuery): Promise<Page<StoredEvent>>;
  /** People whose name contains every word of `q` (case aside), most documents first. */
  searchPeople(q: string, limit?: number): Promise<StoredPerson[]>;
  /** Dyads with events between two different parties, most events first. */
  listDyads(): Promise<DyadSummary[]>;
  /** The dyad's events per month by quad class, with mean Goldstein; months without events are left out. */
  dyadTimeline(dyad: string, range?: { from?: string; to?: string }): Promise<DyadMonth[]>;
  /** Topics of the documents whose meeting or events involve both parties, most documents first. */
  dyadTopics(dyad: string, range?: { from?: string; to?: string }): Promise<DyadTopic[]>;
  /** Changes whenever the stored data may have changed (a write by this store or by another process), so views of it can be cached. */
  revision(): Promise<string>;
  close(): Promise<void>;
}
