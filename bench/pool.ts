/**
 * One worker-pool measurement in a process of its own, so its peak RSS is the pool's alone:
 * `node --import tsx bench/pool.ts <corpus|synthetic> <workers> <corpus file> <synthetic sentences>`.
 * Prints one JSON line: counts, milliseconds, peak RSS in MB.
 */
import { Worker } from 'node:worker_threads';

const [source, workersArg, corpus, syntheticArg] = process.argv.slice(2);
const workers = Number(workersArg);
const pool = Array.from(
  { length: workers },
  (_, index) =>
    new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { corpus: source === 'corpus' ? corpus : null, index, workers, synthetic: Number(syntheticArg) },
    }),
);
await Promise.all(pool.map((w) => new Promise((resolve) => w.once('message', resolve))));
const t = performance.now();
const results = await Promise.all(
  pool.map(
    (w) =>
      new Promise<{ docs: number; sentences: number; events: number }>((resolve) => {
        w.once('message', resolve);
        w.postMessage('go');
      }),
  ),
);
const ms = performance.now() - t;
await Promise.all(pool.map((w) => w.terminate()));
const total = results.reduce((a, r) => ({ docs: a.docs + r.docs, sentences: a.sentences + r.sentences, events: a.events + r.events }), { docs: 0, sentences: 0, events: 0 });
console.log(JSON.stringify({ ...total, ms, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
