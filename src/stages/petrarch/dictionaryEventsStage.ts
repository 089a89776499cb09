import type { CameoCode } from '../../dictionaries/cameo.js';
import type { CodingDictionaries } from '../../dictionaries/petrarch/compileDictionaries.js';
import type { Doc } from '../../model/Doc.js';
import type { CodedEvent, EventActor } from '../../model/Event.js';
import { POS_TAGS } from '../../model/Tokens.js';
import type { Stage } from '../../pipeline/Stage.js';
import { eventDate } from '../dates/sentenceDate.js';
import { MAX_SENTENCE_TOKENS } from '../events/eventsStage.js';
import type { GroupMember } from './actorGroups.js';
import { type CoderOptions, codeSentence } from './codeSentence.js';
import { FoldedWords } from './FoldedWords.js';

/** A code outside CAMEO (the suite's WEIS codes: 903, 174K) keeps its parent's classes, or none. */
function describeCode(code: string, codes: ReadonlyMap<string, CameoCode>): CameoCode {
  for (let n = code.length; n >= 2; n--) {
    const known = codes.get(code.slice(0, n));
    if (known) return n === code.length ? known : { ...known, code, name: `${known.name} (${code}, not in CAMEO)` };
  }
  return { code, root: code.slice(0, 2), name: `${code} (not a CAMEO code)`, quad: 0, goldstein: 0, plover: null };
}

function party(code: string): string | null {
  return /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null;
}

/**
 * The events stage for a dictionary set (`--dictionaries SET.json`): codes each sentence with
 * PETRARCH/TABARI-format dictionaries instead of readout's own patterns. It writes the same
 * `events`, with spans, so every later stage and the store work unchanged.
 */
export function dictionaryEventsStage(dict: CodingDictionaries, codes: ReadonlyMap<string, CameoCode>, options: CoderOptions = { requireDyad: true }): Stage {
  const folded = new FoldedWords(dict);
  return {
    name: 'events',
    requires: ['sentences', 'tokens', 'pos', 'meta'],
    provides: ['events'],
    notes: dict.warnings,
    run(doc: Doc): void {
      const t = doc.tokens;
      let storyDiscard: string | null = null;
      const events: CodedEvent[] = [];
      // Dated actor codes are chosen by the story's date, as PETRARCH does: a sentence's "five
      // years after" dates what it reports, not who is in office.
      const storyDate = doc.meta.referenceDate?.value ?? doc.defaultDate;
      for (const s of doc.sentences) {
        if (s.tokenEnd - s.tokenStart > MAX_SENTENCE_TOKENS) {
          doc.warnings.push(`sentence ${s.index} has ${s.tokenEnd - s.tokenStart} tokens, more than ${MAX_SENTENCE_TOKENS}; it was not coded`);
          continue;
        }
        const { words, starts } = folded.slice(t, doc.text, s.tokenStart, s.tokenEnd);
        const tags: string[] = new Array(words.length);
        for (let i = s.tokenStart; i < s.tokenEnd; i++) tags[i - s.tokenStart] = POS_TAGS[t.pos[i]!]!;
        const result = codeSentence(dict, { words, tags, date: storyDate, starts }, options);
        if (result.discard === 'story') {
          storyDiscard = result.phrase;
          break;
        }
        if (result.discard !== null) {
          doc.warnings.push(`sentence ${s.index} discarded by the dictionary phrase "${result.phrase}"`);
          continue;
        }
        const span = (from: number, to: number) => ({ start: t.starts[s.tokenStart + from]!, end: t.ends[s.tokenStart + to - 1]! });
        const actor = (m: GroupMember): EventActor => ({ code: m.code, party: party(m.code), name: m.name || doc.text.slice(span(m.start, m.end).start, span(m.start, m.end).end), span: span(m.start, m.end) });
        // The sentence's own date is parsed only when it has an event to date.
        const date = result.events.length ? eventDate(doc, s) : null;
        for (const e of result.events) {
          const evidence = span(e.verbStart, e.end);
          events.push({
            ...describeCode(e.code, codes),
            source: actor(e.source),
            target: actor(e.target),
            sentence: s.index,
            span: evidence,
            evidence: doc.text.slice(evidence.start, evidence.end),
            pattern: e.pattern,
            date,
            negated: false,
            modality: 'asserted',
          });
        }
      }
      if (storyDiscard !== null) {
        doc.warnings.push(`story discarded by the dictionary phrase "${storyDiscard}"`);
        doc.events = [];
        return;
      }
      doc.events = events;
    },
  };
}
