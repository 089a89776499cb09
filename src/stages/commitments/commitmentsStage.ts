import * as chrono from 'chrono-node';
import type { CommitmentCue, CommitmentCues } from '../../dictionaries/commitmentCues.js';
import type { Grammar } from '../../dictionaries/grammar.js';
import type { Mention } from '../../model/Actor.js';
import type { Commitment } from '../../model/Commitment.js';
import { bySentence } from '../../model/bySentence.js';
import type { Doc } from '../../model/Doc.js';
import type { Sentence } from '../../model/Sentence.js';
import { posIndex } from '../../model/Tokens.js';
import type { Stage } from '../../pipeline/Stage.js';
import { MONTHS } from '../dates/calendar.js';

const ADV = posIndex('ADV');
const ADP = posIndex('ADP');
const DET = posIndex('DET');
const VERB = posIndex('VERB');
const NOUN = posIndex('NOUN');
const CCONJ = posIndex('CCONJ');
const ADJ = posIndex('ADJ');
const PRON = posIndex('PRON');
const AUX = posIndex('AUX');
const PROPN = posIndex('PROPN');
/**
 * Words of a noun phrase that may stand as the subject of an agreed clause: "their interior
 * ministers", "the Intergovernmental Commission on Economic Cooperation", "Japan-U.S.-ROK
 * coordination in responding to North Korea".
 */
