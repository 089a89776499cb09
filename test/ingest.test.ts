import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../src/index.js';
import { readout } from './cli.js';
import { EXAMPLES, hasShared, RAW, ROOT } from './helpers.js';
import { inventedReadouts } from './inventedReadouts.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-ingest-'));

describe('readout ingest, list, show, export', () => {
  const db = join(tmp, 'examples.db');

  it('stores the examples once, however often they are ingested', () => {
    const first = readout(['ingest', EXAMPLES, '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/^ingested 6 documents into .*: 6 new, 0 new versions, 0 unchanged, 0 failed; \d+ sentences in/);
    const second = readout(['ingest', EXAMPLES, '--db', db]);
    expect(second.stderr).toMatch(/6 documents .*: 0 new, 0 new versions, 6 unchanged, 0 failed/);
    const list = readout(['list', '--db', db, '--json']);
    expect(list.stdout.trim().split('\n')).toHaveLength(6);
  });

  it('stores a changed document as a new version under the same id', () => {
    const vdb = join(tmp, 'versions.db');
    const doc = (text: string) => `${JSON.stringify({ id: 'x', date: '2024-01-01', text })}\n`;
    expect(readout(['ingest', '-', '--db', vdb], { input: doc('The ministers met. They talked.') }).status).toBe(0);
    const again = readout(['ingest', '-', '--db', vdb], { input: doc('The ministers met. They agreed.') });
    expect(again.stderr).toMatch(/0 new, 1 new versions/);
    const list = readout(['list', '--db', vdb, '--all-versions', '--json']);
    expect(list.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { version: number }).version)).toEqual([1, 2]);
    expect(JSON.parse(readout(['show', 'x', '--db', vdb, '--json']).stdout).text).toBe('The ministers met. They agreed.');
    expect(JSON.parse(readout(['show', 'x', '--version', '1', '--db', vdb, '--json']).stdout).text).toBe('The ministers met. They talked.');
  });

  it('refuses to read a database that does not exist, and creates none', () => {
    const none = join(tmp, 'none.db');
    for (const args of [['list'], ['show', 'x'], ['export']]) {
      const run = readout([...args, '--db', none]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`readout: ${none}: no database here (readout ingest creates one)\n`);
    }
    expect(existsSync(none)).toBe(false);
  });

  it('stops quietly when the reader of its output goes away', () => {
    const r = spawnSync('sh', ['-c', `node --import tsx src/cli/main.ts code ${EXAMPLES} --jsonl | head -c 10`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).toBe('');
  });

  it('shows a stored document by id with numbered sentences', () => {
    const show = readout(['show', 'state-call-canada-2024-02', '--db', db]);
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('speaker:   Dana R. Whitfield (Spokesperson)');
    expect(show.stdout).toMatch(/\n {2}4 {2}Secretary Quist noted that Gen\. Paul T\. Ambrose/);
    expect(show.stdout).toMatch(/\n {2}1 {2}041 +USAGOV → CANGOV .*"spoke today with Canadian Foreign Minister/);
    const missing = readout(['show', 'no-such-doc', '--db', db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`readout: ${db}: no document "no-such-doc" in the database\n`);
  });

  it('exports the same records that code prints, and CSV/TSV rows', () => {
    const out = join(tmp, 'export.jsonl');
    expect(readout(['export', '--format', 'jsonl', '--out', out, '--db', db]).status).toBe(0);
    const exported = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DocumentRecord);
    const coded = readout(['code', EXAMPLES, '--jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l) as DocumentRecord);
    const key = (r: DocumentRecord) => r.id;
    expect([...exported].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...coded].sort((a, b) => key(a).localeCompare(key(b))));

    const csv = readout(['export', '--format', 'csv', '--db', db]).stdout;
    expect(csv.split('\n')[0]).toBe('id,title,publisher,speaker,published,url,hash,sentences,text');
    const tsv = readout(['export', '--format', 'tsv', '--db', db]).stdout.trim().split('\n');
    expect(tsv).toHaveLength(7);
    for (const line of tsv) expect(line.split('\t')).toHaveLength(9);
  });
});

describe('readout ingest --workers', () => {
  it('stores what one thread stores, in input order, and reports a bad document as one thread does', () => {
    const batch = join(tmp, 'batch.jsonl');
    const line = (id: string, text: string) => JSON.stringify({ id, date: '2024-01-01', text });
    writeFileSync(
      batch,
      `${[
        line('a', 'The Secretary met Foreign Minister Wang Yi. They agreed to continue discussions.'),
        line('b', 'The ministers met. They talked.'),
        line('c', '   '),
        JSON.stringify({ id: 'd', html: '<html><body><nav><a href="/">Home</a></nav></body></html>' }),
        line('b', 'The ministers met. They agreed.'),
      ].join('\n')}\n`,
    );
    const one = join(tmp, 'one.db');
    const two = join(tmp, 'two.db');
    const runOne = readout(['ingest', batch, EXAMPLES, '--db', one, '--no-progress', '--workers', '1']);
    expect(runOne.stderr).toMatch(/docs\/s; coded in this thread\)\n$/);
    const runTwo = readout(['ingest', batch, EXAMPLES, '--db', two, '--no-progress', '--workers', '2']);
    expect(runTwo.status).toBe(1);
    expect(runTwo.stderr.split('\n')[0]).toBe(runOne.stderr.split('\n')[0]);
    expect(runTwo.stderr).toMatch(/batch\.jsonl:3: document text is empty\n.*batch\.jsonl:4: no article body/);
    expect(runTwo.stderr).toMatch(/ingested 9 documents into .*: 8 new, 1 new versions, 0 unchanged, 2 failed;.* coded on 2 worker threads\)\n$/);
    const all = (db: string) => readout(['export', '--db', db]).stdout;
    expect(all(two)).toBe(all(one));
    const versions = readout(['list', '--db', two, '--all-versions', '--json']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; version: number });
    expect(versions.filter((v) => v.id === 'b').map((v) => v.version).sort()).toEqual([1, 2]);
    expect(JSON.parse(readout(['show', 'b', '--db', two, '--json']).stdout).text).toBe('The ministers met. They agreed.');
  });
});

