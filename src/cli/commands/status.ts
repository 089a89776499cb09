import { Command } from 'commander';
import { CodingQueue } from '../../queue/CodingQueue.js';
import { type QueueStatus, queueStatus } from '../../queue/queueStatus.js';
import { type Io, write } from '../Io.js';
import { queueDbOption } from '../queueDbOption.js';

function text(s: QueueStatus): string {
  const row = (name: string, c: QueueStatus['batches']) => `${name.padEnd(10)} ${String(c.waiting).padStart(9)} ${String(c.active).padStart(9)} ${String(c.done).padStart(9)} ${String(c.failed).padStart(9)}`;
  const lines = [
    `${''.padEnd(10)} ${'waiting'.padStart(9)} ${'active'.padStart(9)} ${'done'.padStart(9)} ${'failed'.padStart(9)}`,
    row('batches', s.batches),
    row('documents', s.documents),
    '',
    `coded: ${s.coded.total} documents, ${s.coded.lastMinute} in the last minute, ${s.coded.perSecond === null ? '-' : s.coded.perSecond} per second since the first batch was taken`,
  ];
  if (s.failedBatches.length) {
    lines.push('', 'failed batches:');
    for (const b of s.failedBatches) lines.push(`  ${b.batch} (${b.documents} documents, ${b.retries} retries): ${b.error}`);
  }
  if (s.failedDocuments.length) {
    lines.push('', 'documents that could not be coded:');
    for (const d of s.failedDocuments) lines.push(`  ${d.error}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `readout status`: the queue's depth, throughput and failures. */
export function statusCommand(io: Io, done: (code: number) => void): Command {
  return new Command('status')
    .description('the coding queue: batches and documents waiting, being coded, done and failed; documents coded per second; failures with their errors')
    .addOption(queueDbOption())
    .option('--json', 'one JSON object')
    .addHelpText(
      'after',
      `
Examples:
  $ readout status --db postgres://readout@db.example.org/readout
  $ readout status --db postgres://readout@localhost/readout --json`,
    )
    .action(async (opts: { db: string; json?: boolean }) => {
      const queue = await CodingQueue.open(opts.db);
      try {
        const status = await queueStatus(queue);
        await write(io.stdout, opts.json ? `${JSON.stringify(status)}\n` : text(status));
      } finally {
        await queue.close();
      }
      done(0);
    });
}
