import { Command, Option } from 'commander';
import type { ReadoutError } from '../../errors.js';
import { readInputs } from '../../input/readInputs.js';
import type { DocumentRecord } from '../../model/DocumentRecord.js';
import { type CodingFlags, codingPipeline, withCodingOptions } from '../codingOptions.js';
import { type Io, write } from '../Io.js';
import { petrarchEventLines } from '../petrarchEvents.js';
import { dateOption, megabytesOption } from '../options.js';
import { Reporter } from '../Reporter.js';
import { tsvRow } from '../tsv.js';

interface CodeOptions extends CodingFlags {
  date?: string;
  json?: boolean;
  jsonl?: boolean;
  tsv?: boolean;
  petrarch?: boolean;
  maxSize?: number;
}

const TSV_HEADER = ['id', 'published', 'publisher', 'sentence', 'start', 'end', 'text'];

/** `readout code`: process inputs and print records, storing nothing. */
export function codeCommand(io: Io, done: (code: number) => void): Command {
  return withCodingOptions(new Command('code'))
    .description('process readouts and print their document records, without storing them')
    .argument('<inputs...>', 'files (.txt .md .html .jsonl, PETRARCH .xml), directories, or - for stdin')
    .option('--date <YYYY-MM-DD>', 'date to use for documents that name none (resolves partial dates)', dateOption)
    .addOption(new Option('--json', 'one JSON document: a record, or an array of records (default)').conflicts(['jsonl', 'tsv']))
    .addOption(new Option('--jsonl', 'one record per line; a JSONL input keeps its ids').conflicts(['tsv', 'petrarch']))
    .addOption(new Option('--tsv', 'one row per sentence: id, published, publisher, sentence, start, end, text').conflicts(['petrarch']))
    .option('--petrarch', "events only, in PETRARCH2's output format: date, source, target, code, issues, ids, source")
    .option('--max-size <MB>', 'largest document to read', megabytesOption)
    .addHelpText(
      'after',
      `
Examples:
  $ readout code readout.txt --date 2023-06-19 --json
  $ readout code corpus.jsonl --jsonl > records.jsonl
  $ readout code sentences.xml --petrarch --dictionaries phoenix.set.json > events.txt
  $ curl -s https://www.state.gov/... | readout code - --tsv`,
    )
    .action(async (inputs: string[], opts: CodeOptions) => {
      const pipeline = await codingPipeline(opts, io);
      const reporter = new Reporter(io);
      const mode = opts.jsonl ? 'jsonl' : opts.tsv ? 'tsv' : opts.petrarch ? 'petrarch' : 'json';
      const records: DocumentRecord[] = [];
      if (mode === 'tsv') await write(io.stdout, tsvRow(TSV_HEADER));

      for await (const item of readInputs(inputs, { maxBytes: opts.maxSize, stdin: io.readStdin })) {
        if (!item.ok) {
          await reporter.problem(item.error);
          continue;
        }
        let record: DocumentRecord;
        try {
          record = pipeline.process(item.source, { date: opts.date ?? null });
        } catch (e) {
          await reporter.problem(e as ReadoutError);
          continue;
        }
        if (mode === 'jsonl') await write(io.stdout, `${JSON.stringify(record)}\n`);
        else if (mode === 'petrarch') {
          const lines = petrarchEventLines(record);
          if (lines.length) await write(io.stdout, `${lines.join('\n')}\n`);
        }
        else if (mode === 'tsv') {
          for (const s of record.sentences) await write(io.stdout, tsvRow([record.id, record.published, record.publisher, s.index, s.start, s.end, s.text]));
        } else records.push(record);
      }
      if (mode === 'json' && (records.length > 0 || reporter.failures === 0)) {
        const out = records.length === 1 ? records[0] : records;
        await write(io.stdout, `${JSON.stringify(out, null, 2)}\n`);
      }
      done(reporter.failures > 0 ? 1 : 0);
    });
}
