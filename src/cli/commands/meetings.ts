import { Command } from 'commander';
import { groupMeetings } from '../../crossdoc/groupMeetings.js';
import { openStore } from '../../storage/openStore.js';
import { type Io, write } from '../Io.js';
import { dateOption, dbOption, dyadOption } from '../options.js';

interface MeetingsOptions {
  db: string;
  dyad?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

/** `readout meetings`: each meeting once, with every stored document that reports it. */
export function meetingsCommand(io: Io, done: (code: number) => void): Command {
  return new Command('meetings')
    .description('list meetings, each once however many stored documents report it')
    .addOption(dbOption())
    .option('--dyad <A-B>', 'only meetings between these two parties (USA-CHN)', dyadOption)
    .option('--from <date>', 'meetings starting on or after this date', dateOption)
    .option('--to <date>', 'meetings starting on or before this date', dateOption)
    .option('--json', 'JSON lines instead of a table')
    .addHelpText(
      'after',
      `
Examples:
  $ readout meetings --dyad USA-CHN
  $ readout meetings --from 2023-01-01 --to 2023-12-31 --json`,
    )
    .action(async (opts: MeetingsOptions) => {
      const store = openStore(opts.db, { create: false });
      try {
        const groups = groupMeetings(await store.listMeetings({ dyad: opts.dyad, from: opts.from, to: opts.to }));
        for (const g of groups) {
          if (opts.json) {
            await write(io.stdout, `${JSON.stringify(g)}\n`);
            continue;
          }
          const when = g.start ? `${g.start}${g.end && g.end !== g.start ? `..${g.end}` : ''}` : 'undated';
          const where = g.location ? `${g.location.name}${g.location.country ? ` (${g.location.country})` : ''}` : '-';
          await write(io.stdout, `${when.padEnd(22)} ${g.kind.padEnd(15)} ${g.dyad.padEnd(9)} ${where}${g.occasion ? `, margins of ${g.occasion}` : ''}\n`);
          for (const s of g.sources) await write(io.stdout, `${''.padEnd(22)} ${s.id}${s.publisher ? ` (${s.publisher})` : ''}\n`);
        }
        if (!opts.json) await write(io.stdout, `${groups.length} meeting${groups.length === 1 ? '' : 's'}\n`);
      } finally {
        await store.close();
      }
      done(0);
    });
}
