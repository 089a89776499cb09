/**
 * The dictionary coder with PETRARCH's full Phoenix dictionaries (CAMEO.2.0 verbs, the three
 * actor files, agents, discards), in a process of its own so its load time and peak RSS are its
 * own. `node bench/phoenix.mjs <corpus file> <set file>`, over the compiled dist/. Prints one JSON
 * line: load milliseconds, RSS after loading, peak RSS, and the coder's rate over the corpus.
 * The coder here is the stages up to events without readout's own actor stage, which the
 * dictionary coder does not read.
 */
import { readFileSync } from 'node:fs';

const [corpus, setFile] = process.argv.slice(2);
const { createPipeline } = await import('../dist/pipeline/defaultPipeline.js');
const { Pipeline } = await import('../dist/pipeline/Pipeline.js');
const { readDictionarySet } = await import('../dist/dictionaries/petrarch/DictionarySet.js');
const { parseJsonlLine } = await import('../dist/input/parseJsonlLine.js');

const t0 = performance.now();
const full = createPipeline(undefined, { dictionaries: readDictionarySet(setFile) });
const loadMs = performance.now() - t0;
const rssLoadMB = Math.round(process.memoryUsage().rss / 1024 / 1024);
const stages = full.stages.filter((s) => s.name !== 'actors');
const coder = new Pipeline(stages.slice(0, stages.findIndex((s) => s.name === 'events') + 1));
// The lines are kept, and each document is parsed when it is coded: the RSS is the coder's, not a
// corpus held in memory (parsing a line costs about 1% of coding it).
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
const pass = (n) => {
  let sentences = 0;
  let events = 0;
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const doc = coder.run(parseJsonlLine(lines[i], `${corpus}:${i + 1}`));
    sentences += doc.sentences.length;
    events += doc.events.length;
  }
  return { ms: performance.now() - t, sentences, events };
};
// An untimed pass over the first 300 documents warms the JIT; then one timed pass over all, as a
// process coding a corpus once runs. (More passes raise the RSS as V8 keeps freed pages; the live
// heap stays the same, about 120 MB, pass after pass.)
pass(Math.min(300, lines.length));
const r = pass(lines.length);
console.log(JSON.stringify({ loadMs, rssLoadMB, rssMB: Math.round(process.resourceUsage().maxRSS / 1024), notes: full.notes.length, ...r }));
