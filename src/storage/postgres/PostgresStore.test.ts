import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgTestServer, pgTestServer, pgUnavailable } from '../../../test/pgCluster.js';
import { event, record, runStoreContract } from '../EventStore.case.js';
import { openStore } from '../openStore.js';
import { MIGRATIONS } from './migrations.js';
import { SqliteStore } from '../sqlite/SqliteStore.js';
import { PostgresStore } from './PostgresStore.js';

/**
 * The contract suite and PostgreSQL's own cases against a real server: a throwaway cluster of
 * this machine's PostgreSQL (CI installs it), or the server READOUT_TEST_PG_URL names. Without
 * either, the file skips, saying so.
 */
const unavailable = pgUnavailable();
if (unavailable) console.warn(`SKIPPED: PostgreSQL store tests: ${unavailable}`);

describe.skipIf(unavailable !== null)('PostgresStore', () => {
  let server: PgTestServer;
  const fresh = () => server.createDatabase();
  beforeAll(async () => {
    server = await pgTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  runStoreContract('postgres', async () => new PostgresStore(await fresh()));

  it('is what openStore gives for a postgres:// or postgresql:// URL', async () => {
    const url = await fresh();
    for (const spec of [url, url.replace(/^postgres:/, 'postgresql:')]) {
      const store = openStore(spec);
      expect(store.engine).toBe('postgres');
      expect(await store.countDocuments()).toBe(0);
      await store.close();
    }
  });

  it('records the schema version, refuses a newer one, and leaves an empty database alone for readers', async () => {
    const url = await fresh();
    await expect(openStore(url, { create: false }).countDocuments()).rejects.toThrow(/no readout tables in this database \(readout ingest creates them\)/);
    const store = new PostgresStore(url);
    await store.putDocument(record('a', 'Text.'));
    await store.close();
    const db = new pg.Client(url);
    await db.connect();
    expect((await db.query('SELECT schema_version FROM readout_state')).rows).toEqual([{ schema_version: MIGRATIONS.length }]);
    const reader = openStore(url, { create: false });
    expect(await reader.countDocuments()).toBe(1);
    await reader.close();
    await db.query('UPDATE readout_state SET schema_version = 99');
    await db.end();
    const newer = new PostgresStore(url);
    await expect(newer.countDocuments()).rejects.toThrow(/schema version 99 is newer than this readout understands/);
    await newer.close();
  });

  it('names an unreachable server by its URL without the password, and connects once it can', async () => {
    const store = openStore('postgres://reader:s3cret@127.0.0.1:1/readout');
    const failure = await store.countDocuments().catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'E_STORE', where: 'postgres://reader@127.0.0.1:1/readout' });
    expect(String((failure as Error).message)).toMatch(/cannot connect to PostgreSQL: .*ECONNREFUSED/);
    expect(JSON.stringify(failure) + String(failure)).not.toContain('s3cret');
    await store.close();
  });

  it('keeps the dyad timeline summary equal to the events, with versions replaced and writers running at once', async () => {
    const url = await fresh();
    const writers = [new PostgresStore(url), new PostgresStore(url)];
    const doc = (id: string, text: string, day: number, quad: number, g: number) =>
      record(id, text, { events: [event('040', quad, g, 'USA', 'CHN', 0, `2024-0${1 + (day % 3)}-${String(1 + (day % 28)).padStart(2, '0')}`), event('111', 3, -2, 'CHN', 'JPN', 0, '2024-02-10')] });
    await Promise.all(writers.map((w, k) => Promise.all(Array.from({ length: 30 }, (_, i) => w.putDocument(doc(`d${i}`, `Version ${k}.`, i + k, 1 + ((i + k) % 4), (i % 7) - 3.3))))));
    const store = writers[0]!;
    expect(await store.countDocuments({ allVersions: true })).toBe(60);
    const db = new pg.Client(url);
    await db.connect();
    try {
      const fromEvents = (
      await db.query(
        `SELECT substr(e.date, 1, 7) AS month, e.quad, COUNT(*)::int AS n, SUM(e.goldstein::numeric)::float8 AS g FROM events e JOIN documents d ON d.hash = e.doc_hash
         WHERE d.latest AND e.dyad = 'CHN-USA' GROUP BY 1, 2 ORDER BY 1, 2`,
      )
    ).rows as { month: string; quad: number; n: number; g: number }[];
    const summary = (await db.query(`SELECT month, quad, events::int AS n, goldstein::float8 AS g FROM dyad_months WHERE dyad = 'CHN-USA' AND events > 0 ORDER BY 1, 2`)).rows;
      expect(summary).toEqual(fromEvents);
    } finally {
      await db.end();
    }
    const timeline = await store.dyadTimeline('USA-CHN');
    expect(timeline.reduce((n, m) => n + m.events, 0)).toBe(30);
    expect(timeline.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
    // Whatever the range, the same timeline as SQLite's, which counts every event in it: a month
    // the range cuts is counted from its events, the others come from the summary.
    const sqlite = new SqliteStore(':memory:');
    for await (const r of store.exportDocuments({ allVersions: true })) await sqlite.putDocument(r);
    const ranges = [{}, { from: '2024-01-15' }, { to: '2024-02-05' }, { from: '2024-01-15', to: '2024-02-05' }, { from: '2024-02-03', to: '2024-02-20' }, { from: '2024-02' }, { to: '2024-02' }, { from: '2024' }, { to: '2024-03-31' }, { from: '2024-03-28', to: '2024-03' }];
    for (const range of ranges) expect({ range, timeline: await store.dyadTimeline('USA-CHN', range) }).toEqual({ range, timeline: await sqlite.dyadTimeline('USA-CHN', range) });
    expect((await store.dyadTimeline('USA-CHN', { from: '2024-01-15' }))[0]!.events).toBeLessThan((await store.dyadTimeline('USA-CHN'))[0]!.events);
    await sqlite.close();
    expect(await store.dyadTimeline('JPN-CHN')).toEqual([{ month: '2024-02', quads: [0, 0, 30, 0], events: 30, goldstein: -2 }]);
    await Promise.all(writers.map((w) => w.close()));
  });

  it('writes batches from many writers at once, the same and overlapping ones in any order, without deadlock or duplicates', async () => {
    const url = await fresh();
    const writers = Array.from({ length: 4 }, () => new PostgresStore(url));
    // Shared ids, shared content and shared summary rows (every event is in the few months of one dyad):
    // batches that locked as they went would deadlock here.
    const docs = Array.from({ length: 40 }, (_, i) =>
      record(`d${i % 25}`, `Text ${i}.`, { events: [event('040', 1 + (i % 4), (i % 5) - 1.25, 'USA', 'CHN', 0, `2024-0${1 + (i % 3)}-1${i % 10}`)] }),
    );
    const batches = Array.from({ length: 16 }, (_, k) => {
      const batch = docs.filter((_, i) => (i * 7 + k) % 3 !== 0).slice(k % 5, 30);
      return k % 2 ? batch.reverse() : batch;
    });
    const results = (await Promise.all(batches.map((b, k) => writers[k % 4]!.putDocuments(b)))).flat();
    const store = writers[0]!;
    const hashes = new Set(batches.flat().map((r) => r.source.hash));
    expect(results.filter((r) => r.status !== 'unchanged')).toHaveLength(hashes.size);
    expect(await store.countDocuments({ allVersions: true })).toBe(hashes.size);
    const db = new pg.Client(url);
    await db.connect();
    try {
      expect((await db.query('SELECT id FROM documents WHERE latest GROUP BY id HAVING COUNT(*) > 1')).rows).toEqual([]);
      expect((await db.query('SELECT id FROM documents GROUP BY id HAVING COUNT(DISTINCT version) <> COUNT(*) OR MAX(version) <> COUNT(*)')).rows).toEqual([]);
      const fromEvents = (
        await db.query(
          `SELECT substr(e.date, 1, 7) AS month, e.quad, COUNT(*)::int AS n, SUM(e.goldstein::numeric)::float8 AS g FROM events e JOIN documents d ON d.hash = e.doc_hash
           WHERE d.latest GROUP BY 1, 2 ORDER BY 1, 2`,
        )
      ).rows;
      expect((await db.query(`SELECT month, quad, events::int AS n, goldstein::float8 AS g FROM dyad_months WHERE events > 0 ORDER BY 1, 2`)).rows).toEqual(fromEvents);
    } finally {
      await db.end();
    }
    await Promise.all(writers.map((w) => w.close()));
  });

  it('stores a document too large for one search vector, and finds its words', async () => {
    const store = new PostgresStore(await fresh());
    // 3 MB of 200,000 different words: their positions alone would pass PostgreSQL's 1 MB tsvector limit.
    const words = Array.from({ length: 400_000 }, (_, i) => `word${(i * 7919) % 200_000}x`);
    await expect(store.putDocument(record('huge', `${words.join(' ')}.`))).resolves.toMatchObject({ status: 'inserted' });
    for (const i of [3, 16_000, 20_000]) expect((await store.searchDocuments({ q: words[i]! })).items.map((d) => d.id)).toEqual(['huge']);
    expect((await store.searchDocuments({ q: `"${words.slice(100, 104).join(' ')}"` })).total).toBe(1);
    expect((await store.getDocument('huge'))?.text.length).toBe(words.join(' ').length + 1);
    await store.close();
  });

  it('exports in batches, and a reader that stops early gives its connection back', async () => {
    const store = new PostgresStore(await fresh());
    for (let i = 0; i < 450; i++) await store.putDocument(record(`doc${String(i).padStart(3, '0')}`, `Body ${i}. More.`, { published: null }));
    const ids: string[] = [];
    for await (const r of store.exportDocuments()) ids.push(r.id);
    expect(ids).toHaveLength(450);
    expect(ids).toEqual([...ids].sort());
    // More early stops than the pool has connections: each must have ended its transaction and come back.
    for (let k = 0; k < 15; k++) {
      for await (const r of store.exportDocuments()) {
        expect(r.sentences).toHaveLength(2);
        break;
      }
    }
    expect(await store.countDocuments()).toBe(450);
    await store.close();
  });
});
