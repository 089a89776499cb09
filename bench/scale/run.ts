/**
 * `npm run bench:scale`: readout at scale on this machine. Prints figures; asserts nothing.
 *
 *   corpus     SCALE_DOCS invented documents (bench/scale/generate.mjs) to a JSONL file
 *   SQLite     `readout ingest CORPUS --workers 1`, then `--workers 0` (all cores), into fresh files
 *   PostgreSQL `readout enqueue CORPUS --batch-size SCALE_BATCH` once into a fresh database, then
 *              1, 2, 4 `readout worker --concurrency 1 --exit-when-idle` processes started together
 *              (a fresh database and queue for each count), on a throwaway local cluster
 *   timeline   SCALE_EVENTS events bulk-loaded into the store's own tables (see loadEvents), then
 *              `dyadTimeline('USA-CHN')` whole and over a date range, SCALE_RUNS times each
 *
 * Rates are documents over wall-clock time from starting the processes to the last one's exit
 * (pipeline load included, as a user running the command sees it). The machine's load average is
 * printed beside each figure: other people's work on a shared machine moves them.
 *
 * Knobs: SCALE_DOCS (default 1,000,000), SCALE_WORKERS (default "1,2,4"; "" skips the PostgreSQL
 * throughput), SCALE_EVENTS (default 10,000,000; 0 skips the timeline), SCALE_RUNS (default 9),
 * SCALE_BATCH (documents per queued batch, default 100), SCALE_CORPUS (an existing JSONL file to use instead of generating one), SCALE_SQLITE=0 (skip SQLite).
 *
 * How long, measured here (2 cores, shared): a million documents are generated in 11-20 s; a
 * document costs about 3.1 ms of CPU to code and a worker 1.5-1.9 ms more on the server, so the
 * five throughput runs over the default million documents would take an estimated 4-5 hours on
 * an idle machine (not run in full: docs/scaling.md quotes SCALE_DOCS=10000 and 20000 runs, 4-8 minutes each);
 * the 10M-event load and the timeline queries take about 5 minutes.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createPipeline, type DocumentRecord, PostgresStore, readInputFile } from '../../src/index.js';
import { findPgBin, startPgCluster } from '../../test/pgCluster.js';
import { writeCorpus } from './generate.mjs';
import { postmasterOf, serverCpu } from './serverCpu.js';

const env = process.env;
const DOCS = Number(env.SCALE_DOCS ?? 1_000_000);
const WORKERS = (env.SCALE_WORKERS ?? '1,2,4').split(',').filter(Boolean).map(Number);
const EVENTS = Number(env.SCALE_EVENTS ?? 10_000_000);
const RUNS = Number(env.SCALE_RUNS ?? 9);
const BATCH = Number(env.SCALE_BATCH ?? 100);
const root = fileURLToPath(new URL('../..', import.meta.url));
const readout = join(root, 'bin/readout.js');

const load = () => `load ${loadavg()[0]!.toFixed(2)}`;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const say = (line: string) => console.log(line);

/** Runs a command to its exit; rejects on a non-zero status, with its stderr. */
function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${err}`))));
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await work();
  return { ms: performance.now() - t, value };
}

/** CPU seconds of this process's children that have exited (cutime + cstime): the commands the bench ran and waited for. */
function childrenCpu(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(rest[16 - 3]) + Number(rest[17 - 3])) / 100;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'readout-scale-'));
let corpus = env.SCALE_CORPUS ?? '';
if (!corpus) {
  corpus = join(dir, 'corpus.jsonl');
  const out = createWriteStream(corpus);
  const { ms } = await timed(async () => {
    await writeCorpus(out, DOCS, 1);
    out.end();
    await finished(out);
  });
  say(`corpus: ${fmt(DOCS)} documents generated in ${fmt(ms / 1000, 1)} s (${load()})`);
}
let docsInCorpus = 0;
for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Number.POSITIVE_INFINITY })) if (line) docsInCorpus++;

const bin = findPgBin();
if (!bin) throw new Error('no PostgreSQL binaries (apt-get install postgresql, or set READOUT_PG_BIN)');
// A server as one would configure it for this machine's 24 GB: durable, a quarter of memory for
// buffers would be 6 GB, but the machine is shared, so 1 GB; WAL large enough that bulk loads
// do not checkpoint every few seconds.
const cluster = await startPgCluster(bin, { durable: true, settings: { shared_buffers: '1GB', maintenance_work_mem: '512MB', max_wal_size: '8GB', work_mem: '64MB' } });
const admin = new pg.Client(cluster.url);
await admin.connect();
// The postmaster is the parent of every backend, this connection's too.
const postmaster = await postmasterOf(admin);
const newDatabase = async (name: string) => {
  await admin.query(`CREATE DATABASE ${name}`);
  return cluster.databaseUrl(name);
};

try {
  const rates = new Map<string, number>();
  if (env.SCALE_SQLITE !== '0') {
    for (const workers of [1, 0]) {
      const db = join(dir, `sqlite-${workers}.db`);
      const before = load();
      const cpu0 = childrenCpu();
      const { ms } = await timed(() => run(process.execPath, [readout, 'ingest', corpus, '--db', db, '--workers', String(workers), '--no-progress', '--quiet']));
      const rate = (docsInCorpus / ms) * 1000;
      rates.set(`sqlite-${workers}`, rate);
      say(`SQLite  readout ingest --workers ${workers} (${workers === 1 ? 'one thread' : 'all cores'}): ${fmt(docsInCorpus)} docs in ${fmt(ms / 1000, 1)} s = ${fmt(rate)} docs/s (${before} → ${load()})`);
      // CPU per document moves far less than wall time when others share the cores.
      say(`  readout's CPU: ${fmt(((childrenCpu() - cpu0) * 1000) / docsInCorpus, 2)} ms per document`);
      rmSync(db, { force: true });
    }
  }

  for (const n of WORKERS) {
    const url = await newDatabase(`scale_w${n}`);
    const queued = await timed(() => run(process.execPath, [readout, 'enqueue', corpus, '--db', url, '--batch-size', String(BATCH), '--quiet']));
    say(`PostgreSQL readout enqueue --batch-size ${BATCH}: ${fmt(docsInCorpus)} docs queued in ${fmt(queued.ms / 1000, 1)} s (${load()})`);
    const before = load();
    const cpu0 = serverCpu(postmaster);
    const workerCpu0 = childrenCpu();
    // One coding thread per process: "N workers" is N processes, as N machines of one core would run.
    const args = [readout, 'worker', '--db', url, '--exit-when-idle', '--concurrency', '1', '--quiet'];
    const { ms } = await timed(() => Promise.all(Array.from({ length: n }, () => run(process.execPath, args))));
    const serverMs = (serverCpu(postmaster) - cpu0) * 1000;
    const db = new pg.Client(url);
    await db.connect();
    const { docs, events } = (await db.query('SELECT (SELECT COUNT(*) FROM documents)::int AS docs, (SELECT COUNT(*) FROM events)::int AS events')).rows[0];
    // The tables' own size, without the few MB of catalog every database has (nor the queue's tables).
    const size = (await db.query(`SELECT SUM(pg_total_relation_size(c.oid)) AS b FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r'`)).rows[0].b;
    await db.end();
    const rate = (docs / ms) * 1000;
    rates.set(`pg-${n}`, rate);
    const vs1 = rates.has('pg-1') ? `, ${fmt(rate / rates.get('pg-1')!, 2)}x one worker` : '';
    const vsSqlite = rates.has('sqlite-1') ? `, ${fmt((rate / rates.get('sqlite-1')!) * 100)}% of SQLite --workers 1` : '';
    say(`PostgreSQL ${n} x readout worker --concurrency 1 --exit-when-idle: ${fmt(docs)} docs (${fmt(events)} events) in ${fmt(ms / 1000, 1)} s = ${fmt(rate)} docs/s${vs1}${vsSqlite} (${before} → ${load()})`);
    say(`  workers' CPU: ${fmt(((childrenCpu() - workerCpu0) * 1000) / docs, 2)} ms per document`);
    say(`  PostgreSQL server CPU: ${fmt(serverMs / 1000, 1)} s = ${fmt(serverMs / docs, 2)} ms per document (${fmt(serverMs / ms, 2)} cores while the workers ran)`);
    say(`  tables with their indexes: ${fmt(Number(size) / 2 ** 20)} MB = ${fmt(Number(size) / docs / 1024, 1)} KB per document`);
    await admin.query(`DROP DATABASE scale_w${n} WITH (FORCE)`);
  }

  if (EVENTS > 0) await timeline(await newDatabase('scale_events'));
} finally {
  await admin.end();
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Coded events to copy: the first documents of the corpus through the pipeline, so that loaded
 * rows carry codes, scores and event JSON of the sizes real ones have.
 */
async function codedRecords(limit: number): Promise<DocumentRecord[]> {
  const pipeline = createPipeline();
  const records: DocumentRecord[] = [];
  for await (const item of readInputFile({ path: corpus, format: 'jsonl' })) {
    if (item.ok) records.push(pipeline.process(item.source));
    if (records.length >= limit) break;
  }
  return records;
}

/**
 * Fills the store's tables with EVENTS events in bulk: documents of 10 events each, every event
 * copied from a really coded one (code, root, quad, Goldstein, JSON) with a date and a dyad of its
 * own. Dyads follow a skewed law over 40 states (the first two, USA and CHN, meet most: about 6%
 * of dyadic events); a fifth of events have no dyad, as coded ones often do not. Dates spread
 * over 2000-2025. All deterministic: pseudo-random numbers are hashes of row numbers.
 *
 * The event table's indexes and foreign key are dropped during the load and created again from
 * their own definitions (the usual way to bulk-load). dyad_months is then computed in one
 * aggregate over the loaded events with the same grouping and the same exact numeric sums as
 * WRITE_DOCUMENT's incremental upserts, so it holds what writing the events one document at a time
 * would have left; documents written afterwards through putDocument add to it incrementally, and
 * the timeline is checked against an aggregate over the events themselves.
 */
async function loadEvents(db: pg.Client, store: PostgresStore, templates: DocumentRecord[]): Promise<void> {
  const events = templates.flatMap((r) => r.events);
  await db.query('CREATE TEMP TABLE bulk_templates (n int PRIMARY KEY, code text, root text, quad int, goldstein float8, sentence int, event json)');
  await db.query(
    'INSERT INTO bulk_templates SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::float8[], $6::int[], $7::json[])',
    [events.map((_, i) => i), events.map((e) => e.code), events.map((e) => e.root), events.map((e) => e.quad), events.map((e) => e.goldstein), events.map((e) => e.sentence), events.map((e) => JSON.stringify(e))],
  );
  const states = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'JPN', 'IND', 'UKR', 'ISR', 'IRN', 'KOR', 'PRK', 'TUR', 'SAU', 'PAK', 'AFG', 'IRQ', 'SYR', 'EGY', 'CAN', 'AUS', 'BRA', 'MEX', 'ZAF', 'NGA', 'IDN', 'VNM', 'PHL', 'POL', 'ITA', 'ESP', 'TWN', 'QAT', 'ARE', 'ETH', 'KEN', 'VEN', 'CUB', 'KAZ'];
  const pairs: { dyad: string; w: number }[] = [];
  for (let a = 0; a < states.length; a++) for (let b = a + 1; b < states.length; b++) pairs.push({ dyad: [states[a], states[b]].sort().join('-'), w: 1 / ((a + 1) * (b + 1)) });
  const sum = pairs.reduce((s, p) => s + p.w, 0);
  let cum = 0;
  await db.query('CREATE TEMP TABLE bulk_dyads (cum float8 PRIMARY KEY, dyad text)');
  await db.query('INSERT INTO bulk_dyads SELECT * FROM unnest($1::float8[], $2::text[])', [pairs.map((p) => (cum += p.w / sum)), pairs.map((p) => p.dyad)]);
  await db.query('UPDATE bulk_dyads SET cum = 2 WHERE cum = (SELECT MAX(cum) FROM bulk_dyads)');
  await db.query(`CREATE FUNCTION pg_temp.u(i bigint, salt int) RETURNS float8 IMMUTABLE LANGUAGE sql AS $$ SELECT (hashint8(i * 8191 + salt) & 2147483647)::float8 / 2147483648 $$`);

  const perDoc = 10;
  const docs = Math.ceil(EVENTS / perDoc);
  const t = performance.now();
  await db.query(`CREATE TEMP TABLE bulk_docs AS
    SELECT i, md5('bulk-' || i) AS hash, to_char(date '2000-01-01' + (pg_temp.u(i, 1) * 9496)::int, 'YYYY-MM-DD') AS date,
           (SELECT dyad FROM bulk_dyads WHERE cum >= pg_temp.u(i, 2) ORDER BY cum LIMIT 1) AS dyad
    FROM generate_series(1, ${docs}) i`);
  await db.query(`INSERT INTO documents (hash, id, version, publisher, published, reference_date, text, record, sentence_count, ingested_at)
    SELECT hash, 'bulk-' || i, 1, 'bulk', date, date, '', '{}', 0, '2026-01-01T00:00:00Z' FROM bulk_docs`);
  const fk = (await db.query(`SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'events'::regclass ORDER BY contype`)).rows;
  const indexes = (await db.query(`SELECT indexdef FROM pg_indexes WHERE tablename = 'events' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'events'::regclass)`)).rows;
  for (const c of fk) await db.query(`ALTER TABLE events DROP CONSTRAINT ${c.conname}`);
  await db.query(`DROP INDEX ${(await db.query(`SELECT string_agg(indexname, ', ') AS l FROM pg_indexes WHERE tablename = 'events'`)).rows[0].l}`);
  const chunk = 100_000;
  for (let lo = 1; lo <= docs; lo += chunk) {
    await db.query(
      `INSERT INTO events (doc_hash, idx, date, code, root, quad, goldstein, source_party, target_party, dyad, sentence, event)
       SELECT d.hash, j, d.date, t.code, t.root, t.quad, t.goldstein,
              CASE WHEN pg_temp.u(d.i * 16 + j, 4) < 0.5 THEN split_part(d.dyad, '-', 1) ELSE split_part(d.dyad, '-', 2) END,
              CASE WHEN dyadic THEN CASE WHEN pg_temp.u(d.i * 16 + j, 4) < 0.5 THEN split_part(d.dyad, '-', 2) ELSE split_part(d.dyad, '-', 1) END END,
              CASE WHEN dyadic THEN d.dyad ELSE '' END, t.sentence, t.event
       FROM bulk_docs d CROSS JOIN generate_series(0, ${perDoc - 1}) j
         CROSS JOIN LATERAL (SELECT pg_temp.u(d.i * 16 + j, 3) >= 0.2 AS dyadic) x
         JOIN bulk_templates t ON t.n = (d.i * ${perDoc} + j) % ${events.length}
       WHERE d.i BETWEEN $1 AND $2`,
      [lo, Math.min(docs, lo + chunk - 1)],
    );
  }
  const loaded = performance.now();
  for (const c of fk) await db.query(`ALTER TABLE events ADD CONSTRAINT ${c.conname} ${c.def}`);
  for (const i of indexes) await db.query(i.indexdef);
  const indexed = performance.now();
  await db.query(`INSERT INTO dyad_months (dyad, month, quad, events, goldstein)
    SELECT dyad, substr(date, 1, 7), quad, COUNT(*), SUM(goldstein::numeric) FROM events WHERE dyad <> '' AND date IS NOT NULL GROUP BY 1, 2, 3`);
  await db.query('ANALYZE');
  const summarised = performance.now();
  say(
    `  loaded ${fmt(docs * perDoc)} events in ${fmt(docs)} documents: rows ${fmt((loaded - t) / 1000, 0)} s, keys and indexes ${fmt((indexed - loaded) / 1000, 0)} s, dyad_months ${fmt((summarised - indexed) / 1000, 0)} s (${load()})`,
  );
  // The store's own write path on top of the bulk load: these add to dyad_months incrementally.
  for (const r of templates) await store.putDocument(r);
}

