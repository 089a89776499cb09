import { meanGoldstein } from '../meanGoldstein.js';
import Database from 'better-sqlite3';
import { ReadoutError } from '../../errors.js';
import type { DocumentRecord, RecordSentence } from '../../model/DocumentRecord.js';
import type { CodedEvent } from '../../model/Event.js';
import {
  type DocumentQuery,
  type DyadMonth,
  type DyadSummary,
  type DyadTopic,
  type EventQuery,
  type EventStore,
  type ListQuery,
  type MeetingQuery,
  type Page,
  type PutResult,
  type StoredCommitment,
  type StoredDocumentSummary,
  type StoredEvent,
  type StoredMeeting,
  type StoredPerson,
  dyadKey,
} from '../EventStore.js';
import { dyadArg, eventDyad } from '../dyads.js';
import { ftsQuery } from './ftsQuery.js';
import { MIGRATIONS } from './migrations.js';

type Row = Record<string, unknown>;

const LATEST = 'latest = 1';

const SUMMARY = `d.id, d.version, d.hash, d.title, d.publisher, d.published, d.sentence_count AS sentences, d.ingested_at AS ingestedAt`;
const DOC_DATE = 'COALESCE(d.reference_date, d.published)';

/**
 * A dyad column ("CHN-JPN-USA") holds a party: the SQL condition, and its parameter. Codes are
 * joined by "-" and hold no "-" themselves, so "-USA-" inside "-CHN-JPN-USA-" is that party and no other.
 */
function hasParty(column: string): string {
  return `('-' || ${column} || '-') LIKE ?`;
}
function partyParam(party: string): string {
  return `%-${party}-%`;
}

/** The default store: one SQLite file in WAL mode, through better-sqlite3. */
export class SqliteStore implements EventStore {
  readonly engine = 'sqlite';
  private readonly db: Database.Database;
  private readonly put: Database.Transaction<(record: DocumentRecord) => PutResult>;
  /** Writes through this connection; `data_version` counts only other connections' commits. */
  private writes = 0;

