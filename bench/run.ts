/**
 * `npm run bench`: throughput of readout on the real corpus in ../shared (read-only, not in the
 * repo) and on a synthetic stream. Prints figures; asserts nothing. Quote medians of a few runs
 * on an idle machine.
 *
 *   load                   pipeline creation: data files, compiled dictionaries, wink model
 *   read JSONL             readouts.jsonl to source documents (decoding, JSON, checks), one core
 *   clean+split+tag        raw text in memory → cleaned sentences, tokens, tags, one core
 *   raw text → events      the event coder (stages up to events: actors and events too), one core,
 *                          from the documents' raw text in memory (the read is the row above)
 *   coding only            the stages after the tagger up to events (actors, events), one core, on
 *                          documents the tagger has just read, timed per document: the part of the
 *                          work PETRARCH2's own coding time measures (it is given parsed sentences)
 *   raw text → record      the whole pipeline (meeting, participants, topics, commitments too), one core
 *                          (these one-core rows run in bench/onecore.mjs, a process of their own over
 *                          dist/ as `readout code` runs, once with Node's defaults and once with a
 *                          64 MB semi-space, the tuning ARCHITECTURE.md describes)
 *   pool                   the event coder in 1 and 2 worker threads as `readout ingest --workers`
 *                          runs it (bench/pool.mjs): one thread reads the stream and collects every
 *                          record; each pool in a child process of its own, with its peak RSS
 *   share                  the event coder in 1 and 2 worker threads, each coding its own share of
 *                          the stream (bench/share.mjs; a corpus share is read before the clock
 *                          starts, as the one-core rows read it): the coder's own scaling, as
 *                          workers that store their own results would run
 *   ingest                 read, process and store into a fresh SQLite file; store only = the time
 *                          spent in putDocument during that ingest
 *   Phoenix                the dictionary coder with PETRARCH's full Phoenix dictionaries
 *                          (eval/petrarch-sets/phoenix.set.json, files in ../shared), in its own
 *                          process (bench/phoenix.mjs): load time, RSS, raw text → events, one core
 *
 * BENCH_SYNTHETIC=N sets the synthetic stream's size in sentences (default 1,000,000).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, readInputFile, SqliteStore } from '../src/index.js';

/** A bigger young generation for the one-core coder (ARCHITECTURE.md, "The young generation"). */
const YOUNG = '--max-semi-space-size=64';
const corpus = fileURLToPath(new URL('../../shared/corpus/us-readouts/readouts.jsonl', import.meta.url));
const syntheticSentences = Number(process.env.BENCH_SYNTHETIC ?? 1_000_000);

function rate(n: number, ms: number): string {
  return Math.round((n / ms) * 1000).toLocaleString('en-US');
}

