import { Command, InvalidArgumentError } from 'commander';
import { readInputs } from '../../input/readInputs.js';
import { CodingQueue } from '../../queue/CodingQueue.js';
import { enqueueInputs } from '../../queue/enqueueInputs.js';
import { displayDb, openStore } from '../../storage/openStore.js';
import { type Io, write } from '../Io.js';
import { dateOption, megabytesOption } from '../options.js';
import { queueDbOption } from '../queueDbOption.js';
import { Reporter } from '../Reporter.js';

interface EnqueueCliOptions {
  db: string;
  batchSize: number;
  date?: string;
  maxSize?: number;
  timeout: number;
  retries: number;
  quiet?: boolean;
}

function atLeast(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`"${value}" is not a whole number of at least ${min}`);
    return n;
  };
}

/** `readout enqueue`: documents into the shared database, in batches for `readout worker` to code. */
export function enqueueCommand(io: Io, done: (code: number) => void): Command {
  return new Command('enqueue')
    .description('queue readouts in batches in PostgreSQL for readout worker processes (on any machine) to code; documents queued or stored before are left out')
    .argument('<paths...>', 'files (.txt .md .html .jsonl, PETRARCH .xml), directories (recursive), or - for stdin')
    .addOption(queueDbOption())
    .option('--batch-size <n>', 'documents per batch (one job, one transaction)', atLeast(1), 100)
    .option('--date <YYYY-MM-DD>', 'date to use for documents that name none', dateOption)
    .option('--max-size <MB>', 'largest document to read', megabytesOption)
    .option('--timeout <seconds>', 'a batch not done this long after a worker took it goes to another worker (its worker is taken to have died): keep it well above the time a batch takes', atLeast(1), 300)
    .option('--retries <n>', 'times a failed or timed-out batch is tried again before it counts as failed', atLeast(0), 3)
    .option('-q, --quiet', 'no summary line')
    .addHelpText(
      'after',
      `
Examples:
  $ readout enqueue corpus.jsonl --db postgres://readout@db.example.org/readout
  $ readout enqueue saved-pages/ --db postgres://readout@localhost/readout --batch-size 200
  $ readout worker --db postgres://readout@db.example.org/readout   # on each machine`,
    )
    .action(async (paths: string[], opts: EnqueueCliOptions) => {
      const reporter = new Reporter(io);
      // The store's tables first: the inbox leaves out documents already stored.
      const store = openStore(opts.db);
      try {
        await store.revision();
      } finally {
        await store.close();
      }
      const queue = await CodingQueue.open(opts.db);
      let summary: Awaited<ReturnType<typeof enqueueInputs>>;
      try {
        summary = await enqueueInputs(queue, readInputs(paths, { maxBytes: opts.maxSize, stdin: io.readStdin }), {
          batchSize: opts.batchSize,
          date: opts.date ?? null,
          timeoutSeconds: opts.timeout,
          retries: opts.retries,
          onProblem: (e) => reporter.problem(e),
        });
      } finally {
        await queue.close();
      }
      if (!opts.quiet) {
        const skipped = summary.read - summary.queued;
        await write(
          io.stderr,
          `queued ${summary.queued} document${summary.queued === 1 ? '' : 's'} in ${summary.batches} batch${summary.batches === 1 ? '' : 'es'} into ${displayDb(opts.db)}; ${skipped} already queued or stored, ${reporter.failures} failed\n`,
        );
      }
      done(reporter.failures > 0 ? 1 : 0);
    });
}
