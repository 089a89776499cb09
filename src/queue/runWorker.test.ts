import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgTestServer, pgTestServer, pgUnavailable } from '../../test/pgCluster.js';
import { ReadoutError } from '../errors.js';
import { createPipeline } from '../pipeline/defaultPipeline.js';
import type { EventStore } from '../storage/EventStore.js';
import { PostgresStore } from '../storage/postgres/PostgresStore.js';
import { inThisThread } from '../workers/Processor.js';
import { CodingQueue } from './CodingQueue.js';
import { enqueueInputs } from './enqueueInputs.js';
import { queueStatus } from './queueStatus.js';
import { runWorker } from './runWorker.js';
import type { InputItem } from '../input/readInputs.js';

const unavailable = pgUnavailable();
if (unavailable) console.warn(`SKIPPED: runWorker against PostgreSQL: ${unavailable}`);

async function* invented(n: number, tag: string): AsyncGenerator<InputItem> {
  for (let i = 0; i < n; i++) {
    yield { ok: true, source: { id: `${tag}-${i}`, origin: `${tag}.jsonl:${i + 1}`, format: 'text', body: `The Secretary met the Foreign Minister of Lunaria (${tag} ${i}). They agreed to meet again.` } };
  }
}

/** A store whose batch writes fail the first `failures` times, as a server that drops the connection would. */
function flaky(store: EventStore, failures: number): EventStore {
  let left = failures;
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'putDocuments') {
        return async (records: Parameters<EventStore['putDocuments']>[0]) => {
          if (left-- > 0) throw new ReadoutError('E_STORE', 'cannot store a batch: connection terminated', 'postgres://test');
          return target.putDocuments(records);
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

describe.skipIf(unavailable !== null)('runWorker', () => {
  let server: PgTestServer;
  const pipeline = createPipeline();
  beforeAll(async () => {
    server = await pgTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('gives a failed batch back to the queue, which gives it out again until it is done', async () => {
    const url = await server.createDatabase();
    const store = new PostgresStore(url);
    await store.revision();
    const queue = await CodingQueue.open(url, { maintainEverySeconds: 1 });
    try {
      expect(await enqueueInputs(queue, invented(6, 'a'), { batchSize: 3, date: null, timeoutSeconds: 60, retries: 2 })).toMatchObject({ read: 6, queued: 6, batches: 2 });
      const errors: string[] = [];
      const summary = await runWorker({
        queue,
        store: flaky(store, 1),
        processor: inThisThread(pipeline),
        exitWhenIdle: true,
        lanes: 1,
        pollMs: 50,
        onBatchError: (b, e) => errors.push(`${b.id}: ${e.message}`),
      });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/connection terminated/);
      expect(summary).toEqual({ batches: 2, documents: 6, failedBatches: 1, failedDocuments: 0 });
      expect(await store.countDocuments()).toBe(6);
      const retried = await queue.query<{ retry_count: number }>(`SELECT retry_count FROM readout_queue.job WHERE id = $1`, [errors[0]!.split(':')[0]]);
      expect(retried).toEqual([{ retry_count: 1 }]);
    } finally {
      await queue.close();
      await store.close();
    }
  }, 60_000);

  it('counts a batch failed once its retries are spent, with its error, and stops when told', async () => {
    const url = await server.createDatabase();
    const store = new PostgresStore(url);
    await store.revision();
    const queue = await CodingQueue.open(url);
    try {
      await enqueueInputs(queue, invented(2, 'b'), { batchSize: 5, date: null, timeoutSeconds: 60, retries: 1 });
      const summary = await runWorker({ queue, store: flaky(store, 5), processor: inThisThread(pipeline), exitWhenIdle: true, lanes: 2, pollMs: 50 });
      expect(summary.failedBatches).toBe(2);
      const status = await queueStatus(queue);
      expect(status.batches).toEqual({ waiting: 0, active: 0, done: 0, failed: 1 });
      expect(status.documents.failed).toBe(2);
      expect(status.failedBatches).toEqual([expect.objectContaining({ documents: 2, retries: 1, error: expect.stringMatching(/connection terminated/) })]);
      expect(status.coded.total).toBe(0);

      // Told to stop, a worker without --exit-when-idle returns instead of waiting for more.
      const stop = new AbortController();
      const running = runWorker({ queue, store, processor: inThisThread(pipeline), exitWhenIdle: false, pollMs: 50, signal: stop.signal });
      setTimeout(() => stop.abort(), 200);
      await expect(running).resolves.toEqual({ batches: 0, documents: 0, failedBatches: 0, failedDocuments: 0 });
    } finally {
      await queue.close();
      await store.close();
    }
  }, 60_000);
});
