import { Command } from 'commander';
import { isReadoutError } from '../../errors.js';
import { countDocuments } from '../../input/countDocuments.js';
import { listInputs, readInputFile } from '../../input/readInputs.js';
import { createPipeline } from '../../pipeline/defaultPipeline.js';
import { displayDb, openStore } from '../../storage/openStore.js';
import { type CodingFlags, codingPipeline, pipelineOptions, withCodingOptions } from '../codingOptions.js';
import { type Io, write } from '../Io.js';
import type { DocumentRecord } from '../../model/DocumentRecord.js';
import { inThisThread, type Processor } from '../../workers/Processor.js';
import { WorkerPool } from '../../workers/WorkerPool.js';
import { dateOption, dbOption, megabytesOption, positiveIntOption } from '../options.js';
import { Progress } from '../Progress.js';
import { Reporter } from '../Reporter.js';

interface IngestOptions extends CodingFlags {
  db: string;
  date?: string;
  maxSize?: number;
  progress: boolean;
  quiet?: boolean;
  workers?: number;
}

/**
 * Below this many documents ingest codes in its own thread unless told otherwise: each worker thread
 * loads the language data itself (a second or two), more than a few documents take to code.
 */
const IN_THREAD_BELOW = 200;

/** One input's outcome, in input order: its record, or the problem with it. */
type Outcome = { record: DocumentRecord } | { problem: unknown };

/** `readout ingest`: process inputs and store each document in its own transaction. */
export function ingestCommand(io: Io, done: (code: number) => void): Command {
  return withCodingOptions(new Command('ingest'))
    .description('process readouts and store them (the same content twice is stored once; a changed document becomes a new version)')
    .argument('<paths...>', 'files (.txt .md .html .jsonl, PETRARCH .xml), directories (recursive), or - for stdin')
    .addOption(dbOption())
    .option('--date <YYYY-MM-DD>', 'date to use for documents that name none', dateOption)
    .option('--max-size <MB>', 'largest document to read', megabytesOption)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('-q, --quiet', 'no summary line')
    .option('--workers <n>', `worker threads that process documents while this one stores them (0: one per core; 1: none, all in this thread; default: one per core, or none for fewer than ${IN_THREAD_BELOW} documents)`, positiveIntOption)
    .addHelpText(
      'after',
      `
Examples:
  $ readout ingest examples/
  $ readout ingest corpus.jsonl saved-pages/ --db team.db
  $ readout ingest notes.txt --date 2024-03-18
  $ readout ingest big-corpus.jsonl --workers 2`,
    )
    .action(async (paths: string[], opts: IngestOptions) => {
      const started = process.hrtime.bigint();
      const coding = pipelineOptions(opts);
      const { files, errors } = await listInputs(paths);
      const total = await countDocuments(files);
      const workers = opts.workers ?? (total < IN_THREAD_BELOW ? 1 : 0);
      // Built before the store is opened, so a bad set fails first and its notes are shown once;
      // with workers, this one only checks the set and is dropped.
      if (workers !== 1 && coding.dictionaries) await codingPipeline(opts, io);
      const local = workers === 1 ? await codingPipeline(opts, io) : null;
      const store = openStore(opts.db);
      const reporter = new Reporter(io);
      const counts = { inserted: 0, 'new-version': 0, unchanged: 0 };
      let sentences = 0;
      let processor: Processor | null = null;
      let threads = 'in this thread';
      try {
        if (workers === 1) processor = inThisThread(local ?? createPipeline());
        else {
          const pool = await WorkerPool.start({ size: workers || undefined, pipeline: coding });
          processor = pool;
          threads = `on ${pool.size} worker thread${pool.size === 1 ? '' : 's'}`;
        }
        for (const e of errors) await reporter.problem(e);
        const progress = new Progress(io, total, opts.progress);
        const store1 = async (outcome: Outcome) => {
          progress.tick();
          if ('problem' in outcome) {
            if (!isReadoutError(outcome.problem)) throw outcome.problem;
            await reporter.problem(outcome.problem);
            return;
          }
          const result = await store.putDocument(outcome.record);
          counts[result.status]++;
          sentences += result.status === 'unchanged' ? 0 : outcome.record.sentences.length;
        };
        // Documents in flight are stored in input order, so a changed document's versions keep theirs.
        const inFlight: Promise<Outcome>[] = [];
        try {
          for (const file of files) {
            for await (const item of readInputFile(file, { maxBytes: opts.maxSize, stdin: io.readStdin })) {
              inFlight.push(
                item.ok
                  ? processor.process(item.source, { date: opts.date ?? null }).then(
                      (record) => ({ record }),
                      (problem: unknown) => ({ problem }),
                    )
                  : Promise.resolve({ problem: item.error }),
              );
              while (inFlight.length >= processor.window) await store1(await inFlight.shift()!);
            }
          }
          while (inFlight.length > 0) await store1(await inFlight.shift()!);
        } finally {
          progress.stop();
        }
      } finally {
        await processor?.close();
        await store.close();
      }
      if (!opts.quiet) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const stored = counts.inserted + counts['new-version'] + counts.unchanged;
        await write(
          io.stderr,
          `ingested ${stored} document${stored === 1 ? '' : 's'} into ${displayDb(opts.db)}: ${counts.inserted} new, ${counts['new-version']} new versions, ${counts.unchanged} unchanged, ${reporter.failures} failed; ${sentences} sentences in ${seconds.toFixed(1)} s (${Math.round(stored / Math.max(seconds, 1e-3))} docs/s; coded ${threads})\n`,
        );
      }
      done(reporter.failures > 0 ? 1 : 0);
    });
}