  constructor(readonly path: string) {
    let db: Database.Database | null = null;
    try {
      db = new Database(path);
      this.db = db;
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      // A document touches many pages (its row, sentences, events, indexes, a search segment); with
      // checkpoints every 10,000 WAL pages instead of 1,000, a page rewritten by many documents is
      // copied back to the database once instead of many times (about +35% documents stored per second).
      this.db.pragma('wal_autocheckpoint = 10000');
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
    const supersede = this.db.prepare('UPDATE documents SET latest = 0 WHERE id = ?');
    const insertEvent = this.db.prepare(
      'INSERT INTO events (doc_hash, idx, date, code, root, quad, goldstein, source_party, target_party, dyad, sentence, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertTopic = this.db.prepare('INSERT INTO topics (doc_hash, topic, label, sentences) VALUES (?, ?, ?, ?)');
    const insertPerson = this.db.prepare('INSERT INTO participants (doc_hash, idx, name, title, country, actor, role) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertSearchKey = this.db.prepare('INSERT INTO search_keys (doc_hash) VALUES (?)');
    const insertFts = this.db.prepare('INSERT INTO documents_fts (rowid, title, text, people) VALUES (?, ?, ?, ?)');

    this.put = this.db.transaction((record: DocumentRecord): PutResult => {
      const hash = record.source.hash;
      const existing = byHash.get(hash) as { id: string; version: number } | undefined;
      if (existing) return { status: 'unchanged', id: existing.id, version: existing.version, hash };
      const prev = (maxVersion.get(record.id) as { v: number | null }).v;
      const version = (prev ?? 0) + 1;
      // Events live in their own table (queried, counted, aggregated); the record keeps the rest.
      const { text, sentences, events, ...rest } = record;
      supersede.run(record.id);
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
      events.forEach((e, i) => {
        insertEvent.run(hash, i, e.date, e.code, e.root, e.quad, e.goldstein, e.source.party, e.target.party, eventDyad(e), e.sentence, JSON.stringify(e));
      });
      record.participants.forEach((p, i) => {
        insertPerson.run(hash, i, p.name, p.title, p.country, p.actor, p.role);
      });
      for (const t of record.topics) insertTopic.run(hash, t.id, t.label, JSON.stringify(t.sentences));
      insertFts.run(insertSearchKey.run(hash).lastInsertRowid, record.title ?? '', text, record.participants.map((p) => p.name).join(' '));
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

  async putDocuments(records: readonly DocumentRecord[]): Promise<PutResult[]> {
    try {
      // The per-document transaction nests as a savepoint inside this one.
      const results = this.db.transaction((rs: readonly DocumentRecord[]) => rs.map((r) => this.put(r))).immediate(records);
      this.writes += results.filter((r) => r.status !== 'unchanged').length;
      return results;
    } catch (e) {
      throw new ReadoutError('E_STORE', `cannot store a batch of ${records.length} documents (${records[0]?.id} ...): ${(e as Error).message}`, this.path);
    }
  }

  async putDocument(record: DocumentRecord): Promise<PutResult> {
    try {
      // IMMEDIATE: take the write lock before reading, so concurrent ingests wait instead of failing.
      const result = this.put.immediate(record);
      if (result.status !== 'unchanged') this.writes++;
      return result;
    } catch (e) {
      throw new ReadoutError('E_STORE', `cannot store document ${record.id}: ${(e as Error).message}`, this.path);
    }
  }

  private hydrate(row: Row): DocumentRecord {
    const sentences = this.db
      .prepare('SELECT idx AS "index", start, "end", text FROM sentences WHERE doc_hash = ? ORDER BY idx')
      .all(row.hash) as RecordSentence[];
    const rest = JSON.parse(row.record as string) as Omit<DocumentRecord, 'text' | 'sentences' | 'events'> & { events?: CodedEvent[] };
    const { id, title, publisher, speaker, speakerTitle, published, referenceDate, url, meeting, participants, events: inline, ...others } = rest;
    // Records stored before the events table kept their events inline.
    const events = inline ?? (this.db.prepare('SELECT event FROM events WHERE doc_hash = ? ORDER BY idx').pluck().all(row.hash) as string[]).map((e) => JSON.parse(e) as CodedEvent);
    // The record's own key order, so an export is byte for byte what `readout code` prints.
    return { id, title, publisher, speaker, speakerTitle, published, referenceDate, url, text: row.text as string, sentences, meeting, participants, events, ...others };
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
    const where = ['d.latest = 1'];
    const params: string[] = [];
    if (query.from) {
      where.push('m.start >= ?');
      params.push(query.from);
    }
    if (query.to) {
      where.push('m.start <= ?');
      params.push(query.to);
    }
    for (const p of query.dyad ? dyadKey(query.dyad.split('-')).split('-') : []) {
      where.push(hasParty('m.dyad'));
      params.push(partyParam(p));
    }
    const rows = this.db
      .prepare(
        `SELECT d.id, d.hash, d.title, d.publisher, d.published, m.dyad, m.meeting FROM meetings m JOIN documents d ON d.hash = m.doc_hash
         WHERE ${where.join(' AND ')} ORDER BY m.start IS NULL, m.start, d.published, d.id`,
      )
      .all(...params) as Row[];
    return rows.map((r) => ({ id: r.id as string, hash: r.hash as string, title: r.title as string | null, publisher: r.publisher as string | null, published: r.published as string | null, meeting: JSON.parse(r.meeting as string) }));
  }

  async listCommitments(query: { dyad?: string } = {}): Promise<StoredCommitment[]> {
    const parties = query.dyad ? dyadKey(query.dyad.split('-')).split('-') : [];
    const rows = this.db
      .prepare(
        `SELECT d.id, d.hash, d.published, d.reference_date AS referenceDate, c.idx, c.dyad, c.commitment FROM commitments c JOIN documents d ON d.hash = c.doc_hash
         WHERE d.latest = 1${parties.map(() => ` AND ${hasParty('c.dyad')}`).join('')} ORDER BY d.reference_date IS NULL, d.reference_date, d.id, c.idx`,
      )
      .all(...parties.map(partyParam)) as Row[];
    return rows.map((r) => ({ id: r.id as string, hash: r.hash as string, published: r.published as string | null, referenceDate: r.referenceDate as string | null, index: r.idx as number, dyad: r.dyad as string, commitment: JSON.parse(r.commitment as string) }));
  }

  /** WHERE clauses and parameters for a document filter over `documents d`. */
  private documentFilter(query: DocumentQuery): { where: string[]; params: unknown[] } {
    const where = ['d.latest = 1'];
    const params: unknown[] = [];
    if (query.publisher) {
      where.push('d.publisher = ?');
      params.push(query.publisher);
    }
    if (query.from) {
      where.push(`${DOC_DATE} >= ?`);
      params.push(query.from);
    }
    if (query.to) {
      where.push(`${DOC_DATE} <= ?`);
      params.push(query.to);
    }
    if (query.country) {
      where.push(
        `(EXISTS (SELECT 1 FROM events e WHERE e.doc_hash = d.hash AND (e.source_party = ? OR e.target_party = ?))
          OR EXISTS (SELECT 1 FROM meetings m WHERE m.doc_hash = d.hash AND ${hasParty('m.dyad')}))`,
      );
      params.push(query.country, query.country, partyParam(query.country));
    }
    if (query.topic) {
      where.push('EXISTS (SELECT 1 FROM topics t WHERE t.doc_hash = d.hash AND t.topic = ?)');
      params.push(query.topic);
    }
    return { where, params };
  }

  async searchDocuments(query: DocumentQuery = {}): Promise<Page<StoredDocumentSummary>> {
    const { where, params } = this.documentFilter(query);
    const match = query.q ? ftsQuery(query.q) : null;
    if (query.q && !match) return { total: 0, items: [] };
    const from = match ? 'documents_fts f JOIN search_keys k ON k.id = f.rowid JOIN documents d ON d.hash = k.doc_hash' : 'documents d';
    if (match) {
      where.unshift('documents_fts MATCH ?');
      params.unshift(match);
    }
    const clause = where.join(' AND ');
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM ${from} WHERE ${clause}`).get(...params) as { n: number }).n;
    const order = match ? 'f.rank, d.id' : `${DOC_DATE} IS NULL, ${DOC_DATE}, d.id`;
    const items = this.db
      .prepare(`SELECT ${SUMMARY} FROM ${from} WHERE ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, query.limit ?? -1, query.offset ?? 0) as StoredDocumentSummary[];
    return { total, items };
  }

  async listEvents(query: EventQuery = {}): Promise<Page<StoredEvent>> {
    const where = ['d.latest = 1'];
    const params: unknown[] = [];
    if (query.dyad) {
      where.push('e.dyad = ?');
      params.push(dyadArg(query.dyad));
    }
    if (query.country) {
      where.push('(e.source_party = ? OR e.target_party = ?)');
      params.push(query.country, query.country);
    }
    if (query.root) {
      where.push('e.root = ?');
      params.push(query.root);
    }
    if (query.quad !== undefined) {
      where.push('e.quad = ?');
      params.push(query.quad);
    }
    if (query.from) {
      where.push('e.date >= ?');
      params.push(query.from);
    }
    if (query.to) {
      where.push('e.date <= ?');
      params.push(query.to);
    }
    if (query.topic) {
      where.push('EXISTS (SELECT 1 FROM topics t, json_each(t.sentences) s WHERE t.doc_hash = e.doc_hash AND t.topic = ? AND s.value = e.sentence)');
      params.push(query.topic);
    }
    if (query.document) {
      where.push('(d.id = ? OR d.hash = ?)');
      params.push(query.document, query.document);
    }
    const clause = where.join(' AND ');
    const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM events e JOIN documents d ON d.hash = e.doc_hash WHERE ${clause}`).get(...params) as { n: number }).n;
    const rows = this.db
      .prepare(
        // The page's keys are found and sorted first; only its rows fetch their event and sentence.
        `WITH page AS (
           SELECT e.doc_hash, e.idx, e.date, d.id FROM events e JOIN documents d ON d.hash = e.doc_hash
           WHERE ${clause} ORDER BY e.date IS NULL, e.date, d.id, e.idx LIMIT ? OFFSET ?)
         SELECT d.id, d.hash, d.publisher, e.idx, e.event, s.text AS sentenceText
         FROM page p JOIN events e ON e.doc_hash = p.doc_hash AND e.idx = p.idx JOIN documents d ON d.hash = p.doc_hash
           LEFT JOIN sentences s ON s.doc_hash = e.doc_hash AND s.idx = e.sentence
         ORDER BY p.date IS NULL, p.date, p.id, p.idx`,
      )
      .all(...params, query.limit ?? -1, query.offset ?? 0) as Row[];
    const items = rows.map((r) => ({
      id: r.id as string,
      hash: r.hash as string,
      index: r.idx as number,
      publisher: r.publisher as string | null,
      sentenceText: (r.sentenceText as string | null) ?? '',
      event: JSON.parse(r.event as string) as CodedEvent,
    }));
    return { total, items };
  }

  async searchPeople(q: string, limit = 20): Promise<StoredPerson[]> {
    const words = q.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    if (!words.length) return [];
    // Words hold no LIKE wildcard (% and _ are not word characters here), so each is matched as written.
    const like = words.map((w) => `%${w}%`);
    return this.db
      .prepare(
        `SELECT p.name, (SELECT p2.title FROM participants p2 WHERE p2.name = p.name AND p2.title IS NOT NULL ORDER BY length(p2.title) DESC LIMIT 1) AS title,
                MAX(p.country) AS country, MAX(p.actor) AS actor, COUNT(DISTINCT p.doc_hash) AS documents,
                COUNT(DISTINCT CASE WHEN p.role <> 'mentioned' THEN p.doc_hash END) AS present, MAX(${DOC_DATE}) AS last
         FROM participants p JOIN documents d ON d.hash = p.doc_hash
         WHERE d.latest = 1${like.map(() => ' AND p.name LIKE ?').join('')}
         GROUP BY p.name ORDER BY documents DESC, p.name LIMIT ?`,
      )
      .all(...like, limit) as StoredPerson[];
  }

  async listDyads(): Promise<DyadSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT e.dyad, COUNT(*) AS events, COUNT(DISTINCT e.doc_hash) AS documents, MIN(e.date) AS first, MAX(e.date) AS last, SUM(CAST(ROUND(e.goldstein * 10) AS INTEGER)) AS tenths
         FROM events e JOIN documents d ON d.hash = e.doc_hash WHERE d.latest = 1 AND e.dyad <> '' GROUP BY e.dyad ORDER BY events DESC, e.dyad`,
      )
      .all() as (Omit<DyadSummary, 'goldstein'> & { tenths: number })[];
    return rows.map(({ tenths, ...r }) => ({ ...r, goldstein: meanGoldstein(tenths, r.events) }));
  }

  async dyadTimeline(dyad: string, range: { from?: string; to?: string } = {}): Promise<DyadMonth[]> {
    const rows = this.db
      .prepare(
        `SELECT substr(e.date, 1, 7) AS month, e.quad, COUNT(*) AS n, SUM(e.goldstein) AS g
         FROM events e JOIN documents d ON d.hash = e.doc_hash
         WHERE d.latest = 1 AND e.dyad = ? AND e.date IS NOT NULL AND e.date >= ? AND e.date <= ?
         GROUP BY month, e.quad ORDER BY month, e.quad`,
      )
      .all(dyadArg(dyad), range.from ?? '', range.to ?? '9999') as { month: string; quad: number; n: number; g: number }[];
    const months = new Map<string, DyadMonth & { sum: number }>();
    for (const r of rows) {
      let m = months.get(r.month);
      if (!m) {
        m = { month: r.month, quads: [0, 0, 0, 0], events: 0, goldstein: 0, sum: 0 };
        months.set(r.month, m);
      }
      if (r.quad >= 1 && r.quad <= 4) m.quads[r.quad - 1] = r.n;
      m.events += r.n;
      m.sum += r.g;
    }
    return [...months.values()].map(({ sum, ...m }) => ({ ...m, goldstein: Math.round((sum / m.events) * 100) / 100 }));
  }

  async dyadTopics(dyad: string, range: { from?: string; to?: string } = {}): Promise<DyadTopic[]> {
    const key = dyadArg(dyad);
    const [p1, p2] = key.split('-').map(partyParam);
    // The dyad's documents first (its events' or its meeting's), then their topics.
    const rows = this.db
      .prepare(
        `WITH docs AS (
           SELECT doc_hash FROM events WHERE dyad = ?
           UNION SELECT doc_hash FROM meetings WHERE ${hasParty('dyad')} AND ${hasParty('dyad')})
         SELECT t.topic, t.label, substr(${DOC_DATE}, 1, 7) AS month, COUNT(*) AS n
         FROM docs JOIN documents d ON d.hash = docs.doc_hash JOIN topics t ON t.doc_hash = d.hash
         WHERE d.latest = 1 AND (? = '' OR ${DOC_DATE} >= ?) AND (? = '' OR ${DOC_DATE} <= ?)
         GROUP BY t.topic, month ORDER BY t.topic, month`,
      )
      .all(key, p1, p2, range.from ?? '', range.from ?? '', range.to ?? '', range.to ?? '') as { topic: string; label: string; month: string | null; n: number }[];
    const topics = new Map<string, DyadTopic>();
    for (const r of rows) {
      let t = topics.get(r.topic);
      if (!t) {
        t = { topic: r.topic, label: r.label, documents: 0, months: [] };
        topics.set(r.topic, t);
      }
      t.documents += r.n;
      if (r.month) t.months.push({ month: r.month, documents: r.n });
    }
    return [...topics.values()].sort((a, b) => b.documents - a.documents || a.topic.localeCompare(b.topic));
  }

  async revision(): Promise<string> {
    return `${this.db.pragma('data_version', { simple: true })}:${this.writes}`;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
