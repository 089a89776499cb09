import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { CodedEvent } from '../model/Event.js';
import type { Meeting } from '../model/Meeting.js';
import type { Topic } from '../model/Topic.js';
import { dyadKey } from '../storage/EventStore.js';
import type {
  Anchor,
  ComparedCommitment,
  ComparedDocument,
  ComparedParticipant,
  CommitmentMatch,
  Comparison,
  EventRef,
  MeetingComparison,
  QuadCounts,
  Tone,
  TopicAccount,
  TopicComparison,
} from './Comparison.js';
import { groupMeetings } from './groupMeetings.js';

/**
 * Words that say nothing about which promise a commitment is: function words and the verbs and
 * nouns nearly every commitment is phrased with ("continue ... cooperation", "maintain ... efforts").
 * Matching on them would pair any two promises.
 */
const NOT_CONTENT = new Set(
  (
    'a an the and or but of to in on at for with by from into over about as its it their our his her this that these those ' +
    'both each other all any more further new next two side sides mutual mutually ' +
    'continue maintain keep hold make take work strengthen enhance promote deepen expand advance pursue remain stay ' +
    'cooperation efforts effort discussions discussion relations relationship ties engagement engagements'
  ).split(' '),
);

const round = (x: number) => Math.round(x * 100) / 100;

function mean(values: readonly number[]): number | null {
  return values.length ? round(values.reduce((s, v) => s + v, 0) / values.length) : null;
}

function describe(record: DocumentRecord): ComparedDocument {
  return { id: record.id, hash: record.source.hash, title: record.title, publisher: record.publisher, published: record.published, meeting: record.meeting };
}

function sentenceAnchor(record: DocumentRecord, index: number): Anchor {
  const s = record.sentences.find((x) => x.index === index);
  return { sentence: index, start: s?.start ?? 0, end: s?.end ?? 0 };
}

function eventRef(e: CodedEvent): EventRef {
  return { sentence: e.sentence, start: e.span.start, end: e.span.end, code: e.code, name: e.name, goldstein: e.goldstein, quad: e.quad, source: e.source.party, target: e.target.party };
}

/** Parties in first-seen order: the order a reader meets them in. */
function byParty<T>(items: readonly T[], party: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const p = party(item);
    if (!p) continue;
    const list = groups.get(p);
    if (list) list.push(item);
    else groups.set(p, [item]);
  }
  return groups;
}

function compareMeetings(a: DocumentRecord, b: DocumentRecord): MeetingComparison {
  const ma = a.meeting;
  const mb = b.meeting;
  if (!ma || !mb) return { same: false, differences: [] };
  const stored = (r: DocumentRecord, m: Meeting) => ({ id: r.id, hash: r.source.hash, title: r.title, publisher: r.publisher, published: r.published, meeting: m });
  const same = groupMeetings([stored(a, ma), stored(b, mb)]).length === 1;
  const lower = (s: string | null | undefined) => s?.toLowerCase() ?? null;
  const differences: MeetingComparison['differences'] = [];
  if (ma.kind !== mb.kind) differences.push('kind');
  if (lower(ma.location?.name) !== lower(mb.location?.name)) differences.push('place');
  if (ma.start !== mb.start || (ma.end ?? ma.start) !== (mb.end ?? mb.start)) differences.push('dates');
  if (dyadKey(ma.parties) !== dyadKey(mb.parties)) differences.push('parties');
  if (lower(ma.occasion) !== lower(mb.occasion)) differences.push('occasion');
  return { same, differences };
}

function topicAccount(record: DocumentRecord, topic: Topic): TopicAccount {
  const sentences = new Set(topic.sentences);
  const events = record.events.filter((e) => sentences.has(e.sentence)).map(eventRef);
  return {
    stance: topic.stance,
    sentences: topic.sentences.map((s) => sentenceAnchor(record, s)),
    cues: topic.cues.map((c) => ({ sentence: c.sentence, start: c.span.start, end: c.span.end, text: c.text })),
    raisedBy: [...byParty(events, (e) => e.source)].map(([party, list]) => ({ party, events: list })),
  };
}

function compareTopics(a: DocumentRecord, b: DocumentRecord, parties: readonly string[]): TopicComparison[] {
  const inB = new Map(b.topics.map((t) => [t.id, t]));
  const inA = new Set(a.topics.map((t) => t.id));
  const rank = (p: string) => (parties.includes(p) ? parties.indexOf(p) : parties.length);
  const one = (ta: Topic | undefined, tb: Topic | undefined): TopicComparison => {
    const sa = ta?.stance ?? {};
    const sb = tb?.stance ?? {};
    const spoken = [...new Set([...Object.keys(sa), ...Object.keys(sb)])].sort((x, y) => rank(x) - rank(y));
    return {
      id: (ta ?? tb)!.id,
      label: (ta ?? tb)!.label,
      reportedBy: ta && tb ? 'both' : ta ? 'a' : 'b',
      a: ta ? topicAccount(a, ta) : null,
      b: tb ? topicAccount(b, tb) : null,
      stances: spoken.map((party) => ({ party, a: sa[party] ?? null, b: sb[party] ?? null, differs: (sa[party] ?? null) !== (sb[party] ?? null) })),
    };
  };
  return [
    ...a.topics.filter((t) => inB.has(t.id)).map((t) => one(t, inB.get(t.id))),
    ...a.topics.filter((t) => !inB.has(t.id)).map((t) => one(t, undefined)),
    ...b.topics.filter((t) => !inA.has(t.id)).map((t) => one(undefined, t)),
  ];
}

