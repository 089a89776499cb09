/**
 * Scores of the readout-understanding stages against our annotations in
 * eval/annotations/meetings.jsonl (guidelines beside it): the meeting's kind, place and dates;
 * participants present (by surname and country) and their roles; topics (by id); commitments
 * (by sentence and parties) and their due horizons.
 */
import { createHash } from 'node:crypto';
import * as chrono from 'chrono-node';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadCommitmentCues } from '../src/dictionaries/commitmentCues.js';
import { defaultDataDir } from '../src/dictionaries/dataDir.js';
import { type DocumentRecord, type Pipeline, readInputFile, type SourceDocument } from '../src/index.js';

interface Gold {
  doc: string;
  meeting: { kind: string | null; location: { name: string; country: string | null } | null; start: string | null; end: string | null; parties: string[]; occasion: string | null } | null;
  participants: { name: string; country: string | null; role: string }[];
  mentioned: { name: string; country: string | null }[];
  /** `shas` name sentences of corpus texts; `quotes` (words of the sentence) those of our own invented texts. */
  topics: { id: string; shas?: string[]; quotes?: string[] }[];
  commitments: { sha?: string; quote?: string; parties: string[]; due: string | null }[];
}

const sha12 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
const PEER_TERRITORY = /^((?:Lord|Lady|Baroness|Baron|Viscount) \S+) of .+$/;
/**
 * A person as compared: surname and country ("blinken|USA"); titles and middle names vary, and so does
 * the sign of a glottal stop or an elision ("Mataʻafa", "Mata'afa"), and whether diacritics are kept
 * ("Erdoğan", "Erdogan"). A peer is written with or without the territorial part ("Lord Ahmad", "Lord
 * Ahmad of Wimbledon"): the name before it counts.
 */