async function timeline(url: string): Promise<void> {
  say(`timeline: ${fmt(EVENTS)} events on PostgreSQL`);
  const templates = await codedRecords(300);
  const store = new PostgresStore(url);
  await store.revision(); // creates the schema
  const db = new pg.Client(url);
  await db.connect();
  try {
    await loadEvents(db, store, templates);
    const n = (await db.query(`SELECT COUNT(*)::int AS n FROM events WHERE dyad = 'CHN-USA'`)).rows[0].n;
    say(`  CHN-USA events: ${fmt(n)}`);

    // The summary must give what counting the events gives.
    const summary = await store.dyadTimeline('USA-CHN');
    const direct = (
      await db.query(`SELECT substr(e.date, 1, 7) AS month, COUNT(*)::int AS n FROM events e JOIN documents d ON d.hash = e.doc_hash
                      WHERE d.latest AND e.dyad = 'CHN-USA' AND e.date IS NOT NULL GROUP BY 1 ORDER BY 1`)
    ).rows;
    const same = summary.length === direct.length && summary.every((m, i) => m.month === direct[i].month && m.events === direct[i].n);
    say(`  dyad_months agrees with counting the events: ${same ? 'yes' : 'NO'} (${summary.length} months)`);

    const range = { from: '2019-03-15', to: '2023-08-20' };
    const calls: [string, () => Promise<unknown>][] = [
      ["dyadTimeline('USA-CHN')", () => store.dyadTimeline('USA-CHN')],
      [`dyadTimeline('USA-CHN', ${range.from}..${range.to})`, () => store.dyadTimeline('USA-CHN', range)],
      [
        'for comparison, without the summary: GROUP BY over the events (SQL only)',
        () =>
          db.query(`SELECT substr(e.date, 1, 7), e.quad, COUNT(*), SUM(e.goldstein) FROM events e JOIN documents d ON d.hash = e.doc_hash
                    WHERE d.latest AND e.dyad = 'CHN-USA' GROUP BY 1, 2`),
      ],
    ];
    for (const [label, call] of calls) {
      const first = (await timed(call)).ms;
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) ms.push((await timed(call)).ms);
      say(`  ${label}: first ${fmt(first, 1)} ms, then ${RUNS} runs median ${fmt(median(ms), 1)} ms, max ${fmt(Math.max(...ms), 1)} ms (${load()})`);
    }

    const sizes = (
      await db.query(`SELECT c.relname AS name, pg_total_relation_size(c.oid) AS total, pg_relation_size(c.oid) AS heap, pg_indexes_size(c.oid) AS indexes
                      FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
                      WHERE s.nspname = 'public' AND c.relkind = 'r' ORDER BY 2 DESC`)
    ).rows;
    const all = (await db.query('SELECT pg_database_size(current_database()) AS b')).rows[0].b;
    const mb = (b: unknown) => fmt(Number(b) / 2 ** 20);
    say(`  on disk: database ${mb(all)} MB; ${sizes.map((r) => `${r.name} ${mb(r.total)} MB (indexes ${mb(r.indexes)})`).join('; ')}`);
    const ev = sizes.find((r) => r.name === 'events');
    say(`  events table with its indexes: ${fmt(Number(ev.total) / (EVENTS / 1e6) / 2 ** 20)} MB per million events`);
  } finally {
    await db.end();
    await store.close();
  }
}
