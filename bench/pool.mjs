/**
 * One worker-pool measurement in a process of its own, so its peak RSS is the pool's alone:
 * `node bench/pool.mjs <corpus|synthetic> <workers> <corpus file> <synthetic sentences>`.
 * Plain JavaScript over the compiled library (dist/), as a user's install runs it: a TypeScript
 * loader in this process would add its own memory to the figure. It drives `WorkerPool` the way
 * `readout ingest --workers` does: this thread reads or makes documents and keeps a few in flight
 * per worker. Prints one JSON line: counts, milliseconds, peak RSS in MB.
 */
import { readInputFile } from '../dist/input/readInputs.js';
import { WorkerPool } from '../dist/workers/WorkerPool.js';
import { syntheticDocuments } from './synthetic.mjs';

const [kind, workersArg, corpus, syntheticArg] = process.argv.slice(2);
const pool = await WorkerPool.start({ size: Number(workersArg), upTo: 'events' });

async function* sources() {
  if (kind === 'corpus') {
    for await (const item of readInputFile({ path: corpus, format: 'jsonl' })) if (item.ok) yield item.source;
    return;
  }
  let i = 0;
  for (const body of syntheticDocuments(Number(syntheticArg))) yield { id: `syn-${i}`, origin: `syn-${i++}`, format: 'text', body, date: '2024-01-01', publisher: 'U.S. Department of State' };
}

/** Codes every document (or the first `limit`) with at most `pool.window` in flight, as the CLI does. */
async function codeAll(limit = Number.POSITIVE_INFINITY) {
  const total = { docs: 0, sentences: 0, events: 0 };
  const inFlight = [];
  const take = async () => {
    const r = await inFlight.shift();
    total.docs++;
    total.sentences += r.sentences.length;
    total.events += r.events.length;
  };
  let n = 0;
  for await (const source of sources()) {
    if (n++ >= limit) break;
    inFlight.push(pool.process(source));
    while (inFlight.length >= pool.window) await take();
  }
  while (inFlight.length > 0) await take();
  return total;
}

// Warm every worker's JIT on a first share of documents: figures are for a long-running process.
await codeAll(kind === 'corpus' ? 3000 : 2000);
const t = performance.now();
const total = await codeAll();
const ms = performance.now() - t;
await pool.close();
console.log(JSON.stringify({ ...total, ms, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
