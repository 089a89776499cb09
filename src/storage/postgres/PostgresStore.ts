import { meanGoldstein } from '../meanGoldstein.js';
import pg from 'pg';
import { ReadoutError } from '../../errors.js';
import type { DocumentRecord, RecordSentence } from '../../model/DocumentRecord.js';
import type { CodedEvent } from '../../model/Event.js';
import { dyadArg } from '../dyads.js';
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
import { MIGRATIONS } from './migrations.js';
import { Params } from './Params.js';
import { redactUrl } from './redactUrl.js';
import { tsQuery } from './searchText.js';
import { APPLY_TIMELINE, WRITE_DOCUMENT, WRITE_DOCUMENT_ROWS, writeDocumentParams } from './writeDocument.js';

type Row = Record<string, unknown>;

/** Advisory lock classes (the first key of pg_advisory_xact_lock(int, int)), so ours clash with no other application's. */
const LOCK_MIGRATION = 0x72640000;
const LOCK_ID = 0x72640001;
const LOCK_HASH = 0x72640002;

/** Documents an export reads per round trip. */
const EXPORT_BATCH = 200;

const SUMMARY = `d.id, d.version, d.hash, d.title, d.publisher, d.published, d.sentence_count AS sentences, d.ingested_at AS "ingestedAt"`;
const DOC_DATE = 'COALESCE(d.reference_date, d.published)';
const LIST_ORDER = 'published IS NULL, published, id, version';

/** A dyad column ("CHN-JPN-USA") holds a party; see SqliteStore's hasParty. */
function hasParty(column: string, party: string, params: Params): string {
  return `('-' || ${column} || '-') LIKE ${params.add(`%-${party}-%`)}`;
}

/** Connection failures, as opposed to errors the server reports about a statement. */
function isConnectionError(e: unknown): boolean {
  return !(e instanceof pg.DatabaseError) || ['08', '28', '3D', '57'].includes(e.code?.slice(0, 2) ?? '');
}

/** An error's own words; Node gives an AggregateError with an empty message when every address of a host refuses. */
function reason(e: unknown): string {
  if (e instanceof AggregateError && !e.message) return [...new Set(e.errors.map((x) => (x as Error).message))].join('; ');
  return (e as Error).message || String(e);
}

/**
 * The shared store: a PostgreSQL database through a pool of node-postgres connections. The same
 * tables and answers as SqliteStore; the constructor does not connect, so opening is synchronous
 * and the first call connects and brings the schema up to date.
 */
export class PostgresStore implements EventStore {
  readonly engine = 'postgres';
  /** The URL without its password: where every error of this store says it happened. */
  readonly where: string;
  private readonly pool: pg.Pool;
  private ready: Promise<void> | null = null;
  private ended = false;

