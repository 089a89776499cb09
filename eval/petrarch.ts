/**
 * PETRARCH2's unit suite coded from the text (not the gold parse), with the suite's own
 * dictionaries, beside PETRARCH2's own results; and the same against UniversalPetrarch's revised
 * expectations with its 2.0 verb dictionary. The material lives in ../shared/eval/petrarch2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DictionarySet, readDictionarySet } from '../src/dictionaries/petrarch/DictionarySet.js';
import { createPipeline } from '../src/pipeline/defaultPipeline.js';

interface Triple {
  source: string;
  target: string;
  code: string;
}

interface SuiteRecord {
  id: string;
  seq: number;
  date: string;
  category: string;
  active: boolean;
  text: string;
  events: Triple[];
  config?: Record<string, string>;
}

interface Prediction {
  seq: number;
  with_petr_validate_dicts: { events: Triple[]; exact_match: boolean; exception: string | null };
  with_up_verbs_2_0: { events: Triple[]; exact_match: boolean; exception: string | null };
}

export interface SuiteScore {
  records: number;
  exact: number;
  tp: number;
  fp: number;
  fn: number;
  exceptions: number;
  byCategory: Map<string, { n: number; exact: number }>;
  misses: { id: string; text: string; expected: string; got: string }[];
}

const key = (t: Triple) => `${t.source}>${t.target}:${t.code}`;

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Codes every active record from its text and scores exact sets of (source, target, code). */
export function scoreSuite(records: readonly SuiteRecord[], expected: ReadonlyMap<number, Triple[]>, set: DictionarySet): SuiteScore {
  // The suite switches PETRARCH's require_dyad between records, so both coders are built.
  const pipelines = { true: createPipeline(undefined, { dictionaries: set }), false: createPipeline(undefined, { dictionaries: set, requireDyad: false }) };
  const score: SuiteScore = { records: 0, exact: 0, tp: 0, fp: 0, fn: 0, exceptions: 0, byCategory: new Map(), misses: [] };
  for (const r of records) {
    const want = [...new Set((expected.get(r.seq) ?? []).map(key))].sort();
    let got: string[] = [];
    try {
      const pipeline = pipelines[r.config?.require_dyad?.toLowerCase() === 'false' ? 'false' : 'true'];
      const rec = pipeline.process({ id: r.id, origin: `validation.jsonl:${r.seq}`, format: 'text', body: r.text, date: r.date }, { date: r.date });
      got = [...new Set(rec.events.map((e) => key({ source: e.source.code, target: e.target.code, code: e.code })))].sort();
    } catch {
      score.exceptions++;
    }
    score.records++;
    const exact = want.length === got.length && want.every((w, i) => w === got[i]);
    if (exact) score.exact++;
    else score.misses.push({ id: r.id, text: r.text, expected: want.join(' ') || '(none)', got: got.join(' ') || '(none)' });
    const wantSet = new Set(want);
    const gotSet = new Set(got);
    for (const g of got) if (wantSet.has(g)) score.tp++;
    else score.fp++;
    for (const w of want) if (!gotSet.has(w)) score.fn++;
    const cat = r.category.replace(/S$/, '').replace(/x$/, '');
    const c = score.byCategory.get(cat) ?? { n: 0, exact: 0 };
    c.n++;
    if (exact) c.exact++;
    score.byCategory.set(cat, c);
  }
  return score;
}

function petrarchBaseline(preds: readonly Prediction[], run: 'with_petr_validate_dicts' | 'with_up_verbs_2_0', records: readonly SuiteRecord[], expected: ReadonlyMap<number, Triple[]>) {
  const bySeq = new Map(preds.map((p) => [p.seq, p[run]]));
  let exact = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exceptions = 0;
  const byCategory = new Map<string, number>();
  for (const r of records) {
    const p = bySeq.get(r.seq);
    const want = new Set((expected.get(r.seq) ?? []).map(key));
    const got = new Set((p?.events ?? []).map(key));
    if (p?.exception) exceptions++;
    if (p?.exact_match) {
      exact++;
      const cat = r.category.replace(/S$/, '').replace(/x$/, '');
      byCategory.set(cat, (byCategory.get(cat) ?? 0) + 1);
    }
    for (const g of got) if (want.has(g)) tp++;
    else fp++;
    for (const w of want) if (!got.has(w)) fn++;
  }
  return { exact, tp, fp, fn, exceptions, byCategory };
}

const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(3));

export function evalPetrarch(shared: string, verbose: boolean): void {
  const base = join(shared, 'eval/petrarch2');
  const sets = fileURLToPath(new URL('./petrarch-sets/', import.meta.url));
  const all = readJsonl<SuiteRecord>(join(base, 'validation.jsonl'));
  const preds = readJsonl<Prediction>(join(base, 'petrarch2_head.predictions.jsonl'));
  const revised = readJsonl<{ seq: number; active: boolean; events: Triple[] }>(join(base, 'validation.up-revised-events.jsonl'));
  const active = all.filter((r) => r.active);
  // The set files name ../shared's dictionaries relative to eval/petrarch-sets, as a user's set would.
  const runs = [
    { label: 'suite dictionaries, original expectations', set: readDictionarySet(join(sets, 'validate.set.json')), expected: new Map(active.map((r) => [r.seq, r.events])), run: 'with_petr_validate_dicts' as const },
    {
      label: "UniversalPetrarch verbs 2.0, UP's revised expectations",
      set: readDictionarySet(join(sets, 'up-validate.set.json')),
      expected: new Map(revised.map((r) => [r.seq, r.events])),
      run: 'with_up_verbs_2_0' as const,
    },
  ];
  console.log(`\nPETRARCH2 unit suite (eval/petrarch2): ${active.length} active records, coded from the text, not the gold parse\n`);
  for (const run of runs) {
    const ours = scoreSuite(active, run.expected, run.set);
    const theirs = petrarchBaseline(preds, run.run, active, run.expected);
    console.log(`### ${run.label}\n`);
    console.log('| coder | exact records | event P | event R | exceptions |');
    console.log('|---|---|---|---|---|');
    console.log(`| readout (text) | ${ours.exact}/${ours.records} | ${ratio(ours.tp, ours.tp + ours.fp)} | ${ratio(ours.tp, ours.tp + ours.fn)} | ${ours.exceptions} |`);
    console.log(`| PETRARCH2 (gold parses) | ${theirs.exact}/${active.length} | ${ratio(theirs.tp, theirs.tp + theirs.fp)} | ${ratio(theirs.tp, theirs.tp + theirs.fn)} | ${theirs.exceptions} |`);
    console.log('\n| category | records | readout exact | PETRARCH2 exact |');
    console.log('|---|---|---|---|');
    for (const [cat, c] of [...ours.byCategory].sort((a, b) => b[1].n - a[1].n)) console.log(`| ${cat} | ${c.n} | ${c.exact} | ${theirs.byCategory.get(cat) ?? 0} |`);
    console.log('');
    if (verbose) for (const m of ours.misses) console.log(`  MISS ${m.id}: ${m.text}\n    want ${m.expected}\n    got  ${m.got}`);
  }
}
