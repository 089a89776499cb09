/**
 * `npm run bench:server-cost`: where the PostgreSQL server's CPU per stored document goes. Prints
 * figures; asserts nothing.
 *
 * SERVER_COST_DOCS invented documents (bench/scale/generate.mjs, default 1,000) are coded once; then,
 * for each variant, a fresh database takes them through the store's own write statement
 * (WRITE_DOCUMENT_ROWS), 100 documents a transaction as `readout worker` writes a batch, and the
 * server's CPU time (the postmaster and its children) is read before and after. A variant leaves
 * one part of the write out, so the difference from `stored as is` is what that part costs:
 *
 *   stored as is             the statement and parameters the store sends
 *   no search vector         the three texts of the search vector empty
 *   no sentences             no sentence rows
 *   no events                no event rows (and so no timeline changes)
 *   no timeline changes      the event rows, but no summary changes computed from them
 *   no record JSON           the record column '{}'
 *
 * Each variant runs SERVER_COST_ROUNDS times (default 3), in turn with the others; the median is
 * printed. CPU time moves less than wall time when others share the cores, but it does move: read
 * the figures of one run against each other, not against another day's.
 */
import pg from 'pg';
import { createPipeline, type DocumentRecord, PostgresStore } from '../../src/index.js';
import { WRITE_DOCUMENT_ROWS, writeDocumentParams } from '../../src/storage/postgres/writeDocument.js';
import { findPgBin, startPgCluster } from '../../test/pgCluster.js';
import { generateDocuments } from './generate.mjs';
import { postmasterOf, serverCpu } from './serverCpu.js';

const DOCS = Number(process.env.SERVER_COST_DOCS ?? 1000);
const ROUNDS = Number(process.env.SERVER_COST_ROUNDS ?? 3);
const BATCH = 100;
const SETTLE_MS = 500;

/** Parameter positions of writeDocumentParams (0-based) that the variants blank. */
const RECORD = 9;
const SEARCH = [12, 13, 14];
const SENTENCES = [15, 16, 17, 18];
const EVENTS = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37];

const TIMELINE_FILTER = "WHERE dyad <> '' AND date IS NOT NULL";
if (!WRITE_DOCUMENT_ROWS.includes(TIMELINE_FILTER)) throw new Error('the write statement no longer filters its timeline changes as this benchmark expects: update bench/scale/serverCost.ts');

const blank = (positions: number[], value: (old: unknown) => unknown) => (p: unknown[]) => p.map((v, k) => (positions.includes(k) ? value(v) : v));
const variants: { name: string; sql: string; params: (p: unknown[]) => unknown[] }[] = [
  { name: 'stored as is', sql: WRITE_DOCUMENT_ROWS, params: (p) => p },
  { name: 'no search vector', sql: WRITE_DOCUMENT_ROWS, params: blank(SEARCH, () => '') },
  { name: 'no sentences', sql: WRITE_DOCUMENT_ROWS, params: blank(SENTENCES, () => []) },
  { name: 'no events', sql: WRITE_DOCUMENT_ROWS, params: blank(EVENTS, () => []) },
  { name: 'no timeline changes', sql: WRITE_DOCUMENT_ROWS.replace(TIMELINE_FILTER, 'WHERE false'), params: (p) => p },
  { name: 'no record JSON', sql: WRITE_DOCUMENT_ROWS, params: blank([RECORD], () => '{}') },
];

const pipeline = createPipeline();
const records: DocumentRecord[] = [];
for (const d of generateDocuments(DOCS, 3)) {
  records.push(pipeline.process({ id: d.id, origin: d.id, format: 'text', body: d.text, title: d.title, publisher: d.publisher, date: d.date }));
}
const events = records.reduce((a, r) => a + r.events.length, 0);
console.log(`${DOCS.toLocaleString('en-US')} documents, ${(events / DOCS).toFixed(1)} events and ${(records.reduce((a, r) => a + r.sentences.length, 0) / DOCS).toFixed(1)} sentences each`);

const bin = findPgBin();
if (!bin) throw new Error('no PostgreSQL binaries (apt-get install postgresql, or set READOUT_PG_BIN)');
// The settings of bench/scale/run.ts: a durable server as one would configure it here.
const cluster = await startPgCluster(bin, { durable: true, settings: { shared_buffers: '1GB', maintenance_work_mem: '512MB', max_wal_size: '8GB', work_mem: '64MB' } });
const admin = new pg.Client(cluster.url);
try {
  await admin.connect();
  const postmaster = await postmasterOf(admin);
  const perDoc = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  let n = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const v of variants) {
      const name = `cost_${n++}`;
      await admin.query(`CREATE DATABASE ${name}`);
      const url = cluster.databaseUrl(name);
      // The store brings the schema up; the writes then go through one connection of our own.
      const store = new PostgresStore(url);
      await store.countDocuments();
      await store.close();
      const db = new pg.Client(url);
      await db.connect();
      const now = new Date().toISOString();
      const params = records.map((r) => v.params(writeDocumentParams(r, now)));
      // A backend that has exited counts only once the postmaster has reaped it: let the store's settle.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const cpu0 = serverCpu(postmaster);
      for (let b = 0; b < params.length; b += BATCH) {
        await db.query('BEGIN; SET LOCAL synchronous_commit = off');
        for (const p of params.slice(b, b + BATCH)) await db.query({ name: 'write', text: v.sql, values: p });
        await db.query('COMMIT');
      }
      // Read while the writing backend is alive: an exited one not yet reaped shows no CPU at all.
      perDoc.get(v.name)!.push(((serverCpu(postmaster) - cpu0) * 1000) / DOCS);
      await db.end();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const base = median(perDoc.get('stored as is')!);
  for (const [name, xs] of perDoc) {
    const m = median(xs);
    console.log(`${name.padEnd(20)} server CPU ${m.toFixed(2)} ms per document${name === 'stored as is' ? '' : `  (${(base - m).toFixed(2)} ms less)`}   runs: ${xs.map((x) => x.toFixed(2)).join(', ')}`);
  }
} finally {
  await admin.end();
  cluster.stop();
}
