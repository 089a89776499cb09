/**
 * Event-coding scores:
 *  - PLOVER-GSR: the 322 CAMEO-manual sentences in eval/plover-gsr, each coded alone; a record is
 *    right when one event has the gold PLOVER type with a gold source and (when there is one) a
 *    gold target, compared at the country / organisation level.
 *  - The seed readout's events, one line each.
 *  - Our own annotations of real readouts (eval/annotations/*.jsonl): event precision and recall
 *    on (sentence, root code, source party, target party).
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

export function evalAnnotations(pipeline: Pipeline, corpus: ReadonlyMap<string, SourceDocument>, root: string): void {
  const dir = join(root, 'eval/annotations');
  if (!existsSync(dir)) return;
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f !== 'meetings.jsonl');
  let gold = 0;
  let predicted = 0;
  let hit = 0;
  let goldRoot = 0;
  let hitRoot = 0;
  let docs = 0;
  const misses = new Map<string, number>();
  for (const f of files) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean)) {
      const a = JSON.parse(line) as Annotation;
      const source = corpus.get(a.doc);
      if (!source) continue;
      docs++;
      let record: DocumentRecord;
      try {
        record = pipeline.process(source);
      } catch (e) {
        console.log(`  ${a.doc}: ${(e as Error).message}`);
        continue;
      }
      const bySha = new Map(record.sentences.map((s) => [sha12(s.text), s.index]));
      const key = (sentence: number, code: string, s: string | null, t: string | null) => `${sentence}|${code.slice(0, 2)}|${s}|${t}`;
      const goldKeys = new Set<string>();
      let lost = 0;
      for (const e of a.events) {
        const idx = bySha.get(e.sha);
        // A gold sentence the splitter no longer produces still counts: as a miss.
        if (idx === undefined) lost++;
        else goldKeys.add(key(idx, e.code, e.source, e.target));
      }
      gold += lost;
      goldRoot += lost;
      const predictedKeys = new Set(record.events.map((e) => key(e.sentence, e.code, e.source.party, e.target.party)));
      gold += goldKeys.size;
      predicted += predictedKeys.size;
      for (const k of predictedKeys) if (goldKeys.has(k)) hit++;
      // Recall of the dyad alone, whatever the code.
      const dyad = (k: string) => k.split('|').filter((_, i) => i !== 1).join('|');
      const predictedDyads = new Set([...predictedKeys].map(dyad));
      for (const k of goldKeys) {
        goldRoot++;
        if (predictedDyads.has(dyad(k))) hitRoot++;
        if (!predictedKeys.has(k)) misses.set(k.split('|')[1]!, (misses.get(k.split('|')[1]!) ?? 0) + 1);
      }
    }
  }
  if (docs === 0) return;
  const p = predicted ? hit / predicted : 0;
  const r = gold ? hit / gold : 0;
  console.log('');
  console.log(`our annotations of real readouts (eval/annotations): ${docs} documents, ${gold} gold events`);
  console.log(`  on (sentence, root code, source party, target party)`);
  console.log(`  precision                                   ${p.toFixed(3)}  (${hit}/${predicted})`);
  console.log(`  recall                                      ${r.toFixed(3)}  (${hit}/${gold})`);
  console.log(`  F1                                          ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`);
  console.log(`  recall of the dyad in the right sentence    ${(goldRoot ? hitRoot / goldRoot : 0).toFixed(3)}`);
  console.log(`  missed gold events by root: ${[...misses].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join(' ')}`);
}
