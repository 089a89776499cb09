import { Command } from 'commander';
import { loadCommitmentCues } from '../../dictionaries/commitmentCues.js';
import { defaultDataDir } from '../../dictionaries/dataDir.js';
import { relationship } from '../../explore/relationship.js';
import { openStore } from '../../storage/openStore.js';
import { layout } from '../../web/layout.js';
import { relationshipPage } from '../../web/pages/relationshipPage.js';
import { writeFileAtomic } from '../writeFileAtomic.js';
import { type Io, write } from '../Io.js';
import { dateOption, dbOption, dyadOption } from '../options.js';

interface ReportOptions {
  db: string;
  dyad: string;
  from?: string;
  to?: string;
  out?: string;
  baseUrl?: string;
}

/** `readout report`: one relationship as a self-contained HTML file (charts inline, no script), for mail. */
export function reportCommand(io: Io, done: (code: number) => void): Command {
  return new Command('report')
    .description('write a self-contained HTML report of one relationship: events per month, tone, meetings, topics, commitments')
    .addOption(dbOption())
    .requiredOption('--dyad <A-B>', 'the two parties (USA-CHN)', dyadOption)
    .option('--from <date>', 'from this date', dateOption)
    .option('--to <date>', 'to this date', dateOption)
    .option('--out <file>', 'write here instead of standard output')
    .option('--base-url <url>', "where the report's links (events behind a bar, documents) should lead: a running readout serve")
    .addHelpText(
      'after',
      `
Examples:
  $ readout report --dyad USA-CHN --from 2023-01-01 --to 2023-12-31 --out usa-chn-2023.html
  $ readout report --dyad USA-CHN --base-url http://readout.example.org:8080/ --out usa-chn.html`,
    )
    .action(async (opts: ReportOptions) => {
      const store = openStore(opts.db, { create: false });
      try {
        const today = new Date().toISOString().slice(0, 10);
        const rel = await relationship(store, opts.dyad, { from: opts.from, to: opts.to, asOf: today, rules: loadCommitmentCues(defaultDataDir()).fulfilment });
        const base = opts.baseUrl && /^https?:\/\//i.test(opts.baseUrl) ? opts.baseUrl : null;
        const page = layout(`${rel.dyad} report`, relationshipPage(rel, { generated: today }), null, { nav: false, standalone: { base } }).value;
        if (opts.out) {
          writeFileAtomic(opts.out, page);
          await write(io.stderr, `readout: wrote ${opts.out} (${rel.events} events, ${rel.meetings.length} meetings, ${rel.commitments.length} commitments)\n`);
        } else {
          await write(io.stdout, page);
        }
      } finally {
        await store.close();
      }
      done(0);
    });
}
