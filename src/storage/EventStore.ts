import type { Commitment } from '../model/Commitment.js';
import type { DocumentRecord } from '../model/DocumentRecord.js';
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

/**
 * Where documents and (later) events live. One interface, one implementation per engine in
 * its own folder, and one contract suite (`EventStore.case.ts`) that every implementation runs.
 * Every write of a document is one transaction: a document is stored whole or not at all.
 */
export interface EventStore {
  readonly engine: string;
  putDocument(record: DocumentRecord): Promise<PutResult>;
  /** By id (latest version, or `version`) or by content hash or a unique prefix of one. */
  getDocument(idOrHash: string, version?: number): Promise<DocumentRecord | null>;
  listDocuments(query?: ListQuery): Promise<StoredDocumentSummary[]>;
  countDocuments(query?: { allVersions?: boolean }): Promise<number>;
  exportDocuments(query?: { allVersions?: boolean }): AsyncIterable<DocumentRecord>;
  /** Meetings of the latest version of each document, oldest first. */
  listMeetings(query?: MeetingQuery): Promise<StoredMeeting[]>;
  /** Commitments of the latest version of each document, oldest first. */
  listCommitments(query?: { dyad?: string }): Promise<StoredCommitment[]>;
  close(): Promise<void>;
}
