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
  {
    // Events, topics and full-text search, for the API and the dashboard. `latest` marks each id's
    // newest version so queries need no per-row MAX subquery. The search index is contentless (the
    // text is stored once, in documents); its rowids are search_keys' declared integer keys, which
    // VACUUM keeps, unlike the hidden rowid of documents.
    version: 3,
    sql: `
      ALTER TABLE documents ADD COLUMN latest INTEGER NOT NULL DEFAULT 1;
      UPDATE documents SET latest = (version = (SELECT MAX(d2.version) FROM documents d2 WHERE d2.id = documents.id));
      CREATE INDEX documents_latest ON documents (latest, reference_date);
      CREATE TABLE events (
        doc_hash TEXT NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        date TEXT,
        code TEXT NOT NULL,
        root TEXT NOT NULL,
        quad INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        source_party TEXT,
        target_party TEXT,
        dyad TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        event TEXT NOT NULL,
        PRIMARY KEY (doc_hash, idx)
      ) WITHOUT ROWID;
      CREATE INDEX events_dyad ON events (dyad, date);
      CREATE INDEX events_date ON events (date);
      CREATE TABLE topics (
        doc_hash TEXT NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
        topic TEXT NOT NULL,
        label TEXT NOT NULL,
        sentences TEXT NOT NULL,
        PRIMARY KEY (doc_hash, topic)
      ) WITHOUT ROWID;
      CREATE INDEX topics_topic ON topics (topic);
      CREATE TABLE search_keys (
        id INTEGER PRIMARY KEY,
        doc_hash TEXT NOT NULL UNIQUE REFERENCES documents (hash) ON DELETE CASCADE
      );
      CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, people, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO events (doc_hash, idx, date, code, root, quad, goldstein, source_party, target_party, dyad, sentence, event)
        SELECT d.hash, e.key, json_extract(e.value, '$.date'), json_extract(e.value, '$.code'), json_extract(e.value, '$.root'),
               json_extract(e.value, '$.quad'), json_extract(e.value, '$.goldstein'),
               json_extract(e.value, '$.source.party'), json_extract(e.value, '$.target.party'),
               CASE WHEN json_extract(e.value, '$.source.party') IS NULL OR json_extract(e.value, '$.target.party') IS NULL
                      OR json_extract(e.value, '$.source.party') = json_extract(e.value, '$.target.party') THEN ''
                    WHEN json_extract(e.value, '$.source.party') < json_extract(e.value, '$.target.party')
                      THEN json_extract(e.value, '$.source.party') || '-' || json_extract(e.value, '$.target.party')
                    ELSE json_extract(e.value, '$.target.party') || '-' || json_extract(e.value, '$.source.party') END,
               json_extract(e.value, '$.sentence'), e.value
        FROM documents d, json_each(d.record, '$.events') e;
      INSERT INTO topics (doc_hash, topic, label, sentences)
        SELECT d.hash, json_extract(t.value, '$.id'), json_extract(t.value, '$.label'), json_extract(t.value, '$.sentences')
        FROM documents d, json_each(d.record, '$.topics') t;
      INSERT INTO search_keys (doc_hash) SELECT hash FROM documents;
      INSERT INTO documents_fts (rowid, title, text, people)
        SELECT k.id, COALESCE(d.title, ''), d.text,
               COALESCE((SELECT group_concat(json_extract(p.value, '$.name'), ' ') FROM json_each(d.record, '$.participants') p), '')
        FROM documents d JOIN search_keys k ON k.doc_hash = d.hash;
    `,
  },
  {
    // People, for the search box: one row per participant of each document.
    version: 4,
    sql: `
      CREATE TABLE participants (
        doc_hash TEXT NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        name TEXT NOT NULL,
        title TEXT,
        country TEXT,
        actor TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (doc_hash, idx)
      ) WITHOUT ROWID;
      CREATE INDEX participants_name ON participants (name COLLATE NOCASE);
      INSERT INTO participants (doc_hash, idx, name, title, country, actor, role)
        SELECT d.hash, p.key, json_extract(p.value, '$.name'), json_extract(p.value, '$.title'), json_extract(p.value, '$.country'),
               json_extract(p.value, '$.actor'), json_extract(p.value, '$.role')
        FROM documents d, json_each(d.record, '$.participants') p;
    `,
  },
];
