import type { Topics } from '../../dictionaries/topics.js';
import { bySentence } from '../../model/bySentence.js';
import type { Doc } from '../../model/Doc.js';
import type { CodedEvent } from '../../model/Event.js';
import type { Stance, Topic } from '../../model/Topic.js';
import type { Stage } from '../../pipeline/Stage.js';

/** Which stance wins when a side's events on a topic differ: a concern raised is never hidden by a courtesy. */
// How far after its opener a gathering's noun may stand ("at the | G20 Leaders' | summit"), and what ends the search.
const VENUE_REACH = 6;
const VENUE_BREAKS = new Set([',', '.', ';', ':', 'and']);
const CAPITALISED = /^\p{Lu}/u;
const REMIT_JOINERS = new Set(['the', 'and', 'of', 'for', '-']);
const STRENGTH: Record<Stance, number> = { neutral: 0, cooperation: 1, agreement: 2, concern: 3 };

/**
 * A side's stance from the CAMEO code of what it said: demands, disapproval, rejection, threats
 * and protests (10-14) are concern; agreements agreement; intents and diplomatic cooperation (03,
 * 05) cooperation; statements, appeals and consultations neutral. Material acts (06-08, 15-20) are
 * deeds, not stances: "detained citizens" is no stance of the detaining state.
 */
function stanceOf(e: CodedEvent): Stance | null {
  const root = Number(e.root);
  if (root >= 15 || (root >= 6 && root <= 9)) return null;
  if (e.negated) return 'neutral';
  if (root >= 10) return 'concern';
  if (e.pattern.startsWith('agree') || e.code === '057') return 'agreement';
  if (root === 3 || root === 5) return 'cooperation';
  return 'neutral';
}

/**
 * The character ranges no topic is read in: officials' titles ("Senior Director for Counterterrorism
 * and Transnational Crime", "Special Envoy for Critical and Emerging Technology") name a remit, not
 * a subject of the meeting, and the occasion ("on the margins of the G20") is its setting.
 */
function notTopics(doc: Doc, topics: Topics): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  // "at the G20 summit", "during the 79th session of the UN General Assembly": a gathering as a setting.
  const { words, starts, ends } = doc.tokens;
  const n = words.length;
  for (const m of topics.venueOpeners.all(topics.venueOpeners.ids(doc.tokens), 0, n)) {
    for (let k = m.end; k < n && k <= m.end + VENUE_REACH && !VENUE_BREAKS.has(words[k]!); k++) {
      if (!topics.venueNouns.has(words[k]!.toLowerCase())) continue;
      let e = k + 1;
      if (e < n && words[e] === 'of') {
        e++;
        if (e < n && words[e] === 'the') e++;
        while (e < n && CAPITALISED.test(words[e]!)) e++;
      }
      // "at the Commonwealth Heads of Government Meeting in Samoa": the gathering's place is setting too.
      if (e + 1 < n && words[e] === 'in' && CAPITALISED.test(words[e + 1]!)) {
        e++;
        while (e < n && CAPITALISED.test(words[e]!)) e++;
      }
      ranges.push({ start: starts[m.end]!, end: ends[e - 1]! });
      break;
    }
  }
  for (const m of doc.mentions) {
    if (m.actors.length !== 1 || m.actors[0]!.kind !== 'person') continue;
    // A dissident's or prisoner's name is the topic ("Navalny", "Jimmy Lai"), not a title's remit.
    if (m.actors[0]!.role === 'OPP') continue;
    // "Special Presidential Envoy for the Middle East and Africa, Deputy Foreign Minister ...": a
    // title read without its remit (a title of no name) keeps the remit out of the topics too.
    let e = m.tokenEnd;
    if (m.actors[0]!.name === m.actors[0]!.title && e + 1 < n && words[e] === 'for') {
      e++;
      while (e < n && (CAPITALISED.test(words[e]!) || REMIT_JOINERS.has(words[e]!)) && !(REMIT_JOINERS.has(words[e]!) && !CAPITALISED.test(words[e + 1] ?? ''))) e++;
    }
    if (m.via !== 'reference' || e > m.tokenEnd + 1) ranges.push({ start: m.start, end: e > m.tokenEnd + 1 ? ends[e - 1]! : m.end });
  }
  // The occasion as the meeting's sentence writes it, else where the text first does (a kind read from the title).
  const occasion = doc.meeting?.occasion;
  if (occasion) {
    const sentence = doc.meeting?.evidence.kind.sentence;
    const at = doc.text.indexOf(occasion, sentence === null || sentence === undefined ? 0 : (doc.sentences[sentence]?.start ?? 0));
    if (at >= 0) ranges.push({ start: at, end: at + occasion.length });
  }
  return ranges;
}

/**
 * The topics of data/topics.yaml a readout raises: every sentence with a cue (an `exclude` phrase
 * around a cue cancels it, and none counts inside an official's title or the meeting's occasion),
 * and each side's stance, read from the events its sentences code.
 */
export function topicsStage(topics: Topics): Stage {
  return {
    name: 'topics',
    requires: ['sentences', 'tokens', 'events', 'mentions', 'meeting'],
    provides: ['topics'],
    run(doc: Doc): void {
      const { starts, ends } = doc.tokens;
      const ids = topics.cues.ids(doc.tokens);
      const found = new Map<string, Topic>();
      const eventsBySentence = bySentence(doc.events);
      const skipped = notTopics(doc, topics);
      for (const s of doc.sentences) {
        const matches = topics.cues.all(ids, s.tokenStart, s.tokenEnd).filter((m) => !skipped.some((r) => starts[m.start]! >= r.start && starts[m.start]! < r.end));
        // "Freedom of navigation in the South China Sea" is the South China Sea, not maritime
        // security: a topic that yields to a more specific one its sentence raises is not raised,
        // unless its phrase also names a topic it is kept with ("the Korean Peninsula, the Iranian
        // nuclear issue": that is Iran's programme, not the peninsula's).
        const raised = new Set<string>();
        for (const m of matches) for (const entry of m.values) if (entry) raised.add(entry.id);
        for (const m of matches) {
          for (const entry of m.values) {
            if (!entry || (entry.yieldsTo?.some((id) => raised.has(id)) && !m.values.some((v) => v && entry.keptWith?.includes(v.id)))) continue;
            let t = found.get(entry.id);
            if (!t) {
              t = { id: entry.id, label: entry.label, sentences: [], cues: [], stance: {} };
              found.set(entry.id, t);
            }
            const span = { start: starts[m.start]!, end: ends[m.end - 1]! };
            t.cues.push({ sentence: s.index, span, text: doc.text.slice(span.start, span.end) });
            if (t.sentences[t.sentences.length - 1] === s.index) continue;
            t.sentences.push(s.index);
            for (const e of eventsBySentence.get(s.index) ?? []) {
              const party = e.source.party;
              if (!party) continue;
              const stance = stanceOf(e);
              if (!stance) continue;
              const was = t.stance[party];
              if (was === undefined || STRENGTH[stance] > STRENGTH[was]) t.stance[party] = stance;
            }
          }
        }
      }
      doc.topics = [...found.values()];
    },
  };
}
