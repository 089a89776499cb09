/**
 * The one-core rows in a process of their own, over the compiled dist/ as `readout code` runs, so
 * the figures are not those of a TypeScript loader's process: `node [flags] bench/onecore.mjs
 * <corpus file>`. Prints one JSON line: the read, the tagger, the event coder (from raw text, and
 * alone on tagged text) and the whole record (sentences, events, milliseconds), and peak RSS after
 * the coder passes and after the whole-record passes.
 */
import { readInputFile } from '../dist/input/readInputs.js';
import { Pipeline } from '../dist/pipeline/Pipeline.js';
import { createPipeline } from '../dist/pipeline/defaultPipeline.js';

const [corpus] = process.argv.slice(2);
const pipeline = createPipeline();
const tagOnly = new Pipeline(pipeline.stages.slice(0, pipeline.names.indexOf('tokens') + 1));
const coder = new Pipeline(pipeline.stages.slice(0, pipeline.names.indexOf('events') + 1));

const t1 = performance.now();
const sources = [];
for await (const item of readInputFile({ path: corpus, format: 'jsonl' })) if (item.ok) sources.push(item.source);
const readMs = performance.now() - t1;

function loop(p) {
  let sentences = 0;
  let events = 0;
  const t = performance.now();
  for (const source of sources) {
    const doc = p.run(source);
    sentences += doc.sentences.length;
    events += doc.events.length;
  }
  return { ms: performance.now() - t, docs: sources.length, sentences, events };
}

/**
 * The coder alone, on text already cleaned, split and tagged: the stages after `tokens` up to
 * `events`, timed per document. This is what PETRARCH2's own coding time measures (it is given
 * parsed sentences), so the two rates compare.
 */
function codingOnly() {
  const rest = coder.stages.slice(tagOnly.stages.length);
  let sentences = 0;
  let events = 0;
  let ms = 0;
  for (const source of sources) {
    const doc = tagOnly.run(source);
    const t = performance.now();
    for (const stage of rest) stage.run(doc);
    ms += performance.now() - t;
    sentences += doc.sentences.length;
    events += doc.events.length;
  }
  return { ms, docs: sources.length, sentences, events };
}

const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
// One untimed pass of each warms the JIT: figures are for a long-running process.
loop(tagOnly);
const tag = loop(tagOnly);
loop(coder);
const coded = loop(coder);
const coderRssMB = peakMB();
codingOnly();
const codingAlone = codingOnly();
loop(pipeline);
const full = loop(pipeline);
console.log(JSON.stringify({ readMs, docs: sources.length, tag, coded, codingAlone, full, coderRssMB, fullRssMB: peakMB() }));
