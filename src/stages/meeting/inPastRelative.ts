import type { MeetingCues } from '../../dictionaries/meetingCues.js';
import type { Doc } from '../../model/Doc.js';
import type { Sentence } from '../../model/Sentence.js';
import { posIndex } from '../../model/Tokens.js';

const VERB = posIndex('VERB');
const AUX = posIndex('AUX');
/** How far a relative clause's "which" may stand before the token, and its verb after the "which". */
const REACH = 16;

/**
 * Whether token `t` of sentence `s` lies in a relative clause set off by ", which" whose verb is
 * one of `concludedVerbs`, or after such a verb's participle and "by", something done before ("a
 * virtual session of the Dialogue, which President Biden and Prime Minister Lapid launched during
 * the President's visit to Israel"): the people
 * and places of that clause are another event's ("which ... had launched", "which was established in
 * 2022 by ..."), not one done "earlier today", nor one that says what the thing is ("which is held").
 */
export function inPastRelative(doc: Doc, s: Sentence, t: number, cues: Pick<MeetingCues, 'concludedVerbs' | 'sameDayWords' | 'presentBe'>): boolean {
  const { words, pos } = doc.tokens;
  let which = -1;
  // A verb between the token and a participle's "by" ends the participle's clause ("The Joint
  // Committee established by the Agreement held its meeting in Tokyo").
  let verbAfter = false;
  for (let q = t - 1; q > s.tokenStart && t - q <= REACH; q--) {
    const w = words[q]!;
    if (w === ';' || w === ',') return false;
    if (w.toLowerCase() === 'which' && words[q - 1] === ',') {
      which = q;
      break;
    }
    // "Building on the understanding reached by Secretary Rubio and Minister Lavrov in Riyadh on
    // February 18, delegations met today in Istanbul": a participle with its agent tells another
    // event (not "was reached by", a clause of its own, nor one "signed by the ministers today").
    if (w === 'by' && !verbAfter && q - 2 >= s.tokenStart && cues.concludedVerbs.has(words[q - 1]!.toLowerCase()) && pos[q - 2] !== AUX) {
      for (let k = q + 1; k < s.tokenEnd && k - q <= REACH && words[k] !== ','; k++) {
        if (cues.sameDayWords.has(words[k]!.toLowerCase())) return false;
        // "Following the roadmap agreed by the two Presidents Foreign Minister Lavrov held talks":
        // the clause must close with a comma before the sentence's own verb.
        if (k > t && (pos[k] === VERB || pos[k] === AUX)) return false;
      }
      return true;
    }
    if (pos[q] === VERB || pos[q] === AUX) verbAfter = true;
  }
  if (which < 0) return false;
  for (let q = which + 1; q < s.tokenEnd && q - which <= REACH; q++) {
    if (words[q] === ',' || words[q] === ';') return false;
    // "which is held in Lisbon every spring": a present form says what the thing is, not who did what when.
    if (pos[q] === AUX && cues.presentBe.has(words[q]!.toLowerCase())) return false;
    if (pos[q] === VERB) {
      if (!cues.concludedVerbs.has(words[q]!.toLowerCase())) return false;
      // Not one done "earlier today", nor one that goes on to say what the thing is ("which was founded in
      // Lisbon in 1995 and is held there every spring").
      for (let k = q + 1; k < s.tokenEnd && k - q <= REACH && words[k] !== ','; k++) if (cues.sameDayWords.has(words[k]!.toLowerCase()) || (pos[k] === AUX && cues.presentBe.has(words[k]!.toLowerCase()))) return false;
      return true;
    }
  }
  return false;
}