const DELEGATE_POS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM', 'PART', 'CCONJ'].map(posIndex));
/** Longest such noun phrase, in tokens. */
const MAX_DELEGATE = 20;
/** How far after "would be required" a "to" makes it an obligation to act ("will be required by law to review"). */
const NEEDED_TO_REACH = 4;
/** How far after ", and" and a subject its verb may stand for a clause of its own (", and the Prime Minister said"). */
const NEW_CLAUSE_VERB = 6;
/** How many words of a noun phrase looked forward to are searched for an encounter ("his State Visit"). */
const ENCOUNTER_REACH = 6;
// How long a phrase between "that" and its clause's subject may be: "that during its Presidency Hungary would".
const MAX_PREPOSED = 8;
const CAPITALISED = /^\p{Lu}/u;
/** Longest action kept: a clause, not the rest of a long sentence. */
const MAX_ACTION = 16;
// How far a prospect's clause is searched for a horizon: "continuing the conversation with the President and a
// wider group of leaders at the UN General Assembly in New York next week".
const HORIZON_REACH = 24;
/** A school or budget year: "for the 2024/2025 academic year", "starting from the 2025–2026 academic year". */
const SCHOOL_YEAR = /\b(?:for|from|in|starting from|during) the \d{4}\s*[/–-]\s*\d{2,4} (?:academic|school|fiscal|financial) year\b/;
/** A span counted from now: "over the next 12 months", "within the next two weeks", "over two years". */
const NEXT_SPAN = /\b(?:(?:over|within|in|during) the (?:next|coming)|over|within) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four) (?:days|weeks|months|years)\b/;
/** A horizon named by an occasion: "ahead of the G7 Summit", "on the occasion of the NATO Summit", "before COP30". */
const OCCASION = /\b(?:ahead of|before|by|at|during|toward|towards|in the run-up to|on the occasion of|on the margins of|on the sidelines of) (?:the )?(?:next |upcoming |forthcoming )?(?:(?:[A-Z][\w.’'-]*|\d+(?:st|nd|rd|th)?)(?: (?:[A-Z][\w.’'-]*|of|on|\d+(?:st|nd|rd|th)?))* (?:Summit|summit|Conference|Ministerial|Assembly|Forum)|COP\s?\d+|Expo \d{4}(?: [A-Z][\w-]*)?)\b/;
/** A horizon named by the next round of something: "ahead of the next round", "before HMS Spey's next visit", "by the next meeting of the commission". */
const NEXT_OCCASION = /\b(?:ahead of|before|by|at|in time for) (?:the |(?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s )(?:next|upcoming|forthcoming) (?:[a-z-]+ ){0,2}(?:round|session|meeting|visit|dialogue|review|plenary|harvest)\b(?: of the [a-z -]*?(?:commission|committee|dialogue|council))?/;
/** A horizon named by someone's next journey: "when the Administrator next travels to the region". */
const NEXT_JOURNEY = /\bwhen (?:(?:the|his|her|their|[A-Z][\w.’'-]*) ){1,4}next (?:travels|visits|comes)\b(?: to (?:the )?[\w-]+(?: [A-Z][\w-]*)*)?/;
/** An aside after "that" that looks ahead to a date: "stated that, toward the G7 Summit in May, Japan would". */
const AHEAD_ASIDE = /^\s*,?\s*(?:toward|towards|ahead of|in time for|by)\b/i;
/** "cut emissions by 46 percent from 2013 levels": a year that is a baseline, no horizon. */
const BASELINE_AFTER = /^\s+(?:levels?|baselines?)\b/;
/**
 * A month, a season of a year (data/commitments.yaml `seasons`) or a year as a horizon: "in November",
 * "by early 2025", "by the spring of 2025", "in 2026", "throughout 2023", "from early 2024"; compiled
 * once per stage, with what is built on it.
 */
function periodMatchers(seasons: ReadonlySet<string>) {
  const period = new RegExp(`\\b(?:in|by|before|during|throughout|this|next|from|starting in|starting from|beginning in|at(?= the (?:end|beginning|start) of)) (?:early |mid-|late |the end of |the beginning of |the start of |the (?:first|second) half of |the (?:first|second|third|fourth) quarter of )?(?:(?:${MONTHS})(?! \\d{1,2}\\b)(?: \\d{4})?|(?:the )?(?:${[...seasons].join('|')}) (?:of )?\\d{4}|\\d{4})\\b`);
  /** Every month or year of a text, in order. */
  const everyPeriod = new RegExp(period.source, 'g');
  /**
   * The first month or year in `text` that is a horizon, not the date of something done (`doneBefore`,
   * compiled from data/commitments.yaml doneParticiples: "the agreement reached in July").
   */
  const horizonPeriod = (text: string, doneBefore: RegExp): string | null => {
    // matchAll iterates a copy of the global pattern, so the shared one keeps no position between calls.
    for (const m of text.matchAll(everyPeriod)) if (!doneBefore.test(text.slice(0, m.index)) && !BASELINE_AFTER.test(text.slice(m.index + m[0].length))) return m[0];
    return null;
  };
  return {
    period,
    /** A month or year that opens the text: "in May", "by 2030". */
    periodAtStart: new RegExp(`^${period.source}`),
    horizonPeriod,
    /** A horizon written as a period, a school year, a span or an occasion, as written. */
    periodIn: (text: string, doneBefore: RegExp): string | null => horizonPeriod(text, doneBefore) ?? (SCHOOL_YEAR.exec(text) ?? NEXT_SPAN.exec(text) ?? OCCASION.exec(text) ?? NEXT_OCCASION.exec(text) ?? NEXT_JOURNEY.exec(text))?.[0] ?? null,
  };
}
/** A day or two named for what is promised: "for a State Visit on May 23", "a conference in London on 15 April", "on 21 and 22 June". */
const ON_DAY = new RegExp(`\\bon (?:(?:${MONTHS}) \\d{1,2}(?:(?: and |[–-])\\d{1,2})?(?:,? \\d{4})?|\\d{1,2}(?:(?: and |[–-])\\d{1,2})? (?:${MONTHS})(?: \\d{4})?)\\b`);
/** A day put before a future's subject: "On September 8, Sergey Lavrov will be received by". */
const OPENING_DAY = new RegExp(`^On (?:${MONTHS}) \\d{1,2}(?:, \\d{4})?\\b`);
/** How far after a clause its horizon may stand, up to another cue ("... in Lima in November"). */
const AFTER_CLAUSE = 24;
/** How far before a future's subject the wish it hangs on may stand ("expectation that the partnership between Nippon Steel and U.S. Steel will"); a verb or comma stops the search sooner. */
const WISH_REACH = 8;
/** How far before a future's subject a wish word itself counts ("hopes more flights will"); further back only its "that". */
const WISH_WORD_REACH = 4;
/** How many tokens a short name in brackets inside a subject may hold: (CSPI), ("2+2"). */
const BRACKET_REACH = 6;
/** How far after "receive" a delegation or visit makes the state a host, not one given something ("will receive a UK trade delegation"). */
const RECEIVED_REACH = 6;
/** A deadline written as a date: "by May 14", "before the end of 2024", "no later than June". */
/** The words that open a deadline. */
const DEADLINE_WORDS = 'by|before|no later than|until';
const DEADLINE = new RegExp(`\\b(?:${DEADLINE_WORDS})\\s+([^,;.]{3,40})`, 'i');
/** A horizon put before "agreed" that is a deadline ("By the end of this year, the two ministers agreed"), not when they agreed ("This week", "Earlier this year"). */
const DEADLINE_OPENING = new RegExp(`^(?:${DEADLINE_WORDS}|within)\\b`, 'i');

/** The words an opening phrase before a sentence's subject may have ("At the outset,", "On February 14,"). */
const OPENING_PHRASE = 6;
/** The longest aside set off by commas between a cue and its verb ("will, as always, support"). */
const MAX_ASIDE = 4;
/** The longest aside between an agreeing verb and its "to" ("agreed, with each side treating the other as an equal, to restore"). */
const MAX_LONG_ASIDE = 12;
/** The longest object between a cue's "to" and a second "to" with the act ("commitment to a free and open Indo-Pacific and to deepening"). */
const MAX_STANCE_OBJECT = 8;
/** The longest second name of a pair "between" two sides before its modal ("between China and the United States will"). */
const MAX_PAIR_NAME = 5;
/** The longest name of a body after its owner's possessive ("the FCDO's | Diplomatic Academy"). */
const MAX_BODY_NAME = 7;
/** How far before "between" the channel may be named ("a dialogue on artificial intelligence | between"). */
const MAX_CHANNEL_REACH = 5;
/** How far after a future's verb a hedge noun makes it a hedge ("give the invitation positive consideration"). */
const HEDGE_REACH = 6;
/** How far before a side's plan a word of disapproval may stand ("serious concern over | Japan's plan"). */
const DISAPPROVAL_REACH = 4;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Commitments: the promises of future action a readout records, found by the cues of
 * data/commitments.yaml ("agreed to", "committed to", "invited ... to", "will hold"). The parties
 * are the subject before the cue (both sides for "the two sides", "they"); with no subject in the
 * sentence ("This includes a commitment to ..."), the previous sentence's. The action is the clause
 * after the cue, the due date the horizon it states. Negated cues ("did not agree to") are not
 * commitments. Status is `open`: only a later document can show one fulfilled.
 */
export function commitmentsStage(cues: CommitmentCues, grammar: Grammar): Stage {
  const { period, periodAtStart, horizonPeriod, periodIn } = periodMatchers(cues.seasons);
  return {
    name: 'commitments',
    requires: ['sentences', 'tokens', 'mentions', 'parties', 'events', 'meta'],
    provides: ['commitments'],
    run(doc: Doc): void {
      const { starts, ends, pos, words } = doc.tokens;
      const ids = cues.cues.ids(doc.tokens);
      const dueIds = cues.due.ids(doc.tokens);
      // Past the last token: an empty word, so a look one word ahead needs no bound of its own.
      const low = (i: number) => words[i]?.toLowerCase() ?? '';
      /** Whether one of `phrases` (lower-case word lists) starts at `a`, inside the sentence ending at `end`. */
      /** How many words of one of `phrases` start at `a`, or 0. */
      const phraseLengthAt = (phrases: readonly (readonly string[])[], a: number, end: number): number => phrases.find((p) => p.every((w, j) => a + j < end && low(a + j) === w))?.length ?? 0;
      const phraseAt = (phrases: readonly (readonly string[])[], a: number, end: number): boolean => phraseLengthAt(phrases, a, end) > 0;
      const ref = doc.meta.referenceDate?.value ?? null;
      /**
       * A horizon at `k`, not a day's possessive that names a thing ("follow up on today's discussions"),
       * nor the day of a participle after its noun ("the issues raised today").
       */
      const dueAt = (k: number, end: number) => {
        const d = cues.due.at(dueIds, k, end);
        if (!d) return null;
        const day = d.values[0]!.days;
        // Only a day gone or going ("today's"), not one ahead ("at next month's summit").
        const past = day !== null && day <= 0;
        if (past && grammar.possessives.has(words[k + d.length] ?? '')) return null;
        if (past && k > 1 && pos[k - 1] === VERB && low(k - 1).endsWith('ed') && pos[k - 2] === NOUN) return null;
        // "villages damaged during the summer floods", "the summer of 2023", "plants hit over the winter":
        // a season that names a time gone or a thing, not when a step is due.
        if (cues.seasons.has(low(k + d.length - 1))) {
          const after = k + d.length;
          if (after < end && (pos[after] === NOUN || pos[after] === PROPN || low(after) === 'of')) return null;
          if (k > 1 && pos[k - 1] === VERB && pos[k - 2] === NOUN) return null;
        }
        return d;
      };
      const headIds = cues.headsBeforeAside.ids(doc.tokens);
      /**
       * The cues of a sentence and those split by an aside set off by commas ("They also agreed, with
       * each side treating the other as an equal, to restore ..."), read as the whole cue.
       */
      const withAsides = (found: { start: number; end: number; values: readonly CommitmentCue[] }[], start: number, end: number) => {
        for (const h of cues.headsBeforeAside.all(headIds, start, end)) {
          if (low(h.end) !== ',' || found.some((m) => m.start === h.start)) continue;
          let q = h.end + 1;
          while (q < end && q - h.end <= MAX_LONG_ASIDE && low(q) !== ',' && low(q) !== ';') q++;
          // A verb's aside only ("the plans, announced by Russia last week, to annex" is no one's promise), before a verb.
          if (pos[h.end - 1] === VERB && q > h.end + 2 && low(q) === ',' && low(q + 1) === 'to' && q + 2 < end && pos[q + 2] === VERB) found.push({ start: h.start, end: q + 2, values: h.values });
        }
        return found.sort((x, y) => x.start - y.start);
      };
      const dueOf = (d: { days: number | null }, written: string): string => (d.days !== null && ref ? iso(new Date(Date.parse(`${ref}T12:00:00Z`) + d.days * 86_400_000)) : written);
      /** The ISO day a written date names, read from the reference date (the next such day with `forward`). */
      const dayOf = (written: string, forward: boolean): string | null => {
        const r = ref ? chrono.parse(written, { instant: new Date(`${ref}T12:00:00Z`), timezone: 'UTC' }, { forwardDate: forward })[0] : undefined;
        return r ? iso(r.start.date()) : null;
      };
      const mentionsBySentence = bySentence(doc.mentions, (m) => !m.place);
      const eventsBySentence = bySentence(doc.events);
      const publisherSide = doc.publisherParty ?? undefined;
      const partiesOf = (m: Mention | undefined): string[] => [...new Set((m?.actors ?? []).map((a) => a.party).filter((p): p is string => p !== null))];
      /** Whether the second of a pair, from `at`, runs right into "will" or "would" ("between China and | the United States will"). */
      const pairBeforeModal = (at: number): boolean => {
        let q = at;
        while (q < words.length && q - at <= MAX_PAIR_NAME && (pos[q] === DET || pos[q] === PROPN)) q++;
        return q > at && (grammar.future.has(low(q)) || grammar.conditional.has(low(q)));
      };
      /** Whether a channel is named in the noun phrase before `at` ("a dialogue on artificial intelligence | between"). */
      const channelBefore = (at: number): boolean => {
        for (let q = at - 1; q >= 0 && at - q <= MAX_CHANNEL_REACH && (pos[q] === NOUN || pos[q] === ADJ || pos[q] === ADP || pos[q] === DET || pos[q] === PROPN); q--) if (cues.mechanismNouns.has(low(q))) return true;
        return false;
      };
      /** Whether the words from `from` to `at` are one short capitalised name ("Diplomatic Academy"). */
      const namedBodyBetween = (from: number, at: number): boolean => {
        if (at <= from || at - from > MAX_BODY_NAME) return false;
        // "USDA's Animal and Plant Health Inspection Service would": "and", "of" and "for" inside the name.
        for (let q = from; q < at; q++) if (!(q > from && q + 1 < at && cues.bodyNameJoiners.has(words[q]!)) && (!CAPITALISED.test(words[q]!) || (pos[q] !== PROPN && pos[q] !== NOUN))) return false;
        // An institution, not a policy or a weapon ("China's Global Security Initiative would undermine").
        return cues.committingBodies.has(low(at - 1));
      };
      /** A mention that is the object of a preposition ("with the PRC") or a possessor ("Sullivan’s travel") is no subject. */
      const canBeSubject = (x: Mention, at = -1): boolean => {
        // "of the China-U.S. intergovernmental dialogue": the second of a hyphened pair stands where the first does.
        const pairedWith = words[x.tokenStart - 1] === '-' ? (mentionsBySentence.get(x.sentence) ?? []).find((y) => y.tokenEnd === x.tokenStart - 1) : undefined;
        if (pairedWith) return canBeSubject(pairedWith, at);
        let b = x.tokenStart - 1;
        while (b >= 0 && pos[b] === DET) b--;
        // "that the FCDO's Diplomatic Academy would": a possessor whose named body runs to the cue
        // commits through that body.
        // Not an okina written as an apostrophe before a name's next word ("Fekitamoeloa 'Utoikamanu"): a possessive is attached.
        const possessor = x.tokenEnd < words.length && grammar.possessives.has(words[x.tokenEnd]!) && starts[x.tokenEnd] === ends[x.tokenEnd - 1] && !namedBodyBetween(x.tokenEnd + 1, at);
        // "a team of UK humanitarian advisers would arrive": the state of a collective noun's "of".
        const ofCollective = b > 0 && low(b) === 'of' && cues.collectiveHeads.has(low(b - 1));
        // "a dialogue between China and the United States will meet": the pair is the thing's.
        // Only a channel's: "trade between Japan and the United States will grow" is a forecast.
        const between = b > 0 && low(b) === 'between' && channelBefore(b) && joinerAfter(x) === 'and' && pairBeforeModal(x.tokenEnd + 1);
        // "senior teams from Downing Street and the White House would": the second of a pair after a preposition is its object too.
        const pairedAfterPreposition = b > 0 && low(b) === 'and' && doc.mentions.some((y) => {
            if (y.sentence !== x.sentence || y.tokenEnd !== b || y.tokenStart === 0) return false;
            const p = y.tokenStart - 1 - (pos[y.tokenStart - 1] === DET ? 1 : 0);
            // Not a subordinator the tagger reads as one: "As Japan and the United Kingdom will co-host".
            return pos[p] === ADP && !grammar.subordinators.has(low(p)) && !cues.asideOpeners.has(low(p)) && !(low(p) === 'between' && channelBefore(p));
          });
        return !possessor && !pairedAfterPreposition && !(b >= 0 && pos[b] === ADP && !ofCollective && !between);
      };
      /**
       * The parties of an "agreed that" whose clause's subject, just before `at`, is a short noun
       * phrase and no party ("their teams", "the interior ministers"); a clause after "and that"
       * takes the sentence's earlier "agreed that".
       */
      /** "the economic and trade teams of the two sides": officials the phrase gives to both sides. */
      const ofBothSides = (from: number, to: number): boolean => {
        for (let q = from; q + 1 < to; q++) if (cues.sidesCounts.has(low(q)) && cues.sidesNouns.has(low(q + 1))) return true;
        return false;
      };
      /** The agreeing verb whose "that", or which itself, opens the subject phrase just before `at` ("agreed that | their teams | would"), or -1. */
      const agreeingVerbBefore = (at: number, sentenceStart: number, own: boolean): number => {
        let q = at - 1;
        // "that Special Presidential Representative for the Middle East and Africa, Deputy Foreign
        // Minister Mikhail Bogdanov would": a comma before a capitalised word sets off a second title.
        const inPhrase = (k: number) =>
          DELEGATE_POS.has(pos[k]!) ||
          words[k] === '-' ||
          words[k] === '.' ||
          // "a Japan-Singapore Foreign Ministers' Meeting would be held": a possessive inside a name.
          (grammar.possessives.has(words[k]!) && k > 0 && CAPITALISED.test(words[k - 1]!)) ||
          (pos[k] === VERB && low(k).endsWith('ing')) ||
          // "the number of state-funded scholarships": a participle joined by a hyphen.
          (pos[k] === VERB && words[k - 1] === '-') ||
          // "the next/ADV plenary meeting": a word after the article the tagger reads as an adverb.
          (pos[k] === ADV && pos[k - 1] === DET) ||
          (words[k] === ',' && k + 1 < at && CAPITALISED.test(words[k + 1]!)) ||
          // "the working groups on economic growth, health and governance would": a list closed by "and".
          (words[k] === ',' && k + 3 < at && (low(k + 2) === 'and' || low(k + 3) === 'and')) ||
          // "the relevant ministries and companies of the two countries would": two nouns joined.
          (low(k) === 'and' && k > 0 && k + 1 < at && pos[k - 1] === NOUN && pos[k + 1] === NOUN);
        while (q > sentenceStart && q >= at - MAX_DELEGATE && low(q) !== 'that') {
          // "the next plenary of the Comprehensive Strategic Partnership Initiative (CSPI) will be held",
          // "the next Foreign and Defence Ministerial Consultations ("2+2") will be held": a short name in brackets.
          if (words[q] === ')') {
            let open = q - 1;
            while (open > sentenceStart && q - open <= BRACKET_REACH && words[open] !== '(') open--;
            if (words[open] !== '(') break;
            q = open - 1;
            continue;
          }
          if (!inPhrase(q)) break;
          q--;
        }
        // "They agreed their trade ministers should explore": the verb itself, with "that" left out.
        const bare = q > sentenceStart && q < at - 1 && pos[q] === VERB && cues.agreeingThat.has(low(q));
        if (q <= sentenceStart || q === at - 1 || (low(q) !== 'that' && !bare) || (own && !cues.ownDelegates.has(low(q + 1)) && !ofBothSides(q + 1, at))) return -1;
        const v = bare ? q : agreementOf(q - 1, sentenceStart);
        return cues.agreeingThat.has(low(v)) ? v : -1;
      };
      const agreedThatBefore = (list: readonly Mention[], at: number, sentenceStart: number, own = false): Mention[] => {
        const v = agreeingVerbBefore(at, sentenceStart, own);
        return v < 0 ? [] : subjectOfVerb(list, v, sentenceStart);
      };
      /** "It was agreed that the relevant agencies would continue": agreed at the table, by no one named. */
      const agreedImpersonally = (at: number, sentenceStart: number): boolean => {
        const v = agreeingVerbBefore(at, sentenceStart, false);
        return v >= sentenceStart + 2 && low(v - 2) === 'it' && grammar.be.has(low(v - 1));
      };
      /** The subject of the verb at `v`: after "and" ("exchanged views on ... and Ukraine, and confirmed"), the sentence's. */
      const subjectOfVerb = (list: readonly Mention[], v: number, sentenceStart: number): Mention[] => {
        let b = v - 1;
        while (b > sentenceStart && pos[b] === ADV) b--;
        const opening = b > sentenceStart && low(b) === 'and' ? subjectOpening(list, sentenceStart) : [];
        return opening.length ? opening : subjectBefore(list, v);
      };
      /** The verb a "that" clause hangs on: before "and that", the sentence's earlier "agreed" ("agreed that A would ..., and that B would ..."). */
      const agreementOf = (at: number, sentenceStart: number): number => {
        // "The two agreed, however, that ...": an adverb set off by commas before the "that".
        const v = at - 3 > sentenceStart && low(at) === ',' && pos[at - 1] === ADV && low(at - 2) === ',' ? at - 3 : at;
        if (v <= sentenceStart || low(v) !== 'and') return v;
        let q = v - 1;
        while (q > sentenceStart && !cues.agreeingThat.has(low(q))) q--;
        return cues.agreeingThat.has(low(q)) ? q : v;
      };
      /** How a mention joins the next one of a list: "and" (", and" too), a comma, or not at all. */
      const joinerAfter = (x: Mention): 'and' | ',' | null => {
        const w = low(x.tokenEnd);
        if (w === 'and' || (w === ',' && x.tokenEnd + 1 < words.length && low(x.tokenEnd + 1) === 'and')) return 'and';
        return w === ',' ? ',' : null;
      };
      /**
       * Who commits at token `at`: the last mention before it that can be a subject, with the mentions
       * joined to it by "and" or a comma ("Mr. Sullivan and Vice Chairman Zhang ... planned to") that
       * can be subjects too (not "an invasion of Ukraine, the United States will").
       */
      const subjectBefore = (list: readonly Mention[], at: number): Mention[] => {
        let k = list.length - 1;
        while (k >= 0 && (list[k]!.tokenEnd > at || !canBeSubject(list[k]!, at))) k--;
        // "accepted an invitation to visit Nigeria; the dates will be agreed": no subject across a semicolon.
        if (k < 0 || words.slice(list[k]!.tokenEnd, at).includes(';')) return [];
        const subject = [list[k]!];
        // "The China-U.S. dialogue will be held": a hyphened pair's channel is both sides' (not "the
        // UK-Australia Critical Minerals Partnership should help", a thing's future).
        if (k > 0 && words[list[k]!.tokenStart - 1] === '-' && list[k - 1]!.tokenEnd === list[k]!.tokenStart - 1 && cues.mechanismNouns.has(low(at - 1))) return [list[k - 1]!, list[k]!];
        // "... between the UK and the GCC, and we will": a pronoun opens a clause of its own.
        if (pos[list[k]!.tokenStart] === PRON) return subject;
        // A comma joins a list only before its "and": not "Regarding North Korea, the two Ministers".
        let listed = false;
        for (let j = k - 1; j >= 0; j--) {
          const joiner = joinerAfter(list[j]!);
          if (list[j + 1]!.tokenStart - list[j]!.tokenEnd > 2 || joiner === null || (joiner === ',' && !listed) || !canBeSubject(list[j]!)) break;
          // "... think tanks and the media, and China will provide": a comma before "and" joins a list
          // of three or more; between two it opens a clause with a subject of its own.
          const commaAnd = joiner === 'and' && low(list[j]!.tokenEnd) === ',';
          if (commaAnd && !(j > 0 && joinerAfter(list[j - 1]!) === ',' && list[j]!.tokenStart - list[j - 1]!.tokenEnd <= 2)) break;
          if (joiner === 'and') listed = true;
          subject.unshift(list[j]!);
        }
        return subject;
      };
      /** The sentence's own subject: a mention that opens it, with the mentions joined to it ("Mr. Sullivan and Vice Chairman Zhang"). */
      const subjectOpening = (list: readonly Mention[], start: number): Mention[] => {
        // "Should the U.S. side persist ..., China will not back down and will respond": the subject
        // stands after a condition that opens the sentence.
        let from = start;
        if (grammar.subordinators.has(low(start)) || cues.invertedConditionals.has(low(start))) {
          let q = start + 1;
          while (q < words.length && !cues.clauseEnd.has(low(q))) q++;
          if (low(q) === ',') from = q + 1;
        }
        const at = list.findIndex((x) => x.tokenStart >= from);
        const first = list[at];
        if (!first) return [];
        // "At the outset, Minister Iwaya stated ...": the subject after a short opening phrase.
        const opening = from;
        for (let q = opening + 1; q < first.tokenStart && q <= opening + OPENING_PHRASE; q++) if (low(q) === ',') from = q + 1;
        if (first.tokenStart > from + 2 || !canBeSubject(first)) return [];
        const subject = [first];
        for (let j = at + 1; j < list.length; j++) {
          const joiner = joinerAfter(list[j - 1]!);
          if (list[j]!.tokenStart - list[j - 1]!.tokenEnd > 2 || joiner === null) break;
          subject.push(list[j]!);
          if (joiner === 'and') return subject;
        }
        // A comma joins a list only up to its "and": in "Regarding North Korea, the two leaders" the
        // subject is the last.
        return subject.slice(-1);
      };
      const out: Commitment[] = [];
      let previousParties: string[] = [];
      /** Whether the noun before the "that" at `that` is the person a verb of telling addresses ("assured his counterpart that"). */
      const toldThat = (that: number, start: number): boolean => {
        for (let q = that - 1; q >= start && q >= that - 4; q--) if (grammar.tellThat.has(low(q))) return true;
        return false;
      };
      /** Whether a relative "that" after a noun stands between `from` and `to`. */
      const relativeBetween = (from: number, to: number, start: number): boolean => {
        for (let q = from + 1; q < to; q++) {
          if (low(q) === 'that' && pos[q - 1] === NOUN && !toldThat(q, start)) return true;
          // "the framework on TikTok, under which the app will keep serving": a relative opened by a preposition.
          // Not one closed off by commas: "Japan, for which the rule of law at sea is of fundamental importance, will".
          if (low(q) === 'which' && pos[q - 1] === ADP && !words.slice(q, to).includes(',')) return true;
        }
        return false;
      };
      /** Where the list a mention ends stands begins ("Russia and | China"): past "and", commas and the mentions before. */
      const listStart = (x: Mention, list: readonly Mention[]): number => {
        let q = x.tokenStart;
        for (;;) {
          const joiner = q - 1;
          if (low(joiner) !== 'and' && low(joiner) !== ',') return q;
          const before = list.find((y) => y.tokenEnd === joiner);
          if (!before) return q;
          q = before.tokenStart;
        }
      };
      /** Whether only adverbs stand between a mention and the cue at `at`: the mention is the clause's subject. */
      const headsClause = (x: Mention, at: number): boolean => {
        for (let q = x.tokenEnd; q < at; q++) if (pos[q] !== ADV) return false;
        return true;
      };
      /**
       * A "we" at `at` of sentence `s` with no one else who agrees: no "with our/other/all ..." before it
       * ("Last year, with our European partners, we agreed"), nor a third party named before it ("NATO
       * allies took a historic step, and we agreed"); one spoken of after it is no co-agreer.
       */
      const weAlone = (s: Sentence, at: number): boolean => {
        for (let q = s.tokenStart; q + 1 < at; q++) if (low(q) === 'with' && cues.coAgreers.has(low(q + 1))) return false;
        return !(mentionsBySentence.get(s.index) ?? []).some((x) => x.tokenEnd <= at && !x.place && x.actors.some((y) => !doc.parties.includes(y.party ?? '')));
      };
      /** A "that" after a noun that opens a clause with a future of its own ("a ceasefire | that the Kiev regime would use"). */
      const relativeFuture = (e: number, a: number, end: number, start: number): boolean => {
        if (low(e) !== 'that' || e === a || pos[e - 1] !== NOUN || toldThat(e, start)) return false;
        for (let q = e + 1; q < end && q <= e + 6; q++) if (cues.cues.at(ids, q, end)?.values[0]?.kind === 'future') return true;
        return false;
      };
      /** A word of disapproval just before `at`, in the same phrase: "expressed serious concern over Japan's plan to" (not "raised concerns about X and welcomed Japan's commitment"). */
      const disapprovedBefore = (at: number, start: number): boolean => {
        for (let q = at - 1; q >= start && at - q <= DISAPPROVAL_REACH; q--) {
          if (cues.disapprovals.has(low(q))) return true;
          if (low(q) === 'and' || low(q) === ',' || pos[q] === VERB || pos[q] === AUX) return false;
        }
        return false;
      };
      /** An acceptance after `from`, in its sentence or the next ("The invitation was accepted with gratitude"). */
      const acceptedAfter = (from: number, s: Sentence): boolean => {
        const end = doc.sentences[s.index + 1]?.tokenEnd ?? s.tokenEnd;
        for (let q = from; q < end; q++) if (cues.acceptances.has(low(q))) return true;
        return false;
      };
      /** A clause of its own in [from, to) whose subject is no actor: ", and the dates of the visit". */
      const thingOpensClause = (from: number, to: number, list: readonly Mention[]): boolean => {
        for (let q = from; q + 2 < to; q++) {
          if (low(q) === ',' && low(q + 1) === 'and' && pos[q + 2] === DET) return !list.some((x) => x.tokenStart > q && x.tokenStart < to);
        }
        return false;
      };
      /**
       * "Lavrov confirmed that the first shipments of grain would arrive", "informed his counterpart
       * that another consignment would be delivered": the subject of an assuring verb whose "that"
       * clause opens with a thing, not an actor; none otherwise.
       */
      const assurerOf = (list: readonly Mention[], at: number, start: number): Mention[] => {
        let that = at - 1;
        let saidAt = -1;
        while (that > start && low(that) !== 'that' && !cues.clauseEnd.has(low(that))) {
          if (saidAt < 0 && grammar.attribution.has(low(that))) saidAt = that;
          that--;
        }
        // "Minister Herath said the government would take reconciliation forward": the speaker's own
        // government, after a verb of saying with or without its "that".
        const ownBody = (from: number, possessive = false) => {
          let q = from;
          // "said his government would": a possessive pronoun too, right after the verb of saying.
          while (q < at && (pos[q] === DET || (possessive && cues.possessivePronouns.has(low(q))))) q++;
          return q + 1 === at && cues.speakerBodies.has(low(q)) && !list.some((x) => x.tokenStart <= q && x.tokenEnd > q);
        };
        if (saidAt > start && ownBody(saidAt + 1, true)) return subjectOfVerb(list, saidAt, start);
        if (that <= start || low(that) !== 'that') return [];
        const saidOfOwnBody = ownBody(that + 1);
        let opener = that + 1;
        while (opener < at && pos[opener] === DET) opener++;
        if (list.some((x) => x.tokenStart === opener || x.tokenStart === that + 1)) return [];
        for (let v = that - 1; v >= start && v >= that - 4; v--) if (cues.assurances.has(low(v)) || (saidOfOwnBody && grammar.attribution.has(low(v)))) return subjectOfVerb(list, v, start);
        return [];
      };
      /** Whether the clause from `from` names a due horizon ("later this month", "next year"). */
      const horizonIn = (from: number, end: number): boolean => {
        for (let k = from; k < end && k - from < HORIZON_REACH; k++) {
          // "the next meeting of the Joint Committee, to be held in London in the spring": the
          // clause that says when the meeting is to be held goes on with it.
          // "the first annual UK-Ireland summit, which will take place in the UK early next year": so
          // does a relative clause that says when it will happen.
          if (low(k) === ',' && cues.relatives.has(low(k + 1)) && grammar.future.has(low(k + 2)) && (phraseAt(cues.happenings, k + 3, end) || (low(k + 3) === 'be' && cues.scheduledPassives.has(low(k + 4))))) {
            k += 2;
            continue;
          }
          if (cues.clauseEnd.has(low(k)) && !(low(k) === ',' && low(k + 1) === 'to' && low(k + 2) === 'be' && cues.scheduledPassives.has(low(k + 3)))) return false;
          if (dueAt(k, end)) return true;
        }
        return false;
      };
      /**
       * Whether a clause with a subject of its own opens at `q`: ", and the Prime Minister said he
       * hoped to visit London in 2024" (not a list's last item: "on health, climate, and the digital
       * economy by 2025").
       */
      const newClauseAt = (q: number, end: number): boolean => {
        if (low(q) !== 'and' || low(q - 1) !== ',' || q + 1 >= end || !(pos[q + 1] === DET || pos[q + 1] === PRON || pos[q + 1] === PROPN)) return false;
        for (let k = q + 2; k < end && k <= q + NEW_CLAUSE_VERB && low(k) !== ','; k++) if (pos[k] === VERB || pos[k] === AUX) return true;
        return false;
      };
      /** Whether the noun phrase from `from` names an encounter ("his State Visit"), not an outcome ("the conduct of the elections"). */
      const encounterAhead = (from: number, end: number): boolean => {
        for (let k = from; k < end && k - from < ENCOUNTER_REACH && pos[k] !== ADP; k++) if (cues.encounterNouns.has(low(k))) return true;
        return false;
      };
      /** Whether the clause from `from` names a month or a year ahead ("his State Visit to the United Kingdom in September"). */
      const periodAhead = (from: number, end: number): boolean => {
        let k = from;
        while (k < end && k - from < HORIZON_REACH && !cues.clauseEnd.has(low(k))) k++;
        return k > from && horizonPeriod(doc.text.slice(starts[from]!, ends[k - 1]!), cues.doneBefore) !== null;
      };
      /** A wish word in [from, to) that is not one's own aim ("hopes to"). */
      const wishBetween = (from: number, to: number): boolean => {
        for (let q = from; q < to; q++) if (cues.wishes.has(low(q)) && low(q + 1) !== 'to') return true;
        return false;
      };
      /** A wish word, or one before "that", in the few words before `at` ("hopes that more ..."). */
      const wishedBefore = (at: number, start: number): boolean => {
        for (let q = at - 1; q >= start && q >= at - WISH_REACH; q--) {
          // A wish word itself only close by ("in keeping with the expectations of the two peoples China will" is no wish);
          // further back only the "that" it governs ("expectation that the partnership between ... will").
          if (at - q <= WISH_WORD_REACH && cues.wishes.has(low(q))) return true;
          if (low(q) === 'that') {
            // "hoped that the number of flights would increase and that Georgian air carriers would":
            // a "that" after "and" continues the wish of the first.
            if (q > start && low(q - 1) === 'and') {
              for (let k = q - 2; k > start; k--) if (low(k) === 'that' && cues.wishes.has(low(k - 1))) return true;
            }
            return q > start && cues.wishes.has(low(q - 1));
          }
          if (pos[q] === VERB || pos[q] === AUX || low(q) === ',') return false;
        }
        return false;
      };
      for (const s of doc.sentences) {
        const mentions = mentionsBySentence.get(s.index) ?? [];
        let sentenceParties: string[] | null = null;
        // The parties of the sentence's last future commitment, for a second one after "and".
        let lastFuture: string[] | null = null;
        for (const m of withAsides(cues.cues.all(ids, s.tokenStart, s.tokenEnd), s.tokenStart, s.tokenEnd)) {
          const cue: CommitmentCue = m.values[0]!;
          // "financial pledges": a one-word cue is a verb.
          if (m.end - m.start === 1 && pos[m.start] === NOUN) continue;
          // "the new loss and damage fund agreed on the first day": a participle after a thing, no one's agreement.
          // Only "agreed on/upon" after one thing, not "the Russian and Indian sides agreed to", "both teams agreed on".
          if (cue.kind === 'agree' && cue.takes === 'object' && low(m.start) === 'agreed' && m.start > s.tokenStart && pos[m.start - 1] === NOUN && !CAPITALISED.test(words[m.start - 1]!) && !cues.sidesNouns.has(low(m.start - 1)) && !cues.agreeingNouns.has(low(m.start - 1)) && !mentions.some((x) => x.tokenEnd === m.start)) continue;
          let a = m.end;
          // "the commitment of the United States to address": the actor whose commitment it is, then "to".
          let ofOwner: Mention | null = null;
          if (cue.ofActor) {
            const at = grammar.attributive.has(low(a)) ? a + 1 : a;
            const owner = mentions.find((x) => x.tokenStart === at && !x.place);
            if (!owner || low(owner.tokenEnd) !== 'to') continue;
            ofOwner = owner;
            a = owner.tokenEnd + 1;
          }
          // "will, as always, support Sierra Leone": a short aside set off by commas after the cue.
          if (low(a) === ',') {
            let q = a + 1;
            while (q < s.tokenEnd && q - a <= MAX_ASIDE && low(q) !== ',') q++;
            if (q < s.tokenEnd && low(q) === ',' && q > a + 1) a = q + 1;
          }
          // "would never accept": a negation among the adverbs after the cue counts too.
          let negatedAfter = false;
          let stanceAdverb = false;
          // "would back the business activities", "would back Saudi Arabia's closer involvement": an
          // "adverb" before a determiner or a name is a misread verb.
          const verbBefore = (k: number) => k + 1 < s.tokenEnd && (pos[k + 1] === DET || pos[k + 1] === PRON || pos[k + 1] === PROPN) && !grammar.negations.has(low(k));
          while (a < s.tokenEnd && ((pos[a] === ADV && !verbBefore(a)) || grammar.negations.has(low(a)))) {
            if (grammar.negations.has(low(a))) negatedAfter = true;
            // "will only undermine": an adverb that makes a future a judgement.
            else if (cues.futureStances.has(low(a))) stanceAdverb = true;
            a++;
          }
          if (a >= s.tokenEnd) continue;
          // "did not agree to": no commitment.
          let negated = false;
          for (let b = m.start - 1; b >= s.tokenStart && b >= m.start - 3; b--) if (grammar.negations.has(low(b))) negated = true;
          if (negated || grammar.negations.has(low(a))) continue;
          if (cue.kind === 'commit' && [1, 2, 3].some((k) => m.start - k >= s.tokenStart && cues.standingWords.has(low(m.start - k)))) continue;
          // "Cambodia will never allow", "Colombia would not return to", "pledged never to use force":
          // an act refused is a commitment too, to refrain from it.
          const refrain = negatedAfter;
          // "pledged never to use force": the refused act is a verb after "to", whatever the cue takes.
          if (refrain && cue.takes !== 'verb' && low(a) === 'to' && a + 1 < s.tokenEnd && pos[a + 1] === VERB) a++;
          // "China's growth will not be held back by outside pressure": a passive refused is a forecast, no act
          // (not "will not be sending ministers", "will not be party to").
          if (refrain && grammar.be.has(low(a)) && a + 1 < s.tokenEnd && pos[a + 1] === VERB && !low(a + 1).endsWith('ing')) continue;
          // "looked forward to the first UK-EU summit next year", "to his meeting with President el-Sisi
          // later today": an occasion with a horizon is a plan too.
          // "looked forward to Prime Minister Modi's visit": a named owner stands where a determiner would.
          const namedOwner = mentions.some((x) => x.tokenStart === a && !x.place && grammar.possessives.has(words[x.tokenEnd] ?? ''));
          const prospect = cue.gerund === true && !refrain && (pos[a] === DET || grammar.attributive.has(low(a)) || namedOwner) && (horizonIn(a + 1, s.tokenEnd) || (encounterAhead(a + 1, s.tokenEnd) && periodAhead(a + 1, s.tokenEnd)));
          const takes = refrain ? 'verb' : prospect ? 'object' : cue.takes;
          // "will be held in Hanoi", "would be headed by the President": a future in the passive is an act.
          let participle = a + 1;
          while (participle < s.tokenEnd && pos[participle] === ADV) participle++;
          // "would be prepared to speak again": readiness; "will be measured by whether", "would be needed": a judgement. Neither is an act.
          const readyTo = cues.readiness.has(low(participle)) && low(participle + 1) === 'to';
          const judged = (cues.judgedParticiples.has(low(participle)) && low(participle + 1) === 'by' && cues.questionWords.has(low(participle + 2))) || (cues.neededParticiples.has(low(participle)) && !words.slice(participle + 1, Math.min(s.tokenEnd, participle + 1 + NEEDED_TO_REACH)).some((w) => w.toLowerCase() === 'to'));
          const passive =
            ((cue.kind === 'future' || cue.agreed === true) && low(a) === 'be' && participle < s.tokenEnd && pos[participle] === VERB && !readyTo && !judged) ||
            (cue.kind === 'future' && phraseAt(cues.happenings, a, s.tokenEnd));
          // "will complete the investigation", "agreed to synergize the Belt and Road Initiative": a verb
          // the tagger read as an adjective or noun, before its object.
          // "the United States would direct part of the funds": after an actor's auxiliary "will" or
          // "would", English has a verb (not after a thing's: "the library will open to the public").
          // "Israel would do its utmost": "do" before its object, which the tagger calls an auxiliary.
          const misread =
            (cue.kind === 'future' && pos[a] === AUX && low(a) === 'do' && a + 1 < s.tokenEnd && pos[a + 1] !== VERB) ||
            (cue.kind === 'future' && pos[m.start] === AUX && (pos[a] === ADJ || pos[a] === NOUN) && mentions.some((x) => x.tokenEnd === m.start && !x.place)) ||
            // "would open places on its courses": after a modal, an adjective before a noun is a verb.
            (cue.kind === 'future' && pos[m.start] === AUX && pos[a] === ADJ && a + 1 < s.tokenEnd && pos[a + 1] === NOUN) ||
            ((cue.kind === 'future' || (a > 0 && low(a - 1) === 'to')) && (pos[a] === ADJ || pos[a] === NOUN || pos[a] === ADV) && a + 1 < s.tokenEnd && (pos[a + 1] === DET || pos[a + 1] === PRON || pos[a + 1] === PROPN));
          // "commitment to working", not "commitment to the defense of Japan" (a stance, not an act).
          // "will not have any official exchanges": the tagger reads that "have" as an auxiliary.
          const refused = refrain && phraseAt(cues.refusedActs, a, s.tokenEnd);
          if (takes === 'verb' && pos[a] !== VERB && !passive && !misread && !refused) {
            // "commitment to a free and open Indo-Pacific and to deepening its partnership with Samoa":
            // the act is the verb after a second "to" (a commitment's only: "urged the parties to agree
            // to a cessation of hostilities and to allow access" is advice).
            let q = a;
            while (q + 2 < s.tokenEnd && q - a <= MAX_STANCE_OBJECT && low(q) !== ';' && low(q) !== ',' && !(low(q) === 'and' && low(q + 1) === 'to')) q++;
            // Only a commitment someone owns ("the United States' commitment to"), not one urged on them
            // ("should honor its commitment to the one-China principle and to stop arming Taiwan").
            const owned = grammar.possessives.has(words[m.start - 1] ?? '');
            if (cue.kind !== 'commit' || !owned || low(m.end - 1) !== 'to' || low(q) !== 'and' || low(q + 1) !== 'to' || pos[q + 2] !== VERB) continue;
            a = q + 2;
          }
          // "looks forward to continuing these discussions in Rabat later this month": a prospect with a horizon is a plan.
          if (cue.gerund && !prospect && (!low(a).endsWith('ing') || (cues.vagueProspects.has(low(a)) && !horizonIn(a + 1, s.tokenEnd)))) continue;
          if (cue.passiveOnly && !passive) continue;
          if (cue.afterActor && !mentions.some((x) => x.tokenEnd === m.start && !x.place)) continue;
          if (cue.notAfterBe) {
            // "which is also intended to": past the adverbs to the verb.
            let q = m.start - 1;
            while (q > s.tokenStart && pos[q] === ADV) q--;
            if (q >= s.tokenStart && grammar.be.has(low(q))) continue;
          }
          // "will hold", "will continue to support", but not a verb that states a stance ("will stand up for").
          if (cue.kind === 'future' && stanceAdverb) continue;
          // "would give the invitation positive consideration": a hedge, whatever the verb.
          if (cue.kind === 'future' && words.slice(a, Math.min(a + HEDGE_REACH, s.tokenEnd)).some((w) => cues.hedgeNouns.has(w.toLowerCase()))) continue;
          if (cue.kind === 'future' && !passive && cues.futureStances.has(low(a)) && !refused && !phraseAt(cues.futureActs, a, s.tokenEnd)) continue;
          // "expressed his intention to consider attending"; not "agreed to consider establishing", a step agreed.
          if (cue.kind !== 'agree' && cues.hedgeVerbs.has(low(a))) continue;
          // "They noted the importance of military-to-military talks and planned to hold ...": a verb
          // coordinated after "and" keeps the sentence's subject.
          let before = m.start - 1;
          while (before > s.tokenStart && pos[before] === ADV) before--;
          // So does a noun cue after a coordinated verb: "... and reaffirmed their mutual commitment to".
          if (pos[m.start] === NOUN) {
            // "and confirmed their shared intention to": a participle after a determiner modifies the noun.
            const modifier = (k: number) => pos[k] === ADJ || pos[k] === PRON || pos[k] === DET || (pos[k] === VERB && k - 1 > s.tokenStart && (pos[k - 1] === PRON || pos[k - 1] === DET));
            while (before > s.tokenStart && modifier(before)) before--;
            if (pos[before] === VERB) before--;
            while (before > s.tokenStart && pos[before] === ADV) before--;
          }
          // "that South Africa would support ... and would be represented": a second future after "and"
          // is the same subject's, in the same clause.
          const again: boolean = cue.kind === 'future' && lastFuture !== null && before > s.tokenStart && low(before) === 'and';
          // "stated that Japan supports ASEAN's efforts ... and would continue to provide": the
          // reported clause's subject goes on after "and".
          let reportedSubject: Mention[] = [];
          if ((cue.reported || cue.kind === 'future') && !again && before > s.tokenStart && low(before) === 'and') {
            for (let q = before - 1; q > s.tokenStart + 1 && low(q) !== ';'; q--) {
              // Past the clauses nested in it ("recognizes that Taiwan is ... and that Xizang affairs are"),
              // to the "that" of the verb of saying.
              // "said the UK wanted ... and would put forward proposals": or the verb of saying itself, with
              // no "that", before an actor (not a possessor: "said the UK's pledge ... would be announced";
              // not the one told: "told Foreign Minister Wang the United States wanted").
              const bareSaying = low(q) !== 'that' && grammar.attribution.has(low(q)) && !grammar.tellThat.has(low(q)) && mentions.some((y) => !y.place && !grammar.possessives.has(words[y.tokenEnd] ?? '') && (y.tokenStart === q + 1 || (y.tokenStart === q + 2 && pos[q + 1] === DET)));
              if (!bareSaying && (low(q) !== 'that' || !grammar.attribution.has(low(q - 1)))) continue;
              const x = mentions.find((y) => !y.place && (y.tokenStart === q + 1 || (y.tokenStart === q + 2 && pos[q + 1] === DET)));
              if (x) reportedSubject = [x];
              break;
            }
          }
          // "The UK does not intend to open a base, the Minister made clear, but will continue to rotate ships": so does one after ", but".
          const contrasted = before > s.tokenStart + 1 && low(before) === 'but' && words[before - 1] === ',';
          const coordinated = reportedSubject.length ? [] : before > s.tokenStart && (low(before) === 'and' || contrasted) ? subjectOpening(mentions, s.tokenStart) : [];
          // "Envoy Zamir Kabulov, who accompanied the minister, will represent": not the relative clause's actor.
          let subjectEnd = m.start;
          if (m.start > s.tokenStart && low(m.start - 1) === ',') {
            let verbInAside = false;
            for (let q = m.start - 2; q > s.tokenStart && q >= m.start - MAX_DELEGATE && low(q) !== ';'; q--) {
              // "Japan, holding the G7 Presidency, would host": a participle after a comma opens an aside too.
              const participleAside = pos[q] === VERB && low(q).endsWith('ing') && low(q - 1) === ',';
              if (cues.relatives.has(low(q)) || cues.personRelatives.has(low(q)) || (cues.asideOpeners.has(low(q)) && low(q - 1) === ',') || participleAside) {
                if (low(q - 1) === ',') subjectEnd = q - 1;
                break;
              }
              // "work on the Global Combat Air Programme, their joint fighter jet project with Italy, would":
              // a noun phrase set off by commas after a noun names the subject again (not a name set
              // off after its title: "the Minister for Development, Anneliese Dodds, would").
              if (pos[q] === VERB || pos[q] === AUX) verbInAside = true;
              if (low(q) === ',' && !verbInAside && q < m.start - 2 && (pos[q - 1] === NOUN || pos[q - 1] === PROPN) && !mentions.some((x) => x.tokenStart < q && x.tokenEnd > q)) {
                subjectEnd = q;
                break;
              }
            }
          }
          // "confirmed that the next meeting of the commission would take place in Budapest": a meeting that happens stays the table's.
          const assurer = cue.kind === 'future' && !again && reportedSubject.length === 0 && coordinated.length === 0 && !phraseAt(cues.happenings, a, s.tokenEnd) ? assurerOf(mentions, m.start, s.tokenStart) : [];
          let subject = reportedSubject.length ? reportedSubject : coordinated.length ? coordinated : assurer.length ? assurer : subjectBefore(mentions, subjectEnd);
          // "welcomed the commitment of the United States to expand trade": the one whose commitment it is.
          if (ofOwner) subject = [ofOwner];
          // "Minister Guadalupe briefed the U.S. delegation on plans to expand solar generation": the
          // plans are the briefer's, not those of the one briefed, and the other side's own business.
          if (cue.kind === 'plan' && (low(m.start - 1) === 'on' || low(m.start - 1) === 'about' || low(m.start - 1) === 'of') && subject.length > 0) {
            const told = subject[0]!.tokenStart - (pos[subject[0]!.tokenStart - 1] === DET ? 2 : 1);
            // "warned the Minister about plans to deploy troops": plans of someone else, no one's promise here.
            if (told > s.tokenStart && grammar.tellThat.has(low(told)) && !cues.briefingVerbs.has(low(told))) continue;
            if (told > s.tokenStart && cues.briefingVerbs.has(low(told))) {
              subject = subjectBefore(mentions, told);
              // Another side's plans, told at the table, are its own business (as "Timor-Leste's plans").
              if (publisherSide !== undefined && subject.length > 0 && subject.every((x) => !partiesOf(x).includes(publisherSide))) continue;
            }
          }
          // "..., which was gratefully accepted, and the dates of the visit will be agreed": a passive
          // whose own clause opens with a thing names no one who commits.
          if (passive && assurer.length === 0 && subject.length > 0 && thingOpensClause(subject[subject.length - 1]!.tokenEnd, m.start, mentions)) subject = [];
          // "agreed that the differences should be settled through dialogue": a principle about a
          // dispute, unless it says when ("should be resolved by the end of March").
          if (passive && cue.agreed && participle + 1 < s.tokenEnd && cues.principlePassives.has(low(participle)) && cues.principleManners.has(low(participle + 1))) {
            const rest = doc.text.slice(starts[participle + 1]!, ends[s.tokenEnd - 1]!);
            if (!horizonIn(participle + 1, s.tokenEnd) && !period.test(rest) && !DEADLINE.test(rest)) continue;
          }
          // "agreed that a solution should be led and owned by Haitians": a passive whose agent is no
          // party of the meeting is a principle about others, not a step the sides take.
          if (passive && cue.agreed) {
            let q = participle + 1;
            while (q < s.tokenEnd && q <= participle + 4 && low(q) !== 'by' && low(q) !== ',' && low(q) !== '.') q++;
            const agent = low(q) === 'by' ? mentions.find((x) => x.tokenStart === q + 1 || (x.tokenStart === q + 2 && pos[q + 1] === DET)) : undefined;
            if (agent && partiesOf(agent).length > 0 && partiesOf(agent).every((p) => !doc.parties.includes(p))) continue;
          }
          // "The leaders agreed that their interior ministers would meet": those who agreed commit
          // through officials who are no party of their own.
          // "agreed that the first power unit should be connected": a passive needs no owner.
          const delegating = cue.kind === 'future' || cue.agreed ? agreedThatBefore(mentions, subjectEnd, s.tokenStart, cue.agreed && !passive) : [];
          const agreedByTable = (cue.kind === 'future' || cue.agreed === true) && delegating.length === 0 && agreedImpersonally(subjectEnd, s.tokenStart);
          if (cue.kind === 'future' && !passive && !again && subject.length === 0 && delegating.length === 0 && !agreedByTable) continue;
          // "Thousands of frontier workers ... will gain lasting certainty": people who hold no office promise nothing for a state.
          // Unless the table agreed it: "It was agreed that the relevant ministries and companies of the two countries would".
          // "Japanese companies are looking forward to investing": nor do they intend anything for it.
          const nonOfficial = (x: Mention, groupsOnly: boolean) => x.actors.length > 0 && x.actors.every((y) => grammar.nonOfficialRoles.has(y.role ?? '') && (!groupsOnly || y.kind !== 'person'));
          if ((cue.kind === 'future' || cue.kind === 'intend') && delegating.length === 0 && !agreedByTable && subject.length > 0 && subject.every((x) => nonOfficial(x, cue.kind === 'intend'))) continue;
          // "the Initiative, which will deepen collaboration": the future of a thing, no party's promise.
          // A meeting "which will be held in Hanoi", "which is to be held in Tunis" is the table's, by the passive's rule.
          // "which in his view will contribute": past a short aside of opinion too.
          let relativeAt = m.start - 1;
          if (relativeAt > s.tokenStart && low(relativeAt) === ',') relativeAt--;
          if (relativeAt - 2 > s.tokenStart && cues.opinionNouns.has(low(relativeAt)) && low(relativeAt - 2) === 'in') {
            relativeAt -= 3;
            if (relativeAt > s.tokenStart && low(relativeAt) === ',') relativeAt--;
          } else relativeAt = m.start - 1;
          const ofRelative = cue.kind === 'future' && m.start > s.tokenStart && cues.relatives.has(low(relativeAt));
          if (ofRelative && !(passive && cues.relativePassives.has(low(participle)))) continue;
          // "agreed to intensify preparations for the Forum, which will be held in the autumn": the
          // meeting is what the sentence's commitment is about, not a second one.
          if (ofRelative && out.some((c) => c.sentence === s.index)) continue;
          // The words that introduce the subject's clause: "confirmed that | the UK would", "hopes | the EU will".
          let intro = subject.length ? subject[0]!.tokenStart - 1 : -1;
          // "that | their interior ministers would": the determiners and modifiers of a subject that
          // stands just before the cue (not of "a further Russian | invasion ... would").
          const headed = subject.length > 0 && subject[subject.length - 1]!.tokenEnd === m.start;
          // A refusal binds only the actor just before it ("Colombia would not return"), not a
          // judgement whose subject is no actor ("Appeasement will not bring peace").
          // "They made clear that their countries will never recognize": the sides named just before it bind themselves.
          const sidesBefore = m.start - 2 >= s.tokenStart && cues.sidesNouns.has(low(m.start - 1)) && (cues.ownDelegates.has(low(m.start - 2)) || cues.sidesCounts.has(low(m.start - 2)));
          if (refrain && !headed && !sidesBefore && reportedSubject.length === 0 && coordinated.length === 0) continue;
          // "that a team of | UK advisers would": past the collective noun the subject belongs to.
          if (intro > s.tokenStart + 1 && low(intro) === 'of' && cues.collectiveHeads.has(low(intro - 1))) intro -= 2;
          while (intro > s.tokenStart && low(intro) !== 'that' && (pos[intro] === DET || (headed && (pos[intro] === PRON || pos[intro] === ADJ)))) intro--;
          // "stated that, toward the realization of a free and open Indo-Pacific, Japan would": past an
          // aside set off by commas after the "that".
          if (intro > s.tokenStart && low(intro) === ',') {
            let q = intro - 1;
            while (q > s.tokenStart && intro - q <= MAX_DELEGATE && low(q) !== ',' && low(q) !== ';') q--;
            if (q > s.tokenStart && low(q) === ',' && low(q - 1) === 'that') intro = q - 1;
          }
          // "stated that during its Presidency Hungary would": past a short phrase that opens with a
          // preposition right after the "that".
          if (intro > s.tokenStart && low(intro) !== 'that' && low(intro) !== ',') {
            let q = intro;
            while (q > s.tokenStart && intro - q < MAX_PREPOSED && low(q) !== 'that' && pos[q] !== VERB && pos[q] !== AUX && low(q) !== ',') q--;
            if (q > s.tokenStart && q < intro && low(q) === 'that' && pos[q + 1] === ADP) intro = q;
          }
          // "confirmed that the UK would", and "said the UK would" with the "that" left out.
          const thatClause = intro >= s.tokenStart && (low(intro) === 'that' || (cue.reported === true && (grammar.attribution.has(low(intro)) || cues.reportingParticiples.has(low(intro)))));
          const introVerb = thatClause ? (low(intro) === 'that' ? agreementOf(intro - 1, s.tokenStart) : intro) : intro;
          if (cue.reported && !again && !thatClause && delegating.length === 0 && !agreedByTable && assurer.length === 0) continue;
          // "asked how France intends to fulfil these commitments": a question, no promise.
          if (intro > s.tokenStart && cues.questionWords.has(low(intro)) && cues.askingVerbs.has(low(intro - 1))) continue;
          // "would not accept a ceasefire that the Kiev regime would use": a relative clause's future
          // is what the thing would be used for, no reported promise.
          // "the Commonwealth Heads of Government Meeting (CHOGM) that Samoa will host": so is a "will" there.
          if ((cue.reported || cue.kind === 'future') && !again && delegating.length === 0 && intro > s.tokenStart && low(intro) === 'that' && (pos[intro - 1] === NOUN || pos[intro - 1] === PROPN || words[intro - 1] === ')') && !toldThat(intro, s.tokenStart) && !cues.contentNouns.has(low(intro - 1))) continue;
          // "briefed the Minister on the summit ..., which The Gambia will host in May": the other side's
          // hosting told in a relative clause after the gathering describes it; the publisher's own
          // ("the first global summit on AI safety, which the UK will host this autumn") is announced.
          const clauseSubject = cue.kind === 'future' ? mentions.find((x) => x.tokenEnd === m.start && !x.place) : undefined;
          const which = clauseSubject ? clauseSubject.tokenStart - (pos[clauseSubject.tokenStart - 1] === DET ? 2 : 1) : -1;
          if (clauseSubject && publisherSide !== undefined && !partiesOf(clauseSubject).includes(publisherSide) && cues.hostingVerbs.has(low(m.end)) && !again && delegating.length === 0 && which > s.tokenStart + 1 && low(which) === 'which' && words[which - 1] === ',' && (pos[which - 2] === NOUN || pos[which - 2] === PROPN || words[which - 2] === ')')) continue;
          // ... and one whose subject is no actor: "the United States would not accept a ceasefire that the militias would use".
          if (cue.kind === 'future' && !again && subject.length > 0 && relativeBetween(subject[subject.length - 1]!.tokenEnd, m.start, s.tokenStart)) continue;
          // "agreed that their teams should work at pace": "should" commits only those who agreed.
          if (cue.agreed && delegating.length === 0 && !agreedByTable && !(thatClause && cues.agreeingThat.has(low(introVerb)))) continue;
          // "agreed that ASEAN should play a constructive role": advice to a third party, no promise.
          if (cue.agreed && delegating.length === 0 && subject.length > 0 && subject.flatMap(partiesOf).every((p) => !doc.parties.includes(p))) continue;
          // "the mission in Haiti, to which Jamaica has pledged personnel": a pledge made before, told
          // in a relative clause, is background, not a promise made at the table.
          const subjectStart = subject[0]?.sentence === s.index ? subject[0]!.tokenStart : -1;
          if ((cue.kind === 'pledge' || cue.kind === 'commit') && cues.perfectAuxiliaries.has(low(m.start - 1)) && subjectStart > s.tokenStart && cues.backgroundRelatives.has(low(subjectStart - 1))) continue;
          if (cue.kind === 'future' && !again && introVerb >= s.tokenStart && cues.wishes.has(low(introVerb))) continue;
          // "warned that Moscow would pay a heavy price": what will befall another is no promise.
          if (cue.kind === 'future' && !again && introVerb >= s.tokenStart && cues.warnings.has(low(introVerb))) {
            const warner = subjectOfVerb(mentions, introVerb, s.tokenStart).flatMap(partiesOf);
            if (!subject.flatMap(partiesOf).some((p) => warner.includes(p))) continue;
          }
          // "Both countries ... hope that direct flights will begin soon": a wish between the subject and the cue.
          // Not a wish for one's own act before another verb: "hopes to strengthen ..., and will continue to welcome".
          // Not past ", and" back to the sentence's subject: "China hopes that peace will return ..., and will continue to play a constructive role".
          const resumed = coordinated.length > 0 && words[before - 1] === ',';
          if (cue.kind === 'future' && !again && !resumed && subject.length > 0 && wishBetween(subject[subject.length - 1]!.tokenEnd, m.start)) continue;
          // "and hopes that more Cambodian durians ... will enter": a wish just before the subject.
          if (cue.kind === 'future' && !again && subject.length > 0 && wishedBefore(subject[0]!.tokenStart, s.tokenStart)) continue;
          // "agreed on the importance of continuing ...": a stated need.
          // "agreed on the urgent need for": adjectives may stand before the need.
          let needAt = a + 1;
          while (needAt < s.tokenEnd && pos[needAt] === ADJ) needAt++;
          if (takes === 'object' && low(a) === 'the' && needAt < s.tokenEnd && cues.statedNeeds.has(low(needAt))) continue;
          // "everything we agreed on in May": a time, no object agreed (not "pledged up to £50 million for", "agreed on in-country training").
          // Nor a place: "what the two leaders agreed upon in Kazan".
          if (takes === 'object' && pos[a] === ADP && (dueAt(a, s.tokenEnd) !== null || periodAtStart.test(doc.text.slice(starts[a]!, ends[s.tokenEnd - 1]!)) || doc.mentions.some((x) => x.place && x.tokenStart === a + 1))) continue;
          // "The two Ministers agreed that Minister Wang Yi will visit": those who agreed commit.
          const agreeing = (cue.kind === 'future' || cue.agreed) && thatClause && cues.agreeingThat.has(low(introVerb)) ? subjectOfVerb(mentions, introVerb, s.tokenStart) : [];

          let object: string | null = null;
          let invitee: Mention | undefined;
          if (takes === 'invite') {
            // "invited Foreign Minister Qin to Washington to continue the discussions": invitee, then purpose.
            let from = m.end;
            if (cue.inviteeAfter) {
              const inviter = mentions.find((x) => x.tokenStart >= m.end && x.tokenStart <= m.end + 1);
              if (!inviter || inviter.tokenEnd >= s.tokenEnd || !cue.inviteeAfter.includes(low(inviter.tokenEnd))) continue;
              from = inviter.tokenEnd + 1;
            }
            invitee = mentions.find((x) => x.tokenStart === from || (x.tokenStart === from + 1 && (from === m.end || low(from) === 'the')));
            // "invited American companies to take advantage of": an invitation to businesses is no visit.
            if (!invitee || invitee.actors.every((x) => x.kind === 'group')) continue;
            object = doc.text.slice(invitee.start, invitee.end);
            a = invitee.tokenEnd;
            if (a < s.tokenEnd && low(a) === 'to') a++;
            else continue;
            if (a < s.tokenEnd && cues.invitedActs.has(low(a))) continue;
            if (cue.acceptedOnly && !acceptedAfter(invitee.tokenEnd, s)) continue;
          }
          // "Washington's plans to deploy missiles": the plan of a state not at the table is no promise made there.
          // "welcomed the United Kingdom's plans to increase": the plan is its owner's.
          let owner: Mention | undefined;
          // "the Ecuadorian authorities' earlier intention to": a modifier may stand between.
          const possessive = grammar.possessives.has(words[m.start - 1] ?? '') ? m.start - 1 : (pos[m.start - 1] === ADJ || pos[m.start - 1] === ADV) && grammar.possessives.has(words[m.start - 2] ?? '') ? m.start - 2 : -1;
          if (pos[m.start] === NOUN && possessive >= s.tokenStart + 1) {
            owner = mentions.find((x) => x.tokenEnd === possessive);
            if (owner && partiesOf(owner).every((p) => !doc.parties.includes(p))) continue;
            if (owner && disapprovedBefore(owner.tokenStart, s.tokenStart)) continue;
            // "Minister Freitas set out Timor-Leste's plans to develop the gas fields", "welcomed
            // Sweden's plan to spend": another side's plan, told or welcomed at the table, is its
            // own business, not a promise made there; the publisher's side's plans are announced.
            if (owner && cue.kind === 'plan' && publisherSide !== undefined && !partiesOf(owner).includes(publisherSide)) continue;
          }
          // "It was agreed to maintain regular contacts": agreed at the table.
          const impersonal = agreedByTable || ofRelative || cue.table === true || (m.start >= s.tokenStart + 2 && low(m.start - 2) === 'it' && grammar.be.has(low(m.start - 1)));
          // "It was agreed that Sergey Lavrov would pay a return visit": agreed by the table, promised by the one named.
          // Not the states of a thing's "of" ("that the 28th meeting of the heads of government of Russia and China would").
          const ofThing = subject.length > 0 && low(listStart(subject[0]!, mentions) - 1) === 'of';
          const named = agreedByTable && headed && !ofThing ? [...new Set(subject.flatMap(partiesOf))] : [];
          // "The two leaders agreed that Russia and Ukraine will begin negotiations": a state the clause
          // names commits, not all who agreed (as with "agreed that their officials would").
          // Only states that are the clause's subject: not the "UAE" of "the next meeting of the Japan-UAE Initiative will".
          // Only when both sides agreed: "She confirmed that Sri Lanka would continue to benefit" is her promise;
          // and not a state that only receives ("agreed that Kenya will receive", "will be provided with").
          const agreers = new Set((agreeing.length ? agreeing : delegating).flatMap(partiesOf));
          const onlyReceives = cues.receivingVerbs.has(low(a)) && !words.slice(a + 1, a + RECEIVED_REACH).some((w) => cues.encounterNouns.has(w.toLowerCase()) || cues.visitorNouns.has(w.toLowerCase()));
          const statesHead = subject.length > 0 && headsClause(subject[subject.length - 1]!, m.start) && subject.every((x) => !x.place && x.actors.length > 0 && x.actors.every((y) => y.kind === 'state'));
          const statesNamed = agreers.size >= 2 && !passive && !ofThing && !onlyReceives && statesHead ? [...new Set(subject.flatMap(partiesOf))].filter((p) => doc.parties.includes(p)) : [];
          const byState = statesNamed.length ? subject.filter((x) => partiesOf(x).some((p) => statesNamed.includes(p))) : [];
          // "the Foreign Secretary confirmed that Mr Blinken would attend": one side's assurance of what a person of the
          // other side will do is that person's promise (not after "agreed": those who agree commit).
          const confirmedOfOther =
            agreeing.length > 0 && !passive && cues.assurances.has(low(introVerb)) && subject.length > 0 && headsClause(subject[subject.length - 1]!, m.start) && subject.every((x) => x.actors.length > 0 && x.actors.every((y) => y.kind === 'person' && typeof y.party === 'string' && doc.parties.includes(y.party) && !agreers.has(y.party)));
          let parties: string[] = named.length > 0 && named.every((p) => doc.parties.includes(p)) ? named : impersonal ? [...doc.parties] : again && lastFuture ? lastFuture : [...new Set((owner ? [owner] : byState.length ? byState : confirmedOfOther ? subject : agreeing.length ? agreeing : delegating.length ? delegating : subject).flatMap(partiesOf))];
          // "today we agreed to deepen our cooperation", "Today we have agreed to", in a minister's words after meeting another: "we" who agree are both sides.
          // Not "Last year, with our European partners, we agreed", nor "NATO allies took a historic step, and we agreed":
          // only a "we" with no one else who agrees.
          if (cue.kind === 'agree' && takes === 'verb' && subject.length === 1 && low(subject[0]!.tokenStart) === 'we' && (subject[0]!.tokenEnd === m.start || (subject[0]!.tokenEnd === m.start - 1 && cues.perfectAuxiliaries.has(low(m.start - 1)))) && doc.parties.length >= 2 && parties.length === 1 && parties[0] === publisherSide && weAlone(s, m.start)) parties = [...doc.parties];
          // "the Gulf states had asked their officials to review": a directive only both sides give together.
          if (cue.jointly && parties.filter((p) => doc.parties.includes(p)).length < 2) continue;
          // "He made clear that Hamas would play no role": a promise is made by those at the table.
          if (doc.parties.length >= 2 && parties.length > 0 && parties.every((p) => !doc.parties.includes(p))) continue;
          // A passive future that names no party ("the dates will be agreed through diplomatic channels") is the table's.
          if (parties.length === 0 && passive) parties = [...doc.parties];
          if (parties.length === 0) parties = sentenceParties ?? previousParties;
          if (parties.length === 0) parties = [...doc.parties];
          // "X invited Y to visit Niger. The invitation was accepted with gratitude": the visit is the invitee's promise.
          // The commitment stays where its action is written, with the invitation's words as its span.
          if (invitee && acceptedAfter(invitee.tokenEnd, s)) parties = partiesOf(invitee);
          // "His Highness accepted the Prime Minister's invitation to visit the UK": the visit is the one who accepted's.
          if (cue.kind === 'invite' && grammar.possessives.has(words[m.start] ?? '')) {
            const inviter = mentions.find((x) => x.tokenEnd === m.start);
            let v = inviter ? inviter.tokenStart - 1 : -1;
            if (v > s.tokenStart && pos[v] === DET) v--;
            if (v >= s.tokenStart && cues.acceptances.has(low(v))) {
              // "His Highness accepted": one named by no mention is the side that did not invite.
              const named = subjectOfVerb(mentions, v, s.tokenStart).flatMap(partiesOf).filter((p) => doc.parties.includes(p));
              const inviting = partiesOf(inviter);
              const accepters = named.length > 0 ? named : doc.parties.length === 2 ? doc.parties.filter((p) => !inviting.includes(p)) : [];
              if (accepters.length > 0) parties = [...new Set(accepters)];
            }
          }
          // "Sergey Lavrov will be received by Prime Minister Sheikh Hasina": the one named after "by" is a party to it too.
          if (passive && participle + 2 < s.tokenEnd && low(participle + 1) === 'by') {
            const agent = mentions.find((x) => !x.place && (x.tokenStart === participle + 2 || (x.tokenStart === participle + 3 && pos[participle + 2] === DET)));
            const more = agent ? partiesOf(agent).filter((p) => doc.parties.includes(p) && !parties.includes(p)) : [];
            if (more.length > 0) parties = [...parties, ...more];
          }
          // "We will meet again in San José next year": a meeting to come takes both sides.
          // Not with a third party: "President Biden will meet again with President Zelensky".
          const jointAct = phraseLengthAt(cues.jointActs, a, s.tokenEnd);
          const withThird = a + jointAct < s.tokenEnd && low(a + jointAct) === 'with';
          if (cue.kind === 'future' && jointAct > 0 && !withThird && doc.parties.length >= 2 && parties.some((p) => doc.parties.includes(p)) && m.start > s.tokenStart && pos[m.start - 1] === PRON) parties = [...doc.parties];
          sentenceParties ??= parties;
          if (cue.kind === 'future') lastFuture = parties;
          // One cue may govern several actions: "agreed to convene the working group by May 14 and to hold a call".
          const firstAction = a;
          while (a < s.tokenEnd) {
            // The clause: up to a clause break, a due phrase, "and to", or MAX_ACTION words.
            let e = a;
            let due: string | null = null;
            let next = -1;
            // "agreed to restart, at an early date, dialogue mechanisms": a horizon set off by commas
            // just after the verb is the action's due, and the action goes on after it.
            let gap: [number, number] | null = null;
            while (e < s.tokenEnd && e - a < MAX_ACTION) {
              if (gap === null && due === null && low(e) === ',' && e - a <= 2) {
                const d = dueAt(e + 1, s.tokenEnd);
                if (d && low(e + 1 + d.length) === ',') {
                  due = dueOf(d.values[0]!, doc.text.slice(starts[e + 1]!, ends[e + d.length]!));
                  gap = [e, e + 2 + d.length];
                  e = gap[1];
                  continue;
                }
              }
              // "to take the anniversary as an opportunity to hold ...": the clause goes on to what the occasion is for.
              const asOccasion = low(e) === 'as' && (low(e + 1) === 'an' || low(e + 1) === 'a') && cues.occasionNouns.has(low(e + 2));
              if ((cues.clauseEnd.has(low(e)) && !asOccasion) || relativeFuture(e, a, s.tokenEnd, s.tokenStart)) break;
              let d = dueAt(e, s.tokenEnd);
              if (d) {
                const then = cues.frequencies.has(d.values[0]!.phrase) ? dueAt(e + d.length, s.tokenEnd) : null;
                if (then) {
                  e += d.length;
                  d = then;
                }
                due ??= dueOf(d.values[0]!, doc.text.slice(starts[e]!, ends[e + d.length - 1]!));
                break;
              }
              if (low(e) === 'and' && e + 1 < s.tokenEnd) {
                if (low(e + 1) === 'to' && takes !== 'object' && e + 2 < s.tokenEnd && pos[e + 2] === VERB) {
                  next = e + 2;
                  break;
                }
                if (cues.cues.at(ids, e + 1, s.tokenEnd) || mentions.some((x) => x.tokenStart === e + 1)) break;
              }
              e++;
            }
            if (e === a) break;
            // "agreed to coordinate within the SCO, BRICS and the UN, and to prepare for the summit":
            // a comma list ends the first action, and a later "and to" starts the next one; so does
            // one after the first action's horizon ("... next month, and to hold the next round").
            // "agreed to restart mechanisms such as the Energy Dialogue, and to expand": after an example list too.
            if (next < 0 && takes === 'verb' && e < s.tokenEnd && (low(e) === ',' || low(e) === 'as' || due)) {
              for (let k = e + 1; k + 2 < s.tokenEnd && k <= e + MAX_ACTION; k++) {
                if (low(k) === ';' || cues.cues.at(ids, k, s.tokenEnd)) break;
                if (low(k) === 'and' && low(k + 1) === 'to' && pos[k + 2] === VERB) {
                  next = k + 2;
                  break;
                }
              }
            }
            // An action cut at MAX_ACTION words does not end on "in" or "the".
            let last = e - 1;
            // Nor on the "such" of "such as".
            while (last > a && (pos[last] === ADP || pos[last] === DET || pos[last] === CCONJ || (low(last) === 'such' && low(last + 1) === 'as'))) last--;
            const clause = gap && last >= gap[1] ? `${doc.text.slice(starts[a]!, ends[gap[0] - 1]!)} ${doc.text.slice(starts[gap[1]]!, ends[last]!)}` : doc.text.slice(starts[a]!, ends[gap ? gap[0] - 1 : last]!);
            if (!due && ref) {
              const deadline = DEADLINE.exec(clause);
              const r = deadline ? chrono.parse(deadline[1]!, { instant: new Date(`${ref}T12:00:00Z`), timezone: 'UTC' }, { forwardDate: true })[0] : undefined;
              if (r) due = iso(r.start.date());
            }
            // An occasion cut off before its date ("on the margins of the APEC summit | in Korea at the end
            // of October") yields to the date just after the clause.
            let occasion = false;
            if (!due) {
              // "in November", "in 2026": a month or a year; "ahead of the G7 Summit": an occasion; kept as written.
              due = periodIn(clause, cues.doneBefore);
              occasion = due !== null && OCCASION.exec(clause)?.[0] === due;
            }
            if ((!due || occasion) && next < 0) {
              // A horizon just after the clause: "..., and to hold a follow-up call in the coming weeks".
              let k = e;
              // Up to another cue, whose horizon is its own ("..., and they agreed to meet next month").
              // A future in a relative clause is the thing's own ("the Forum, which will be held in the autumn").
              // Nor into a clause with a subject of its own.
              // After an occasion, not past a comma that opens an aside: "to meet on the margins of the G7 Summit, as they did at the start of 2024".
              for (; k < s.tokenEnd && k < e + AFTER_CLAUSE && low(k) !== ';' && !(occasion && low(k) === ',' && (cues.asideOpeners.has(low(k + 1)) || cues.relatives.has(low(k + 1)))) && !newClauseAt(k, s.tokenEnd) && !(cues.cues.at(ids, k, s.tokenEnd) && !cues.relatives.has(low(k - 1))); k++) {
                const d = dueAt(k, s.tokenEnd);
                if (d) {
                  due = dueOf(d.values[0]!, doc.text.slice(starts[k]!, ends[k + d.length - 1]!));
                  occasion = false;
                  break;
                }
              }
              // "... of its Task Force in Germany in 2026": a month or a year just after the clause,
              // read with the clause, which a long action may have cut inside it ("by the end | of 2024").
              if ((!due || occasion) && k > e) {
                const span = doc.text.slice(starts[a]!, ends[k - 1]!);
                due = horizonPeriod(span, cues.doneBefore) ?? (occasion ? due : periodIn(span, cues.doneBefore));
                const day = due || !ref ? null : ON_DAY.exec(span);
                if (day) due = dayOf(day[0], true) ?? due;
              }
            }
            if (!due && (thatClause || delegating.length)) {
              // "confirmed that the delegation at the summit early next month would be headed by": a
              // horizon inside the clause's subject.
              for (let k = m.start - 1; k > s.tokenStart && k >= m.start - MAX_DELEGATE && low(k) !== 'that'; k--) {
                const d = dueAt(k, m.start);
                if (d) {
                  due = dueOf(d.values[0]!, doc.text.slice(starts[k]!, ends[k + d.length - 1]!));
                  break;
                }
              }
            }
            if (!due && subject.length > 0 && subject[0]!.sentence === s.index) {
              // "Throughout the year we will celebrate": a horizon put before the subject; not the day of
              // an agreement ("today we agreed", "This week, the two ministers agreed"), but a deadline before
              // one ("By the end of this year, the two ministers agreed to conclude").
              for (let k = s.tokenStart; k < subject[0]!.tokenStart; k++) {
                const d = dueAt(k, subject[0]!.tokenStart);
                if (d) {
                  const written = doc.text.slice(starts[k]!, ends[k + d.length - 1]!);
                  const lead = k > s.tokenStart ? low(k - 1) : '';
                  if (cue.kind !== 'agree' || DEADLINE_OPENING.test(written) || DEADLINE_OPENING.test(lead)) due = dueOf(d.values[0]!, written);
                  break;
                }
              }
              // "stated that, toward the G7 Hiroshima Summit in May, Japan would lead": a month or a
              // year in an aside between the "that" and the subject.
              // Only an aside that looks ahead: not "following the earthquake in January".
              const aside = thatClause && low(intro) === 'that' && subject[0]!.tokenStart > intro + 1 ? doc.text.slice(ends[intro]!, starts[subject[0]!.tokenStart]!) : '';
              if (!due && AHEAD_ASIDE.test(aside)) due = periodIn(aside, cues.doneBefore);
            }
            if (!due && ref && cue.kind === 'future' && subject.length > 0 && subject[0]!.sentence === s.index && subject[0]!.tokenStart > s.tokenStart) {
              const day = OPENING_DAY.exec(doc.text.slice(starts[s.tokenStart]!, starts[subject[0]!.tokenStart]!));
              // Read in the reference date's year unless the text gives one: only a day still to come
              // is a horizon, not the day of the meeting itself or one before it ("On June 11, ... will").
              const on = day ? dayOf(day[0], false) : null;
              if (on && on > ref) due = on;
            }
            // Only the first action is refused: "pledged never to use force ... and to respect".
            const refused = refrain && a === firstAction;
            let action = refused ? `not ${clause}` : clause;
            if (takes === 'invite') action = cues.visitVerbs.has(low(a)) ? clause : `visit ${clause}`;
            else if (takes === 'object') object = clause;
            out.push({ sentence: s.index, parties, cue: refused ? 'refrain' : cue.kind, action, object, due, status: 'open', span: { start: starts[m.start]!, end: ends[e - 1]! } });
            if (next < 0) break;
            a = next;
            object = null;
          }
        }
        // Who acted in this sentence, for a next sentence with no subject: its events' sources, else its first actor.
        const acting = [...new Set((eventsBySentence.get(s.index) ?? []).map((e) => e.source.party).filter((p): p is string => p !== null))];
        if (acting.length) previousParties = acting;
        else if (mentions[0]) previousParties = partiesOf(mentions[0]);
      }
      doc.commitments = out;
    },
  };
}
