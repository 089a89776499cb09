import { type CodingQueue, QUEUE_NAME, QUEUE_SCHEMA } from './CodingQueue.js';

export interface StateCounts {
  waiting: number;
  active: number;
  done: number;
  failed: number;
}

export interface QueueStatus {
  /** Batches by state: waiting (new, or due for a retry), active (being coded), done, failed (retries spent). */
  batches: StateCounts;
  /** The documents of those batches. */
  documents: StateCounts;
  /** Documents coded into the store, in all and in the last minute, and per second since the first batch was taken. */
  coded: { total: number; lastMinute: number; perSecond: number | null };
  /** Batches whose retries are spent, newest first, with their last error. */
  failedBatches: { batch: string; documents: number; retries: number; error: string }[];
  /** Documents the pipeline could not code (the rest of their batch was stored), with the error. */
  failedDocuments: { hash: string; origin: string; error: string }[];
}

/** How many failures status lists; the counts are complete. */
const LIST_LIMIT = 20;

const STATE = `CASE WHEN state IN ('created', 'retry') THEN 'waiting' WHEN state = 'active' THEN 'active' WHEN state = 'completed' THEN 'done' WHEN state = 'failed' THEN 'failed' END`;

/**
 * The queue as every worker sees it: pg-boss's jobs (those it has archived too) and
 * the inbox. Counts scan the queue's batches, a row per batch, not per document.
 */
export async function queueStatus(queue: CodingQueue): Promise<QueueStatus> {
  const jobs = `(SELECT state, data, retry_count, started_on, completed_on, output, id FROM ${QUEUE_SCHEMA}.job WHERE name = $1
                 UNION ALL SELECT state, data, retry_count, started_on, completed_on, output, id FROM ${QUEUE_SCHEMA}.archive WHERE name = $1) j`;
  const byState = await queue.query<{ s: keyof StateCounts | null; batches: number; documents: number; first: string | null }>(
    `SELECT ${STATE} AS s, COUNT(*)::int AS batches, COALESCE(SUM((data->>'documents')::int), 0)::int AS documents,
            MIN(started_on)::text AS first
     FROM ${jobs} GROUP BY 1`,
    [QUEUE_NAME],
  );
  const batches: StateCounts = { waiting: 0, active: 0, done: 0, failed: 0 };
  const documents: StateCounts = { waiting: 0, active: 0, done: 0, failed: 0 };
  for (const row of byState) {
    if (!row.s) continue;
    batches[row.s] += row.batches;
    documents[row.s] += row.documents;
  }
  const [coded] = await queue.query<{ total: number; last_minute: number; seconds: number | null }>(
    `SELECT COUNT(*)::int AS total, COUNT(*) FILTER (WHERE coded_at > now() - interval '1 minute')::int AS last_minute,
            EXTRACT(EPOCH FROM MAX(coded_at) - (SELECT MIN(started_on) FROM ${jobs}))::float8 AS seconds
     FROM readout_inbox WHERE coded_at IS NOT NULL AND error IS NULL`,
    [QUEUE_NAME],
  );
  const failedBatches = await queue.query<{ batch: string; documents: number; retries: number; error: string }>(
    `SELECT id::text AS batch, (data->>'documents')::int AS documents, retry_count AS retries, COALESCE(output->>'message', output->'value'->>'message', output::text, '') AS error
     FROM ${jobs} WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT ${LIST_LIMIT}`,
    [QUEUE_NAME],
  );
  const failedDocuments = await queue.query<{ hash: string; origin: string; error: string }>(
    `SELECT hash, source->>'origin' AS origin, error FROM readout_inbox WHERE error IS NOT NULL ORDER BY coded_at DESC LIMIT ${LIST_LIMIT}`,
  );
  const { total, last_minute: lastMinute, seconds } = coded!;
  return {
    batches,
    documents,
    coded: { total, lastMinute, perSecond: seconds && seconds > 0 ? Math.round((total / seconds) * 10) / 10 : null },
    failedBatches,
    failedDocuments,
  };
}
