import { Command } from 'commander';
import { ReadoutError } from '../../errors.js';
import { DEFAULT_DB, openStore } from '../../storage/openStore.js';
import { type Io, write } from '../Io.js';
import { positiveIntOption } from '../options.js';

interface ShowOptions {
  db: string;
  version?: number;
  json?: boolean;
}

/** `readout show`: one stored document, as text or as its record. */
export function showCommand(io: Io, done: (code: number) => void): Command {
  return new Command('show')
    .description('show one stored document: metadata, numbered sentences and events, or its record with --json')
    .argument('<id>', 'document id, or its content hash (a unique prefix will do)')
    .option('--db <path>', 'SQLite database file', DEFAULT_DB)
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
        if (!record) throw new ReadoutError('E_NOT_STORED', `no document "${id}"${opts.version ? ` version ${opts.version}` : ''} in the database`, opts.db);
        if (opts.json) {
          await write(io.stdout, `${JSON.stringify(record, null, 2)}\n`);
        } else {
          const lines = [
            `id:        ${record.id}`,
            `title:     ${record.title ?? '-'}`,
            `publisher: ${record.publisher ?? '-'}`,
            `speaker:   ${record.speaker ?? '-'}${record.speakerTitle ? ` (${record.speakerTitle})` : ''}`,
            `published: ${record.published ?? '-'}`,
            `url:       ${record.url ?? '-'}`,
            `hash:      ${record.source.hash}`,
            '',
            ...record.sentences.map((s) => `${String(s.index + 1).padStart(3)}  ${s.text}`),
            '',
            `events: ${record.events.length}`,
            ...record.events.map((e) => `${String(e.sentence + 1).padStart(3)}  ${e.code.padEnd(4)} ${e.source.code} → ${e.target.code}  ${e.name}  "${e.evidence}"${e.negated ? ' [negated]' : ''}${e.modality !== 'asserted' ? ` [${e.modality}]` : ''}`),
          ];
          await write(io.stdout, `${lines.join('\n')}\n`);
        }
      } finally {
        await store.close();
      }
      done(0);
    });
}
