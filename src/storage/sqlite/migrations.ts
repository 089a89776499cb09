/**
 * SQLite schema versions, applied in order and recorded in PRAGMA user_version. A migration is
 * never edited once released; a change is a new entry.
 */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        hash TEXT PRIMARY KEY,
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        title TEXT,
        publisher TEXT,
        speaker TEXT,
        published TEXT,
        reference_date TEXT,
        url TEXT,
        text TEXT NOT NULL,
        record TEXT NOT NULL,
        sentence_count INTEGER NOT NULL,
        ingested_at TEXT NOT NULL,
        UNIQUE (id, version)
      );
      CREATE INDEX documents_published ON documents (published);
      CREATE INDEX documents_publisher ON documents (publisher);
      CREATE TABLE sentences (
        doc_hash TEXT NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (doc_hash, idx)
      ) WITHOUT ROWID;
    `,
  },
];
