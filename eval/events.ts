/**
 * Event-coding scores:
 *  - PLOVER-GSR: the 322 CAMEO-manual sentences in eval/plover-gsr, each coded alone; a record is
 *    right when one event has the gold PLOVER type with a gold source and (when there is one) a
 *    gold target, compared at the country / organisation level.
 *  - The seed readout's events, one line each.
 *  - Our own annotations of real readouts (eval/annotations/*.jsonl): event precision and recall
 *    on (sentence, root code, source party, target party).
 *  - The same on our invented foreign readouts (eval/annotations/invented-foreign-events.jsonl), whose
 *    gold events name their sentence by a quote.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodedEvent, DocumentRecord, Pipeline, SourceDocument } from '../src/index.js';

/** The older PLOVER draft's labels in the GSR file, as PLOVER 0.8 (our table) names them. */
const GSR_TYPES: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
/** Codes the GSR file writes otherwise than CAMEO does: legacy ones (JAP, ITL), and ISO's TLS for East Timor, which CAMEO codes TMP. */
const GSR_CODES: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', TLS: 'TMP' };

interface GsrActor {
  code?: string;
}
interface GsrRecord {
  id: string;
  event: string;
  text?: string;
  source?: GsrActor[] | string;
  target?: GsrActor[] | string;
}

/** Actor codes of a GSR field; a few records hold a word ("diplomatic") where a code belongs. */
function codesOf(v: GsrActor[] | string | undefined): string[] {
  if (!v) return [];
  const codes = typeof v === 'string' ? [v] : v.map((a) => a.code ?? '');
  return codes.filter((c) => /^[A-Z]{3}/.test(c)).map((c) => GSR_CODES[c] ?? c);
}

function sameActor(gold: string, actor: CodedEvent['source']): boolean {
  const party = actor.party ?? '';
  return party === gold || actor.code.startsWith(gold) || (gold.length > 3 && gold.startsWith(actor.code)) || (gold === 'IGO' && actor.code.startsWith('IGO'));
}

function ploverMatches(event: CodedEvent, gold: string): boolean {
  return (event.plover ?? '').split('|').includes(gold);
}

export const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

export function evalGsr(pipeline: Pipeline, shared: string): void {
  const file = join(shared, 'eval/plover-gsr/PLOVER_GSR_CAMEO.json');
  if (!existsSync(file)) return;
  const records = (JSON.parse(readFileSync(file, 'utf8')) as GsrRecord[]).filter((r) => r.text && r.event !== 'DOCUMENT');
  const perType = new Map<string, { n: number; type: number; full: number }>();
  let typeOk = 0;
  let fullOk = 0;
  let sourceOk = 0;
  let noEvent = 0;
  const misses: string[] = [];
  const t0 = performance.now();
  for (const r of records) {
    const gold = GSR_TYPES[r.event] ?? r.event;
    const sources = codesOf(r.source);
    const targets = codesOf(r.target);
    let events: CodedEvent[] = [];
    try {
      events = pipeline.processText(r.text!, { date: '2000-01-01' }).events;
    } catch (e) {
      console.log(`  ${r.id}: ${(e as Error).message}`);
    }
    if (events.length === 0) noEvent++;
    const typed = events.filter((e) => ploverMatches(e, gold));
    const withSource = typed.filter((e) => sources.some((g) => sameActor(g, e.source)));
    const full = withSource.filter((e) => targets.length === 0 || targets.some((g) => sameActor(g, e.target)));
    const row = perType.get(gold) ?? { n: 0, type: 0, full: 0 };
    row.n++;
    if (typed.length) {
      typeOk++;
      row.type++;
    }
    if (withSource.length) sourceOk++;
    if (full.length) {
      fullOk++;
      row.full++;
    } else {
      const got = events.map((e) => `${e.code} ${e.plover ?? ''} ${e.source.code}→${e.target.code} ${e.pattern}`);
      misses.push(JSON.stringify({ id: r.id, gold, sources, targets, text: r.text, got }));
    }
    perType.set(gold, row);
  }
  const ms = performance.now() - t0;
  // For dictionary work: READOUT_EVAL_GSR_MISSES=file writes every record not fully right, one JSON line each.
  const dump = process.env.READOUT_EVAL_GSR_MISSES;
  if (dump) writeFileSync(dump, `${misses.join('\n')}\n`);
  console.log('PLOVER-GSR: CAMEO-manual sentences (eval/plover-gsr), each coded alone');
  console.log(`  sentences                                   ${records.length}   (${(records.length / (ms / 1000)).toFixed(0)} sentences/s with per-call overhead)`);
  console.log(`  right PLOVER type                           ${typeOk} (${pct(typeOk, records.length)})`);
  console.log(`  right type and source                       ${sourceOk} (${pct(sourceOk, records.length)})`);
  console.log(`  right type, source and target               ${fullOk} (${pct(fullOk, records.length)})`);
  console.log(`  no event at all                             ${noEvent}`);
  console.log('  per type                 n   type   type+source+target');
  for (const [type, row] of [...perType].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`    ${type.padEnd(20)} ${String(row.n).padStart(4)}  ${pct(row.type, row.n).padStart(6)}  ${pct(row.full, row.n).padStart(6)}`);
  }
}

