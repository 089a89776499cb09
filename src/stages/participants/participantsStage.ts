import type { Grammar } from '../../dictionaries/grammar.js';
import type { MeetingCues } from '../../dictionaries/meetingCues.js';
import type { Actor, Mention } from '../../model/Actor.js';
import type { Doc } from '../../model/Doc.js';
import type { Participant, ParticipantRole } from '../../model/Participant.js';
import type { Sentence } from '../../model/Sentence.js';
import { posIndex } from '../../model/Tokens.js';
import type { Stage } from '../../pipeline/Stage.js';
import { CAPITALISED } from '../actors/wordShapes.js';
import { CALENDAR_WORD } from '../dates/calendar.js';
import { sentenceDate } from '../dates/sentenceDate.js';
import { inPastRelative } from '../meeting/inPastRelative.js';

/** How many words before a possessive an "of" gives it to the state named there ("of the Republic of Korea's"). */
/** How far before a seating cue "head of" makes it the head's sentence ("The head of the Russian delegation"). */
const HEAD_REACH = 4;
const OF_STATE_REACH = 5;
/** Where a call's noun stands before the "from" of its caller ("a call | from", "a call today | from"). */
const CALLER_REACH = [2, 3];
/** How far after "introduced" the person introduced may be named ("introduced members of his Cabinet, including Secretary ..."). */
const INTRODUCED_REACH = 8;
/** How many capitalised words after a name may end in a body's word ("Boris Yeltsin | Presidential Library"). */
const VENUE_NAME_REACH = 3;
/** How far before an attending verb its "which" may stand ("which Secretary Antony Blinken attended"), and how far before that the gathering. */
const WHICH_REACH = 10;
const GATHERING_REACH = 20;
const NAME_SEPARATORS = /[\s,]+/;
const SPACES = /\s+/;
const LEADING_THE = /^(?:the|The)\s+/;

/** The words of `written` before the first word of the name: "Secretary of State" of "Secretary of State Antony J. Blinken". */
function titleBefore(written: string, name: string, honorifics: ReadonlySet<string>, styles: ReadonlySet<string>): string | null {
  const nameWords = new Set(name.split(NAME_SEPARATORS).filter((w) => w.length > 1));
  const words = written.split(SPACES);
  let at = words.findIndex((w) => nameWords.has(w.endsWith(',') ? w.slice(0, -1) : w));
  // "..., Dr Amery Browne", "..., Ambassador Yusuf Tuggar": honorifics and styles before a name set off by a comma are not the title's.
  while (at > 1 && honorifics.has(words[at - 1]!.toLowerCase()) && words[at - 2]!.endsWith(',')) at--;
  // "Foreign Minister Sheikh Dr. Ahmad ...": styles right before the name are not the title's either.
  while (at > 1 && styles.has(words[at - 1]!.toLowerCase())) at--;
  // "the President of Botswana, Duma Boko": the comma setting the name off is not the title's.
  const title = (at < 0 ? words : words.slice(0, at)).join(' ').replace(LEADING_THE, '').replace(/,$/, '');
  return title === '' || at === 0 ? null : title;
}

/**
 * The people a readout names, each once: every mention of the same person ("Secretary of State
 * Antony J. Blinken", "Secretary Blinken", "the Secretary", "He") merges under the actor the actors
 * stage resolved it to, in the order the text first names them. Present are the people the
 * meeting's sentence names as taking part, those of a sentence that seats a delegation
 * (data/meetings.yaml `present`), and the principals the text keeps referring back to; the rest (a
 * President whose greetings were conveyed, leaders whose earlier talks are recalled) are `mentioned`,
 * and so is the spokesperson the release is attributed to, last.
 */
const PRON = posIndex('PRON');
const NOUN = posIndex('NOUN');
const DET = posIndex('DET');
const NUM = posIndex('NUM');
const AUX = posIndex('AUX');
const ADV = posIndex('ADV');
const VERB = posIndex('VERB');
/** Words between a "who" clause's cue and the name of the gathering it attended: "taking part in the", "attended the". */
const GATHERING_LEAD = new Set(['in', 'the']);
const LISTING_VERBS = new Set(['included', 'includes', 'comprised', 'consisted', 'featured']);

/** Words between an earlier-encounter cue and a person met then ("following | the Secretary's meeting with | President X"). */
const EARLIER_REACH = 8;

/** How far back a second "and that" clause looks for the verb of saying it hangs on. */
const SAID_REACH = 30;