const person = (name: string, country: string | null) =>
  `${name.replace(/,? Jr\.?$/, '').replace(PEER_TERRITORY, '$1').split(/\s+/).pop()!.toLowerCase().replace(/[ʻʼ’‘`]/g, "'").normalize('NFD').replace(/\p{M}/gu, '')}|${country ?? ''}`;

/** Two forms of one name in opposite orders ("Kanasugi Kenji" as MOFA Japan writes it, "Kenji Kanasugi"). */
function isReversed(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  return x.length > 1 && y.length > 1 && x[0] === y[y.length - 1] && x[x.length - 1] === y[0];
}

/**
 * The day a gold horizon written in words means ("tomorrow" on 2024-02-21 is 2024-02-22), by the
 * day phrases of data/commitments.yaml, longest first: the record gives such a horizon as the date
 * it means, the annotators sometimes as written, and the guidelines allow both.
 */
function dayOf(phrase: string, reference: string | null, days: readonly { phrase: string; days: number }[]): string | null {
  if (!reference) return null;
  const low = phrase.toLowerCase();
  const hit = days.find((d) => low.includes(d.phrase));
  return hit ? new Date(Date.parse(`${reference}T12:00:00Z`) + hit.days * 86_400_000).toISOString().slice(0, 10) : null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const END_OF = /\bend of\b/i;

/**
 * Whether the date the record gives (`ours`, ISO) is the day a gold horizon written in words names:
 * "on July 27-28" is 2023-07-27, "by the end of September" 2025-09-30 (the record resolves a deadline
 * it can to its day; the annotators wrote it as said).
 */
function sameDay(gold: string, ours: string, reference: string | null): boolean {
  if (!reference || !ISO_DAY.test(ours)) return false;
  const r = chrono.parse(gold, { instant: new Date(`${reference}T12:00:00Z`), timezone: 'UTC' }, { forwardDate: true })[0];
  if (!r) return false;
  const d = r.start.date();
  if (d.toISOString().slice(0, 10) === ours) return true;
  if (!END_OF.test(gold) || r.start.isCertain('day')) return false;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10) === ours;
}
class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  add(gold: Set<string>, predicted: Set<string>): void {
    for (const p of predicted) if (gold.has(p)) this.tp++;
    else this.fp++;
    for (const g of gold) if (!predicted.has(g)) this.fn++;
  }
  line(label: string): string {
    const p = this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0;
    const r = this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `  ${label.padEnd(40)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}   (${this.tp} right, ${this.fp} extra, ${this.fn} missed)`;
  }
}

/**
 * Our invented readouts in other governments' styles (eval/invented-foreign, in the repository), by
 * file name without extension, as the annotations of eval/annotations/invented-foreign.jsonl name them.
 */
export async function loadInvented(root: string): Promise<Map<string, SourceDocument>> {
  const dir = join(root, 'eval/invented-foreign');
  const corpus = new Map<string, SourceDocument>();
  if (!existsSync(dir)) return corpus;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
    for await (const item of readInputFile({ path: join(dir, f), format: 'markdown' })) if (item.ok) corpus.set(basename(f, '.md'), { ...item.source, id: basename(f, '.md') });
  }
  return corpus;
}

export function evalMeetings(pipeline: Pipeline, corpus: ReadonlyMap<string, SourceDocument>, root: string, verbose = false, annotations?: string): void {
  const file = annotations ? resolve(root, annotations) : join(root, 'eval/annotations/meetings.jsonl');
  if (!existsSync(file)) return;
  const golds = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Gold);
  const dayPhrases = loadCommitmentCues(defaultDataDir())
    .due.flatMap((d) => (typeof d === 'string' ? [] : [d]))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  let docs = 0;
  const field = { kind: [0, 0], location: [0, 0], start: [0, 0], end: [0, 0], roles: [0, 0], due: [0, 0] };
  const present = new Score();
  const mentioned = new Score();
  const topics = new Score();
  const commitments = new Score();
  const notes: string[] = [];
  for (const g of golds) {
    const source = corpus.get(g.doc);
    if (!source) continue;
    docs++;
    const r: DocumentRecord = pipeline.process(source);
    const m = r.meeting;
    const count = (k: keyof typeof field, ok: boolean) => {
      field[k][1]!++;
      if (ok) field[k][0]!++;
    };
    count('kind', (m?.kind ?? null) === (g.meeting?.kind ?? null));
    if (verbose && (m?.kind ?? null) !== (g.meeting?.kind ?? null)) notes.push(`${g.doc}: kind ${m?.kind} (gold ${g.meeting?.kind})`);
    count('location', (m?.location?.country ?? null) === (g.meeting?.location?.country ?? null));
    if (verbose && (m?.location?.country ?? null) !== (g.meeting?.location?.country ?? null)) notes.push(`${g.doc}: location ${m?.location?.name}/${m?.location?.country} (gold ${g.meeting?.location?.name}/${g.meeting?.location?.country})`);
    count('start', (m?.start ?? null) === (g.meeting?.start ?? null));
    count('end', (m?.end ?? null) === (g.meeting?.end ?? null));

    const goldPresent = new Set(g.participants.map((p) => person(p.name, p.country)));
    const goldPeople = [...g.participants, ...g.mentioned];
    const ourKey = (p: { name: string; country: string | null }) => {
      const key = person(p.name, p.country);
      if (goldPeople.some((q) => person(q.name, q.country) === key)) return key;
      const reversed = goldPeople.find((q) => q.country === p.country && isReversed(q.name, p.name));
      return reversed ? person(reversed.name, reversed.country) : key;
    };
    const ours = r.participants.filter((p) => p.role !== 'mentioned');
    present.add(goldPresent, new Set(ours.map(ourKey)));
    mentioned.add(new Set(g.mentioned.map((p) => person(p.name, p.country))), new Set(r.participants.filter((p) => p.role === 'mentioned').map(ourKey)));
    for (const gp of g.participants) {
      if (gp.role !== 'principal' && gp.role !== 'counterpart') continue;
      const op = ours.find((p) => ourKey(p) === person(gp.name, gp.country));
      count('roles', op?.role === gp.role);
      if (verbose && op && op.role !== gp.role) notes.push(`${g.doc}: role of ${gp.name} ${op.role} (gold ${gp.role})`);
    }
    if (verbose) {
      const ourKeys = new Set(ours.map(ourKey));
      for (const k of goldPresent) if (!ourKeys.has(k)) notes.push(`${g.doc}: participant missed ${k}`);
      for (const k of ourKeys) if (!goldPresent.has(k)) notes.push(`${g.doc}: participant extra ${k}`);
      const goldMentioned = new Set(g.mentioned.map((p) => person(p.name, p.country)));
      const ourMentioned = new Set(r.participants.filter((p) => p.role === 'mentioned').map(ourKey));
      for (const k of goldMentioned) if (!ourMentioned.has(k)) notes.push(`${g.doc}: mentioned missed ${k}`);
      for (const k of ourMentioned) if (!goldMentioned.has(k)) notes.push(`${g.doc}: mentioned extra ${k}`);
    }

    topics.add(new Set(g.topics.map((t) => t.id)), new Set(r.topics.map((t) => t.id)));
    if (verbose) {
      const ourTopics = new Set(r.topics.map((t) => t.id));
      const goldTopics = new Set(g.topics.map((t) => t.id));
      for (const t of goldTopics) if (!ourTopics.has(t)) notes.push(`${g.doc}: topic missed ${t}`);
      for (const t of ourTopics) if (!goldTopics.has(t)) notes.push(`${g.doc}: topic extra ${t}`);
    }

    const shaOf = new Map(r.sentences.map((s) => [s.index, sha12(s.text)]));
    // A quote the splitter cut in two names no sentence: the commitment counts as missed. Case is
    // ignored, as the annotators' checks ignore it (a quote may start a sentence with a capital).
    const goldSha = (c: Gold['commitments'][number]) => c.sha ?? (c.quote ? sha12(r.sentences.find((s) => s.text.toLowerCase().includes(c.quote!.toLowerCase()))?.text ?? '') : '');
    const key = (sha: string, parties: string[]) => `${sha}|${[...parties].sort().join('+')}`;
    const goldKeys = new Set(g.commitments.map((c) => key(goldSha(c), c.parties)));
    const ourKeys = new Set(r.commitments.map((c) => key(shaOf.get(c.sentence) ?? '', c.parties)));
    commitments.add(goldKeys, ourKeys);
    for (const c of g.commitments) {
      if (!c.due) continue;
      // A sentence may hold several commitments ("agreed to X, and to Y by May"): any of ours in it may carry the gold horizon.
      const dues = r.commitments.filter((o) => shaOf.get(o.sentence) === goldSha(c)).map((o) => o.due);
      const day = dayOf(c.due, r.referenceDate, dayPhrases);
      const gold = c.due.toLowerCase();
      const dueRight = dues.some((d) => d !== null && (gold.includes(d.toLowerCase()) || d.toLowerCase().includes(gold) || d === day || sameDay(c.due!, d, r.referenceDate)));
      count('due', dueRight);
      if (verbose && !dueRight) notes.push(`${g.doc}: due missed "${c.due}" (ours: ${dues.map((d) => JSON.stringify(d)).join(', ') || 'no commitment there'})`);
    }
    if (verbose) {
      for (const k of goldKeys) if (!ourKeys.has(k)) notes.push(`${g.doc}: commitment missed ${k}`);
      for (const k of ourKeys) if (!goldKeys.has(k)) notes.push(`${g.doc}: commitment extra ${k}`);
    }
  }
  if (docs === 0) return;
  const acc = (k: keyof typeof field) => `${field[k][0]}/${field[k][1]} (${field[k][1] ? ((100 * field[k][0]!) / field[k][1]!).toFixed(1) : 'n/a'}%)`;
  console.log('');
  console.log(`meetings, participants, topics, commitments (${annotations ?? 'eval/annotations/meetings.jsonl'}): ${docs} documents`);
  console.log(`  meeting kind                             ${acc('kind')}`);
  console.log(`  meeting location (country)               ${acc('location')}`);
  console.log(`  meeting start / end date                 ${acc('start')} / ${acc('end')}`);
  console.log(present.line('participants present (surname, country)'));
  console.log(`  principal and counterpart roles          ${acc('roles')}`);
  console.log(mentioned.line('people mentioned, not present'));
  console.log(topics.line('topics (id per document)'));
  console.log(commitments.line('commitments (sentence, parties)'));
  console.log(`  due horizon of gold commitments that have one  ${acc('due')}`);
  for (const n of notes) console.log(`    ${n}`);
}