export function evalSeed(pipeline: Pipeline, shared: string): void {
  const file = join(shared, 'examples/state-dept-blinken-beijing-2023-06.txt');
  if (!existsSync(file)) return;
  const r = pipeline.processText(readFileSync(file, 'utf8'), { id: 'seed', date: '2023-06-19' });
  console.log('');
  console.log(`seed readout (examples/state-dept-blinken-beijing-2023-06.txt): ${r.events.length} events`);
  for (const e of r.events) {
    const flags = [e.negated ? 'negated' : '', e.modality !== 'asserted' ? e.modality : ''].filter(Boolean).join(',');
    console.log(`  s${String(e.sentence).padStart(2)}  ${e.code.padEnd(4)} ${e.source.code.padEnd(8)} → ${e.target.code.padEnd(8)} ${e.pattern.padEnd(34)} "${e.evidence}"${flags ? ` [${flags}]` : ''}`);
  }
}

interface Annotation {
  doc: string;
  sentences: number;
  events: { sentence: number; sha: string; code: string; source: string; target: string; negated?: boolean; modality?: string }[];
}

function sha12(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** Precision and recall of events on (sentence, root code, source party, target party), over documents. */
class EventTally {
  gold = 0;
  predicted = 0;
  hit = 0;
  goldRoot = 0;
  hitRoot = 0;
  docs = 0;
  readonly misses = new Map<string, number>();
  readonly notes: string[] = [];
  static key(sentence: number, code: string, s: string | null, t: string | null): string {
    return `${sentence}|${code.slice(0, 2)}|${s}|${t}`;
  }
  /** `lost`: gold events whose sentence was not found; they count as missed. */
  add(doc: string, goldKeys: Set<string>, lost: number, record: DocumentRecord, verbose = false): void {
    this.docs++;
    this.gold += lost;
    this.goldRoot += lost;
    const predictedKeys = new Set(record.events.map((e) => EventTally.key(e.sentence, e.code, e.source.party, e.target.party)));
    this.gold += goldKeys.size;
    this.predicted += predictedKeys.size;
    for (const k of predictedKeys) if (goldKeys.has(k)) this.hit++;
    // Recall of the dyad alone, whatever the code.
    const dyad = (k: string) => k.split('|').filter((_, i) => i !== 1).join('|');
    const predictedDyads = new Set([...predictedKeys].map(dyad));
    for (const k of goldKeys) {
      this.goldRoot++;
      if (predictedDyads.has(dyad(k))) this.hitRoot++;
      if (!predictedKeys.has(k)) this.misses.set(k.split('|')[1]!, (this.misses.get(k.split('|')[1]!) ?? 0) + 1);
    }
    if (verbose) {
      const text = (k: string) => JSON.stringify(record.sentences.find((s) => s.index === Number(k.split('|')[0]))?.text.slice(0, 90) ?? '');
      for (const k of goldKeys) if (!predictedKeys.has(k)) this.notes.push(`${doc}: event missed ${k.split('|').slice(1).join(' ')} in s${k.split('|')[0]} ${text(k)}`);
      for (const k of predictedKeys) if (!goldKeys.has(k)) this.notes.push(`${doc}: event extra ${k.split('|').slice(1).join(' ')} in s${k.split('|')[0]} ${text(k)}`);
    }
  }
  print(title: string): void {
    const p = this.predicted ? this.hit / this.predicted : 0;
    const r = this.gold ? this.hit / this.gold : 0;
    console.log('');
    console.log(title);
    console.log(`  on (sentence, root code, source party, target party)`);
    console.log(`  precision                                   ${p.toFixed(3)}  (${this.hit}/${this.predicted})`);
    console.log(`  recall                                      ${r.toFixed(3)}  (${this.hit}/${this.gold})`);
    console.log(`  F1                                          ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`);
    console.log(`  recall of the dyad in the right sentence    ${(this.goldRoot ? this.hitRoot / this.goldRoot : 0).toFixed(3)}`);
    console.log(`  missed gold events by root: ${[...this.misses].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(' ')}`);
    for (const n of this.notes) console.log(`    ${n}`);
  }
}

export function evalAnnotations(pipeline: Pipeline, corpus: ReadonlyMap<string, SourceDocument>, root: string): void {
  const dir = join(root, 'eval/annotations');
  if (!existsSync(dir)) return;
  // meetings.jsonl and the invented readouts' files (scored by evalInventedEvents) are not of this format.
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f !== 'meetings.jsonl' && !f.startsWith('invented-'));
  const tally = new EventTally();
  for (const f of files) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)) {
      const a = JSON.parse(line) as Annotation;
      const source = corpus.get(a.doc);
      if (!source) continue;
      let record: DocumentRecord;
      try {
        record = pipeline.process(source);
      } catch (e) {
        console.log(`  ${a.doc}: ${(e as Error).message}`);
        continue;
      }
      const bySha = new Map(record.sentences.map((s) => [sha12(s.text), s.index]));
      const goldKeys = new Set<string>();
      let lost = 0;
      for (const e of a.events) {
        const idx = bySha.get(e.sha);
        // A gold sentence the splitter no longer produces still counts: as a miss.
        if (idx === undefined) lost++;
        else goldKeys.add(EventTally.key(idx, e.code, e.source, e.target));
      }
      tally.add(a.doc, goldKeys, lost, record);
    }
  }
  if (tally.docs === 0) return;
  tally.print(`our annotations of real readouts (eval/annotations): ${tally.docs} documents, ${tally.gold} gold events`);
}

