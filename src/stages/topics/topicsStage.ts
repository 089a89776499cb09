import type { Topics } from '../../dictionaries/topics.js';
import { bySentence } from '../../model/bySentence.js';
import type { Doc } from '../../model/Doc.js';
import type { CodedEvent } from '../../model/Event.js';
import type { Stance, Topic } from '../../model/Topic.js';
import type { Stage } from '../../pipeline/Stage.js';

/** Which stance wins when a side's events on a topic differ: a concern raised is never hidden by a courtesy. */
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
 * The topics of data/topics.yaml a readout raises: every sentence with a cue (an `exclude` phrase
 * around a cue cancels it), and each side's stance, read from the events its sentences code.
 */
export function topicsStage(topics: Topics): Stage {
  return {
    name: 'topics',
    requires: ['sentences', 'tokens', 'events'],
    provides: ['topics'],
    run(doc: Doc): void {
      const { starts, ends } = doc.tokens;
      const ids = topics.cues.ids(doc.tokens);
      const found = new Map<string, Topic>();
      const eventsBySentence = bySentence(doc.events);
      for (const s of doc.sentences) {
        for (const m of topics.cues.all(ids, s.tokenStart, s.tokenEnd)) {
          for (const entry of m.values) {
            if (!entry) continue;
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
