/**
 * `npm run eval`: accuracy figures against the material in ../shared (never in the repo).
 * Prints scores; asserts nothing.
 *
 * 1. Raw pages → record: the 20 original pages in corpus/us-readouts/raw (HTML fragments from the
 *    State feed, White House Markdown with front matter) are read with no metadata given, and
 *    compared with the corpus's own metadata and text for the same ids: publisher, title and
 *    date found, and word-level F1 of the cleaned text against the corpus text cleaned the same way.
 * 2. Corpus cleaning: over all 3,000 documents, how often chrome survives cleaning (end markers,
 *    attribution lines, bylines) and how often the speaker of an attributed release is found.
 * 3. Event coding: PLOVER-GSR sentences, the seed readout's events, our own annotations (eval/events.ts),
 *    and PETRARCH2's unit suite coded from the text with its own dictionaries (eval/petrarch.ts).
 * 4. Meetings, participants, topics and commitments against our annotations (eval/meetings.ts).
 * 5. The same on our invented readouts in Chinese, Russian, Japanese and British styles
 *    (eval/invented-foreign, in the repository: scored even without ../shared), and event coding on
 *    those that have event annotations (batch 2 on). READOUT_EVAL_BATCH=N scores batch N alone.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, type DocumentRecord, readInputFile, type SourceDocument } from '../src/index.js';
import { evalAnnotations, evalGsr, evalInventedEvents, evalSeed, inventedBatches, pct } from './events.js';
import { evalMeetings, loadInvented } from './meetings.js';
import { evalPetrarch } from './petrarch.js';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const corpusFile = join(shared, 'corpus/us-readouts/readouts.jsonl');
const rawDir = join(shared, 'corpus/us-readouts/raw');
const root = fileURLToPath(new URL('..', import.meta.url));
const pipeline = createPipeline();
// Our invented readouts in other governments' styles live in the repository, so they are scored
// with or without ../shared, apart from the US figures (held out: not for tuning on sight).
async function evalInvented(): Promise<void> {
  const invented = await loadInvented(root);
  const batch = process.env.READOUT_EVAL_BATCH;
  if (batch) {
    const batches = inventedBatches(root);
    for (const id of [...invented.keys()]) if (String(batches.get(id)) !== batch) invented.delete(id);
    console.log('');
    console.log(`invented foreign readouts: batch ${batch} only (READOUT_EVAL_BATCH), ${invented.size} documents`);
  }
  const verbose = process.env.READOUT_EVAL_VERBOSE === '1';
  evalMeetings(pipeline, invented, root, verbose, 'eval/annotations/invented-foreign.jsonl');
  evalInventedEvents(pipeline, invented, root, verbose);
}
if (!existsSync(corpusFile)) {
  console.log(`eval: ${shared} is not here; only our invented readouts are scored (the evaluation material lives in ../shared beside the clone)`);
  await evalInvented();
  process.exit(0);
}

const corpus = new Map<string, SourceDocument>();
for await (const item of readInputFile({ path: corpusFile, format: 'jsonl' })) if (item.ok && item.source.id) corpus.set(item.source.id, item.source);

function words(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function f1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const [w, c] of wa) {
    na += c;
    common += Math.min(c, wb.get(w) ?? 0);
  }
  for (const c of wb.values()) nb += c;
  if (na + nb === 0) return 1;
  return (2 * common) / (na + nb);
}


// 1. Raw pages
const raw = readdirSync(rawDir).filter((f) => /\.(html|md)$/.test(f));
let publisherOk = 0;
let titleOk = 0;
let titleTotal = 0;
let dateOk = 0;
let dateTotal = 0;
let exact = 0;
let f1Sum = 0;
let scored = 0;
const misses: string[] = [];
for (const file of raw) {
  const id = basename(file, extname(file));
  const gold = corpus.get(id);
  if (!gold) continue;
  scored++;
  let record: DocumentRecord | null = null;
  for await (const item of readInputFile({ path: join(rawDir, file), format: file.endsWith('.md') ? 'markdown' : 'html' })) {
    if (item.ok) record = pipeline.process(item.source);
  }
  if (!record) {
    misses.push(`${id}: not read`);
    continue;
  }
  const reference = pipeline.process({ ...gold, title: null, publisher: null, date: null });
  const score = f1(record.text, reference.text);
  f1Sum += score;
  if (record.text === reference.text) exact++;
  else misses.push(`${id}: text F1 ${score.toFixed(3)}`);
  if (record.publisher === gold.publisher) publisherOk++;
  else misses.push(`${id}: publisher ${JSON.stringify(record.publisher)} (corpus: ${gold.publisher})`);
  if (file.endsWith('.md')) {
    titleTotal++;
    dateTotal++;
    if (record.title === gold.title) titleOk++;
    else misses.push(`${id}: title ${JSON.stringify(record.title)}`);
    if (record.published === gold.date) dateOk++;
    else misses.push(`${id}: date ${record.published} (corpus: ${gold.date})`);
  }
}

// 2. Corpus cleaning
let chromeLeft = 0;
let attributed = 0;
let speakerFound = 0;
let docs = 0;
const CHROME = /^(?:###|Office of the Spokesperson|The (?:following|below) is attributable to .*)$/m;
let failed = 0;
for (const source of corpus.values()) {
  let r: DocumentRecord;
  try {
    r = pipeline.process(source);
  } catch (e) {
    failed++;
    console.log(`  ${source.origin}: ${(e as Error).message}`);
    continue;
  }
  docs++;
  if (CHROME.test(r.text)) chromeLeft++;
  if (/is attributable to/i.test(source.body.slice(0, 400))) {
    attributed++;
    if (r.speaker) speakerFound++;
  }
}

console.log('readout eval');
console.log('');
console.log('raw pages → record (corpus/us-readouts/raw, no metadata given)');
console.log(`  pages scored                           ${scored} of ${raw.length}`);
console.log(`  cleaned text identical to corpus text  ${exact}/${scored}`);
console.log(`  mean word F1 of cleaned text           ${(f1Sum / Math.max(scored, 1)).toFixed(4)}`);
console.log(`  publisher as in the corpus             ${publisherOk}/${scored}`);
console.log(`  title from front matter (Markdown)     ${titleOk}/${titleTotal}`);
console.log(`  date from front matter (Markdown)      ${dateOk}/${dateTotal}`);
console.log('');
console.log('corpus cleaning (corpus/us-readouts/readouts.jsonl)');
console.log(`  documents                              ${docs}${failed ? ` (${failed} failed)` : ''}`);
console.log(`  with chrome left (###, byline, attribution line)   ${chromeLeft} (${pct(chromeLeft, docs)})`);
console.log(`  speaker found where an attribution line opens the release   ${speakerFound}/${attributed} (${pct(speakerFound, attributed)})`);
console.log('');
if (misses.length) {
  console.log('differences:');
  for (const m of misses) console.log(`  ${m}`);
  console.log('');
}
evalGsr(pipeline, shared);
evalSeed(pipeline, shared);
evalAnnotations(pipeline, corpus, root);
evalPetrarch(shared, process.env.READOUT_EVAL_VERBOSE === '1');
// READOUT_EVAL_VERBOSE=1 lists every miss of the meetings table; READOUT_EVAL_MEETINGS=<file>
// scores another annotation file of the same format (a subset, to compare batches apart).
evalMeetings(pipeline, corpus, root, process.env.READOUT_EVAL_VERBOSE === '1', process.env.READOUT_EVAL_MEETINGS);
await evalInvented();