function tone(record: DocumentRecord): Tone {
  const counted = record.events.filter((e) => !e.negated);
  const quads: QuadCounts = { verbalCooperation: 0, materialCooperation: 0, verbalConflict: 0, materialConflict: 0 };
  const quadKeys: (keyof QuadCounts)[] = ['verbalCooperation', 'materialCooperation', 'verbalConflict', 'materialConflict'];
  for (const e of counted) {
    const key = quadKeys[e.quad - 1];
    if (key) quads[key]++;
  }
  return {
    events: counted.length,
    negated: record.events.length - counted.length,
    meanGoldstein: mean(counted.map((e) => e.goldstein)),
    quads,
    byParty: [...byParty(counted, (e) => e.source.party)].map(([party, list]) => ({ party, events: list.map(eventRef), meanGoldstein: mean(list.map((e) => e.goldstein)) })),
  };
}

function minus(b: number | null, a: number | null): number | null {
  return a === null || b === null ? null : round(b - a);
}

function compareTone(a: DocumentRecord, b: DocumentRecord): Comparison['tone'] {
  const ta = tone(a);
  const tb = tone(b);
  const parties = [...new Set([...ta.byParty.map((p) => p.party), ...tb.byParty.map((p) => p.party)])];
  return {
    a: ta,
    b: tb,
    difference: minus(tb.meanGoldstein, ta.meanGoldstein),
    byParty: parties.map((party) => {
      const pa = ta.byParty.find((p) => p.party === party)?.meanGoldstein ?? null;
      const pb = tb.byParty.find((p) => p.party === party)?.meanGoldstein ?? null;
      return { party, a: pa, b: pb, difference: minus(pb, pa) };
    }),
  };
}

const personKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

function participants(record: DocumentRecord, other: DocumentRecord): ComparedParticipant[] {
  const named = new Set(other.participants.map((p) => personKey(p.name)));
  return record.participants.map((p) => ({
    name: p.name,
    title: p.title,
    country: p.country,
    actor: p.actor,
    role: p.role,
    mentions: p.mentions.map((m) => ({ sentence: m.sentence, start: m.span.start, end: m.span.end })),
    inOther: named.has(personKey(p.name)),
  }));
}

/** Lower-cased words of three letters or more, a plural's "s" dropped, the words in NOT_CONTENT left out. */
function contentWords(text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((w) => w.length >= 3 && !NOT_CONTENT.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return [...new Set(words)].filter((w) => !NOT_CONTENT.has(w));
}

function commitments(record: DocumentRecord): ComparedCommitment[] {
  return record.commitments.map((c, index) => ({
    index,
    parties: c.parties,
    cue: c.cue,
    action: c.action,
    object: c.object,
    due: c.due,
    status: c.status,
    anchor: { sentence: c.sentence, start: c.span.start, end: c.span.end },
    topics: record.topics.filter((t) => t.cues.some((q) => q.sentence === c.sentence && q.span.start < c.span.end && q.span.end > c.span.start)).map((t) => t.id),
    words: contentWords(`${c.action} ${c.object ?? ''}`),
  }));
}

function matchCommitments(a: readonly ComparedCommitment[], b: readonly ComparedCommitment[]): CommitmentMatch[] {
  const matches: CommitmentMatch[] = [];
  for (const ca of a) {
    for (const cb of b) {
      const topics = ca.topics.filter((t) => cb.topics.includes(t));
      const words = ca.words.filter((w) => cb.words.includes(w));
      if (topics.length || words.length) matches.push({ a: ca.index, b: cb.index, topics, words });
    }
  }
  return matches;
}

/**
 * Two documents' accounts of (presumably) one meeting, side by side: the meeting each reports,
 * the topics both, only A or only B report with each party's stance in each, the tone of each
 * (mean Goldstein, quad classes, per source party), who each says raised what, the participants
 * and the commitments, with the pairs of commitments that look like the same promise. Every
 * item keeps its sentence and characters, so a page can highlight it in its document.
 */
export function compareRecords(a: DocumentRecord, b: DocumentRecord): Comparison {
  const parties = [...new Set([...(a.meeting?.parties ?? []), ...(b.meeting?.parties ?? [])])];
  const ca = commitments(a);
  const cb = commitments(b);
  return {
    a: describe(a),
    b: describe(b),
    parties,
    meeting: compareMeetings(a, b),
    topics: compareTopics(a, b, parties),
    tone: compareTone(a, b),
    participants: { a: participants(a, b), b: participants(b, a) },
    commitments: { a: ca, b: cb, matches: matchCommitments(ca, cb) },
  };
}
