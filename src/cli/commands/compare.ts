import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { compareRecords } from '../../crossdoc/compareRecords.js';
import { findCounterparts } from '../../crossdoc/findCounterparts.js';
import { ReadoutError } from '../../errors.js';
import { readInputs } from '../../input/readInputs.js';
import type { DocumentRecord } from '../../model/DocumentRecord.js';
import type { Pipeline } from '../../pipeline/Pipeline.js';
import type { EventStore } from '../../storage/EventStore.js';
import { displayDb, openStore } from '../../storage/openStore.js';
import { formatComparison } from '../formatComparison.js';
import { type CodingFlags, codingPipeline, withCodingOptions } from '../codingOptions.js';
import { type Io, write } from '../Io.js';
import { dateOption, dbOption } from '../options.js';

interface CompareOptions extends CodingFlags {
  db: string;
  date?: string;
  json?: boolean;
}

/** A path that exists (or `-`) is a file to code; anything else names a stored document. */
const isFile = (arg: string) => arg === '-' || existsSync(arg);

/** `readout compare`: two accounts of one meeting side by side. */
export function compareCommand(io: Io, done: (code: number) => void): Command {
  return withCodingOptions(new Command('compare'))
    .description('compare two accounts of one meeting: topics both or only one report, each side’s stance, tone, who raised what, participants, commitments')
    .argument('<a>', 'a stored document (id or hash prefix) or a file to code (a path that exists, or - for stdin)')
    .argument('[b]', 'the other account, the same way; default: the stored document that reports the same meeting, another publisher’s first')
    .addOption(dbOption())
    .option('--date <YYYY-MM-DD>', 'date for files that name none (resolves partial dates)', dateOption)
    .option('--json', 'the comparison as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ readout compare state-call-china-2024-03 mfa-call-usa-2024-03
  $ readout compare state-call-china-2024-03 --json
  $ readout compare us-readout.txt prc-readout.html --date 2024-03-11`,
    )
    .action(async (a: string, b: string | undefined, opts: CompareOptions) => {
      const needsStore = !isFile(a) || b === undefined || !isFile(b);
      const store: EventStore | null = needsStore ? openStore(opts.db, { create: false }) : null;
      let pipeline: Pipeline | null = null;
      const stored = async (id: string): Promise<DocumentRecord> => {
        const record = await store!.getDocument(id);
        if (!record) throw new ReadoutError('E_NOT_STORED', `no document "${id}" in the database (nor a file of that name)`, displayDb(opts.db));
        return record;
      };
      const load = async (arg: string): Promise<DocumentRecord> => {
        if (isFile(arg)) {
          pipeline ??= await codingPipeline(opts, io);
          const records: DocumentRecord[] = [];
          for await (const item of readInputs([arg], { stdin: io.readStdin })) {
            if (!item.ok) throw item.error;
            records.push(pipeline.process(item.source, { date: opts.date ?? null }));
          }
          if (records.length !== 1) throw new ReadoutError('E_FORMAT', `holds ${records.length} documents; compare takes one each side`, arg);
          return records[0]!;
        }
        return stored(arg);
      };
      try {
        const first = await load(a);
        let second: DocumentRecord;
        if (b !== undefined) {
          second = await load(b);
        } else {
          if (!first.meeting) throw new ReadoutError('E_NOT_STORED', `"${first.id}" reports no meeting, so it has no counterpart; name the other document`);
          const found = await findCounterparts(first, store!);
          if (!found.length) throw new ReadoutError('E_NOT_STORED', `no stored document reports the same ${first.meeting.kind} as "${first.id}"; name the other document`, displayDb(opts.db));
          second = await stored(found[0]!.id);
          const rest = found.slice(1).map((f) => f.id);
          await write(io.stderr, `readout: comparing with ${second.id}, which reports the same meeting${rest.length ? ` (also: ${rest.join(', ')})` : ''}\n`);
        }
        const comparison = compareRecords(first, second);
        await write(io.stdout, opts.json ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparison(comparison));
      } finally {
        await store?.close();
      }
      done(0);
    });
}
