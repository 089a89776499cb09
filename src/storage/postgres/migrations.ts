/**
 * PostgreSQL schema versions: the SQLite migrations of the same numbers in this dialect, so
 * "schema version N" names the same tables on both engines. Applied in order and recorded in
 * readout_state; a migration is never edited once released, a change is a new entry (on both).
 *
 * Dialect choices: text that is compared or sorted is COLLATE "C", so ORDER BY and range filters
 * give SQLite's byte order whatever the database's locale (and btree indexes serve LIKE 'prefix%');
 * JSON is `json`, not `jsonb`, because an export must give back each record with its own key order;
 * Goldstein scores are double precision like SQLite's REAL. SQLite's migrations also copy older
 * rows out of stored records; no PostgreSQL database predates these tables, so these only create.
 */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        hash text COLLATE "C" PRIMARY KEY,
        id text COLLATE "C" NOT NULL,
        version integer NOT NULL,
        title text,
        publisher text COLLATE "C",
        speaker text,
        published text COLLATE "C",
        reference_date text COLLATE "C",
        url text,
        text text NOT NULL,
        record json NOT NULL,
        sentence_count integer NOT NULL,
        ingested_at text NOT NULL,
        UNIQUE (id, version)
      );
      CREATE INDEX documents_published ON documents (published);
      CREATE INDEX documents_publisher ON documents (publisher);
      CREATE TABLE sentences (
        doc_hash text COLLATE "C" NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
        idx integer NOT NULL,
        start integer NOT NULL,
        "end" integer NOT NULL,
        text text NOT NULL,
        PRIMARY KEY (doc_hash, idx)
      );
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE meetings (
        doc_hash text COLLATE "C" PRIMARY KEY REFERENCES documents (hash) ON DELETE CASCADE,
        kind text NOT NULL,
        start text COLLATE "C",
        "end" text COLLATE "C",
        dyad text COLLATE "C" NOT NULL,
        meeting json NOT NULL
      );
      CREATE INDEX meetings_dyad ON meetings (dyad, start);
      CREATE TABLE commitments (
        doc_hash text COLLATE "C" NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
        idx integer NOT NULL,
        dyad text COLLATE "C" NOT NULL,
        commitment json NOT NULL,
        PRIMARY KEY (doc_hash, idx)
      );
      CREATE INDEX commitments_dyad ON commitments (dyad);
    `,
  },
  {
    // Events, topics and full-text search, as SQLite's version 3. The search vector lives on the
    // document row (PostgreSQL stores the text once either way) under a GIN index. dyad_months is
    // the dyad timeline kept up to date by each write, so a timeline over millions of events reads
    // a few rows per month instead of aggregating every event; its Goldstein sums are numeric so
    // that adding a version's events and taking a superseded version's away again is exact.
    version: 3,
    sql: `
      ALTER TABLE documents ADD COLUMN latest boolean NOT NULL DEFAULT true;
      ALTER TABLE documents ADD COLUMN search tsvector NOT NULL DEFAULT '';
      CREATE INDEX documents_latest ON documents ((COALESCE(reference_date, published))) WHERE latest;
      CREATE INDEX documents_search ON documents USING gin (search);
      CREATE TABLE events (
        doc_hash text COLLATE "C" NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
        idx integer NOT NULL,
        date text COLLATE "C",
        code text NOT NULL,
        root text COLLATE "C" NOT NULL,
        quad integer NOT NULL,
        goldstein double precision NOT NULL,
        source_party text COLLATE "C",
        target_party text COLLATE "C",
        dyad text COLLATE "C" NOT NULL,
        sentence integer NOT NULL,
        event json NOT NULL,
        PRIMARY KEY (doc_hash, idx)
      );
      CREATE INDEX events_dyad ON events (dyad, date);
      CREATE INDEX events_date ON events (date);
      CREATE TABLE topics (
        doc_hash text COLLATE "C" NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
        topic text COLLATE "C" NOT NULL,
        label text NOT NULL,
        sentences integer[] NOT NULL,
        PRIMARY KEY (doc_hash, topic)
      );
      CREATE INDEX topics_topic ON topics (topic);
      CREATE TABLE dyad_months (
        dyad text COLLATE "C" NOT NULL,
        month text COLLATE "C" NOT NULL,
        quad integer NOT NULL,
        events bigint NOT NULL,
        goldstein numeric NOT NULL,
        PRIMARY KEY (dyad, month, quad)
      );
    `,
  },
  {
    // People, for the search box: one row per participant of each document.
    version: 4,
    sql: `
      CREATE TABLE participants (
        doc_hash text COLLATE "C" NOT NULL REFERENCES documents (hash) ON DELETE CASCADE,
        idx integer NOT NULL,
        name text COLLATE "C" NOT NULL,
        title text,
        country text COLLATE "C",
        actor text COLLATE "C" NOT NULL,
        role text NOT NULL,
        PRIMARY KEY (doc_hash, idx)
      );
      CREATE INDEX participants_name ON participants (name);
    `,
  },
];
