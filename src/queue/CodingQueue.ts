import pg from 'pg';
import PgBoss from 'pg-boss';
import { ReadoutError } from '../errors.js';
import type { SourceDocument } from '../model/SourceDocument.js';
import { redactUrl } from '../storage/postgres/redactUrl.js';

/** pg-boss's tables live in a schema of their own, so another application's pg-boss (of another version) is left alone. */
export const QUEUE_SCHEMA = 'readout_queue';
/** The one queue of coding batches. */
export const QUEUE_NAME = 'code';

/** Taken by whoever creates the inbox, so workers starting together create it once. */
const LOCK_INBOX = 0x72640003;

/**
 * The documents waiting to be coded, by the hash the store will keep them under: workers on other
 * machines cannot read the files they came from, so their text travels through the database.
 */
const INBOX = `
CREATE TABLE IF NOT EXISTS readout_inbox (
  hash text COLLATE "C" PRIMARY KEY,
  source json NOT NULL,
  default_date text,
  enqueued_at timestamptz NOT NULL DEFAULT now(),
  coded_at timestamptz,
  error text
);
CREATE INDEX IF NOT EXISTS readout_inbox_coded ON readout_inbox (coded_at) WHERE coded_at IS NOT NULL;`;

/** What one job carries: the hashes of its documents (their text is in the inbox). */
export interface BatchData {
  hashes: string[];
  documents: number;
}

/** A batch a worker has taken. */
export interface Batch {
  id: string;
  hashes: string[];
  /** Times it was taken before and given up (failed, or its worker stopped answering). */
  retries: number;
}

/** A document of a batch, as the inbox holds it. */
export interface InboxDocument {
  hash: string;
  source: SourceDocument;
  date: string | null;
}

export interface QueueOptions {
  /**
   * Run pg-boss's maintenance here, every this many seconds: it is what hands the batch of a worker
   * that died (its time up) to another. Workers do; enqueue and status need not.
   */
  maintainEverySeconds?: number;
}

export interface EnqueueOptions {
  /** Seconds a worker has for a batch before it is taken to have died and the batch goes to another. */
  timeoutSeconds: number;
  /** Times a batch is tried again after failing (or timing out) before it counts as failed. */
  retries: number;
}

function reason(e: unknown): string {
  if (e instanceof AggregateError && !e.message) return [...new Set(e.errors.map((x) => (x as Error).message))].join('; ');
  return (e as Error).message || String(e);
}

/**
 * The job queue of distributed coding: pg-boss over the same PostgreSQL database as the store (its
 * jobs, `readout_queue.*`, are the batches), and the inbox of the documents they name. One pool of
 * connections serves both, and enqueueing writes a batch's documents and its job in one transaction.
 */
