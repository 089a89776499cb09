import { Command } from 'commander';
import { openStore } from '../../storage/openStore.js';
import { type Io, write } from '../Io.js';
import { dbOption, positiveIntOption } from '../options.js';

interface ListOptions {
  db: string;
  limit?: number;
  offset?: number;
  allVersions?: boolean;
  json?: boolean;
}

function cell(value: string | number | null, width: number): string {
  const s = value === null ? '-' : String(value);
  return s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width);
}

/** `readout list`: the stored documents, latest versions first by date. */
export function listCommand(io: Io, done: (code: number) => void): Command {
  return new Command('list')
    .description('list stored documents (latest version of each)')
    .addOption(dbOption())
    .option('--limit <n>', 'at most this many', positiveIntOption)
    .option('--offset <n>', 'skip this many', positiveIntOption)
    .option('--all-versions', 'every stored version, not only the latest')
    .option('--json', 'JSON lines instead of a table')
    .addHelpText(
      'after',
      `
Examples:
  $ readout list
  $ readout list --db team.db --limit 20 --json`,
    )
    .action(async (opts: ListOptions) => {
      const store = openStore(opts.db, { create: false });
      try {
        const docs = await store.listDocuments({ limit: opts.limit, offset: opts.offset, allVersions: opts.allVersions });
        if (opts.json) {
          for (const d of docs) await write(io.stdout, `${JSON.stringify(d)}\n`);
        } else {
          await write(io.stdout, `${cell('ID', 40)} ${cell('V', 2)} ${cell('PUBLISHED', 10)} ${cell('PUBLISHER', 26)} ${cell('SENT', 4)} TITLE\n`);
          for (const d of docs) {
            await write(io.stdout, `${cell(d.id, 40)} ${cell(d.version, 2)} ${cell(d.published, 10)} ${cell(d.publisher, 26)} ${cell(d.sentences, 4)} ${d.title ?? '-'}\n`);
          }
          const total = await store.countDocuments({ allVersions: opts.allVersions });
          await write(io.stdout, `${docs.length} of ${total} document${total === 1 ? '' : 's'}\n`);
        }
      } finally {
        await store.close();
      }
      done(0);
    });
}
