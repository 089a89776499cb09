import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../src/model/DocumentRecord.js';
import type { QueueStatus } from '../src/queue/queueStatus.js';
import { inProcess } from './cli.js';
import { EXAMPLES } from './helpers.js';
import { inventedSet } from './fixtures/inventedDictionarySet.js';
import { inventedReadouts } from './inventedReadouts.js';
import { type PgTestServer, pgTestServer, pgUnavailable } from './pgCluster.js';

/**
 * Distributed coding end to end: `readout enqueue` a folder into PostgreSQL, one `readout worker`
 * codes it, and the store holds what `readout ingest` of the folder into SQLite holds.
 */
const unavailable = pgUnavailable();
if (unavailable) console.warn(`SKIPPED: readout enqueue/worker/status: ${unavailable}`);

function records(jsonl: string): DocumentRecord[] {
  return jsonl
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as DocumentRecord)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe.skipIf(unavailable !== null)('readout enqueue, worker and status', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-queue-'));
  const corpus = join(dir, 'corpus');
  let server: PgTestServer;
  let url = '';

  beforeAll(async () => {
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'invented.jsonl'), `${inventedReadouts(23).join('\n')}\n`);
    for (const name of ['batch.jsonl', 'mfa-talks-2024-05.html', 'state-call-canada-2024-02.txt', 'wh-meeting-japan-2024-04.md']) {
      writeFileSync(join(corpus, name), readFileSync(join(EXAMPLES, name)));
    }
    server = await pgTestServer();
    const u = new URL(await server.createDatabase());
    u.password = 's3cret';
    url = u.toString();
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('codes a folder into PostgreSQL as ingest codes it into SQLite, once however often it is queued', async () => {
    // A bad input is named on one line and the rest is queued.
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    const first = await inProcess(['enqueue', corpus, bad, '--db', url, '--batch-size', '5']);
    expect(first.stderr).toMatch(/empty\.txt: /);
    expect(first.status).toBe(1);
    const documents = Number(/queued (\d+) documents in (\d+) batches/.exec(first.stderr)?.[1]);
    expect(documents).toBeGreaterThanOrEqual(29);
    expect(first.stderr).toMatch(new RegExp(`in ${Math.ceil(documents / 5)} batches into postgres://postgres@127\\.0\\.0\\.1:\\d+/\\w+; 0 already queued or stored, 1 failed`));
    expect(first.stderr).not.toContain('s3cret');
    const again = await inProcess(['enqueue', corpus, '--db', url]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`queued 0 documents in 0 batches .*; ${documents} already queued or stored, 0 failed`));

    const waiting = JSON.parse((await inProcess(['status', '--db', url, '--json'])).stdout) as QueueStatus;
    expect(waiting.batches).toEqual({ waiting: Math.ceil(documents / 5), active: 0, done: 0, failed: 0 });
    expect(waiting.documents.waiting).toBe(documents);

    const worker = await inProcess(['worker', '--db', url, '--concurrency', '1', '--exit-when-idle']);
    expect(worker.stderr).toMatch(new RegExp(`worker coded ${documents} documents in ${Math.ceil(documents / 5)} batches into .*: 0 documents and 0 batches failed`));
    expect(worker.stderr).not.toContain('s3cret');
    expect(worker.status).toBe(0);

    const sqlite = join(dir, 'same.db');
    expect((await inProcess(['ingest', corpus, '--db', sqlite, '--no-progress'])).status).toBe(0);
    const fromQueue = records((await inProcess(['export', '--format', 'jsonl', '--db', url])).stdout);
    const fromIngest = records((await inProcess(['export', '--format', 'jsonl', '--db', sqlite])).stdout);
    expect(fromQueue).toHaveLength(documents);
    expect(fromQueue.map((r) => [r.id, r.source.hash])).toEqual(fromIngest.map((r) => [r.id, r.source.hash]));
    expect(fromQueue.map((r) => r.events)).toEqual(fromIngest.map((r) => r.events));
    expect(fromQueue).toEqual(fromIngest);
    expect(fromQueue.reduce((n, r) => n + r.events.length, 0)).toBeGreaterThan(documents);

    const after = JSON.parse((await inProcess(['status', '--db', url, '--json'])).stdout) as QueueStatus;
    expect(after.batches).toEqual({ waiting: 0, active: 0, done: Math.ceil(documents / 5), failed: 0 });
    expect(after.documents).toEqual({ waiting: 0, active: 0, done: documents, failed: 0 });
    expect(after.coded.total).toBe(documents);
    expect(after.coded.lastMinute).toBe(documents);
    expect(after.coded.perSecond).toBeGreaterThan(0);
    expect(after.failedBatches).toEqual([]);
    const text = (await inProcess(['status', '--db', url])).stdout;
    expect(text).toMatch(new RegExp(`^documents +0 +0 +${documents} +0$`, 'm'));

    // Queued again after coding: already stored, so nothing is queued.
    expect((await inProcess(['enqueue', corpus, '--db', url])).stderr).toMatch(/queued 0 documents in 0 batches/);
  }, 120_000);

  it('records a document the pipeline cannot code, codes the rest of its batch, and shows the failure', async () => {
    const db = await server.createDatabase();
    const file = join(dir, 'one-bad.jsonl');
    // Markup that holds no text: the reader accepts the line, the pipeline finds nothing to code.
    writeFileSync(file, `${[...inventedReadouts(2, 7), JSON.stringify({ id: 'no-text', html: '<html><body><nav>Menu</nav></body></html>' })].join('\n')}\n`);
    expect((await inProcess(['enqueue', file, '--db', db])).status).toBe(0);
    const worker = await inProcess(['worker', '--db', db, '--concurrency', '1', '--exit-when-idle']);
    expect(worker.stderr).toMatch(/one-bad\.jsonl:3: /);
    expect(worker.status).toBe(1);
    const status = JSON.parse((await inProcess(['status', '--db', db, '--json'])).stdout) as QueueStatus;
    expect(status.batches.done).toBe(1);
    expect(status.coded.total).toBe(2);
    expect(status.failedDocuments).toEqual([expect.objectContaining({ origin: `${file}:3`, error: expect.stringMatching(/^.*one-bad\.jsonl:3: /) })]);
    const client = new pg.Client(db);
    await client.connect();
    expect((await client.query('SELECT COUNT(*)::int AS n FROM documents')).rows[0].n).toBe(2);
    await client.end();
  }, 120_000);

  it('codes with the dictionary set it is given, as ingest does', async () => {
    const db = await server.createDatabase();
    const file = join(dir, 'set.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'W-1', date: '2012-05-01', text: 'Valdoria condemned Kestria.' })}\n${JSON.stringify({ id: 'W-2', date: '2012-05-01', text: 'Kestria condemned Orvane.' })}\n`);
    expect((await inProcess(['enqueue', file, '--db', db])).status).toBe(0);
    const worker = await inProcess(['worker', '--db', db, '--concurrency', '1', '--exit-when-idle', '--dictionaries', inventedSet(), '-q']);
    expect(worker.stderr).toBe('');
    expect(worker.status).toBe(0);
    const events = records((await inProcess(['export', '--db', db])).stdout).flatMap((r) => r.events.map((e) => `${e.source.code}>${e.target.code}:${e.code}`));
    expect(events.sort()).toEqual(['KES>ORV:122', 'VAL>KES:122']);
    const bad = await inProcess(['worker', '--db', db, '--exit-when-idle', '--dictionaries', join(dir, 'no-such-set.json')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/no-such-set\.json/);
  }, 60_000);

  it('refuses a --db that is not PostgreSQL, saying why', async () => {
    const r = await inProcess(['worker', '--db', join(dir, 'local.db')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not a PostgreSQL URL: the queue lives in PostgreSQL/);
  });
});
