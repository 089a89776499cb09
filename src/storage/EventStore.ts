import type { DocumentRecord } from '../model/DocumentRecord.js';

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
  close(): Promise<void>;
}