describe('readout ingest without --workers', () => {
  it('codes a few documents in its own thread and many on every core, storing the same', () => {
    const few = readout(['ingest', EXAMPLES, '--db', join(tmp, 'few.db'), '--no-progress']);
    expect(few.stderr).toMatch(/coded in this thread\)\n$/);
    const many = join(tmp, 'many.jsonl');
    writeFileSync(many, `${inventedReadouts(200, 5).join('\n')}\n`);
    const threads = join(tmp, 'threads.db');
    const one = join(tmp, 'one-thread.db');
    const all = readout(['ingest', many, '--db', threads, '--no-progress']);
    expect(all.status).toBe(0);
    expect(all.stderr).toMatch(new RegExp(`ingested 200 documents .* coded on ${availableParallelism()} worker threads?\\)\n$`));
    expect(readout(['ingest', many, '--db', one, '--no-progress', '--workers', '1']).status).toBe(0);
    const records = (db: string) => readout(['export', '--db', db]).stdout;
    expect(records(threads)).toBe(records(one));
  }, 120_000);
});

describe('ingesting the real pages in ../shared/corpus/us-readouts/raw', () => {
  it.runIf(hasShared(RAW))('twice leaves the same number of documents, none with chrome left', () => {
    const db = join(tmp, 'raw.db');
    const first = readout(['ingest', RAW, '--db', db]);
    expect(first.status).toBe(0);
    const count = () => readout(['list', '--db', db, '--json']).stdout.trim().split('\n').length;
    expect(count()).toBe(20);
    readout(['ingest', RAW, '--db', db]);
    expect(count()).toBe(20);
    const records = readout(['export', '--db', db]).stdout.trim().split('\n').map((l) => JSON.parse(l) as DocumentRecord);
    for (const r of records) {
      expect(r.text, r.id).not.toMatch(/attributable to|^Office of the Spokesperson|###|jQuery|data-filter/m);
      expect(r.sentences.length, r.id).toBeGreaterThan(0);
    }
    const bySpeaker = records.filter((r) => r.speaker === 'Ned Price');
    expect(bySpeaker.length).toBeGreaterThan(0);
    for (const r of records.filter((r) => r.id.startsWith('wh-'))) {
      expect(r.publisher).toBe('The White House');
      expect(r.title).toBeTruthy();
      expect(r.published).toBe(r.id.slice(3, 13));
    }
  });
});

describe('inputs that point back at themselves', () => {
  it('read each file once when a folder links to its parent', async () => {
    const { mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
    const dir = join(tmp, 'loop');
    mkdirSync(join(dir, 'd'), { recursive: true });
    writeFileSync(join(dir, 'd', 'a.txt'), 'The Secretary met the Minister of Examplia. They agreed to meet again.');
    symlinkSync('..', join(dir, 'd', 'up'));
    const run = readout(['code', dir, '--jsonl']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('the same text read with another --date', () => {
  it('is stored as a new version with that date', () => {
    const db = join(tmp, 'dates.db');
    const file = join(tmp, 'undated.txt');
    writeFileSync(file, 'The Secretary met the Minister of Examplia. They agreed to meet again.');
    readout(['ingest', file, '--db', db, '--date', '2024-01-01']);
    const again = readout(['ingest', file, '--db', db, '--date', '2024-02-02']);
    expect(again.stderr).toMatch(/0 new, 1 new versions/);
    expect(JSON.parse(readout(['show', 'undated', '--db', db, '--json']).stdout).published).toBe('2024-02-02');
  });
});
