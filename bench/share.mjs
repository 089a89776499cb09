/**
 * The event coder on every core, each worker thread coding its own share of the stream, as
 * workers that store their own results would: the coder's own scaling, without one thread
 * collecting every record (bench/pool.mjs measures that path).
 * `node bench/share.mjs <corpus|synthetic> <workers> <corpus file> <synthetic sentences>`, over
 * the compiled dist/, with the young generation WorkerPool gives its workers. Prints one JSON line:
 * counts, milliseconds, peak RSS in MB.
 */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

if (isMainThread) {
  const [kind, workersArg, corpus, syntheticArg] = process.argv.slice(2);
  const n = Number(workersArg);
  const pool = Array.from({ length: n }, (_, index) => new Worker(new URL(import.meta.url), { workerData: { kind, index, n, corpus, sentences: Number(syntheticArg) }, resourceLimits: { maxYoungGenerationSizeMb: 16 } }));
  await Promise.all(pool.map((w) => new Promise((resolve) => w.once('message', resolve))));
  const t = performance.now();
  const results = await Promise.all(pool.map((w) => new Promise((resolve) => { w.once('message', resolve); w.postMessage('go'); })));
  const ms = performance.now() - t;
  await Promise.all(pool.map((w) => w.terminate()));
  const total = results.reduce((a, r) => ({ docs: a.docs + r.docs, sentences: a.sentences + r.sentences, events: a.events + r.events }), { docs: 0, sentences: 0, events: 0 });
  console.log(JSON.stringify({ ...total, ms, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  const { createPipeline } = await import('../dist/pipeline/defaultPipeline.js');
  const { Pipeline } = await import('../dist/pipeline/Pipeline.js');
  const { parseJsonlLine } = await import('../dist/input/parseJsonlLine.js');
  const { syntheticDocuments } = await import('./synthetic.mjs');
  const { kind, index, n, corpus, sentences } = workerData;
  const full = createPipeline();
  const coder = new Pipeline(full.stages.slice(0, full.names.indexOf('events') + 1));
  // The corpus share is read and parsed once, before the clock starts: the figure is the coder's,
  // and every worker reading the whole file would otherwise count its read n times over.
  const lines = kind === 'corpus' ? readFileSync(corpus, 'utf8').split('\n') : [];
  const sources = [];
  for (let i = index; i < lines.length; i += n) if (lines[i]) sources.push(parseJsonlLine(lines[i], `${corpus}:${i + 1}`));
  function* share() {
    if (kind === 'corpus') {
      yield* sources;
      return;
    }
    let i = 0;
    for (const body of syntheticDocuments(Math.ceil(sentences / n), 7 + index)) yield { id: `syn-${index}-${i}`, origin: `syn-${i++}`, format: 'text', body, date: '2024-01-01', publisher: 'U.S. Department of State' };
  }
  // One untimed pass over the share warms the JIT: figures are for a long-running worker.
  let warm = 0;
  for (const source of share()) if (kind === 'corpus' || warm++ < 2000) coder.run(source); else break;
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    const total = { docs: 0, sentences: 0, events: 0 };
    for (const source of share()) {
      const doc = coder.run(source);
      total.docs++;
      total.sentences += doc.sentences.length;
      total.events += doc.events.length;
    }
    parentPort.postMessage(total);
  });
}
