/**
 * `npm run bench`: throughput of readout on the real corpus in ../shared (read-only, not in the
 * repo). Prints figures; asserts nothing. Run on an idle machine and quote medians of a few runs.
 *
 *   read+clean+split+tag  documents/s and sentences/s over readouts.jsonl, one core, after warm-up
 *   ingest                documents/s into a fresh SQLite file (read, process and store; and store only)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, type DocumentRecord, readInputFile, type SourceDocument, SqliteStore } from '../src/index.js';

const corpus = fileURLToPath(new URL('../../shared/corpus/us-readouts/readouts.jsonl', import.meta.url));
if (!existsSync(corpus)) {
  console.log(`bench: ${corpus} is not here; nothing to measure (the corpus lives in ../shared beside the clone)`);
  process.exit(0);
}

async function readAll(): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for await (const item of readInputFile({ path: corpus, format: 'jsonl' })) if (item.ok) docs.push(item.source);
  return docs;
}

function rate(n: number, ms: number): string {
  return Math.round((n / ms) * 1000).toLocaleString('en-US');
}

const t0 = performance.now();
const pipeline = createPipeline();
const loadMs = performance.now() - t0;

const warm = await readAll();
for (const d of warm.slice(0, 400)) pipeline.run(d);

// read + clean + split + tag, one core: reading the JSONL is inside the timed loop.
let sentences = 0;
let tokens = 0;
let bytes = 0;
let docs = 0;
const t1 = performance.now();
for await (const item of readInputFile({ path: corpus, format: 'jsonl' })) {
  if (!item.ok) continue;
  const doc = pipeline.run(item.source);
  docs++;
  sentences += doc.sentences.length;
  tokens += doc.tokens.length;
  bytes += item.source.body.length;
}
const processMs = performance.now() - t1;

// ingest: read, process and store, one transaction per document, into a fresh database.
const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
const store = new SqliteStore(join(dir, 'bench.db'));
const records: DocumentRecord[] = [];
const t2 = performance.now();
for await (const item of readInputFile({ path: corpus, format: 'jsonl' })) {
  if (!item.ok) continue;
  const record = pipeline.process(item.source);
  records.push(record);
  await store.putDocument(record);
}
const ingestMs = performance.now() - t2;
await store.close();

// store only: the same records into another fresh database.
const store2 = new SqliteStore(join(dir, 'bench2.db'));
const t3 = performance.now();
for (const r of records) await store2.putDocument(r);
const storeMs = performance.now() - t3;
await store2.close();
rmSync(dir, { recursive: true, force: true });

const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`corpus: ${corpus}`);
console.log(`documents ${docs}, sentences ${sentences}, tokens ${tokens}, characters ${bytes}`);
console.log('');
console.log('figure                                   value');
console.log(`pipeline load (data + wink model)        ${loadMs.toFixed(0)} ms`);
console.log(`read+clean+split+tag  documents/s        ${rate(docs, processMs)}`);
console.log(`read+clean+split+tag  sentences/s        ${rate(sentences, processMs)}`);
console.log(`read+clean+split+tag  tokens/s           ${rate(tokens, processMs)}`);
console.log(`ingest into SQLite    documents/s        ${rate(docs, ingestMs)}   (read, process, store; one transaction per document)`);
console.log(`store only            documents/s        ${rate(records.length, storeMs)}   (records into SQLite)`);
console.log(`peak RSS                                 ${rssMb.toFixed(0)} MB`);
