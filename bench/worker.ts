import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline, Pipeline, type SourceDocument } from '../src/index.js';
import { parseJsonlLine } from '../src/input/parseJsonlLine.js';
import { syntheticDocuments } from './synthetic.js';

/** A benchmark worker: builds its own event coder (the stages up to events), waits for "go", codes its share, reports counts. */
const { corpus, index, workers, synthetic } = workerData as { corpus: string | null; index: number; workers: number; synthetic: number };
const full = createPipeline();
const pipeline = new Pipeline(full.stages.slice(0, full.names.indexOf('events') + 1));
const docs: SourceDocument[] = [];
if (corpus) {
  // Largest documents first, each to the worker with the least text so far: equal shares of work.
  const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
  const order = lines.map((l, i) => [l.length, i] as const).sort((a, b) => b[0] - a[0]);
  const load = new Array<number>(workers).fill(0);
  for (const [size, i] of order) {
    const w = load.indexOf(Math.min(...load));
    load[w]! += size;
    if (w !== index) continue;
    docs.push(parseJsonlLine(lines[i]!, `${corpus}:${i + 1}`));
  }
} else {
  let i = 0;
  for (const body of syntheticDocuments(Math.ceil(synthetic / workers), 7 + index)) docs.push({ id: `syn-${index}-${i}`, origin: `syn-${i++}`, format: 'text', body, date: '2024-01-01', publisher: 'U.S. Department of State' });
}
for (const d of docs.slice(-600)) pipeline.run(d);
parentPort!.postMessage({ ready: true });
parentPort!.once('message', () => {
  let sentences = 0;
  let events = 0;
  for (const d of docs) {
    const doc = pipeline.run(d);
    sentences += doc.sentences.length;
    events += doc.events.length;
  }
  parentPort!.postMessage({ done: true, docs: docs.length, sentences, events });
});
