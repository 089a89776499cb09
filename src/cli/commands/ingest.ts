import { Command } from 'commander';
import { isReadoutError } from '../../errors.js';
import { countDocuments } from '../../input/countDocuments.js';
import { listInputs, readInputFile } from '../../input/readInputs.js';
import { createPipeline } from '../../pipeline/defaultPipeline.js';
import { DEFAULT_DB, openStore } from '../../storage/openStore.js';
import { type Io, write } from '../Io.js';
import { dateOption, megabytesOption } from '../options.js';
import { Progress } from '../Progress.js';
import { Reporter } from '../Reporter.js';

interface IngestOptions {
  db: string;
  date?: string;
  maxSize?: number;
  progress: boolean;
  quiet?: boolean;
}

/** `readout ingest`: process inputs and store each document in its own transaction. */
export function ingestCommand(io: Io, done: (code: number) => void): Command {
  return new Command('ingest')
    .description('process readouts and store them (the same content twice is stored once; a changed document becomes a new version)')
    .argument('<paths...>', 'files (.txt .md .html .jsonl), directories (recursive), or - for stdin')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
    .option('--date <YYYY-MM-DD>', 'date to use for documents that name none', dateOption)
    .option('--max-size <MB>', 'largest document to read', megabytesOption)
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('-q, --quiet', 'no summary line')
    .addHelpText(
      'after',
      `
Examples:
  $ readout ingest examples/
  $ readout ingest corpus.jsonl saved-pages/ --db team.db
  $ readout ingest notes.txt --date 2024-03-18`,
    )
    .action(async (paths: string[], opts: IngestOptions) => {
      const started = process.hrtime.bigint();
      const store = openStore(opts.db);
      const reporter = new Reporter(io);
      const counts = { inserted: 0, 'new-version': 0, unchanged: 0 };
      let sentences = 0;
      try {
        const pipeline = createPipeline();
        const { files, errors } = await listInputs(paths);
        for (const e of errors) await reporter.problem(e);
        const progress = new Progress(io, await countDocuments(files), opts.progress);
        try {
          for (const file of files) {
            for await (const item of readInputFile(file, { maxBytes: opts.maxSize, stdin: io.readStdin })) {
              progress.tick();
              if (!item.ok) {
                await reporter.problem(item.error);
                continue;
              }
              try {
                const record = pipeline.process(item.source, { date: opts.date ?? null });
                const result = await store.putDocument(record);
                counts[result.status]++;
                sentences += result.status === 'unchanged' ? 0 : record.sentences.length;
              } catch (e) {
                if (!isReadoutError(e)) throw e;
                if (e.code === 'E_STORE') throw e;
                await reporter.problem(e);
              }
            }
          }
        } finally {
          progress.stop();
        }
      } finally {
        await store.close();
      }
      if (!opts.quiet) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const stored = counts.inserted + counts['new-version'] + counts.unchanged;
        await write(
          io.stderr,
          `ingested ${stored} document${stored === 1 ? '' : 's'} into ${opts.db}: ${counts.inserted} new, ${counts['new-version']} new versions, ${counts.unchanged} unchanged, ${reporter.failures} failed; ${sentences} sentences in ${seconds.toFixed(1)} s (${Math.round(stored / Math.max(seconds, 1e-3))} docs/s)\n`,
        );
      }
      done(reporter.failures > 0 ? 1 : 0);
    });
}