export class CodingQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly pool: pg.Pool,
    /** The URL without its password, named by every error. */
    readonly where: string,
  ) {}

  static async open(url: string, options: QueueOptions = {}): Promise<CodingQueue> {
    const where = redactUrl(url);
    const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 10_000, max: 6 });
    // An idle connection the server closes is reported to the next query; unheard, the event would end the process.
    pool.on('error', () => {});
    const maintain = options.maintainEverySeconds;
    const boss = new PgBoss({
      db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
      schema: QUEUE_SCHEMA,
      schedule: false,
      supervise: maintain !== undefined,
      ...(maintain !== undefined ? { maintenanceIntervalSeconds: maintain } : {}),
    });
    boss.on('error', () => {});
    try {
      await boss.start();
      await boss.createQueue(QUEUE_NAME);
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_INBOX]);
        await c.query(INBOX);
        await c.query('COMMIT');
      } finally {
        c.release();
      }
    } catch (e) {
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      await pool.end().catch(() => {});
      throw new ReadoutError('E_STORE', `cannot open the coding queue: ${reason(e)}`, where);
    }
    return new CodingQueue(boss, pool, where);
  }

  private fail(doing: string, e: unknown): never {
    if (e instanceof ReadoutError) throw e;
    throw new ReadoutError('E_STORE', `${doing}: ${reason(e)}`, this.where);
  }

  /**
   * Puts documents in the inbox and queues one job for those that were not there yet (nor stored):
   * both in one transaction, so a batch is queued with its documents or not at all, and enqueueing
   * the same documents again queues nothing. Returns how many were new.
   */
  async enqueue(documents: readonly InboxDocument[], options: EnqueueOptions): Promise<number> {
    const c = await this.pool.connect().catch((e: unknown) => this.fail('cannot connect to PostgreSQL', e));
    try {
      await c.query('BEGIN');
      const fresh = (
        await c.query(
          `INSERT INTO readout_inbox (hash, source, default_date)
           SELECT h, s, d FROM unnest($1::text[], $2::json[], $3::text[]) AS u(h, s, d)
           WHERE NOT EXISTS (SELECT 1 FROM documents WHERE hash = u.h)
           ON CONFLICT (hash) DO NOTHING RETURNING hash`,
          [documents.map((d) => d.hash), documents.map((d) => JSON.stringify(d.source)), documents.map((d) => d.date)],
        )
      ).rows.map((r) => r.hash as string);
      if (fresh.length) {
        // The job in the inbox's transaction: pg-boss runs its insert on the connection it is given.
        const data: BatchData = { hashes: fresh, documents: fresh.length };
        await this.boss.insert([{ name: QUEUE_NAME, data, expireInSeconds: options.timeoutSeconds, retryLimit: options.retries, retryDelay: 0 }], {
          db: { executeSql: (text: string, values?: unknown[]) => c.query(text, values) },
        });
      }
      await c.query('COMMIT');
      return fresh.length;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      return this.fail('cannot queue a batch', e);
    } finally {
      c.release();
    }
  }

  /** The next batch waiting, now taken by this worker; null when none is waiting. */
  async take(): Promise<Batch | null> {
    try {
      const jobs = await this.boss.fetch<BatchData>(QUEUE_NAME, { batchSize: 1, includeMetadata: true });
      const job = jobs[0];
      return job ? { id: job.id, hashes: job.data.hashes, retries: job.retryCount } : null;
    } catch (e) {
      return this.fail('cannot take a batch', e);
    }
  }

  /** True when no batch is waiting, due for a retry, or being coded (a worker that dies leaves its batch active until its time is up). */
  async idle(): Promise<boolean> {
    try {
      const rows = (await this.pool.query(`SELECT 1 FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active') LIMIT 1`, [QUEUE_NAME])).rows;
      return rows.length === 0;
    } catch (e) {
      return this.fail('cannot read the queue', e);
    }
  }

  /** The batch's documents, in its order. */
  async documents(batch: Batch): Promise<InboxDocument[]> {
    try {
      const rows = (await this.pool.query('SELECT hash, source, default_date FROM readout_inbox WHERE hash = ANY($1::text[])', [batch.hashes])).rows;
      const byHash = new Map(rows.map((r) => [r.hash as string, { hash: r.hash as string, source: r.source as SourceDocument, date: r.default_date as string | null }]));
      const missing = batch.hashes.find((h) => !byHash.has(h));
      if (missing) throw new ReadoutError('E_STORE', `batch ${batch.id} names document ${missing}, which is not in the inbox`, this.where);
      return batch.hashes.map((h) => byHash.get(h)!);
    } catch (e) {
      return this.fail(`cannot read the documents of batch ${batch.id}`, e);
    }
  }

  /** Marks documents coded (error null) or not codable (the error), for status. */
  async markCoded(outcomes: readonly { hash: string; error: string | null }[]): Promise<void> {
    try {
      await this.pool.query(
        'UPDATE readout_inbox i SET coded_at = now(), error = u.e FROM unnest($1::text[], $2::text[]) AS u(h, e) WHERE i.hash = u.h',
        [outcomes.map((o) => o.hash), outcomes.map((o) => o.error)],
      );
    } catch (e) {
      this.fail('cannot mark documents coded', e);
    }
  }

  async complete(batch: Batch, output: object): Promise<void> {
    try {
      await this.boss.complete(QUEUE_NAME, batch.id, output);
    } catch (e) {
      this.fail(`cannot mark batch ${batch.id} done`, e);
    }
  }

  /** Gives the batch up with its error: pg-boss queues it again until its retries are spent. */
  async giveUp(batch: Batch, error: Error): Promise<void> {
    try {
      await this.boss.fail(QUEUE_NAME, batch.id, { message: error.message });
    } catch (e) {
      this.fail(`cannot mark batch ${batch.id} failed`, e);
    }
  }

  /** Reads with the queue's connections (status). */
  async query<R>(sql: string, values: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query(sql, values)).rows as R[];
    } catch (e) {
      return this.fail('cannot read the queue', e);
    }
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true }).catch(() => {});
    await this.pool.end().catch(() => {});
  }
}
