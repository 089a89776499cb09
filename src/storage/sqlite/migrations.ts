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
  {
    version: 2,
    sql: `
      CREATE TABLE meetings (
        doc_hash TEXT PRIMARY KEY REFERENCES documents (hash) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        start TEXT,
        "end" TEXT,
        dyad TEXT NOT NULL,
        meeting TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX meetings_dyad ON meetings (dyad, start);
      CREATE TABLE commitments (
        doc_hash TEXT NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        dyad TEXT NOT NULL,
        commitment TEXT NOT NULL,
        PRIMARY KEY (doc_hash, idx)
      ) WITHOUT ROWID;
      CREATE INDEX commitments_dyad ON commitments (dyad);
      INSERT INTO meetings (doc_hash, kind, start, "end", dyad, meeting)
        SELECT hash, json_extract(record, '$.meeting.kind'), json_extract(record, '$.meeting.start'), json_extract(record, '$.meeting.end'),
               COALESCE((SELECT group_concat(value, '-') FROM (SELECT value FROM json_each(record, '$.meeting.parties') ORDER BY value)), ''),
               json_extract(record, '$.meeting')
        FROM documents WHERE json_type(record, '$.meeting') = 'object';
    `,
  },
];
