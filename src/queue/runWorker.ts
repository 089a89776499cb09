import { setTimeout as sleep } from 'node:timers/promises';
import { isReadoutError, ReadoutError } from '../errors.js';
import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { EventStore } from '../storage/EventStore.js';
import type { Processor } from '../workers/Processor.js';
import type { Batch, CodingQueue } from './CodingQueue.js';

export interface WorkerOptions {
  queue: CodingQueue;
  store: EventStore;
  /** Codes the documents: a WorkerPool, so a batch uses every thread. */
  processor: Processor;
  /** Stop once no batch is waiting or being coded anywhere (not merely none to take now). */
  exitWhenIdle: boolean;
  /** Batches taken at once, so the threads code one while the other is read or written; default 2. */
  lanes?: number;
  /** How long to wait before asking again when there is nothing to take; default 500 ms. */
  pollMs?: number;
  /** Stops taking batches; those in hand are finished. */
  signal?: AbortSignal;
  onTake?: (batch: Batch) => void;
  onBatch?: (report: BatchReport) => void;
  /** A document that could not be coded (the batch goes on without it). */
  onDocumentError?: (error: ReadoutError) => void;
  /** A batch given up, to be retried by the queue. */
  onBatchError?: (batch: Batch, error: ReadoutError) => void;
}

export interface BatchReport {
  batch: Batch;
  documents: number;
  inserted: number;
  newVersions: number;
  unchanged: number;
  failed: number;
  seconds: number;
}

export interface WorkerSummary {
  batches: number;
  documents: number;
  failedBatches: number;
  failedDocuments: number;
}

/**
 * Codes a batch: its documents from the inbox, through the processor, into the store in one
 * transaction. A document the pipeline rejects is recorded with its error and the batch goes on;
 * anything else (the store, the pool) fails the whole batch, which the queue gives out again.
 * Writing a batch twice (after a crash between the commit and `complete`) stores nothing twice:
 * the store keeps content by its hash.
 */
async function codeBatch(options: WorkerOptions, batch: Batch): Promise<BatchReport> {
  const started = process.hrtime.bigint();
  const documents = await options.queue.documents(batch);
  const outcomes = await Promise.allSettled(documents.map((d) => options.processor.process(d.source, { date: d.date })));
  const records: DocumentRecord[] = [];
  const marks: { hash: string; error: string | null }[] = [];
  outcomes.forEach((outcome, i) => {
    const hash = documents[i]!.hash;
    if (outcome.status === 'fulfilled') {
      records.push(outcome.value);
      marks.push({ hash, error: null });
      return;
    }
    const e = outcome.reason as unknown;
    // A document's own problem names the document; one that names nothing is the pool's (a thread
    // died), and says nothing about this batch's documents.
    if (!isReadoutError(e) || !e.where) throw e;
    marks.push({ hash, error: e.describe() });
    options.onDocumentError?.(e);
  });
  const results = await options.store.putDocuments(records);
  await options.queue.markCoded(marks);
  const count = (status: string) => results.filter((r) => r.status === status).length;
  return {
    batch,
    documents: documents.length,
    inserted: count('inserted'),
    newVersions: count('new-version'),
    unchanged: count('unchanged'),
    failed: documents.length - records.length,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}

function asReadoutError(e: unknown): ReadoutError {
  return isReadoutError(e) ? e : new ReadoutError('E_PIPELINE', (e as Error).message ?? String(e));
}

/**
 * A worker: takes batches from the queue until stopped (or, with `exitWhenIdle`, until the queue
 * has nothing left anywhere), codes each and marks it done; a batch that fails is given back with
 * its error. A worker that dies holding a batch never marks it: the queue's maintenance, run by the
 * other workers, gives it out again when its time is up.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const summary: WorkerSummary = { batches: 0, documents: 0, failedBatches: 0, failedDocuments: 0 };
  const pollMs = options.pollMs ?? 500;
  // A lane that cannot go on (the queue unreachable, every thread of the pool gone) stops the others.
  const halt = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, halt.signal]) : halt.signal;
  let fatal: unknown = null;
  const lane = async (): Promise<void> => {
    while (!signal.aborted) {
      const batch = await options.queue.take();
      if (!batch) {
        if (options.exitWhenIdle && (await options.queue.idle())) return;
        await sleep(pollMs, undefined, { signal }).catch(() => {});
        continue;
      }
      options.onTake?.(batch);
      let report: BatchReport;
      try {
        report = await codeBatch(options, batch);
      } catch (e) {
        const error = asReadoutError(e);
        summary.failedBatches++;
        options.onBatchError?.(batch, error);
        await options.queue.giveUp(batch, error);
        // The store may come back; a pool without threads will not, and would fail every batch it takes.
        if (error.code === 'E_PIPELINE') throw error;
        continue;
      }
      await options.queue.complete(batch, { documents: report.documents, inserted: report.inserted, newVersions: report.newVersions, unchanged: report.unchanged, failed: report.failed });
      summary.batches++;
      summary.documents += report.documents;
      summary.failedDocuments += report.failed;
      options.onBatch?.(report);
    }
  };
  const guarded = () =>
    lane().catch((e: unknown) => {
      fatal ??= e;
      halt.abort();
    });
  await Promise.all(Array.from({ length: Math.max(1, options.lanes ?? 2) }, guarded));
  if (fatal) throw fatal;
  return summary;
}
