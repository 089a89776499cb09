import type { ReadoutError } from '../errors.js';
import type { InputItem } from '../input/readInputs.js';
import { sourceHash } from '../model/sourceHash.js';
import type { CodingQueue, EnqueueOptions, InboxDocument } from './CodingQueue.js';

export interface EnqueueInputsOptions extends EnqueueOptions {
  /** Documents per batch (per job). */
  batchSize: number;
  /** The default date of documents that name none (`--date`); part of each document's hash, as in ingest. */
  date: string | null;
  /** Called with each input that cannot be read, in order; the rest is queued. */
  onProblem?: (error: ReadoutError) => Promise<void> | void;
}

export interface EnqueueSummary {
  /** Documents read. */
  read: number;
  /** Of those, queued now; the others were queued or stored before (or twice in the inputs). */
  queued: number;
  batches: number;
  problems: number;
}

/**
 * Reads inputs and queues their documents in batches. Batches are cut from the documents as read,
 * so each holds `batchSize` documents before deduplication; a batch whose documents were all
 * queued before queues no job.
 */
export async function enqueueInputs(queue: CodingQueue, items: AsyncIterable<InputItem>, options: EnqueueInputsOptions): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { read: 0, queued: 0, batches: 0, problems: 0 };
  let batch: InboxDocument[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const queued = await queue.enqueue(batch, options);
    summary.queued += queued;
    if (queued) summary.batches++;
    batch = [];
  };
  for await (const item of items) {
    if (!item.ok) {
      summary.problems++;
      await options.onProblem?.(item.error);
      continue;
    }
    summary.read++;
    // Content met twice (in this run or before) is left out by the inbox's key, so memory stays flat however many documents.
    batch.push({ hash: sourceHash(item.source, options.date), source: item.source, date: options.date });
    if (batch.length >= options.batchSize) await flush();
  }
  await flush();
  return summary;
}
