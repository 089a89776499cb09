import type { CameoCode } from '../../model/CameoCode.js';
import type { Doc } from '../../model/Doc.js';
import type { CodedEvent } from '../../model/Event.js';
import type { Stage } from '../../pipeline/Stage.js';
import { eventDate } from '../dates/sentenceDate.js';

/** CAMEO's "express intent to meet or negotiate" and "express intent to cooperate". */
const MEET = '036';
const COOPERATE = '030';

/**
 * Intents: a commitment is CAMEO's "express intent to cooperate" (03) too, from the parties that
 * made it to the other side of the meeting ("the Pakistani side will take all necessary measures",
 * "Both governments will support offshore wind"), whatever its verb, which the event patterns may
 * not know. Each commitment that the event coder left without an 03 event for its dyad in its
 * sentence gives one: 036 when its action names a meeting, a call or a visit (`meetingWords`,
 * the fulfilment words and phrases of data/commitments.yaml), else 030. Its evidence is the commitment's span,
 * its pattern `commitment:<cue>`, its modality future.
 */
export function intentsStage(codes: ReadonlyMap<string, CameoCode>, meetingWords: readonly string[]): Stage {
  const phrases = meetingWords.map((w) => ` ${w.toLowerCase()} `);
  const meet = codes.get(MEET);
  const cooperate = codes.get(COOPERATE);
  if (!meet || !cooperate) throw new Error(`the CAMEO table lacks ${MEET} or ${COOPERATE}`);
  return {
    name: 'intents',
    requires: ['events', 'commitments', 'parties'],
    provides: ['intents'],
    run(doc: Doc): void {
      if (doc.commitments.length === 0) return;
      const coded = new Set<string>();
      for (const e of doc.events) if (e.root === '03') coded.add(`${e.sentence}|${e.source.party}|${e.target.party}`);
      const added: CodedEvent[] = [];
      for (const c of doc.commitments) {
        // A promise to refrain ("will never allow ...") is no intent to cooperate.
        if (c.cue === 'refrain') continue;
        // Only the parties at the table promise each other; a third state's pledge is not to them.
        const makers = c.parties.filter((p) => doc.parties.includes(p));
        const sentence = doc.sentences[c.sentence];
        if (!sentence) continue;
        // A passive names what is promised before its verb: "the next meeting ... will be held in Lagos".
        const said = `${c.action} ${c.object ?? ''} ${c.action.startsWith('be ') ? sentence.text : ''}`;
        const words = ` ${said.toLowerCase().split(/[^\p{L}]+/u).join(' ')} `;
        const cameo = phrases.some((p) => words.includes(p)) ? meet : cooperate;
        for (const from of makers) {
          // Joint promises go each way; one side's goes to every other side.
          for (const to of doc.parties) {
            if (to === from) continue;
            const key = `${c.sentence}|${from}|${to}`;
            if (coded.has(key)) continue;
            coded.add(key);
            const source = doc.principalOf(from);
            const target = doc.principalOf(to);
            added.push({
              ...cameo,
              source: { code: source.code, party: from, name: source.name, span: null },
              target: { code: target.code, party: to, name: target.name, span: null },
              sentence: c.sentence,
              span: c.span,
              evidence: doc.text.slice(c.span.start, c.span.end),
              pattern: `commitment:${c.cue}`,
              date: eventDate(doc, sentence),
              negated: false,
              modality: 'future',
            });
          }
        }
      }
      if (added.length === 0) return;
      // In sentence order, each sentence's own events first.
      doc.events = [...doc.events, ...added].sort((a, b) => a.sentence - b.sentence);
    },
  };
}
