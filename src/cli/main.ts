import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { isReadoutError } from '../errors.js';
import { codeCommand } from './commands/code.js';
import { commitmentsCommand } from './commands/commitments.js';
import { compareCommand } from './commands/compare.js';
import { enqueueCommand } from './commands/enqueue.js';
import { explainCommand } from './commands/explain.js';
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { listCommand } from './commands/list.js';
import { meetingsCommand } from './commands/meetings.js';
import { reportCommand } from './commands/report.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { statusCommand } from './commands/status.js';
import { workerCommand } from './commands/worker.js';
import { type Io, processIo } from './Io.js';

/** Exit codes: 0 all went well, 1 some input or document failed, 2 the command line is wrong. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  const done = (code: number) => {
    exitCode = code;
  };
  const program = new Command('readout')
    .description('readout: diplomatic readouts to meetings, participants, CAMEO events, topics and commitments, stored and followed across documents')
    .version('0.1.0')
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ readout code readout.txt --date 2023-06-19 --json
  $ readout ingest examples/ && readout list
  $ readout meetings --dyad USA-CHN && readout commitments --status fulfilled
  $ readout compare state-call-china-2024-03 --json
  $ readout export --format csv --out documents.csv
  $ readout serve --port 8080
  $ readout report --dyad USA-CHN --out usa-chn.html
  $ readout enqueue corpus/ --db postgres://readout@db/readout && readout worker --db postgres://readout@db/readout`,
    );
  for (const make of [codeCommand, explainCommand, ingestCommand, listCommand, showCommand, meetingsCommand, commitmentsCommand, compareCommand, exportCommand, serveCommand, reportCommand, enqueueCommand, workerCommand, statusCommand]) {
    program.addCommand(make(io, done).exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }));
  }
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (isReadoutError(e)) {
      io.stderr.write(`readout: ${e.describe()}\n`);
      return 1;
    }
    io.stderr.write(`readout: unexpected error: ${(e as Error).message}\n`);
    return 1;
  }
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv);
}
