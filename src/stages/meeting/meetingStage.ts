import type { KindCue, MeetingCues } from '../../dictionaries/meetingCues.js';
import type { Mention } from '../../model/Actor.js';
import type { Doc } from '../../model/Doc.js';
import type { Evidence, Meeting } from '../../model/Meeting.js';
import type { Sentence } from '../../model/Sentence.js';
import { posIndex } from '../../model/Tokens.js';
import type { Stage } from '../../pipeline/Stage.js';
import { CALENDAR_WORD } from '../dates/calendar.js';
import { sentenceDate } from '../dates/sentenceDate.js';
import { inPastRelative } from './inPastRelative.js';

const PROPN = posIndex('PROPN');
const NOUN = posIndex('NOUN');
/** Sentences of the opening read for the kind, the place and the dates: readouts say them first. */
const OPENING = 3;

/** Words allowed between an earlier-encounter cue and the kind cue it governs ("following up on their phone call"). */
const EARLIER_GAP = 2;
/** Words of a gathering's name before its kind word in a title ("at | G7 Foreign Ministers' | talks"). */
const MAX_GATHERING_NAME = 4;
/** How far before a gathering the words of a meeting held beside it stand ("on the margins of the"). */
const MARGIN_REACH = 4;
const STATEMENT_ON = 'title: joint statement on';

const CAPITALISED = /^\p{Lu}/u;
/** How far after "hosted" the consultations it hosted are named ("Moscow hosted Russian - Eritrean political consultations"). */
const HOSTED_REACH = [1, 2, 3, 4, 5];
/** The dash after a release's dateline ("JOHANNESBURG –"). */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['–', '—', '-']);
/** Tokens inside a gathering's name besides its capitalised words ("G20", "Leaders ’ Summit", "Summit of the Americas"). */
/** Whether the title's words before `at` are "at" and a name ("at | NATO | talks", "at the G20 summit"). */
const atGathering = (words: readonly string[], at: number): boolean => {
  let q = at - 1;
  while (q >= 0 && at - q <= MAX_GATHERING_NAME && (CAPITALISED.test(words[q]!) || /^\d/u.test(words[q]!))) q--;
  if (q >= 0 && words[q]!.toLowerCase() === 'the' && q < at - 1) q--;
  if (q >= 0 && q < at - 1 && words[q]!.toLowerCase() === 'at') return true;
  // "... meets Marshall Islands envoy as global shipping talks open": talks a clause of "as" names are the occasion.
  for (let k = at - 1; k >= 0 && at - k <= MAX_GATHERING_NAME; k--) if (words[k]!.toLowerCase() === 'as') return true;
  return false;
};
const NAME_INNER = /^(?:\d[\w-]*|of|the|and|on|’|'|’s|'s|-)$/u;
/** Longest occasion name read past an "on" ("the Summit on Peace in Ukraine"), in tokens from its start. */
const MAX_OCCASION_NAME = 20;
/** "in June", "on Tuesday": a date, not a place. */

/**
 * The meeting a readout reports: its kind (from the title, then the opening sentences, by the cues
 * of data/meetings.yaml in their order; a bilateral meeting in one side's country is a visit),
 * where (the place after "in", "to", "at"), on the margins of what, and when (the meeting
 * sentence's date, "from June 18-19" resolved against the reference date; "today" or no date: the
 * reference date). A document with no meeting cue (a statement) has no meeting.
 */