/** How far back a seating cue's clause is searched for a future ("will also hold talks with a ... delegation"). */
const CLAUSE_REACH = 12;
export function participantsStage(grammar: Grammar, cues: Pick<MeetingCues, 'present' | 'absentBefore' | 'presentNotAfter' | 'presentPlanned' | 'presentPast' | 'ledBodies' | 'leads' | 'releaseVoices' | 'earlierEncounter' | 'text' | 'attendingVerbs' | 'spansOfTime' | 'concludedVerbs' | 'sameDayWords' | 'presentBe' | 'gatherings' | 'hostsBy' | 'callsFrom' | 'presentBeforePerson' | 'presentAfterJoin' | 'joinVerbs' | 'otherDayOpeners' | 'delegationHeads' | 'onBehalfNouns' | 'hostedNouns' | 'otherEncounters' | 'recallVerbs' | 'resultGoesTo' | 'sentTo' | 'officeOfSide'>, wishes: ReadonlySet<string>): Stage {
  /** What may stand between a title's comma and the name it sets off. */
  const setOffStyles: ReadonlySet<string> = new Set([...grammar.beforeTarget, ...grammar.courtesyTitles]);
  const styles = grammar.nameStyles;
  const { present, absentBefore, presentNotAfter, presentPlanned, presentPast, ledBodies, leads, releaseVoices, earlierEncounter, text: kindCues } = cues;
  return {
    name: 'participants',
    requires: ['meta', 'mentions', 'parties', 'meeting'],
    provides: ['participants'],
    run(doc: Doc): void {
      const { words, pos } = doc.tokens;
      const key = (a: Actor) => `${a.party ?? ''}|${a.name}`;
      // Mentions come in reading order, so the map keeps the order of first mention.
      const people = new Map<string, { actor: Actor; title: string | null; mentions: Mention[]; present: boolean; lead: boolean; away: boolean }>();
      // A statement issued jointly reports no meeting: its signatories, named in its opening or
      // referred back to, are not present at one.
      const statement = doc.meeting?.kind === 'joint-statement';
      // With the kind read off the title, the meeting's sentence is the first, after an opening line
      // that only introduces a quotation ("A Downing Street spokesperson said:").
      const opening = doc.sentences.find((s) => !s.text.trimEnd().endsWith(':'))?.index ?? 0;
      const meetingSentence = statement ? -1 : (doc.meeting?.evidence.kind.sentence ?? (doc.meeting ? opening : -1));
      // "met with ... today, following the Secretary's meeting with President X": those met before are no part of this meeting.
      const meeting = meetingSentence >= 0 ? doc.sentences[meetingSentence] : undefined;
      const earlier = meeting ? earlierEncounter.all(earlierEncounter.ids(doc.tokens, meeting.tokenEnd), meeting.tokenStart, meeting.tokenEnd) : [];
      // Not "after that with Foreign Minister X" nor "after Foreign Minister X welcomed him": a meeting or
      // call is named between the cue and the person.
      const kinds = earlier.length && meeting ? kindCues.all(kindCues.ids(doc.tokens, meeting.tokenEnd), meeting.tokenStart, meeting.tokenEnd) : [];
      const inMention = (t: number): boolean => doc.mentions.some((x) => x.sentence === meetingSentence && x.tokenStart <= t && x.tokenEnd > t);
      /** A verb, not a gathering noun the tagger reads as one ("the Japan-China Summit Meeting/VERB between"). */
      const verbAt = (t: number) => pos[t] === VERB && !cues.gatherings.has(words[t]!.toLowerCase());
      /** Whether the mention at `t` stands in what someone said: after "said", "stated that", "said the". */
      const reportedBy = (t: number): boolean => {
        const before = words[t - 1]?.toLowerCase() === 'the' ? t - 2 : t - 1;
        const w = words[before]?.toLowerCase() ?? '';
        // "expressed the hope that he would be able to attend": so is one hoped for (data/commitments.yaml wishes).
        if (grammar.attribution.has(w) || (w === 'that' && (grammar.attribution.has(words[before - 1]?.toLowerCase() ?? '') || wishes.has(words[before - 1]?.toLowerCase() ?? '')))) return true;
        // "said the UK would provide ..., and that the Foreign Secretary would set out the details": a second clause of what was said.
        if (w !== 'that' || words[before - 1]?.toLowerCase() !== 'and') return false;
        for (let q = before - 2; q >= 0 && before - q <= SAID_REACH && words[q] !== '.'; q--) {
          if (grammar.attribution.has(words[q]!.toLowerCase())) return true;
          // An earlier "that" hangs the clauses on another verb ("agreed that ..., and that").
          if (words[q + 1] === 'that') return false;
        }
        return false;
      };
      const metEarlier = (m: Mention): boolean =>
        m.sentence === meetingSentence &&
        earlier.some((e) => {
          if (e.end > m.tokenStart || m.tokenStart - e.end > EARLIER_REACH) return false;
          for (let t = e.end; t < m.tokenStart; t++) if (words[t] === ',' || words[t] === ';') return false;
          // Not past the meeting's own verb: "Ahead of the NATO Summit President Biden met with Prime Minister Kishida".
          let verbBetween = false;
          for (let t = e.end; t < m.tokenStart; t++) {
            if (!verbAt(t)) continue;
            if (kinds.some((k) => k.start <= t && k.end > t)) return false;
            verbBetween = true;
          }
          if (kinds.some((k) => k.start >= e.end && k.end <= m.tokenStart)) return true;
          // "Ahead of the trilateral summit with President Yoon": a gathering named between them too, with
          // the person its guest after "with" or "between" ("the Summit Meeting between Prime Minister
          // KISHIDA and President Xi"), and no verb on the way (not "After the plenary meeting Prime
          // Minister Ishiba held ...").
          const guestWord = words[m.tokenStart - 1] === 'the' ? words[m.tokenStart - 2] : words[m.tokenStart - 1];
          const guest = guestWord === 'with' || guestWord === 'between' || (guestWord === 'and' && words.slice(e.end, m.tokenStart).includes('between'));
          if (guest && !verbBetween) for (let t = e.end; t < m.tokenStart; t++) if (cues.gatherings.has(words[t]!.toLowerCase())) return true;
          // "one day after the President and Ursula von der Leyen reached a trade agreement": the
          // subjects of a clause set a span of time before did something else (not "after Foreign
          // Minister X welcomed him", which is part of this meeting).
          if (e.start < 1 || !cues.spansOfTime.has(words[e.start - 1]!.toLowerCase())) return false;
          for (let t = e.end; t < m.tokenStart; t++) if (words[t] !== 'and' && pos[t] !== DET && !inMention(t)) return false;
          return cues.concludedVerbs.has(words[m.tokenEnd]!.toLowerCase());
        });
      // Sentences that seat people at the table ("The U.S. delegation included ...").
      const seating = new Set<number>();
      // Per present sentence, where its leads are: after a cue's end or before a cue's start.
      const leadAfter = new Map<number, number>();
      const leadBefore = new Map<number, number>();
      const leadAfterEnd = new Map<number, number>();
      // "will lead a high-level delegation to Beijing": a plan seats no one.
      // "looked forward to welcoming Prime Minister X and Montenegro's delegation": a plan however far back.
      // "President X, who attended the Coronation in London last May": another, earlier event.
      const plannedIds = doc.meeting ? presentPlanned.ids(doc.tokens) : null;
      const personStarts = new Set(doc.mentions.filter((m) => m.actors.some((a) => a.kind === 'person')).map((m) => m.tokenStart));
      /**
       * Whether the sentence's own date, written before the cue at `at`, is not the meeting's: "signed
       * ... in Washington on August 8 in the presence of" tells another event; "X, who accompanied the
       * minister, will represent Russia ... on March 31" does not (the date comes after the cue).
       */
      const otherDay = (s: Sentence, at: number): boolean => {
        const first = doc.meeting?.start;
        const date = first ? sentenceDate(doc, s) : null;
        if (!first || !date || s.start + date.index >= doc.tokens.starts[at]!) return false;
        return date.start < first || date.start > (doc.meeting!.end ?? first);
      };
      const otherDayIds = cues.otherDayOpeners.ids(doc.tokens);
      /** Whether the sentence opens on another day ("The day before, ..."). */
      const onOtherDay = (s: Sentence): boolean => cues.otherDayOpeners.at(otherDayIds, s.tokenStart, s.tokenEnd) !== null;
      const elsewhere = (s: Sentence, at: number, end: number) => {
        const sentenceStart = s.tokenStart;
        const sentenceEnd = s.tokenEnd;
        if (onOtherDay(s)) return true;
        // "who joined the President's calls": the cue's person owns other encounters, not this one
        // ("joined the Secretary's meeting with the Prime Minister" is this one).
        if (end + 1 < sentenceEnd && grammar.possessives.has(words[end]!) && cues.otherEncounters.has(words[end + 1]!.toLowerCase())) return true;
        // "Lavrov recalled that at the Istanbul talks in 2022 the Ukrainian side was led by": an encounter recalled.
        for (let q = sentenceStart; q < at; q++) if (cues.recallVerbs.has(words[q]!.toLowerCase())) return true;
        // "during which he will also hold talks with a United States delegation led by ...": back to the clause's comma too.
        let clause = Math.max(sentenceStart, at - 1);
        while (clause > sentenceStart && words[clause] !== ',' && at - clause < CLAUSE_REACH) clause--;
        for (let q = Math.min(Math.max(sentenceStart, at - 6), clause); q < at; q++) if (presentNotAfter.has(words[q]!.toLowerCase())) return true;
        if (otherDay(s, at)) return true;
        if (plannedIds && presentPlanned.all(plannedIds, sentenceStart, at).length > 0) return true;
        if (at > sentenceStart && words[at - 1]!.toLowerCase() === 'who') for (let q = end; q < sentenceEnd && q < end + 8; q++) if (presentPast.has(words[q]!.toLowerCase())) return true;
        // "Prime Minister KISHIDA Fumio, who is taking part in TICAD 8 online": a "who" clause of
        // attendance that names the gathering is about another event (not "who took part in
        // Tuesday's talks": a day names no gathering; nor "who was accompanied by Minister X").
        const who = at - 1 > sentenceStart && pos[at - 1] === AUX ? at - 2 : at - 1;
        if (who >= sentenceStart && words[who]!.toLowerCase() === 'who' && cues.attendingVerbs.has(words[at]!.toLowerCase())) {
          let q = end;
          while (q < sentenceEnd && q < end + 2 && GATHERING_LEAD.has(words[q]!)) q++;
          if (q > end && q < sentenceEnd && CAPITALISED.test(words[q]!) && !CALENDAR_WORD.test(words[q]!) && !personStarts.has(q)) return true;
        }
        // "the emergency conference ... at the Dead Sea earlier this week, which Secretary Antony
        // Blinken attended": attendance in a "which" clause is of the gathering named before it.
        if (cues.attendingVerbs.has(words[at]!.toLowerCase())) {
          for (let q = at - 1; q > sentenceStart && q >= at - WHICH_REACH; q--) {
            const w = words[q]!.toLowerCase();
            if (w === ';' || (w === ',' && words[q + 1]!.toLowerCase() !== 'which')) break;
            if (w !== 'which') continue;
            for (let r = q - 1; r >= sentenceStart && r >= q - GATHERING_REACH; r--) if (cues.gatherings.has(words[r]!.toLowerCase()) && !cues.hostedNouns.has(words[r]!.toLowerCase())) return true;
            // "TICAD 9, which President Joseph Boakai attended in Yokohama in August": or one the clause dates to another time.
            for (let r = end; r < sentenceEnd && r < end + WHICH_REACH && words[r] !== ','; r++) if (presentPast.has(words[r]!.toLowerCase()) || CALENDAR_WORD.test(words[r]!)) return true;
            break;
          }
        }
        return false;
      };
      /**
       * "Greg Hands, who is attending MC13 alongside Business and Trade Secretary Kemi Badenoch, met ...":
       * one named in a "who" clause of attendance is with the principal at the gathering, not at this table.
       */
      const attendingWith = (at: number, sentenceStart: number): boolean => {
        let attending = false;
        for (let q = at - 1; q > sentenceStart; q--) {
          const w = words[q]!.toLowerCase();
          if (w === ',' || w === ';') return false;
          if (cues.attendingVerbs.has(w)) attending = true;
          if (w === 'who') return attending && words[q - 1] === ',';
        }
        return false;
      };
      // "The two delegations reaffirmed ... that brought President Joseph Boakai into office": the
      // delegations that act as the sentence's subject seat no one it speaks of.
      // "The delegation was led by ...", "The U.S. delegation included ...": they do seat people.
      // Tokens inside a mention of a state, a body or a group (no person's).
      const actorTokens = new Set<number>();
      for (const m of doc.mentions) if (!m.place && m.actors.length === 1 && m.actors[0]!.kind !== 'person') for (let t = m.tokenStart; t < m.tokenEnd; t++) actorTokens.add(t);
      const actingBody = (sentenceStart: number, at: number, end: number): boolean => {
        if (pos[at] !== NOUN || end >= words.length || pos[end] === AUX || LISTING_VERBS.has(words[end]!.toLowerCase())) return false;
        // "The DRC delegation reaffirmed its backing for the Luanda process, facilitated by ...": a
        // state's delegation that acts, right before its verb.
        for (let q = sentenceStart; q < at; q++) if (pos[q] !== DET && pos[q] !== NUM && !(actorTokens.has(q) && pos[end] === VERB && words[end + 1] !== 'by')) return false;
        return true;
      };
      // "the East African Community, currently chaired by President William Ruto": an organisation
      // named just before, past a comma and adverbs, is the body its chair heads.
      const bodyEnds = new Set(doc.mentions.filter((m) => !m.place && m.actors.length === 1 && m.actors[0]!.kind === 'organisation').map((m) => m.tokenEnd));
      const leadIds = doc.meeting ? leads.ids(doc.tokens) : null;
      const ofBody = (at: number, sentenceStart: number): boolean => {
        if (at > sentenceStart && ledBodies.has(words[at - 1]!.toLowerCase())) return true;
        // Only a head's cue, one of data/meetings.yaml leadsAfter ("chaired by", "headed by"), not "accompanied by".
        if (!leadIds || !leads.at(leadIds, at, words.length)?.values.includes('after')) return false;
        // "the new leadership of Senegal headed by President Faye": past the state the body is of.
        let b = at - 1;
        while (b > sentenceStart && actorTokens.has(b)) b--;
        if (b < at - 1 && b - 1 >= sentenceStart && words[b] === 'of' && ledBodies.has(words[b - 1]!.toLowerCase())) return true;
        let q = at;
        while (q - 1 > sentenceStart && (pos[q - 1] === ADV || words[q - 1] === ',')) q--;
        return q < at && bodyEnds.has(q);
      };
      // "introduced the Bridgetown Initiative led by ...": a cue of `presentBeforePerson` seats only a person a few
      // words on, with no body or "by" on the way ("introduced his new Special Envoy, Ann Carver").
      const personAfter = (sentence: number, c: { start: number; end: number; values: readonly string[] }): boolean => {
        // "Minister X joined President Bio for the meeting", not "sent a congratulatory letter for the meeting".
        if (cues.presentAfterJoin.has(c.values[0]!)) {
          const from = doc.sentences[sentence]!.tokenStart;
          return words.slice(from, c.start).some((w) => cues.joinVerbs.has(w.toLowerCase()));
        }
        if (!cues.presentBeforePerson.has(c.values[0]!)) return true;
        const next = doc.mentions.find((x) => x.sentence === sentence && x.tokenStart >= c.end && x.tokenStart - c.end <= INTRODUCED_REACH && x.actors.some((a) => a.kind === 'person'));
        return next !== undefined && !words.slice(c.end, next.tokenStart).some((w) => w === 'by' || grammar.bodyWords.has(w));
      };
      // "The head of the Russian delegation expressed gratitude to President X": the delegation's head acts; it seats no one.
      const headOfDelegation = (at: number, sentenceStart: number): boolean => {
        for (let q = at - 1; q > sentenceStart && at - q <= HEAD_REACH; q--) if (words[q] === 'of' && cues.delegationHeads.has(words[q - 1]!.toLowerCase())) return true;
        return false;
      };
      if (doc.meeting && leadIds) {
        const ids = present.ids(doc.tokens);
        for (const s of doc.sentences) {
          // "introduced the Bridgetown Initiative led by ...": such a cue seats only a person named right after it.
          if (present.all(ids, s.tokenStart, s.tokenEnd).some((c) => !elsewhere(s, c.start, c.end) && !actingBody(s.tokenStart, c.start, c.end) && !ofBody(c.start, s.tokenStart) && personAfter(s.index, c) && !headOfDelegation(c.start, s.tokenStart))) seating.add(s.index);
          if (!seating.has(s.index) && s.index !== meetingSentence) continue;
          for (const cue of leads.all(leadIds, s.tokenStart, s.tokenEnd)) {
            if (ofBody(cue.start, s.tokenStart)) continue;
            if (cue.values[0] === 'after' && !leadAfter.has(s.index)) leadAfter.set(s.index, cue.end);
            if (cue.values[0] === 'before') leadBefore.set(s.index, cue.start);
            if (cue.values[0] === 'end' && leadAfter.has(s.index) && !leadAfterEnd.has(s.index) && cue.start >= leadAfter.get(s.index)!) leadAfterEnd.set(s.index, cue.start);
          }
        }
      }
      // "the President was prepared to consider", of a President named only as the owner of a
      // determination: a title referring back to someone named seats them only with other evidence;
      // "He", and the title of someone never named ("The Prime Minister" of a No10 release), do.
      const named = new Set(doc.mentions.filter((m) => m.via !== 'reference' && m.actors.length === 1).map((m) => key(m.actors[0]!)));
      // "His Majesty" is a style, like "the Sultan", not the pronoun "he".
      const bareOffice = (m: Mention, a: Actor): boolean => named.has(key(a)) && (doc.tokens.pos[m.tokenStart] !== PRON || m.tokenEnd - m.tokenStart > 1);
      /** "at the Boris Yeltsin Presidential Library": a name that begins the name of a place or body is no person here. */
      const namesABody = (m: Mention): boolean => {
        // Only a mention that ends in the name ("Boris Yeltsin |"), not in a title set off after it ("..., Bahrain's Minister of Defence | Affairs").
        if (!doc.text.slice(m.start, m.end).endsWith(m.actors[0]!.name.split(' ').pop()!)) return false;
        for (let q = m.tokenEnd; q < words.length && q - m.tokenEnd < VENUE_NAME_REACH && CAPITALISED.test(words[q]!); q++) if (grammar.bodyWords.has(words[q]!)) return true;
        return false;
      };
      /** "to be put before President Trump and President Xi": one a result goes to, and one joined to them by "and". */
      const resultTo = (m: Mention): boolean => {
        if (m.tokenStart === 0) return false;
        const before = words[m.tokenStart - 1]!.toLowerCase();
        if (cues.resultGoesTo.has(before)) return true;
        if (before === 'to' && m.tokenStart > 1 && cues.sentTo.has(words[m.tokenStart - 2]!.toLowerCase())) return true;
        if (before !== 'and') return false;
        const prev = doc.mentions.find((x) => x.sentence === m.sentence && x.tokenEnd === m.tokenStart - 1);
        return prev !== undefined && prev !== m && resultTo(prev);
      };
      for (const m of doc.mentions) {
        if (m.actors.length !== 1) continue;
        const a = m.actors[0]!;
        if (a.kind !== 'person' || a.name === a.title || namesABody(m)) continue;
        let p = people.get(key(a));
        if (!p) {
          p = { actor: a, title: null, mentions: [], present: false, lead: false, away: false };
          people.set(key(a), p);
        }
        p.mentions.push(m);
        // The fullest title: of the actor, or of a longer mention of it ("Foreign Minister Tunde Okafor of Nigeria").
        const actorTitle = a.title ? titleBefore(a.title, a.name, setOffStyles, styles) : null;
        const asWritten = m.via === 'reference' ? null : titleBefore(doc.text.slice(m.start, m.end), a.name, setOffStyles, styles);
        // The actors stage knew where the name began: a mention's title that only runs on past the
        // actor's into the name ("National Security Advisor Mike" for "Mike Waltz") is not fuller.
        for (const title of [actorTitle, asWritten && actorTitle && asWritten.startsWith(actorTitle) ? null : asWritten]) {
          if (title && (p.title === null || title.length > p.title.length)) p.title = title;
        }
        // Not "Prime Minister Abdul Hamid Dbeibah of Libya's Government": there the possessive is the state's.
        const possessor = m.tokenEnd < words.length && grammar.possessives.has(words[m.tokenEnd]!) && !words.slice(Math.max(m.tokenStart, m.tokenEnd - OF_STATE_REACH), m.tokenEnd).includes('of');
        // "was received by Deputy Foreign Minister X" (not "the dinner hosted by"), "received a telephone call
        // today from Minister X": a host or a caller after "by" or "from" is at the table, whom those words otherwise keep away.
        // "agreed by the Prime Minister and the President in May": the words before the article, for a title referring back.
        const lead = m.via === 'reference' && m.tokenStart > 0 && words[m.tokenStart - 1] === 'the' ? m.tokenStart - 1 : m.tokenStart;
        const atTableAfter =
          (lead > 2 && words[lead - 1] === 'by' && cues.hostsBy.has(words[lead - 2]!.toLowerCase()) && grammar.be.has(words[lead - 3]!.toLowerCase())) ||
          (lead > 1 && words[lead - 1] === 'from' && CALLER_REACH.some((k) => lead - k >= 0 && cues.callsFrom.has(words[lead - k]!.toLowerCase())));
        // "the State Funeral of the late former Prime Minister ABE Shinzo": past "former" to the word before.
        const beforeLead = lead > 1 && words[lead - 1]!.toLowerCase() === 'former' ? lead - 2 : lead - 1;
        const spokenOf = (beforeLead >= 0 && absentBefore.has(words[beforeLead]!.toLowerCase()) && !atTableAfter) || metEarlier(m) || attendingWith(m.tokenStart, doc.sentences[m.sentence]!.tokenStart) || (m.sentence === meetingSentence && inPastRelative(doc, doc.sentences[m.sentence]!, m.tokenStart, cues));
        // Named in the meeting's own sentence as a party to it, in a sentence that seats people, or
        // referred back to ("the Secretary", "He") when of a side of the meeting: a "he said" after a
        // third state's official was named ("opposes the visit of Speaker Pelosi") is not about them.
        const ofSide = !doc.meeting || doc.meeting.parties.includes(a.party ?? '');
        // "looked forward to welcoming the President ... for a State Visit hosted by His Majesty The King": an office looked forward to is not at this table.
        const planned = plannedIds !== null && presentPlanned.all(plannedIds, doc.sentences[m.sentence]!.tokenStart, m.tokenStart).length > 0;
        // "The Prime Minister said the Defence Secretary would meet his counterparts in the autumn": an office that will act later is not at this table.
        // Only in what someone said ("said the Defence Secretary would"), not "The Foreign Secretary would join the talks in the afternoon".
        const laterActor = m.via === 'reference' && m.tokenEnd < words.length && (grammar.future.has(words[m.tokenEnd]!.toLowerCase()) || grammar.conditional.has(words[m.tokenEnd]!.toLowerCase())) && reportedBy(m.tokenStart);
        // "is heading the Liberian delegation ... on behalf of Minister of Foreign Affairs X": the one stood in for is away.
        // "formed by decision of President X": so is the one on whose order it acts.
        // "the state funeral of (the late) former Prime Minister Abe Shinzo": so is one mourned.
        let ofAt = m.tokenStart - 1;
        while (ofAt > 0 && (grammar.bygoneWords.has(words[ofAt]!.toLowerCase()) || words[ofAt]!.toLowerCase() === 'the')) ofAt--;
        const mourned = m.tokenStart > 0 && words[m.tokenStart - 1]!.toLowerCase() === 'late';
        const stoodInFor = (ofAt > 0 && words[ofAt] === 'of' && cues.onBehalfNouns.has(words[ofAt - 1]!.toLowerCase())) || resultTo(m) || mourned;
        // "Later in the day, Sergey Lavrov was received by President X": a host after "by" is at the table in any
        // sentence, unless the sentence tells another day ("The day before, ... was received by").
        // Not one still to come: "will be received by", "is to be received by".
        const toCome = words.slice(Math.max(0, m.tokenStart - 6), m.tokenStart).some((w, k, all) => presentNotAfter.has(w.toLowerCase()) || (w === 'to' && all[k + 1] === 'be'));
        const hostOfDay = atTableAfter && !toCome && !onOtherDay(doc.sentences[m.sentence]!);
        // "putting into practice the understandings of the two presidents": those a reference names as owners are spoken of.
        const ownersOf = m.via === 'reference' && m.tokenStart > 0 && (words[m.tokenStart - 1] === 'of' || cues.officeOfSide.has(words[m.tokenStart - 1]!.toLowerCase()));
        // "the Economic Prosperity Deal agreed by the Prime Minister and the President in May": an office
        // referred back to as the agent of an earlier act is not at this table.
        // So is the agent of a participle with no auxiliary before it ("the partnership, steered by the two heads of state").
        const participleAgent = lead > 2 && words[lead - 1] === 'by' && pos[lead - 2] === VERB && words[lead - 2]!.endsWith('ed') && !grammar.be.has(words[lead - 3]!.toLowerCase());
        const agentOfEarlier = (lead > 1 && words[lead - 1] === 'by' && cues.concludedVerbs.has(words[lead - 2]!.toLowerCase())) || participleAgent;
        // "traveling at the direction of President Donald J. Trump ... The President has said": one first named as away is not seated by a title referring back.
        if (m.via !== 'reference' && stoodInFor && p.mentions.length === 1) p.away = true;
        // "..., which President Joe Biden underscored when he hosted Pacific leaders": a pronoun for one named in its own sentence seats no more than the name does.
        const namedInSentence = m.via === 'reference' && p.mentions.some((x) => x !== m && x.sentence === m.sentence && x.via !== 'reference');
        if ((m.via === 'reference' && ofSide && !statement && !bareOffice(m, a) && !planned && !laterActor && !ownersOf && !agentOfEarlier && !p.away && !namedInSentence) || (!possessor && !stoodInFor && !ownersOf && (seating.has(m.sentence) || (m.sentence === meetingSentence && !spokenOf))) || hostOfDay) p.present = true;
        const after = leadAfter.get(m.sentence);
        const before = leadBefore.get(m.sentence);
        const afterEnd = leadAfterEnd.get(m.sentence) ?? Number.POSITIVE_INFINITY;
        if (m.via !== 'reference' && !possessor && ((after !== undefined && m.tokenStart >= after && m.tokenStart < afterEnd) || (before !== undefined && m.tokenEnd <= before))) p.lead = p.present = true;
      }
      // "Sergey Lavrov and Yuri Ushakov held talks": the first two people of the meeting's sentence,
      // of one side and named together, lead it together (not those met: "met with A and B").
      // "A and B met with C and D" at a "2+2" (a dialogue): when the first two lead together, so do
      // the next two of the other side named together (at a visit, "met with President Zelenskyy
      // and Foreign Minister Kuleba" seats the minister as accompanying, as before).
      const coLeadOf = new Map<string, string>();
      const inMeetingSentence = doc.mentions.filter((m) => m.sentence === meetingSentence && m.actors.length === 1 && m.actors[0]!.kind === 'person');
      const namedHere = inMeetingSentence.filter((m) => m.via !== 'reference');
      // "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, and Mr. KIHARA Minoru": a title set off
      // after the first name, referring back to it, stands between the two.
      const namedTogether = (a: Mention, b: Mention): boolean => {
        if (a.actors[0]!.party !== b.actors[0]!.party) return false;
        let e = a.tokenEnd;
        // "Kamikawa Yoko": a given name written after the surname the mention ends at.
        const nameWords = a.actors[0]!.name.toLowerCase().split(' ');
        while (e < b.tokenStart && nameWords.includes(words[e]!.toLowerCase())) e++;
        const aside = words[e] === ',' ? inMeetingSentence.find((m) => m.tokenStart === e + 1 && m.via === 'reference' && key(m.actors[0]!) === key(a.actors[0]!)) : undefined;
        if (aside) e = aside.tokenEnd;
        if (words[e] === ',') e++;
        if (words[e] !== 'and') return false;
        if (b.tokenStart === e + 2 && pos[e + 1] === DET) return true;
        return b.tokenStart === e + 1;
      };
      const [m1, m2] = namedHere;
      if (m1 && m2 && namedTogether(m1, m2)) {
        coLeadOf.set(key(m2.actors[0]!), key(m1.actors[0]!));
        const k = doc.meeting?.kind !== 'dialogue' ? -1 : namedHere.findIndex((m, i) => i > 1 && m.actors[0]!.party !== m1.actors[0]!.party);
        const [m3, m4] = k > 0 ? namedHere.slice(k) : [];
        if (m3 && m4 && namedTogether(m3, m4)) coLeadOf.set(key(m4.actors[0]!), key(m3.actors[0]!));
      }
      const ordered = [...people.values()];
      // The publisher's side leads; with no publisher known, the side of the first person present.
      const known = doc.meta.publisher !== null;
      const own = known ? doc.parties[0] : ordered.find((p) => p.present)?.actor.party;
      // Each side's leads: those a lead cue names ("co-chaired by A and B"), else its first person present.
      const ledSides = new Set(ordered.filter((p) => p.lead).map((p) => p.actor.party));
      const sideLead = new Map<string | null, string>();
      doc.participants = ordered.map((p): Participant => {
        let role: ParticipantRole = 'mentioned';
        if (p.present && doc.meeting) {
          const side = p.actor.party;
          const lead = ledSides.has(side) ? p.lead : !sideLead.has(side) || sideLead.get(side) === coLeadOf.get(key(p.actor));
          // Every other state's lead is a counterpart: both foreign ministers of a trilateral meeting.
          role = lead ? (side === own ? 'principal' : 'counterpart') : 'accompanying';
          if (lead && !sideLead.has(side)) sideLead.set(side, key(p.actor));
        }
        return {
          name: p.actor.name,
          title: p.title,
          country: p.actor.party,
          actor: p.actor.code,
          role,
          mentions: p.mentions.map((m) => ({ sentence: m.sentence, span: { start: m.start, end: m.end } })),
        };
      });
      const { speaker, speakerTitle } = doc.meta;
      const voice = speakerTitle?.value.toLowerCase();
      if (known && own && speaker?.evidence && voice && releaseVoices.some((v) => voice.includes(v)) && !doc.participants.some((p) => p.name === speaker.value)) {
        doc.participants.push({ name: speaker.value, title: speakerTitle!.value, country: own, actor: `${own}GOV`, role: 'mentioned', mentions: [], line: speaker.evidence });
      }
    },
  };
}
