import { Command, Option } from 'commander';
import { followCommitments } from '../../crossdoc/followCommitments.js';
import { loadCommitmentCues } from '../../dictionaries/commitmentCues.js';
import { defaultDataDir } from '../../dictionaries/dataDir.js';
import type { CommitmentStatus } from '../../model/Commitment.js';
import { openStore } from '../../storage/openStore.js';
import { type Io, write } from '../Io.js';
import { dateOption, dbOption, dyadOption } from '../options.js';

interface CommitmentsOptions {
  db: string;
  status?: CommitmentStatus;
  dyad?: string;
  asOf?: string;
  json?: boolean;
}

/** `readout commitments`: what the stored readouts promised, and which later readout shows it done. */
export function commitmentsCommand(io: Io, done: (code: number) => void): Command {
  return new Command('commitments')
    .description('list commitments from stored documents, each with its status: open, fulfilled (by which later document) or overdue')
    .addOption(dbOption())
    .addOption(new Option('--status <status>', 'only commitments with this status').choices(['open', 'fulfilled', 'overdue']))
    .option('--dyad <A-B>', 'only commitments between these two parties (USA-CHN)', dyadOption)
    .option('--as-of <date>', 'the date overdue is judged on (default: today)', dateOption)
    .option('--json', 'JSON lines instead of a table')
    .addHelpText(
      'after',
      `
Examples:
  $ readout commitments --dyad USA-CHN
  $ readout commitments --status fulfilled --json`,
    )
    .action(async (opts: CommitmentsOptions) => {
      const rules = loadCommitmentCues(defaultDataDir()).fulfilment;
      const store = openStore(opts.db, { create: false });
      try {
        const commitments = await store.listCommitments({ dyad: opts.dyad });
        const meetings = await store.listMeetings({ dyad: opts.dyad });
        const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
        const followed = followCommitments(commitments, meetings, rules, asOf).filter((c) => !opts.status || c.status === opts.status);
        for (const c of followed) {
          if (opts.json) {
            await write(io.stdout, `${JSON.stringify(c)}\n`);
            continue;
          }
          const k = c.commitment;
          await write(io.stdout, `${(c.referenceDate ?? '-').padEnd(10)} ${c.status.padEnd(9)} ${c.dyad.padEnd(9)} ${k.parties.join('+')}: ${k.action}${k.due ? ` (due: ${k.due})` : ''}\n`);
          await write(io.stdout, `${''.padEnd(10)} ${c.id}, sentence ${k.sentence + 1}\n`);
          if (c.fulfilledBy) await write(io.stdout, `${''.padEnd(10)} fulfilled by ${c.fulfilledBy.id} (${c.fulfilledBy.kind}, ${c.fulfilledBy.date ?? 'undated'}; ${c.fulfilledBy.rule})\n`);
        }
        if (!opts.json) await write(io.stdout, `${followed.length} commitment${followed.length === 1 ? '' : 's'}\n`);
      } finally {
        await store.close();
      }
      done(0);
    });
}