export function meetingStage(cues: MeetingCues, tokenize: (text: string) => string[]): Stage {
  return {
    name: 'meeting',
    requires: ['sentences', 'tokens', 'mentions', 'parties', 'meta'],
    provides: ['meeting'],
    run(doc: Doc): void {
      const { starts, ends, pos, words } = doc.tokens;
      const opening = doc.sentences.slice(0, OPENING);
      // Only the opening is read: its tokens are the only ones looked up.
      const until = opening[opening.length - 1]?.tokenEnd ?? 0;
      const ids = cues.text.ids(doc.tokens, until);
      const earlierIds = cues.earlierEncounter.ids(doc.tokens, until);

      // Occasion: "on the margins of the G20 Leaders’ Summit".
      const occasionIds = cues.occasion.ids(doc.tokens, until);
      const occasionAtIds = cues.occasionAt.ids(doc.tokens, until);
      let occasion: string | null = null;
      // A kind word inside the occasion ("the G20 Leaders’ Summit") names the occasion, not the meeting.
      let occasionTokens: { sentence: number; start: number; end: number } | null = null;
      /** Whether token `t` of sentence `sentence` lies in the occasion's name. */
      const inOccasion = (sentence: number, t: number): boolean => occasionTokens !== null && occasionTokens.sentence === sentence && t >= occasionTokens.start && t < occasionTokens.end;
      /** The noun phrase after an occasion cue ending at `from`. */
      const phraseAfter = (from: number, s: Sentence): { b: number; e: number } => {
        let e = from;
        while (e < s.tokenEnd && e - from < 12 && !cues.occasionEnd.has(words[e]!.toLowerCase())) e++;
        // "the Summit on Peace in Ukraine in Bürgenstock": a capitalised subject after "on" is the
        // name's, and so is a place after it when another "in" follows with the venue.
        if (e + 1 < s.tokenEnd && words[e] === 'on' && CAPITALISED.test(words[e + 1]!) && !CALENDAR_WORD.test(words[e + 1]!)) {
          let q = e + 1;
          while (q < s.tokenEnd && q - from < MAX_OCCASION_NAME && (CAPITALISED.test(words[q]!) || NAME_INNER.test(words[q]!))) q++;
          let r = q;
          if (words[r] === 'in' && r + 1 < s.tokenEnd && CAPITALISED.test(words[r + 1]!)) {
            r++;
            while (r < s.tokenEnd && CAPITALISED.test(words[r]!)) r++;
            if (words[r] === 'in' && r + 1 < s.tokenEnd && CAPITALISED.test(words[r + 1]!)) q = r;
          }
          e = q;
        }
        let b = from;
        if (b < e && words[b]!.toLowerCase() === 'the') b++;
        return { b, e };
      };
      // The gathering word in the capitalised name itself: not "at the White House today for a trilateral peace summit".
      const isGathering = ({ b, e }: { b: number; e: number }) => {
        for (let t = b; t < e && (CAPITALISED.test(words[t]!) || NAME_INNER.test(words[t]!)); t++) if (t > b && cues.gatherings.has(words[t]!.toLowerCase())) return true;
        return false;
      };
      for (const s of opening) {
        const m = cues.occasion.all(occasionIds, s.tokenStart, s.tokenEnd)[0];
        const at = m ? undefined : cues.occasionAt.all(occasionAtIds, s.tokenStart, s.tokenEnd).find((x) => isGathering(phraseAfter(x.end, s)));
        const cue = m ?? at;
        if (!cue) continue;
        if (inPastRelative(doc, s, cue.start, cues)) break;
        const { b, e } = phraseAfter(cue.end, s);
        if (e > b) {
          occasion = doc.text.slice(starts[b]!, ends[e - 1]!);
          occasionTokens = { sentence: s.index, start: b, end: e };
        }
        break;
      }

      let best: { cue: KindCue; evidence: Evidence; sentence: Sentence | null } | null = null;
      const title = doc.meta.title?.value;
      if (title) {
        const titleWords = tokenize(title);
        const tids = cues.title.idsOfWords(titleWords);
        let reported: KindCue | null = null;
        const inPerson = cues.notCallTitles.all(cues.notCallTitles.idsOfWords(titleWords), 0, titleWords.length);
        for (const m of cues.title.all(tids, 0, tids.length)) {
          if (m.values.some((c) => c.kind === 'call') && inPerson.some((p) => p.start <= m.start && m.end <= p.end)) continue;
          // "... agree closer naval cooperation at NATO talks": a gathering the meeting was held at names its occasion, not its kind.
          if (atGathering(titleWords, m.start)) continue;
          for (const cue of m.values) {
            if (!best || cue.rank < best.cue.rank) best = { cue, evidence: { sentence: null, span: null, rule: `title: ${cue.phrase}` }, sentence: null };
            if (cue.kind !== 'joint-statement' && (!reported || cue.rank < reported.rank)) reported = cue;
          }
        }
        // "Joint Statement on the Fifth U.S.-Liberia Partnership Dialogue": a statement on one
        // meeting reports that meeting.
        if (best?.cue.kind === 'joint-statement' && reported) best = { cue: reported, evidence: { sentence: null, span: null, rule: `${STATEMENT_ON} ${reported.phrase}` }, sentence: null };
      }
      /** "who is in China on a state visit", "is visiting": the visit under way, not one spoken of ("preparations for the state visit"). */
      const visitUnderWay = (from: number, to: number): boolean => {
        const around = words.slice(Math.max(0, from - 2), to).join(' ').toLowerCase();
        return cues.visitsUnderWay.some((v) => around.endsWith(v));
      };
      // The first opening sentence with a kind cue; a lower-ranked kind there beats the title's.
      for (const s of opening) {
        let found = false;
        const earlier = cues.earlierEncounter.all(earlierIds, s.tokenStart, s.tokenEnd);
        for (const m of cues.text.all(ids, s.tokenStart, s.tokenEnd)) {
          if (inOccasion(s.index, m.start)) continue;
          if (earlier.some((e) => e.end <= m.start && m.start - e.end <= EARLIER_GAP)) continue;
          // "President Xi Jinping and President Vladimir Putin, who met twice this year": others' meetings in a
          // relative clause (not the visit under way: "..., who is visiting Japan").
          if (m.start - 1 > s.tokenStart && words[m.start - 1]!.toLowerCase() === 'who' && words[m.start - 2] === ',' && m.values.every((c) => c.kind !== 'visit')) continue;
          for (const cue of m.values) {
            // "issued the following joint statement" in a statement on one meeting: that meeting is still sought.
            if (cue.kind === 'joint-statement' && best?.evidence.rule.startsWith(STATEMENT_ON)) continue;
            found = true;
            // A joint statement whose opening says its signatories met ("... and ... met in New York")
            // reports that meeting: the opening's kind beats the title's.
            const statementOfMeeting = best?.sentence === null && best.cue.kind === 'joint-statement' && cue.kind !== 'joint-statement';
            const span = { start: starts[m.start]!, end: ends[m.end - 1]! };
            // The meeting a joint statement's title names, said again in the text: the meeting's sentence is that one.
            if (best?.sentence === null && best.cue.kind === cue.kind && best.evidence.rule.startsWith(STATEMENT_ON)) best = { cue: best.cue, evidence: { sentence: s.index, span, rule: best.evidence.rule }, sentence: s };
            // "Russian-Costa Rican political consultations ... were held via videoconference": a
            // standing channel's round held by video is still that round.
            else if (best?.sentence === null && best.cue.kind === 'dialogue' && cue.kind === 'call') continue;
            // "Russian-Chinese talks" over "Vladimir Putin, who is in the People's Republic of China on a
            // state visit, held talks": the title's bare "talks" are the visit's.
            else if (!best || cue.rank < best.cue.rank || statementOfMeeting || (best.sentence === null && best.cue.kind === 'talks' && cue.kind === 'visit' && visitUnderWay(m.start, m.end))) best = { cue, evidence: { sentence: s.index, span, rule: cue.phrase }, sentence: s };
          }
        }
        if (found) break;
      }
      if (!best) {
        doc.meeting = null;
        return;
      }
      // "held a summit meeting with ... to attend the NATO Summit": two leaders meeting on the margins
      // of a summit hold a meeting; the summit is its occasion.
      // "Japan-Fiji Summit Meeting": MOFA Japan's name for two leaders meeting is no summit of many
      // states; it is a meeting, or a visit when held in one side's country.
      const organisationParty = (p: string) => doc.mentions.some((m) => m.actors.some((a) => a.party === p && a.kind === 'organisation'));
      const twoStates = doc.parties.length === 2 && !doc.parties.some(organisationParty);
      const kind = best.cue.kind === 'summit' && (occasion !== null || twoStates) ? 'meeting' : best.cue.kind;
      // A kind named only by the title: the meeting's sentence is the first of the opening to name a place.
      const where = best.sentence ?? (best.evidence.rule.startsWith(STATEMENT_ON) ? opening.find((s) => doc.mentions.some((m) => m.sentence === s.index && m.place)) : undefined) ?? opening[0] ?? null;

      // Location: a place mention after a location cue in the meeting's sentence, else a run of
      // proper nouns after one ("in Woodside, California"). Calls and joint statements have none.
      let location: Meeting['location'] = null;
      let locationEvidence: Evidence | null = null;
      // A venue that is the publisher's own ministry: someone was called in there, no visit.
      let ownVenue = false;
      if (where && kind !== 'call' && kind !== 'joint-statement') {
        // Not where people came from: "officials from the White House ... met in Geneva".
        const cameFrom = (t: number) => t > 0 && (words[t - 1]!.toLowerCase() === 'from' || (t > 1 && words[t - 1]!.toLowerCase() === 'the' && words[t - 2]!.toLowerCase() === 'from'));
        // Not the gathering: "at the G20 Leaders' Summit in Rio de Janeiro" met in Rio de Janeiro.
        // "the Ambassador of Montenegro to the Russian Federation": "to" after a post abroad, held by
        // no one named, names where the post is (not "traveled with Ambassador Bridget Brink to Kharkiv").
        const postBefore = (sentence: number, to: number): boolean =>
          doc.mentions.some((x) => x.sentence === sentence && x.tokenEnd === to && x.actors.some((a) => a.kind === 'person' && a.name === a.title && cues.postTitles.some((t) => a.title?.startsWith(t))));
        const postPlace = (m: Mention): boolean => {
          const to = words[m.tokenStart - 1] === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
          return to >= 0 && words[to] === 'to' && postBefore(m.sentence, to);
        };
        // A place in the occasion's name ("the Summit on Peace in Ukraine in Bürgenstock") only when
        // no other is written ("on the sidelines of the Munich Security Conference").
        const places = doc.mentions.filter((m) => m.sentence === where.index && m.place && m.tokenStart > 0 && !cameFrom(m.tokenStart) && m.actors[0]?.kind !== 'organisation' && !inPastRelative(doc, where, m.tokenStart, cues) && !postPlace(m));
        const placeMention = places.find((m) => !inOccasion(m.sentence, m.tokenStart)) ?? places[0];
        if (placeMention) {
          const span = { start: placeMention.start, end: placeMention.end };
          location = { name: doc.text.slice(span.start, span.end), country: placeMention.actors[0]?.party ?? null, span };
          locationEvidence = { sentence: where.index, span, rule: 'place' };
        } else {
          for (const m of cues.location.all(cues.location.ids(doc.tokens, until), where.tokenStart, where.tokenEnd)) {
            // "Chargé d'Affaires of Lithuania in Moscow Virginija Umbrasienė": a diplomat's post is no venue.
            if (doc.mentions.some((x) => x.sentence === where.index && x.tokenStart < m.start && x.tokenEnd > m.start)) continue;
            if (inPastRelative(doc, where, m.start, cues)) continue;
            if (m.values[0] === 'to' && postBefore(where.index, m.start)) continue;
            let b = m.end;
            if (b < where.tokenEnd && words[b]!.toLowerCase() === 'the') b++;
            let e = b;
            // "in Marrakesh, Foreign Minister Sergey Lavrov met": a person or an office after the comma is no part of the place.
            const officeAt = (t: number) => doc.mentions.some((x) => x.tokenStart === t && x.actors.some((a) => a.kind !== 'state'));
            while (e < where.tokenEnd && (pos[e] === PROPN || (pos[e] === NOUN && CAPITALISED.test(words[e]!)))) {
              e++;
              // "Punta del Este": a particle between two capitalised words of a place's name.
              if (e + 1 < where.tokenEnd && cues.placeParticles.has(words[e]!) && CAPITALISED.test(words[e + 1]!)) e++;
              // "Woodside, California": a comma between two proper nouns joins them.
              if (e + 1 < where.tokenEnd && words[e] === ',' && pos[e + 1] === PROPN && !officeAt(e + 1)) e++;
              // "Joint Base Elmendorf-Richardson": so does a hyphen written between them.
              else if (e + 1 < where.tokenEnd && words[e] === '-' && starts[e] === ends[e - 1] && pos[e + 1] === PROPN) e++;
            }
            // "to the Ministry of Foreign Affairs of the Russian Federation": a body named there is the venue, whole.
            const body = doc.mentions.find((x) => x.sentence === where.index && x.tokenStart === b && x.tokenEnd > e && x.actors.every((a) => a.kind === 'group'));
            if (body) e = body.tokenEnd;
            // "in the Arctic Council": an organisation is no place.
            const organisation = doc.mentions.some((x) => x.sentence === where.index && x.tokenStart < e && x.tokenEnd > b && x.actors.some((a) => a.kind === 'organisation'));
            // "at the European Political Community summit at Blenheim Palace": a gathering's name is its occasion, not its place.
            const gathering = e < where.tokenEnd && cues.gatherings.has(words[e]!.toLowerCase());
            const inside = doc.mentions.find((x) => x.sentence === where.index && x.tokenStart >= b && x.tokenStart <= e);
            // "held talks outside Beijing", not "the shelling of villages outside Belgorod": only a party's own city.
            const outsideElsewhere = cues.nearCues.has(m.values[0]!) && !doc.parties.includes(inside?.actors[0]?.party ?? '');
            if (e > b && !CALENDAR_WORD.test(words[b]!) && !organisation && !gathering && !outsideElsewhere) {
              const span = { start: starts[b]!, end: ends[e - 1]! };
              // "at Joint Base Elmendorf-Richardson in Anchorage, Alaska": a venue no dictionary knows is in the place named after it.
              const around = e + 1 < where.tokenEnd && words[e] === 'in' ? doc.mentions.find((x) => x.sentence === where.index && x.place && x.tokenStart === e + 1) : undefined;
              // "was called in to the Ministry": the publisher's own ministry, in its state.
              const own = cues.ownVenues.has(doc.text.slice(span.start, span.end)) && doc.meta.publisher ? (doc.parties[0] ?? null) : null;
              if (own) ownVenue = true;
              location = { name: doc.text.slice(span.start, span.end), country: own ?? inside?.actors[0]?.party ?? around?.actors[0]?.party ?? null, span };
              locationEvidence = { sentence: where.index, span, rule: m.values[0]! };
              break;
            }
          }
        }
        // "On April 23, Moscow hosted political consultations": a seat of government that hosts it.
        if (!location) {
          const host = doc.mentions.find((x) => x.sentence === where.index && x.tokenEnd < where.tokenEnd && x.actors.length === 1 && x.actors[0]!.kind === 'state' && x.actors[0]!.role === 'GOV' && cues.hostVerbs.has(words[x.tokenEnd]!.toLowerCase()) && HOSTED_REACH.some((k) => cues.hostedNouns.has(words[x.tokenEnd + k]?.toLowerCase() ?? '')));
          if (host) {
            const span = { start: host.start, end: host.end };
            location = { name: doc.text.slice(span.start, span.end), country: host.actors[0]!.party, span };
            locationEvidence = { sentence: where.index, span, rule: 'seat that hosted it' };
          }
        }
        // "on the sidelines of the Second Minsk International Conference on Eurasian Security": with
        // no place written, a seat of government named in the occasion is where it met.
        if (!location && occasionTokens?.sentence === where.index) {
          const { start: b, end: e } = occasionTokens;
          const seat = doc.mentions.find((x) => x.sentence === where.index && x.tokenStart >= b && x.tokenEnd <= e && x.actors.length === 1 && x.actors[0]!.kind === 'state' && x.actors[0]!.role === 'GOV' && x.tokenEnd - x.tokenStart === 1);
          if (seat) {
            const span = { start: seat.start, end: seat.end };
            location = { name: doc.text.slice(span.start, span.end), country: seat.actors[0]!.party, span };
            locationEvidence = { sentence: where.index, span, rule: 'seat named in the occasion' };
          }
        }
        // "JOHANNESBURG – United States Trade Representative Katherine Tai met today with ...": with no
        // place written, the dateline's city is where the release was issued, beside the meeting.
        if (!location) {
          // A seat of government opening the text is read as a state's name ("VIENNA –"), not a place after a preposition.
          const dateline = doc.mentions.find((x) => x.tokenStart === 0 && (x.place || (x.actors[0]?.kind === 'state' && x.actors[0].role === 'GOV')) && x.actors.length === 1 && DATELINE_DASHES.has(words[x.tokenEnd] ?? '') && words[0] === words[0]!.toUpperCase());
          if (dateline) {
            const span = { start: dateline.start, end: dateline.end };
            location = { name: doc.text.slice(span.start, span.end), country: dateline.actors[0]!.party, span };
            locationEvidence = { sentence: dateline.sentence, span, rule: 'dateline' };
          }
        }
      }

      // Dates: the meeting sentence's, as a range when it is one; else ("today", none) the reference date.
      const ref = doc.meta.referenceDate?.value ?? null;
      let start: string | null = null;
      let end: string | null = null;
      let datesEvidence: Evidence | null = null;
      // Only the meeting's own sentence: the next ones recall earlier meetings ("since they met in November").
      const written = where && ref ? sentenceDate(doc, where) : null;
      // "the understanding reached by ... in Riyadh on February 18, delegations met today": a date in another event's clause is not this one's.
      let dateToken = where ? where.tokenStart : -1;
      if (written && where) while (dateToken < where.tokenEnd && starts[dateToken]! < where.start + written.index) dateToken++;
      const d = written && where && !inPastRelative(doc, where, dateToken, cues) ? written : null;
      if (where && d) {
        start = d.start;
        end = d.end ?? d.start;
        datesEvidence = { sentence: where.index, span: { start: where.start + d.index, end: where.start + d.index + d.length }, rule: 'date in the text' };
      }
      if (!start && ref && kind !== 'joint-statement') {
        start = end = ref;
        datesEvidence = { sentence: null, span: null, rule: 'reference date' };
      }

      // Two sides meeting in the country of one of them: one side came to the other, which readouts
      // call a visit whatever verb they use ("met with", "hosted"), also when it came for a gathering
      // the host holds ("to attend TICAD 9" in Yokohama, "on the margins of the U.S.-Africa Leaders
      // Summit in Washington"). With no place written it stays a meeting: the text does not say who travelled.
      let finalKind = kind;
      const evidence = best.evidence;
      // On its margins only: "in Washington ahead of the UN General Assembly" is still a visit.
      const onMargins = occasionTokens !== null && words.slice(Math.max(0, occasionTokens.start - MARGIN_REACH), occasionTokens.start).some((w) => cues.marginWords.has(w.toLowerCase()));
      const hostless = occasion !== null && onMargins && cues.hostlessOccasions.some((o) => occasion.includes(o));
      if (kind === 'meeting' && doc.parties.length >= 2 && location?.country && doc.parties.includes(location.country) && !cues.residentCues.has(best.cue.phrase) && !hostless && !ownVenue) {
        finalKind = 'visit';
        evidence.rule = `${evidence.rule}; in a party's own country: visit`;
      }
      // "held strategic communication in Beijing with Jake Sullivan, who was paying a visit to China":
      // a format of talks held on one side's trip to the other is a visit.
      if (kind === 'dialogue' && cues.visitFormats.has(best.cue.phrase) && doc.parties.length >= 2 && location?.country && doc.parties.includes(location.country)) {
        const travelIds = cues.travelWords.ids(doc.tokens);
        if (opening.some((s) => cues.travelWords.all(travelIds, s.tokenStart, s.tokenEnd).length > 0)) {
          finalKind = 'visit';
          evidence.rule = `${evidence.rule}; on a trip to a party's own country: visit`;
        }
      }
      // "who is visiting Vientiane to attend the ASEAN meetings, held a meeting with ...": a visit to a
      // third country is no visit of one side to the other, but a meeting there.
      if (kind === 'visit' && doc.parties.length >= 2 && location?.country && !doc.parties.includes(location.country)) {
        finalKind = 'meeting';
        evidence.rule = `${evidence.rule}; in neither party's country: meeting`;
      }
      // "met Chad's Foreign Minister ... in Abéché": a visit's town no dictionary knows is in the
      // visited side's country, the other side's when the publisher's own is known (its towns are
      // the ones the dictionaries list).
      const publisherSide = doc.meta.publisher ? doc.parties[0] : undefined;
      if (finalKind === 'visit' && location && !location.country && publisherSide && doc.parties.length === 2) {
        location = { ...location, country: doc.parties[1]! };
        if (locationEvidence) locationEvidence.rule = `${locationEvidence.rule}; a town of the visited side`;
      }

      doc.meeting = {
        kind: finalKind,
        location,
        start,
        end,
        parties: [...doc.parties],
        occasion,
        evidence: { kind: evidence, location: locationEvidence, dates: datesEvidence },
      };
    },
  };
}
