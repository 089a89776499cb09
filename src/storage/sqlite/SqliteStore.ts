import Database from 'better-sqlite3';
import { ReadoutError } from '../../errors.js';
import type { DocumentRecord, RecordSentence } from '../../model/DocumentRecord.js';
import { type EventStore, type ListQuery, type MeetingQuery, type PutResult, type StoredCommitment, type StoredDocumentSummary, type StoredMeeting, dyadKey } from '../EventStore.js';
import { MIGRATIONS } from './migrations.js';

type Row = Record<string, unknown>;

const LATEST = 'version = (SELECT MAX(d2.version) FROM documents d2 WHERE d2.id = documents.id)';
/** The same, for queries that name the documents table `d`. */
const LATEST_D = 'd.version = (SELECT MAX(d2.version) FROM documents d2 WHERE d2.id = d.id)';

/** The default store: one SQLite file in WAL mode, through better-sqlite3. */
export class SqliteStore implements EventStore {
  readonly engine = 'sqlite';
  private readonly db: Database.Database;
  private readonly put: Database.Transaction<(record: DocumentRecord) => PutResult>;

  constructor(readonly path: string) {
    let db: Database.Database | null = null;
    try {
      db = new Database(path);
      this.db = db;
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      this.migrate();
    } catch (e) {
      if (db?.open) db.close();
      if (e instanceof ReadoutError) throw e;
      throw new ReadoutError('E_STORE', `cannot open the database: ${(e as Error).message}`, path);
    }

    const byHash = this.db.prepare('SELECT id, version FROM documents WHERE hash = ?');
    const maxVersion = this.db.prepare('SELECT MAX(version) AS v FROM documents WHERE id = ?');
    const insertDoc = this.db.prepare(
      `INSERT INTO documents (hash, id, version, title, publisher, speaker, published, reference_date, url, text, record, sentence_count, ingested_at)
       VALUES (@hash, @id, @version, @title, @publisher, @speaker, @published, @referenceDate, @url, @text, @record, @sentenceCount, @ingestedAt)`,
    );
    const insertSentence = this.db.prepare('INSERT INTO sentences (doc_hash, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)');
    const insertMeeting = this.db.prepare('INSERT INTO meetings (doc_hash, kind, start, "end", dyad, meeting) VALUES (?, ?, ?, ?, ?, ?)');
    const insertCommitment = this.db.prepare('INSERT INTO commitments (doc_hash, idx, dyad, commitment) VALUES (?, ?, ?, ?)');

    this.put = this.db.transaction((record: DocumentRecord): PutResult => {
      const hash = record.source.hash;
      const existing = byHash.get(hash) as { id: string; version: number } | undefined;
      if (existing) return { status: 'unchanged', id: existing.id, version: existing.version, hash };
      const prev = (maxVersion.get(record.id) as { v: number | null }).v;
      const version = (prev ?? 0) + 1;
      const { text, sentences, ...rest } = record;
      insertDoc.run({
        hash,
        id: record.id,
        version,
        title: record.title,
        publisher: record.publisher,
        speaker: record.speaker,
        published: record.published,
        referenceDate: record.referenceDate,
        url: record.url,
        text,
        record: JSON.stringify(rest),
        sentenceCount: sentences.length,
        ingestedAt: new Date().toISOString(),
      });
      for (const s of sentences) insertSentence.run(hash, s.index, s.start, s.end, s.text);
      const m = record.meeting;
      if (m) insertMeeting.run(hash, m.kind, m.start, m.end, dyadKey(m.parties), JSON.stringify(m));
      record.commitments.forEach((c, i) => {
        insertCommitment.run(hash, i, dyadKey(m && m.parties.length >= 2 ? m.parties : c.parties), JSON.stringify(c));
      });
      return { status: prev === null ? 'inserted' : 'new-version', id: record.id, version, hash };
    });
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    if (current > latest) {
      throw new ReadoutError('E_STORE', `database schema version ${current} is newer than this readout understands (${latest}); upgrade readout`, this.path);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.pragma(`user_version = ${m.version}`);
      })();
    }
  }

  async putDocument(record: DocumentRecord): Promise<PutResult> {
    try {
      // IMMEDIATE: take the write lock before reading, so concurrent ingests wait instead of failing.
      return this.put.immediate(record);
    } catch (e) {
      throw new ReadoutError('E_STORE', `cannot store document ${record.id}: ${(e as Error).message}`, this.path);
    }
  }

  private hydrate(row: Row): DocumentRecord {
    const sentences = this.db
      .prepare('SELECT idx AS "index", start, "end", text FROM sentences WHERE doc_hash = ? ORDER BY idx')
      .all(row.hash) as RecordSentence[];
    const rest = JSON.parse(row.record as string) as Omit<DocumentRecord, 'text' | 'sentences'>;
    const { id, title, publisher, speaker, speakerTitle, published, referenceDate, url, ...others } = rest;
    return { id, title, publisher, speaker, speakerTitle, published, referenceDate, url, text: row.text as string, sentences, ...others };
  }

  async getDocument(idOrHash: string, version?: number): Promise<DocumentRecord | null> {
    let row: Row | undefined;
    if (version !== undefined) {
      row = this.db.prepare('SELECT * FROM documents WHERE id = ? AND version = ?').get(idOrHash, version) as Row | undefined;
    } else {
      row = this.db.prepare('SELECT * FROM documents WHERE id = ? ORDER BY version DESC LIMIT 1').get(idOrHash) as Row | undefined;
      if (!row && /^[0-9a-f]{6,64}$/.test(idOrHash)) {
        const rows = this.db.prepare('SELECT * FROM documents WHERE hash LIKE ? LIMIT 2').all(`${idOrHash}%`) as Row[];
        if (rows.length > 1) throw new ReadoutError('E_NOT_STORED', `hash prefix ${idOrHash} matches more than one document; give more characters`);
        row = rows[0];
      }
    }
    return row ? this.hydrate(row) : null;
  }

  async listDocuments(query: ListQuery = {}): Promise<StoredDocumentSummary[]> {
    const where = query.allVersions ? '' : `WHERE ${LATEST}`;
    const rows = this.db
      .prepare(
        `SELECT id, version, hash, title, publisher, published, sentence_count AS sentences, ingested_at AS ingestedAt
         FROM documents ${where} ORDER BY published IS NULL, published, id, version LIMIT ? OFFSET ?`,
      )
      .all(query.limit ?? -1, query.offset ?? 0) as StoredDocumentSummary[];
    return rows;
  }

  async countDocuments(query: { allVersions?: boolean } = {}): Promise<number> {
    const where = query.allVersions ? '' : `WHERE ${LATEST}`;
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM documents ${where}`).get() as { n: number }).n;
  }

  async *exportDocuments(query: { allVersions?: boolean } = {}): AsyncIterable<DocumentRecord> {
    const where = query.allVersions ? '' : `WHERE ${LATEST}`;
    const hashes = this.db.prepare(`SELECT hash FROM documents ${where} ORDER BY published IS NULL, published, id, version`).pluck().all() as string[];
    const one = this.db.prepare('SELECT * FROM documents WHERE hash = ?');
    for (const h of hashes) yield this.hydrate(one.get(h) as Row);
  }

  async listMeetings(query: MeetingQuery = {}): Promise<StoredMeeting[]> {
    const where = [LATEST_D];
    const params: string[] = [];
    if (query.from) {
      where.push('m.start >= ?');
      params.push(query.from);
    }
    if (query.to) {
      where.push('m.start <= ?');
      params.push(query.to);
    }
    const rows = this.db
      .prepare(
        `SELECT d.id, d.hash, d.title, d.publisher, d.published, m.dyad, m.meeting FROM meetings m JOIN documents d ON d.hash = m.doc_hash
         WHERE ${where.join(' AND ')} ORDER BY m.start IS NULL, m.start, d.published, d.id`,
      )
      .all(...params) as Row[];
    const wanted = query.dyad ? dyadKey(query.dyad.split('-')).split('-') : [];
    return rows
      .filter((r) => wanted.every((p) => (r.dyad as string).split('-').includes(p)))
      .map((r) => ({ id: r.id as string, hash: r.hash as string, title: r.title as string | null, publisher: r.publisher as string | null, published: r.published as string | null, meeting: JSON.parse(r.meeting as string) }));
  }

  async listCommitments(query: { dyad?: string } = {}): Promise<StoredCommitment[]> {
    const rows = this.db
      .prepare(
        `SELECT d.id, d.hash, d.published, d.reference_date AS referenceDate, c.idx, c.dyad, c.commitment FROM commitments c JOIN documents d ON d.hash = c.doc_hash
         WHERE ${LATEST_D} ORDER BY d.reference_date IS NULL, d.reference_date, d.id, c.idx`,
      )
      .all() as Row[];
    const wanted = query.dyad ? dyadKey(query.dyad.split('-')).split('-') : [];
    return rows
      .filter((r) => wanted.every((p) => (r.dyad as string).split('-').includes(p)))
      .map((r) => ({ id: r.id as string, hash: r.hash as string, published: r.published as string | null, referenceDate: r.referenceDate as string | null, index: r.idx as number, dyad: r.dyad as string, commitment: JSON.parse(r.commitment as string) }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