/** A run of bench/pool.mjs or bench/share.mjs (over the compiled dist/) in a child process, so the peak RSS reported is its own. */
function inWorkers(script: 'pool' | 'share', workers: number, source: 'corpus' | 'synthetic'): { ms: number; docs: number; sentences: number; events: number; rssMB: number } {
  const pool = fileURLToPath(new URL(`./${script}.mjs`, import.meta.url));
  const out = execFileSync(process.execPath, [pool, source, String(workers), corpus, String(syntheticSentences)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const rows: [string, string][] = [];
const t0 = performance.now();
const pipeline = createPipeline();
rows.push(['pipeline load (data, dictionaries, wink model)', `${(performance.now() - t0).toFixed(0)} ms`]);

if (existsSync(corpus)) {
  const oneCore = (flags: string[]) => JSON.parse(execFileSync(process.execPath, [...flags, fileURLToPath(new URL('./onecore.mjs', import.meta.url)), corpus], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop()!);
  const one = oneCore([]);
  const young = oneCore([YOUNG]);
  const { tag, coded, codingAlone, full } = one;
  rows.push(['read JSONL, one core: documents/s', `${rate(one.docs, one.readMs)}   (cold, the first pass over the file)`]);
  rows.push(['clean+split+tag, one core: documents/s', rate(tag.docs, tag.ms)]);
  rows.push(['clean+split+tag, one core: sentences/s', rate(tag.sentences, tag.ms)]);
  rows.push(['raw text → events, one core: sentences/s', `${rate(coded.sentences, coded.ms)}   (${coded.events} events in ${coded.docs} documents)`]);
  rows.push(['tagged text → events (coding only), one core: sentences/s', `${rate(codingAlone.sentences, codingAlone.ms)}   (as PETRARCH2's coding time, which is given parsed sentences)`]);
  rows.push(['raw text → whole record, one core: sentences/s', `${rate(full.sentences, full.ms)}   (meeting, participants, topics, commitments too)`]);
  rows.push(['peak RSS, one process: coder passes / whole record passes too', `${one.coderRssMB} MB / ${one.fullRssMB} MB   (every source document held in memory)`]);
  rows.push([`raw text → events, one core, ${YOUNG}: sentences/s`, `${rate(young.coded.sentences, young.coded.ms)}   (whole record ${rate(young.full.sentences, young.full.ms)}; peak RSS ${young.coderRssMB} MB / ${young.fullRssMB} MB)`]);
  for (const script of ['pool', 'share'] as const) {
    for (const n of [1, 2]) {
      const r = inWorkers(script, n, 'corpus');
      rows.push([`raw text → events, ${script}, ${n} worker thread${n > 1 ? 's' : ''}: sentences/s`, `${rate(r.sentences, r.ms)}   (peak RSS of that process ${r.rssMB} MB)`]);
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  let docs = 0;
  let storeMs = 0;
  const t2 = performance.now();
  for await (const item of readInputFile({ path: corpus, format: 'jsonl' })) {
    if (!item.ok) continue;
    const record = pipeline.process(item.source);
    const t3 = performance.now();
    await store.putDocument(record);
    storeMs += performance.now() - t3;
    docs++;
  }
  const ingestMs = performance.now() - t2;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  rows.push(['ingest into SQLite, one core: documents/s', `${rate(docs, ingestMs)}   (read, process, store; one transaction per document)`]);
  rows.push(['store only: documents/s', `${rate(docs, storeMs)}   (the putDocument calls of that ingest)`]);

  const phoenixSet = fileURLToPath(new URL('../eval/petrarch-sets/phoenix.set.json', import.meta.url));
  const script = fileURLToPath(new URL('./phoenix.mjs', import.meta.url));
  const phx = JSON.parse(execFileSync(process.execPath, [script, corpus, phoenixSet], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop()!);
  const ownRate = coded.sentences / coded.ms;
  rows.push(['Phoenix dictionaries (PETRARCH format): load', `${phx.loadMs.toFixed(0)} ms   (RSS ${phx.rssLoadMB} MB once loaded; ${phx.notes} lines skipped or not applied, see readout explain)`]);
  rows.push(['Phoenix dictionaries: raw text → events, one core: sentences/s', `${rate(phx.sentences, phx.ms)}   (${phx.events} events; ${((phx.sentences / phx.ms / ownRate) * 100).toFixed(0)}% of the built-in coder's rate above; peak RSS ${phx.rssMB} MB)`]);
} else {
  rows.push(['corpus', `${corpus} is not here; corpus figures skipped (it lives in ../shared beside the clone)`]);
}

if (syntheticSentences > 0) {
  for (const script of ['pool', 'share'] as const) {
    for (const n of [1, 2]) {
      const r = inWorkers(script, n, 'synthetic');
      rows.push([`synthetic (${r.sentences.toLocaleString('en-US')} sentences), ${script}, ${n} worker thread${n > 1 ? 's' : ''}: sentences/s`, `${rate(r.sentences, r.ms)}   (${r.events.toLocaleString('en-US')} events; peak RSS ${r.rssMB} MB)`]);
    }
  }
}

const width = Math.max(...rows.map(([k]) => k.length)) + 2;
console.log(existsSync(corpus) ? `corpus: ${corpus}` : '');
for (const [k, v] of rows) console.log(`${k.padEnd(width)}${v}`);