  constructor(
    url: string,
    private readonly options: { create?: boolean } = { create: true },
  ) {
    this.where = redactUrl(url);
    try {
      // Without a timeout a host that drops packets would hold the first call for minutes.
      this.pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 10_000 });
    } catch (e) {
      throw new ReadoutError('E_STORE', `not a usable PostgreSQL URL (postgres://user@host:port/database): ${reason(e)}`, this.where);
    }
    // A pooled connection that the server closes while idle is reported to the next call that needs
    // one; unheard, the pool's 'error' event would end the process.
    this.pool.on('error', () => {});
  }

  /** Runs `work` on one pooled connection, turning failures into ReadoutErrors that name the server and what was being done. */
  private async withClient<T>(doing: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw new ReadoutError('E_STORE', `cannot connect to PostgreSQL: ${reason(e)}`, this.where);
    }
    let broken = false;
    try {
      return await work(client);
    } catch (e) {
      if (e instanceof ReadoutError) throw e;
      broken = isConnectionError(e);
      throw new ReadoutError('E_STORE', `${doing}: ${reason(e)}`, this.where);
    } finally {
      client.release(broken);
    }
  }

  /** The schema, brought up to date once per store; a failure (server down) lets the next call try again. */
  private init(): Promise<void> {
    if (!this.ready) {
      this.ready = this.migrate().catch((e: unknown) => {
        this.ready = null;
        throw e;
      });
    }
    return this.ready;
  }

  private async query<R = Row>(doing: string, sql: string, values: unknown[] = []): Promise<R[]> {
    await this.init();
    return this.withClient(doing, async (c) => (await c.query(sql, values)).rows as R[]);
  }

  private async migrate(): Promise<void> {
    await this.withClient('cannot bring the schema up to date', async (c) => {
      await c.query('BEGIN');
      try {
        // Processes starting together migrate one at a time; the later ones find the work done.
        await c.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_MIGRATION]);
        const exists = (await c.query(`SELECT to_regclass('readout_state') IS NOT NULL AS e`)).rows[0].e as boolean;
        if (!exists) {
          if (this.options.create === false) throw new ReadoutError('E_NOT_FOUND', 'no readout tables in this database (readout ingest creates them)', this.where);
          await c.query('CREATE TABLE readout_state (schema_version integer NOT NULL, revision bigint NOT NULL); INSERT INTO readout_state VALUES (0, 0);');
        }
        const current = (await c.query('SELECT schema_version FROM readout_state')).rows[0].schema_version as number;
        const latest = MIGRATIONS[MIGRATIONS.length - 1]!.version;
        if (current > latest) {
          throw new ReadoutError('E_STORE', `database schema version ${current} is newer than this readout understands (${latest}); upgrade readout`, this.where);
        }
        for (const m of MIGRATIONS) if (m.version > current) await c.query(m.sql);
        if (current < latest) await c.query('UPDATE readout_state SET schema_version = $1', [latest]);
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      }
    });
  }

  async putDocument(record: DocumentRecord): Promise<PutResult> {
    await this.init();
    return this.withClient(`cannot store document ${record.id}`, async (c) => {
      // The commit does not wait for its WAL to reach the disk (2 ms a document here), as SQLite's WAL at
      // synchronous=NORMAL does not: a server crash may lose the last moments' documents, whole ones,
      // never part of one, and ingesting again restores them.
      await c.query('BEGIN; SET LOCAL synchronous_commit = off');
      try {
        const result = await this.write(c, record);
        await c.query('COMMIT');
        return result;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      }
    });
  }

  async putDocuments(records: readonly DocumentRecord[]): Promise<PutResult[]> {
    if (records.length === 0) return [];
    await this.init();
    return this.withClient(`cannot store a batch of ${records.length} documents (${records[0]!.id} ...)`, async (c) => {
      await c.query('BEGIN; SET LOCAL synchronous_commit = off');
      try {
        const results = await this.writeBatch(c, records);
        await c.query('COMMIT');
        return results;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      }
    });
  }

  /**
   * A batch inside the caller's transaction. Every lock is taken in one global order — the ids' and
   * hashes' advisory locks sorted, documents, then the summary rows sorted, then the revision — so
   * batches written at once by many workers (and single documents) wait for each other but never
   * deadlock, whatever documents they share.
   */
  private async writeBatch(c: pg.PoolClient, records: readonly DocumentRecord[]): Promise<PutResult[]> {
    await c.query(
      `SELECT pg_advisory_xact_lock(k.c, k.v) FROM (
         SELECT DISTINCT c, hashtext(v) AS v FROM unnest($1::int[], $2::text[]) AS u(c, v) ORDER BY 1, 2 OFFSET 0
       ) k`,
      [[...records.map(() => LOCK_ID), ...records.map(() => LOCK_HASH)], [...records.map((r) => r.id), ...records.map((r) => r.source.hash)]],
    );
    const stored = new Map<string, { id: string; version: number }>();
    for (const row of (await c.query('SELECT hash, id, version FROM documents WHERE hash = ANY($1::text[])', [records.map((r) => r.source.hash)])).rows) {
      stored.set(row.hash, { id: row.id, version: row.version });
    }
    const results: PutResult[] = [];
    const timeline: [string[], string[], number[], number[], string[]] = [[], [], [], [], []];
    const now = new Date().toISOString();
    // In input order: a batch that holds two versions of one document stores them as they came.
    for (const record of records) {
      const hash = record.source.hash;
      const existing = stored.get(hash);
      if (existing) {
        results.push({ status: 'unchanged', id: existing.id, version: existing.version, hash });
        continue;
      }
      const written = (await c.query({ name: 'readout-write-document-rows', text: WRITE_DOCUMENT_ROWS, values: writeDocumentParams(record, now) })).rows[0] as {
        version: number;
        superseded: number;
        timeline: [string, string, number, number, string][];
      };
      for (const [dyad, month, quad, n, g] of written.timeline) {
        timeline[0].push(dyad);
        timeline[1].push(month);
        timeline[2].push(quad);
        timeline[3].push(n);
        timeline[4].push(g);
      }
      stored.set(hash, { id: record.id, version: written.version });
      results.push({ status: written.superseded ? 'new-version' : 'inserted', id: record.id, version: written.version, hash });
    }
    if (results.some((r) => r.status !== 'unchanged')) await c.query(APPLY_TIMELINE, timeline);
    return results;
  }

  /** One document, inside the caller's transaction. */
  private async write(c: pg.PoolClient, record: DocumentRecord): Promise<PutResult> {
    const hash = record.source.hash;
    // Writers of one id, or of one content, take turns, so versions are numbered without gaps or clashes.
    // The check for stored content is a statement of its own: it must see what a writer we waited for committed.
    await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2)), pg_advisory_xact_lock($3, hashtext($4))', [LOCK_ID, record.id, LOCK_HASH, hash]);
    const existing = (await c.query('SELECT id, version FROM documents WHERE hash = $1', [hash])).rows[0] as { id: string; version: number } | undefined;
    if (existing) return { status: 'unchanged', id: existing.id, version: existing.version, hash };
    // Named, so each connection parses and plans the long statement once.
    const written = (await c.query({ name: 'readout-write-document', text: WRITE_DOCUMENT, values: writeDocumentParams(record, new Date().toISOString()) })).rows[0] as { version: number; superseded: number };
    return { status: written.superseded ? 'new-version' : 'inserted', id: record.id, version: written.version, hash };
  }

  /** Whole records for rows of (hash, text, record), their sentences and events read for all of them at once. */
  private async hydrate(c: pg.PoolClient, rows: Row[]): Promise<DocumentRecord[]> {
    const hashes = rows.map((r) => r.hash as string);
    const sentences = new Map<string, RecordSentence[]>(hashes.map((h) => [h, []]));
    const events = new Map<string, CodedEvent[]>(hashes.map((h) => [h, []]));
    for (const s of (await c.query('SELECT doc_hash, idx, start, "end", text FROM sentences WHERE doc_hash = ANY($1::text[]) ORDER BY doc_hash, idx', [hashes])).rows) {
      sentences.get(s.doc_hash)!.push({ index: s.idx, start: s.start, end: s.end, text: s.text });
    }
    for (const e of (await c.query('SELECT doc_hash, event FROM events WHERE doc_hash = ANY($1::text[]) ORDER BY doc_hash, idx', [hashes])).rows) {
      events.get(e.doc_hash)!.push(e.event as CodedEvent);
    }
    return rows.map((row) => {
      const rest = row.record as Omit<DocumentRecord, 'text' | 'sentences' | 'events'>;
      const { id, title, publisher, speaker, speakerTitle, published, referenceDate, url, meeting, participants, ...others } = rest;
      const hash = row.hash as string;
      // The record's own key order, so an export is byte for byte what `readout code` prints.
      return { id, title, publisher, speaker, speakerTitle, published, referenceDate, url, text: row.text as string, sentences: sentences.get(hash)!, meeting, participants, events: events.get(hash)!, ...others };
    });
  }

  async getDocument(idOrHash: string, version?: number): Promise<DocumentRecord | null> {
    await this.init();
    return this.withClient(`cannot read document ${idOrHash}`, async (c) => {
      const columns = 'SELECT hash, text, record FROM documents';
      let rows: Row[];
      if (version !== undefined) {
        rows = (await c.query(`${columns} WHERE id = $1 AND version = $2`, [idOrHash, version])).rows;
      } else {
        rows = (await c.query(`${columns} WHERE id = $1 ORDER BY version DESC LIMIT 1`, [idOrHash])).rows;
        if (!rows.length && /^[0-9a-f]{6,64}$/.test(idOrHash)) {
          rows = (await c.query(`${columns} WHERE hash LIKE $1 LIMIT 2`, [`${idOrHash}%`])).rows;
          if (rows.length > 1) throw new ReadoutError('E_NOT_STORED', `hash prefix ${idOrHash} matches more than one document; give more characters`);
        }
      }
      return rows.length ? (await this.hydrate(c, rows))[0]! : null;
    });
  }

  async listDocuments(query: ListQuery = {}): Promise<StoredDocumentSummary[]> {
    return this.query<StoredDocumentSummary>(
      'cannot list documents',
      `SELECT ${SUMMARY} FROM documents d ${query.allVersions ? '' : 'WHERE latest'} ORDER BY ${LIST_ORDER} LIMIT $1 OFFSET $2`,
      [query.limit ?? null, query.offset ?? 0],
    );
  }

  async countDocuments(query: { allVersions?: boolean } = {}): Promise<number> {
    const rows = await this.query<{ n: number }>('cannot count documents', `SELECT COUNT(*)::int AS n FROM documents ${query.allVersions ? '' : 'WHERE latest'}`);
    return rows[0]!.n;
  }

  /** Through a cursor in one read-only snapshot: the export is consistent and memory stays flat however large the store. */
  async *exportDocuments(query: { allVersions?: boolean } = {}): AsyncIterable<DocumentRecord> {
    await this.init();
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw new ReadoutError('E_STORE', `cannot connect to PostgreSQL: ${reason(e)}`, this.where);
    }
    let finished = false;
    let broken = false;
    try {
      const batches = async (): Promise<DocumentRecord[] | null> => {
        const rows = (await client.query(`FETCH ${EXPORT_BATCH} FROM export`)).rows;
        return rows.length ? this.hydrate(client, rows) : null;
      };
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        await client.query(`DECLARE export NO SCROLL CURSOR FOR SELECT hash, text, record FROM documents ${query.allVersions ? '' : 'WHERE latest'} ORDER BY ${LIST_ORDER}`);
      } catch (e) {
        broken = isConnectionError(e);
        throw new ReadoutError('E_STORE', `cannot export documents: ${reason(e)}`, this.where);
      }
      for (;;) {
        let batch: DocumentRecord[] | null;
        try {
          batch = await batches();
        } catch (e) {
          broken = isConnectionError(e);
          throw new ReadoutError('E_STORE', `cannot export documents: ${reason(e)}`, this.where);
        }
        if (!batch) break;
        yield* batch;
      }
      finished = true;
    } finally {
      // Also when the reader stops early: the transaction must end before the connection goes back to the pool.
      if (!broken) await client.query(finished ? 'COMMIT' : 'ROLLBACK').catch(() => (broken = true));
      client.release(broken);
    }
  }

  async listMeetings(query: MeetingQuery = {}): Promise<StoredMeeting[]> {
    const params = new Params();
    const where = ['d.latest'];
    if (query.from) where.push(`m.start >= ${params.add(query.from)}`);
    if (query.to) where.push(`m.start <= ${params.add(query.to)}`);
    for (const p of query.dyad ? dyadKey(query.dyad.split('-')).split('-') : []) where.push(hasParty('m.dyad', p, params));
    return this.query<StoredMeeting>(
      'cannot list meetings',
      `SELECT d.id, d.hash, d.title, d.publisher, d.published, m.meeting FROM meetings m JOIN documents d ON d.hash = m.doc_hash
       WHERE ${where.join(' AND ')} ORDER BY m.start IS NULL, m.start, d.published NULLS FIRST, d.id`,
      params.values,
    );
  }

  async listCommitments(query: { dyad?: string } = {}): Promise<StoredCommitment[]> {
    const params = new Params();
    const where = ['d.latest'];
    for (const p of query.dyad ? dyadKey(query.dyad.split('-')).split('-') : []) where.push(hasParty('c.dyad', p, params));
    return this.query<StoredCommitment>(
      'cannot list commitments',
      `SELECT d.id, d.hash, d.published, d.reference_date AS "referenceDate", c.idx AS "index", c.dyad, c.commitment
       FROM commitments c JOIN documents d ON d.hash = c.doc_hash
       WHERE ${where.join(' AND ')} ORDER BY d.reference_date IS NULL, d.reference_date, d.id, c.idx`,
      params.values,
    );
  }

  /** WHERE clauses for a document filter over `documents d`. */
  private documentFilter(query: DocumentQuery, params: Params): string[] {
    const where = ['d.latest'];
    if (query.publisher) where.push(`d.publisher = ${params.add(query.publisher)}`);
    if (query.from) where.push(`${DOC_DATE} >= ${params.add(query.from)}`);
    if (query.to) where.push(`${DOC_DATE} <= ${params.add(query.to)}`);
    if (query.country) {
      const c = params.add(query.country);
      where.push(
        `(EXISTS (SELECT 1 FROM events e WHERE e.doc_hash = d.hash AND (e.source_party = ${c} OR e.target_party = ${c}))
          OR EXISTS (SELECT 1 FROM meetings m WHERE m.doc_hash = d.hash AND ${hasParty('m.dyad', query.country, params)}))`,
      );
    }
    if (query.topic) where.push(`EXISTS (SELECT 1 FROM topics t WHERE t.doc_hash = d.hash AND t.topic = ${params.add(query.topic)})`);
    return where;
  }

  async searchDocuments(query: DocumentQuery = {}): Promise<Page<StoredDocumentSummary>> {
    const match = query.q ? tsQuery(query.q) : null;
    if (query.q && !match) return { total: 0, items: [] };
    const params = new Params();
    const q = match ? `to_tsquery('simple', ${params.add(match)})` : '';
    const where = this.documentFilter(query, params);
    if (match) where.unshift(`d.search @@ ${q}`);
    const clause = where.join(' AND ');
    const order = match ? `ts_rank(d.search, ${q}) DESC, d.id` : `${DOC_DATE} IS NULL, ${DOC_DATE}, d.id`;
    const page = [...params.values, query.limit ?? null, query.offset ?? 0];
    const n = params.values.length;
    const [total, items] = await Promise.all([
      this.query<{ n: number }>('cannot search documents', `SELECT COUNT(*)::int AS n FROM documents d WHERE ${clause}`, params.values),
      this.query<StoredDocumentSummary>('cannot search documents', `SELECT ${SUMMARY} FROM documents d WHERE ${clause} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}`, page),
    ]);
    return { total: total[0]!.n, items };
  }

  async listEvents(query: EventQuery = {}): Promise<Page<StoredEvent>> {
    const params = new Params();
    const where = ['d.latest'];
    if (query.dyad) where.push(`e.dyad = ${params.add(dyadArg(query.dyad))}`);
    if (query.country) {
      const c = params.add(query.country);
      where.push(`(e.source_party = ${c} OR e.target_party = ${c})`);
    }
    if (query.root) where.push(`e.root = ${params.add(query.root)}`);
    if (query.quad !== undefined) where.push(`e.quad = ${params.add(query.quad)}`);
    if (query.from) where.push(`e.date >= ${params.add(query.from)}`);
    if (query.to) where.push(`e.date <= ${params.add(query.to)}`);
    if (query.topic) where.push(`EXISTS (SELECT 1 FROM topics t WHERE t.doc_hash = e.doc_hash AND t.topic = ${params.add(query.topic)} AND e.sentence = ANY (t.sentences))`);
    if (query.document) {
      const d = params.add(query.document);
      where.push(`(d.id = ${d} OR d.hash = ${d})`);
    }
    const clause = where.join(' AND ');
    const n = params.values.length;
    const [total, rows] = await Promise.all([
      this.query<{ n: number }>('cannot list events', `SELECT COUNT(*)::int AS n FROM events e JOIN documents d ON d.hash = e.doc_hash WHERE ${clause}`, params.values),
      this.query<StoredEvent>(
        'cannot list events',
        // The page's keys are found and sorted first; only its rows fetch their event and sentence.
        `WITH page AS (
           SELECT e.doc_hash, e.idx, e.date, d.id FROM events e JOIN documents d ON d.hash = e.doc_hash
           WHERE ${clause} ORDER BY e.date IS NULL, e.date, d.id, e.idx LIMIT $${n + 1} OFFSET $${n + 2})
         SELECT d.id, d.hash, d.publisher, e.idx AS "index", e.event, COALESCE(s.text, '') AS "sentenceText"
         FROM page p JOIN events e ON e.doc_hash = p.doc_hash AND e.idx = p.idx JOIN documents d ON d.hash = p.doc_hash
           LEFT JOIN sentences s ON s.doc_hash = e.doc_hash AND s.idx = e.sentence
         ORDER BY p.date IS NULL, p.date, p.id, p.idx`,
        [...params.values, query.limit ?? null, query.offset ?? 0],
      ),
    ]);
    // SqliteStore's key order, so the API's JSON is the same text from either store.
    const items = rows.map((r) => ({ id: r.id, hash: r.hash, index: r.index, publisher: r.publisher, sentenceText: r.sentenceText, event: r.event }));
    return { total: total[0]!.n, items };
  }

  async searchPeople(q: string, limit = 20): Promise<StoredPerson[]> {
    const words = q.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    if (!words.length) return [];
    const params = new Params();
    // Words hold no LIKE wildcard (% and _ are not word characters here), so each is matched as written.
    const like = words.map((w) => ` AND p.name ILIKE ${params.add(`%${w}%`)}`).join('');
    return this.query<StoredPerson>(
      'cannot search people',
      `SELECT p.name, (SELECT p2.title FROM participants p2 WHERE p2.name = p.name AND p2.title IS NOT NULL ORDER BY length(p2.title) DESC LIMIT 1) AS title,
              MAX(p.country) AS country, MAX(p.actor) AS actor, COUNT(DISTINCT p.doc_hash)::int AS documents,
              COUNT(DISTINCT CASE WHEN p.role <> 'mentioned' THEN p.doc_hash END)::int AS present, MAX(${DOC_DATE}) AS last
       FROM participants p JOIN documents d ON d.hash = p.doc_hash
       WHERE d.latest${like}
       GROUP BY p.name ORDER BY documents DESC, p.name LIMIT ${params.add(limit)}`,
      params.values,
    );
  }

  async listDyads(): Promise<DyadSummary[]> {
    const rows = await this.query<Omit<DyadSummary, 'goldstein'> & { tenths: number }>(
      'cannot list dyads',
      `SELECT e.dyad, COUNT(*)::int AS events, COUNT(DISTINCT e.doc_hash)::int AS documents, MIN(e.date) AS first, MAX(e.date) AS last,
              SUM(ROUND(e.goldstein::numeric * 10))::float8 AS tenths
       FROM events e JOIN documents d ON d.hash = e.doc_hash WHERE d.latest AND e.dyad <> '' GROUP BY e.dyad ORDER BY events DESC, e.dyad`,
    );
    return rows.map(({ tenths, ...r }) => ({ ...r, goldstein: meanGoldstein(tenths, r.events) }));
  }

  /**
   * Whole months come from the summary table (a few rows each, however many events); the months a
   * range cuts through, at most two, are counted from their events, so a range means what it does on SQLite.
   */
  async dyadTimeline(dyad: string, range: { from?: string; to?: string } = {}): Promise<DyadMonth[]> {
    const params = new Params();
    const key = params.add(dyadArg(dyad));
    const whole = [`dyad = ${key}`, 'events > 0'];
    const cut: string[] = [];
    for (const [bound, side] of [[range.from, '>'], [range.to, '<']] as const) {
      if (bound === undefined) continue;
      // A bound shorter than a month ("2024") falls between months and cuts none.
      const month = bound.slice(0, 7);
      whole.push(`month ${side} ${params.add(month)}`);
      if (month.length < 7 || cut.includes(month)) continue;
      cut.push(month);
    }
    // A cut month's dates inside the range: the dates of month M sort between "M" and "M-99".
    const stretches = cut.map((m) => {
      const lo = range.from !== undefined && range.from > m ? range.from : m;
      const hi = range.to !== undefined && range.to < `${m}-99` ? range.to : `${m}-99`;
      return `(e.date >= ${params.add(lo)} AND e.date <= ${params.add(hi)})`;
    });
    const partial = stretches.length
      ? `UNION ALL
         SELECT substr(e.date, 1, 7), e.quad, COUNT(*)::int, SUM(e.goldstein) FROM events e JOIN documents d ON d.hash = e.doc_hash
         WHERE d.latest AND e.dyad = ${key} AND (${stretches.join(' OR ')}) GROUP BY 1, 2`
      : '';
    const rows = await this.query<{ month: string; quad: number; n: number; g: number }>(
      'cannot read the dyad timeline',
      `SELECT month, quad, events::int AS n, goldstein::float8 AS g FROM dyad_months WHERE ${whole.join(' AND ')}
       ${partial}
       ORDER BY 1, 2`,
      params.values,
    );
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
    const params = new Params();
    const key = params.add(dyadArg(dyad));
    const [a, b] = dyadArg(dyad).split('-') as [string, string];
    const docs = `SELECT doc_hash FROM events WHERE dyad = ${key} UNION SELECT doc_hash FROM meetings WHERE ${hasParty('dyad', a, params)} AND ${hasParty('dyad', b, params)}`;
    const where = ['d.latest'];
    if (range.from) where.push(`${DOC_DATE} >= ${params.add(range.from)}`);
    if (range.to) where.push(`${DOC_DATE} <= ${params.add(range.to)}`);
    // The dyad's documents first (its events' or its meeting's), then their topics.
    const rows = await this.query<{ topic: string; label: string; month: string | null; n: number }>(
      'cannot read the dyad topics',
      `WITH docs AS (${docs})
       SELECT t.topic, MIN(t.label) AS label, substr(${DOC_DATE}, 1, 7) AS month, COUNT(*)::int AS n
       FROM docs JOIN documents d ON d.hash = docs.doc_hash JOIN topics t ON t.doc_hash = d.hash
       WHERE ${where.join(' AND ')}
       GROUP BY t.topic, month ORDER BY t.topic, month`,
      params.values,
    );
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
    return [...topics.values()].sort((x, y) => y.documents - x.documents || x.topic.localeCompare(y.topic));
  }

  async revision(): Promise<string> {
    const rows = await this.query<{ r: string }>('cannot read the revision', 'SELECT revision::text AS r FROM readout_state');
    return rows[0]!.r;
  }

  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.pool.end();
  }
}