interface InventedAnnotation {
  doc: string;
  events: { quote: string; code: string; source: string; target: string; negated?: boolean; modality?: string; note?: string }[];
}

/**
 * The batch of each invented document: a line of invented-foreign.jsonl may name its `batch`;
 * without one, a document with event annotations is of batch 2 (the first to have them), else of
 * batch 1.
 */
export function inventedBatches(root: string): Map<string, number> {
  const lines = (name: string) => {
    const file = join(root, 'eval/annotations', name);
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { doc: string; batch?: number }) : [];
  };
  const withEvents = new Set(lines('invented-foreign-events.jsonl').map((l) => l.doc));
  const out = new Map<string, number>();
  for (const l of lines('invented-foreign.jsonl')) out.set(l.doc, l.batch ?? (withEvents.has(l.doc) ? 2 : 1));
  return out;
}

/**
 * Events of our invented readouts (eval/invented-foreign) against eval/annotations/invented-foreign-events.jsonl:
 * each gold event names its sentence by a quote, which must occur in exactly one sentence of readout's
 * split. A quote found in none or in several is printed as an error, and its event counts as missed.
 */
export function evalInventedEvents(pipeline: Pipeline, corpus: ReadonlyMap<string, SourceDocument>, root: string, verbose = false): void {
  const file = join(root, 'eval/annotations/invented-foreign-events.jsonl');
  if (!existsSync(file)) return;
  const tally = new EventTally();
  const errors: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const a = JSON.parse(line) as InventedAnnotation;
    const source = corpus.get(a.doc);
    if (!source) continue;
    const record = pipeline.process(source);
    const goldKeys = new Set<string>();
    let lost = 0;
    for (const e of a.events) {
      // Case ignored, as in the annotators' checks: a quote may start its sentence with a capital.
      const quote = e.quote.toLowerCase();
      const found = record.sentences.filter((s) => s.text.toLowerCase().includes(quote));
      if (found.length !== 1) {
        errors.push(`${a.doc}: quote ${JSON.stringify(e.quote)} is in ${found.length} sentences (${e.code} ${e.source}→${e.target} counted as missed)`);
        lost++;
      } else goldKeys.add(EventTally.key(found[0]!.index, e.code, e.source, e.target));
    }
    tally.add(a.doc, goldKeys, lost, record, verbose);
  }
  if (tally.docs === 0) return;
  tally.print(`events of the invented foreign readouts (eval/annotations/invented-foreign-events.jsonl): ${tally.docs} documents, ${tally.gold} gold events`);
  if (errors.length) {
    console.log(`  ERRORS: ${errors.length} gold quotes not found in exactly one sentence`);
    for (const e of errors) console.log(`    ${e}`);
  }
}
