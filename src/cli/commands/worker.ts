import { Command } from 'commander';
import { CodingQueue } from '../../queue/CodingQueue.js';
import { runWorker, type WorkerSummary } from '../../queue/runWorker.js';
import { displayDb, openStore } from '../../storage/openStore.js';
import { WorkerPool } from '../../workers/WorkerPool.js';
import { type CodingFlags, codingPipeline, pipelineOptions, withCodingOptions } from '../codingOptions.js';
import { type Io, write } from '../Io.js';
import { positiveIntOption } from '../options.js';
import { queueDbOption } from '../queueDbOption.js';

interface WorkerCliOptions extends CodingFlags {
  db: string;
  concurrency: number;
  exitWhenIdle?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

/**
 * Seconds between runs of the queue's maintenance, which hands a dead worker's batch (its time up)
 * to another: a batch waits at most its timeout and this. One worker per interval does it, whoever
 * comes first, so more workers do not make it more frequent.
 */
const MAINTAIN_EVERY_SECONDS = 2;

/** `readout worker`: codes queued batches with every core of this machine until stopped (or the queue is empty). */
export function workerCommand(io: Io, done: (code: number) => void): Command {
  return withCodingOptions(new Command('worker'))
    .description('code batches queued by readout enqueue, with worker threads, writing each batch in one transaction; run any number on any machines')
    .addOption(queueDbOption())
    .option('--concurrency <n>', 'worker threads that code documents (0: one per core)', positiveIntOption, 0)
    .option('--exit-when-idle', 'exit once no batch is waiting or being coded by any worker')
    .option('-q, --quiet', 'no line per batch, no summary')
    .option('--verbose', 'also a line when a batch is taken')
    .addHelpText(
      'after',
      `
Ctrl-C (SIGINT) or SIGTERM: finish the batches in hand, then exit.

Examples:
  $ readout worker --db postgres://readout@db.example.org/readout
  $ readout worker --db postgres://readout@localhost/readout --concurrency 2 --exit-when-idle
  $ readout worker --db postgres://readout@localhost/readout --dictionaries phoenix/set.json`,
    )
    .action(async (opts: WorkerCliOptions) => {
      const started = process.hrtime.bigint();
      // A bad dictionary set fails here, once, with its notes shown once; the threads build their own.
      if (opts.dictionaries) await codingPipeline(opts, io);
      const say = (line: string) => (opts.quiet ? undefined : write(io.stderr, `${line}\n`));
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      const store = openStore(opts.db);
      let queue: CodingQueue | null = null;
      let pool: WorkerPool | null = null;
      let summary: WorkerSummary;
      try {
        queue = await CodingQueue.open(opts.db, { maintainEverySeconds: MAINTAIN_EVERY_SECONDS });
        pool = await WorkerPool.start({ size: opts.concurrency || undefined, pipeline: pipelineOptions(opts) });
        summary = await runWorker({
          queue,
          store,
          processor: pool,
          exitWhenIdle: opts.exitWhenIdle ?? false,
          signal: stop.signal,
          onTake: (b) => (opts.verbose ? say(`took batch ${b.id} (${b.hashes.length} documents${b.retries ? `, try ${b.retries + 1}` : ''})`) : undefined),
          onBatch: (r) =>
            say(
              `batch ${r.batch.id}: ${r.documents} documents, ${r.inserted} new, ${r.newVersions} new versions, ${r.unchanged} unchanged, ${r.failed} failed in ${r.seconds.toFixed(1)} s`,
            ),
          onDocumentError: (e) => void write(io.stderr, `readout: ${e.describe()}\n`),
          onBatchError: (b, e) => void write(io.stderr, `readout: batch ${b.id} failed (the queue retries it): ${e.describe()}\n`),
        });
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        await pool?.close();
        await queue?.close();
        await store.close();
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      await say(
        `worker coded ${summary.documents} documents in ${summary.batches} batches into ${displayDb(opts.db)}: ${summary.failedDocuments} documents and ${summary.failedBatches} batches failed; ${seconds.toFixed(1)} s (${Math.round(summary.documents / Math.max(seconds, 1e-3))} docs/s)`,
      );
      done(summary.failedDocuments > 0 || summary.failedBatches > 0 ? 1 : 0);
    });
}
