import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { ReadoutError } from '../../errors.js';
import type { DocumentRecord } from '../../model/DocumentRecord.js';
import { openStore } from '../../storage/openStore.js';
import { dbOption } from '../options.js';
import { type Io, write } from '../Io.js';
import { tsvRow } from '../tsv.js';

interface ExportOptions {
  db: string;
  format: 'jsonl' | 'csv' | 'tsv';
  out?: string;
  allVersions?: boolean;
}

const COLUMNS = ['id', 'title', 'publisher', 'speaker', 'published', 'url', 'hash', 'sentences', 'text'] as const;

function row(r: DocumentRecord): unknown[] {
  return [r.id, r.title, r.publisher, r.speaker, r.published, r.url, r.source.hash, r.sentences.length, r.text];
}

/** `readout export`: every stored document, as records (JSONL) or one row each (CSV, TSV). */
export function exportCommand(io: Io, done: (code: number) => void): Command {
  return new Command('export')
    .description('export stored documents: JSONL (whole records) or CSV/TSV (one row per document)')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'tsv']).default('jsonl'))
    .option('--out <file>', 'write to this file (written whole or not at all) instead of stdout')
    .addOption(dbOption())
    .option('--all-versions', 'every stored version, not only the latest')
    .addHelpText(
      'after',
      `
Examples:
  $ readout export --format jsonl --out records.jsonl
  $ readout export --format csv > documents.csv`,
    )
    .action(async (opts: ExportOptions) => {
      const store = openStore(opts.db, { create: false });
      const tmp = opts.out ? `${opts.out}.${process.pid}.partial` : null;
      const file = tmp ? createWriteStream(tmp) : null;
      const out = file ?? io.stdout;
      try {
        if (file) {
          // Without a listener a failed open (no such directory, no permission) is an uncaught
          // 'error' event that kills the process with a stack trace; writes see errors in their callbacks.
          file.on('error', () => {});
          await new Promise<void>((resolve, reject) => {
            file.once('ready', () => resolve());
            file.once('error', (e: NodeJS.ErrnoException) => {
              const why = e.code === 'ENOENT' ? 'no such directory' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.message;
              reject(new ReadoutError('E_WRITE', `cannot write the output file: ${why}`, opts.out));
            });
          });
        }
        if (opts.format === 'csv') await write(out, stringify([[...COLUMNS]]));
        if (opts.format === 'tsv') await write(out, tsvRow(COLUMNS));
        for await (const r of store.exportDocuments({ allVersions: opts.allVersions })) {
          if (opts.format === 'jsonl') await write(out, `${JSON.stringify(r)}\n`);
          else if (opts.format === 'csv') await write(out, stringify([row(r)]));
          else await write(out, tsvRow(row(r)));
        }
        if (file && tmp && opts.out) {
          await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
          await rename(tmp, opts.out);
        }
      } catch (e) {
        file?.destroy();
        if (tmp) await rm(tmp, { force: true });
        throw e;
      } finally {
        await store.close();
      }
      done(0);
    });
}
