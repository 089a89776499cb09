import { Command } from 'commander';
import { ReadoutError } from '../../errors.js';
import { displayDb, openStore } from '../../storage/openStore.js';
import { formatRecord } from '../formatRecord.js';
import { type Io, write } from '../Io.js';
import { dbOption, positiveIntOption } from '../options.js';

interface ShowOptions {
  db: string;
  version?: number;
  json?: boolean;
}

/** `readout show`: one stored document, as text or as its record. */
export function showCommand(io: Io, done: (code: number) => void): Command {
  return new Command('show')
    .description('show one stored document: metadata, meeting, participants, topics, commitments, numbered sentences and events, or its record with --json')
    .argument('<id>', 'document id, or its content hash (a unique prefix will do)')
    .addOption(dbOption())
    .option('--version <n>', 'a given version (default: the latest)', positiveIntOption)
    .option('--json', 'the document record as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ readout show state-dept-blinken-beijing-2023-06
  $ readout show 4441b470 --json`,
    )
    .action(async (id: string, opts: ShowOptions) => {
      const store = openStore(opts.db, { create: false });
      try {
        const record = await store.getDocument(id, opts.version);
        if (!record) throw new ReadoutError('E_NOT_STORED', `no document "${id}"${opts.version ? ` version ${opts.version}` : ''} in the database`, displayDb(opts.db));
        if (opts.json) {
          await write(io.stdout, `${JSON.stringify(record, null, 2)}\n`);
        } else {
          await write(io.stdout, formatRecord(record));
        }
      } finally {
        await store.close();
      }
      done(0);
    });
}
