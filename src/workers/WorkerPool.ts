import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ReadoutError } from '../errors.js';
import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { SourceDocument } from '../model/SourceDocument.js';
import type { ProcessOptions } from '../pipeline/Pipeline.js';
import type { WireError, WorkerReply, WorkerRequest, WorkerSetup } from './messages.js';
import type { PipelineOptions } from '../pipeline/defaultPipeline.js';
import type { Processor } from './Processor.js';

export interface PoolOptions {
  /** Worker threads; default one per core. */
  size?: number;
  /** Language data directory each worker loads; default the package's own `data/`. */
  dataDir?: string;
  /** Run the stages up to and including this one only ("events": the event coder). */
  upTo?: string;
  /** Options each worker builds its pipeline with (a PETRARCH dictionary set). */
  pipeline?: PipelineOptions;
}

interface Pending {
  resolve: (record: DocumentRecord) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * A worker's young generation, in MB. V8's default lets each worker's heap grow to about twice
 * what it keeps; with this nursery two workers on the synthetic stream peaked at about 400 MB RSS
 * instead of about 490 MB, at no measurable cost in speed (bench/pool.mjs).
 */
const YOUNG_GENERATION_MB = 16;

function toError(e: WireError): ReadoutError {
  return new ReadoutError(e.code, e.message, e.where ?? undefined);
}

/**
 * Worker threads, each with its own pipeline, behind the `Processor` interface: a document goes
 * to the worker with the fewest in flight, and its record (or error) comes back as a promise.
 * Start one with `WorkerPool.start`, which resolves once every worker has loaded its data and
 * rejects with that error (a bad dictionary file, say) if any cannot.
 */
export class WorkerPool implements Processor {
  private nextId = 0;
  private closed = false;

  private constructor(private readonly slots: Slot[]) {}

  /** Worker threads still running. */
  get size(): number {
    return this.slots.length;
  }

  /** Enough in flight that a worker seldom waits while the caller awaits an earlier, longer document. */
  get window(): number {
    return this.slots.length * 8;
  }

  static async start(options: PoolOptions = {}): Promise<WorkerPool> {
    const size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    const setup: WorkerSetup = { dataDir: options.dataDir ?? null, upTo: options.upTo ?? null, pipeline: options.pipeline ?? {} };
    // From the TypeScript sources (tests, tsx) a worker needs tsx registered before it can load them.
    const entry = new URL(import.meta.url.endsWith('.ts') ? './processWorker.dev.mjs' : './processWorker.js', import.meta.url);
    const slots: Slot[] = Array.from({ length: size }, () => ({ worker: new Worker(entry, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), pending: new Map() }));
    const pool = new WorkerPool(slots);
    try {
      await Promise.all(slots.map((slot) => pool.started(slot)));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  private started(slot: Slot): Promise<void> {
    return new Promise((resolve, reject) => {
      const early = (e: Error) => reject(new ReadoutError('E_PIPELINE', `a worker thread failed to start: ${e.message}`));
      slot.worker.once('error', early);
      slot.worker.once('message', (m: WorkerReply) => {
        slot.worker.off('error', early);
        if ('failed' in m) {
          reject(toError(m.failed));
          return;
        }
        slot.worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
        slot.worker.on('error', (e) => this.fail(slot, new ReadoutError('E_PIPELINE', `a worker thread stopped: ${e.message}`)));
        slot.worker.on('exit', (code) => this.fail(slot, new ReadoutError('E_PIPELINE', `a worker thread exited (code ${code})`)));
        resolve();
      });
    });
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    if (!('id' in reply)) return;
    const p = slot.pending.get(reply.id);
    if (!p) return;
    slot.pending.delete(reply.id);
    if ('record' in reply) p.resolve(reply.record);
    else p.reject(toError(reply.error));
  }

  private fail(slot: Slot, e: ReadoutError): void {
    for (const p of slot.pending.values()) p.reject(e);
    slot.pending.clear();
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  process(source: SourceDocument, options: ProcessOptions = {}): Promise<DocumentRecord> {
    if (this.closed || this.slots.length === 0) return Promise.reject(new ReadoutError('E_PIPELINE', 'the worker pool is closed or has no worker left'));
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    const request: WorkerRequest = { id, source, date: options.date ?? null };
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.worker.removeAllListeners('exit');
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
