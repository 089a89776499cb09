import type { CameoCode } from '../../dictionaries/cameo.js';
import type { Grammar } from '../../dictionaries/grammar.js';
import { NOT_AN_EVENT, type PatternIndex, type VerbPattern } from '../../dictionaries/patterns.js';
import { LexemeIds } from '../../matching/LexemeIds.js';
import type { Actor, Mention } from '../../model/Actor.js';
import type { Doc } from '../../model/Doc.js';
import type { CodedEvent, EventActor } from '../../model/Event.js';
import type { Sentence } from '../../model/Sentence.js';
import type { Span } from '../../model/Span.js';
import { posIndex } from '../../model/Tokens.js';
import type { Stage } from '../../pipeline/Stage.js';
import { eventDate } from '../dates/sentenceDate.js';

const VERB = posIndex('VERB');
/** An ASCII capital: the first letter of a name's word. */
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const ADV = posIndex('ADV');
const PROPN = posIndex('PROPN');
const AUX = posIndex('AUX');
const PART = posIndex('PART');
const NOUN = posIndex('NOUN');
const ADP = posIndex('ADP');
const ADJ = posIndex('ADJ');
const PRON = posIndex('PRON');
const DET = posIndex('DET');


/** How far past a pattern's end "each other" may stand ("blamed each other for the clashes"). */
const EACH_OTHER_REACH = 3;
/** Longer "sentences" are tables, lists or garbage run together; coding them gives noise. */
export const MAX_SENTENCE_TOKENS = 400;

export interface EventsData {
  patterns: PatternIndex;
  codes: ReadonlyMap<string, CameoCode>;
  grammar: Grammar;
  /** CAMEO country codes and names: the states an act can be domestic to. */
  states: ReadonlyMap<string, string>;
}

interface Match {
  pattern: VerbPattern;
  end: number;
  target: Mention | null;
  /** Tokens the pattern's "..." gaps stepped over: the fewer, the more of the phrase it names. */
  skipped: number;
}

/** A past participle after a form of "be" marks the passive (regex literals are hoisted: each evaluation of one allocates). */
const PARTICIPLE = /(?:ed|en|wn|met|held|made|told|sent|given|taken|put|hit|set|cut|shut|kept|caught|brought|sought|fought|found|led|left|sold|struck|shot|built|paid|laid)$/;
const LETTER = /\p{L}/u;

/**
 * Codes CAMEO events from verb patterns over the tagged tokens, with no parser: at each verb the
 * longest pattern in data/events/patterns.yaml fires; the source is the nearest actor before the
 * verb (or, in the passive, the "by" phrase), the target the actor in the pattern's slot, else
 * the first other actor after the verb, else the meeting's counterpart. Negation and modality are
 * read from the words before the verb and recorded, never silently coded as fact.
 */
export function eventsStage(data: EventsData): Stage {
  const { patterns, codes, grammar: g, states } = data;
  /**
   * CAMEO codes an action that is promised or intended, not done, as intent: future or
   * hypothetical cooperation becomes 03x, future force a threat (13x) — data/grammar.yaml.
   */
  const intentCode = (code: string, modality: CodedEvent['modality'], negated: boolean): string =>
    modality === 'asserted' || negated ? code : (g.intentCodes.get(code.slice(0, 2)) ?? code);
  const pv = patterns.vocab;
  const byId = pv.intern('by');
  const lexemeIds = new LexemeIds(pv, true);
  const ofId = pv.intern('of');
  const theId = pv.intern('the');
  const withId = pv.intern('with');
  const inId = pv.intern('in');
  const thatId = pv.intern('that');
  const commaId = pv.intern(',');
  const andId = pv.intern('and');
  // The pattern words each sentence holds, as a stamp per vocabulary id: scratch space this stage
  // reuses from sentence to sentence (the vocabulary is complete once the stage is built).
  const present = new Int32Array(pv.size);
  let stamp = 0;
  const anyPresent = (ids: Int32Array): boolean => {
    for (let k = 0; k < ids.length; k++) if (present[ids[k]!] === stamp) return true;
    return false;
  };

  return {
    name: 'events',
    requires: ['sentences', 'tokens', 'pos', 'mentions', 'parties', 'meta'],
    provides: ['events'],
    run(doc: Doc): void {
      const text = doc.text;
      const { starts, ends, pos } = doc.tokens;
      const n = starts.length;
      // Lower-cased words, computed only for the tokens a rule looks at; pattern ids for all.
      const lowerCache: (string | undefined)[] = new Array(n);
      const words = doc.tokens.words;
      const low = (i: number): string => (lowerCache[i] ??= words[i]!.toLowerCase());
      const ids = lexemeIds.of(doc.tokens);
      const id = (i: number): number => ids[i]!;
      /** Whether only articles, determiners and "that" stand between the verb and `start`. */
      const objectOf = (verb: number, start: number): boolean => {
        for (let q = verb + 1; q < start; q++) if (!g.beforeTarget.has(low(q)) && id(q) !== thatId) return false;
        return true;
      };
      const commaBetween = (from: number, to: number): boolean => {
        for (let q = from; q < to; q++) if (id(q) === commaId) return true;
        return false;
      };
      const preceded = (word: number, start: number): boolean => start > 0 && (id(start - 1) === word || (start > 1 && id(start - 1) === theId && id(start - 2) === word));
      const ofAt = (start: number): boolean => preceded(ofId, start);
      // The token loop's helpers take its variables as arguments: a closure in the loop that captured
      // them would make V8 allocate a scope for every token.
      // "The Turkish and Greek sides of the island of Cyprus": an actor after "of" modifies an earlier one.
      // "China is ready to work with Kazakhstan to deepen ...": one after "with" is a partner, not the subject.
      const mentionsBefore = (list: readonly Mention[], t: number): Mention[] =>
        list.filter((m, k) => m.tokenEnd <= t && !m.place && !(k > 0 && ofAt(m.tokenStart)) && !preceded(withId, m.tokenStart));
      const agentAfter = (list: readonly Mention[], t: number): Mention | undefined =>
        list.find((m) => m.tokenStart > t && m.tokenStart - 1 >= 0 && (id(m.tokenStart - 1) === byId || (id(m.tokenStart - 1) === theId && id(m.tokenStart - 2) === byId)));
      /** Whether a speech verb follows the mention and the name after it ("negotiator Saeb Erakat said"). */
      const attributed = (m: Mention, end: number): boolean => {
        let q = m.tokenEnd;
        while (q < end && q - m.tokenEnd < 4 && pos[q] === PROPN) q++;
        return q < end && g.attribution.has(low(q));
      };
      /** "welcomed Uzbekistan's decision", "appreciated Doha's mediation": praise goes to the possessor of what is praised, when of another side. */
      const praised = (m: Mention, t: number, code: CameoCode, sourceParties: ReadonlySet<string | null>): boolean =>
        code.root === '05' && objectOf(t, m.tokenStart) && m.actors.every((a) => !sourceParties.has(a.party));
      /** Whether a "that" stands between the verb and `start`: what follows it is a clause, not the verb's object. */
      const thatBetween = (verb: number, start: number): boolean => {
        for (let q = verb + 1; q < start; q++) if (id(q) === thatId) return true;
        return false;
      };
      const targetAfter = (list: readonly Mention[], t: number, from: number, end: number, code: CameoCode, sources: readonly Actor[], objectOnly = false): Mention | undefined => {
        const quad = code.quad;
        const sourceParties = new Set(sources.map((a) => a.party));
        const sourceCodes = new Set(sources.map((a) => a.code));
        // The verb's own object inside a longer match counts too: "demanded that the US cancel
        // plans to sell arms to Taiwan" is aimed at the US, not at Taiwan.
        // "..., chief negotiator Saeb Erakat said": the one the sentence is attributed to is no target.
        // "called on Israel to agree": an appeal's object past its particle too (not "agreed at the G20").
        const appeal = code.code.startsWith('02') || code.code.startsWith('10');
        const particle = appeal && t + 1 < end && pos[t + 1] === ADP && (low(t + 1) === 'on' || low(t + 1) === 'upon') ? t + 1 : t;
        const candidates = list.filter(
          (m) =>
            (m.tokenStart >= from || (m.tokenStart > t && (objectOf(t, m.tokenStart) || (particle > t && !m.place && objectOf(particle, m.tokenStart))) && !(objectOnly && thatBetween(t, m.tokenStart)))) &&
            !(quad === 1 && isPossessor(m, low, end, g.possessives) && !praised(m, t, code, sourceParties)) &&
            !attributed(m, end),
        );
        // The first actor of another state or of another part of the source's own (a government
        // banning its opposition); a place at home ("in Nairobi") is where, not whom.
        const first = candidates.find((m) => m.actors.some((a) => !sourceParties.has(a.party)) || (!m.place && m.actors.some((a) => !sourceCodes.has(a.code) && sources.every((src) => domestic(src, a)))));
        // "held talks in Riyadh with a Russian delegation": a place abroad is where, when someone of
        // another side is met "with" after it (a visit's place stays its target: "traveled to Beijing").
        if (first?.place && g.withAfterPlace.some((prefix) => code.code.startsWith(prefix))) {
          let w = first.tokenEnd;
          while (w < end && ids[w] !== withId && words[w] !== ';') w++;
          if (w < end && ids[w] === withId) {
            const met = candidates.find((m) => m.tokenStart > w && !m.place && m.actors.some((a) => !sourceParties.has(a.party)));
            if (met) return met;
          }
        }
        return first;
      };
      const inMention = new Uint8Array(n);
      for (const m of doc.mentions) inMention.fill(1, m.tokenStart, m.tokenEnd);
      const mentionAt = new Map<number, Mention>();
      const bySentence = new Map<number, Mention[]>();
      for (const m of doc.mentions) {
        mentionAt.set(m.tokenStart, m);
        const list = bySentence.get(m.sentence);
        if (list) list.push(m);
        else bySentence.set(m.sentence, [m]);
      }
      // Parties named other than as the one a sentence is attributed to ("..., the Czechoslovak
      // news agency reported"): only these can be the counterpart an act is said to by default.
      const addressed = new Set<string>();
      for (const m of doc.mentions) {
        if (attributed(m, doc.sentences[m.sentence]!.tokenEnd)) continue;
        for (const a of m.actors) if (a.party) addressed.add(a.party);
      }
      /** A place named right after the match ("in Italy", "in the Sudan"), for an agentless passive. */
      const placeAfter = (end: number, sentenceEnd: number): Mention | undefined => {
        if (end + 1 >= sentenceEnd || id(end) !== inId) return undefined;
        const m = mentionAt.get(id(end + 1) === theId ? end + 2 : end + 1);
        return m?.place ? m : undefined;
      };
      const script = scriptOf(text);
      if (text.length > 0 && script.letters === 0) doc.warnings.push('the text has no words to code');
      else if (script.letters > 20 && script.latin < script.letters * 0.5) {
        doc.warnings.push('the text is mostly in a script other than Latin; readout codes English');
      }
      const events: CodedEvent[] = [];
      // Statements (010), also those said to each other as a shared view: CAMEO's residual.
      const statements = new Set<CodedEvent>();
      const seen = new Map<string, CodedEvent>();

      const ownState = (a: Actor): Actor => {
        const name = a.party ? states.get(a.party) : undefined;
        return name ? { code: a.party!, party: a.party, name, kind: 'state', role: null, title: null } : NO_TARGET;
      };
      const partyActor = (party: string): Actor => doc.principalOf(party);
      /** "each other" or "one another" (data/grammar.yaml eachOther) in (from, to). */
      const eachOtherAfter = (from: number, to: number): boolean => {
        for (let q = from + 1; q < to; q++) if (g.eachOther.some((p) => p.every((w, j) => q + j < n && low(q + j) === w))) return true;
        return false;
      };

      const opensReference = (q: number): boolean => {
        const m = mentionAt.get(q);
        return m !== undefined && m.via === 'reference' && m.tokenEnd - m.tokenStart > 1;
      };
      const opensName = (q: number): boolean => {
        const m = mentionAt.get(q);
        return m !== undefined && m.via !== 'reference';
      };
      const mentionFrom = (p: number, end: number, wantPlace: boolean): Mention | null => {
        let q = p;
        // A reference may itself open with such a word ("his counterpart"; not a lone "our").
        // "His Majesty King Abdullah II" is one mention that opens with such words: it starts here.
        while (q < end && !opensReference(q) && !opensName(q) && g.beforeTarget.has(low(q))) q++;
        const m = q < end ? mentionAt.get(q) : undefined;
        if (!m || m.tokenEnd > end) return null;
        if (wantPlace) return m;
        return m.place ? null : m;
      };

      const matchFrom = (pattern: VerbPattern, e: number, p: number, end: number, target: Mention | null, skipped: number): Match | null => {
        if (e === pattern.elements.length) return { pattern, end: p, target, skipped };
        const el = pattern.elements[e]!;
        switch (el.type) {
          case 'words': {
            const alternatives = el.alternatives;
            for (let a = 0; a < alternatives.length; a++) {
              const alt = alternatives[a]!;
              let q = p;
              // One adverb may stand between words: "met virtually with".
              if (q < end && pos[q] === ADV && id(q) !== alt[0]) q++;
              let ok = true;
              for (let k = 0; k < alt.length; k++) {
                if (q < end && id(q) === alt[k]) q++;
                else {
                  ok = false;
                  break;
                }
              }
              if (ok) {
                const r = matchFrom(pattern, e + 1, q, end, target, skipped);
                if (r) return r;
              }
            }
            return el.optional ? matchFrom(pattern, e + 1, p, end, target, skipped) : null;
          }
          case 'gap': {
            for (let skip = 0; skip <= el.max && p + skip <= end; skip++) {
              // A gap stays in its clause: "announced it would prohibit all aid" is no aid.
              if (skip > 0 && pos[p + skip - 1] === AUX) break;
              const r = matchFrom(pattern, e + 1, p + skip, end, target, skipped + skip);
              if (r) return r;
            }
            return null;
          }
          case 'target':
          case 'place': {
            const m = mentionFrom(p, end, el.type === 'place');
            if (m) {
              // "addressed the PRC’s unfair practices": the possessive goes with the target.
              const after = isPossessor(m, low, end, g.possessives) ? m.tokenEnd + 1 : m.tokenEnd;
              const r = matchFrom(pattern, e + 1, after, end, m, skipped) ?? (after !== m.tokenEnd ? matchFrom(pattern, e + 1, m.tokenEnd, end, m, skipped) : null);
              if (r) return r;
            }
            return el.optional ? matchFrom(pattern, e + 1, p, end, target, skipped) : null;
          }
        }
      };

      // One event per (sentence, source, target, code). A function of the document, not a closure in
      // the token loop: a closure there would make every token allocate a scope.
      const emit = (
        s: Sentence,
        from: Actor,
        fromMention: Mention | null,
        to: Actor,
        toMention: Mention | null,
        cameo: CameoCode,
        span: Span,
        pattern: string,
        date: string | null,
        negated: boolean,
        modality: CodedEvent['modality'],
        statement: boolean,
      ): void => {
        const key = `${s.index}|${from.code}|${to.code}|${cameo.code}`;
        const earlier = seen.get(key);
        if (earlier) {
          // A specific act of the same key makes an earlier statement's event specific.
          if (!statement) statements.delete(earlier);
          return;
        }
        const event: CodedEvent = {
          code: cameo.code,
          root: cameo.root,
          name: cameo.name,
          quad: cameo.quad,
          goldstein: cameo.goldstein,
          plover: cameo.plover,
          source: eventActor(from, fromMention),
          target: eventActor(to, toMention),
          sentence: s.index,
          span,
          evidence: text.slice(span.start, span.end),
          pattern,
          date,
          negated,
          modality,
        };
        seen.set(key, event);
        events.push(event);
        if (statement) statements.add(event);
      };

      for (const s of doc.sentences) {
        if (s.tokenEnd - s.tokenStart > MAX_SENTENCE_TOKENS) {
          doc.warnings.push(`sentence ${s.index} has ${s.tokenEnd - s.tokenStart} tokens, more than ${MAX_SENTENCE_TOKENS}; it was not coded`);
          continue;
        }
        const sentenceMentions = bySentence.get(s.index) ?? [];
        if (stamp === 0x7fffffff) {
          present.fill(0);
          stamp = 0;
        }
        stamp++;
        for (let q = s.tokenStart; q < s.tokenEnd; q++) if (ids[q]! >= 0) present[ids[q]!] = stamp;
        let sentenceDate: string | null | undefined;
        let lastTrigger = -1;
        let lastEnd = -1;
        let lastRoot = '';
        // Where the events of the last trigger begin when its pattern yields to an infinitive after it, else -1.
        let yieldFrom = -1;
        let lastSource: Mention | null = null;
        let lastSubject: Mention | null = null;
        // Who last made a statement in the sentence: "X said Y must withdraw" is X's demand.
        let lastSpeaker: Mention | null = null;
        for (let t = s.tokenStart; t < s.tokenEnd; t++) {
          // "had a call with": "have" is tagged AUX when a noun, not a verb, follows it.
          // "killing one person and arresting 12": a gerund after "and" that the tagger read as a noun.
          const gerund = pos[t] === NOUN && lastSubject !== null && t > s.tokenStart && id(t - 1) === andId && words[t]!.endsWith('ing');
          // "Sergey Lavrov informed his colleagues": a past tense the tagger read as an adjective,
          // right after an actor and before the one it is done to.
          const participle =
            pos[t] === ADJ && t > s.tokenStart && t + 1 < s.tokenEnd && inMention[t - 1] === 1 && (pos[t + 1] === PRON || pos[t + 1] === DET || pos[t + 1] === PROPN) && words[t]!.endsWith('ed');
          if (pos[t] !== VERB && !gerund && !participle && !(pos[t] === AUX && t + 1 < s.tokenEnd && pos[t + 1] !== VERB && pos[t + 1] !== AUX && pos[t + 1] !== PART)) continue;
          // A word of a name ("Badr Al Said") is not a verb, nor is a capitalised word of an event's
          // name after another ("the G7 Foreign Ministers' Meeting in Fiuggi").
          if (inMention[t] === 1) continue;
          if (t > s.tokenStart && isUpper(words[t]!.charCodeAt(0)) && (isUpper(words[t - 1]!.charCodeAt(0)) || g.possessives.has(words[t - 1]!))) continue;
          // Words a pattern already took do not fire again ("looks forward to welcoming").
          if (t < lastEnd) continue;
          // "supports South Africa in hosting the summit": what the act is for is part of it.
          if (t > s.tokenStart && t - 1 === lastEnd && low(t - 1) === 'in' && words[t]!.endsWith('ing')) continue;
          // "the occupied territories", "a shared commitment": a participle used as an adjective.
          if (t > s.tokenStart && g.attributive.has(low(t - 1))) continue;
          // "agreed to advance the corridor ..., and to convene the committee": an "and to" takes up an earlier infinitive however far.
          const infinitive = t > s.tokenStart && low(t - 1) === 'to' && lastTrigger >= 0 && (t - lastTrigger <= 10 || (t - 2 > s.tokenStart && low(t - 2) === 'and'));
          // "called on Russia to release", "urged them to stop suppressing": what was asked or promised.
          if ((infinitive || t === lastEnd) && g.governingRoots.has(lastRoot) && yieldFrom < 0) continue;
          // "The Chinese side expressed concern ... and urged": a second verb of the same subject.
          // "... and will resign": an auxiliary may stand between. ", killing 20 people": a
          // participle after a comma is the main clause's act too.
          const coordinated: boolean =
            lastSubject !== null && t - 1 > s.tokenStart && (low(t - 1) === 'and' || ((pos[t - 1] === ADV || pos[t - 1] === AUX) && low(t - 2) === 'and') || (id(t - 1) === commaId && words[t]!.endsWith('ing')));
          const verbId = id(t);
          const verb = verbId >= 0 ? patterns.byVerb[verbId] : undefined;
          if (!verb) continue;
          // Voice, negation and modality from the words just before the verb.
          let passive = false;
          // Where the passive's "was" or "were" stands: the word before it is the passive's subject.
          let beAt = -1;
          let negated = false;
          let modality: CodedEvent['modality'] = 'asserted';
          let obliged = false;
          for (let b = t - 1; b >= s.tokenStart && b >= t - 4; b--) {
            const w = low(b);
            if (mentionAt.has(b)) break;
            if (g.be.has(w) && b >= t - 2 && !g.statives.has(low(t)) && PARTICIPLE.test(low(t))) {
              passive = true;
              beAt = b;
            }
            if (g.negations.has(w)) negated = true;
            if (g.obligation.has(w)) obliged = true;
            if (g.future.has(w)) modality = 'future';
            else if (g.conditional.has(w) && modality === 'asserted') modality = 'conditional';
            // "is willing to send", "ready to contribute", "plans to visit": an intention.
            // "an invitation from President Prabowo to visit": the intent word may stand a few words
            // before the "to", with no verb between.
            if (w === 'to' && b === t - 1) {
              for (let q = b - 1; q >= s.tokenStart && q >= b - 8; q--) {
                if (g.intent.has(low(q))) {
                  modality = 'future';
                  break;
                }
                // "is ready to work with Kazakhstan to deepen": a verb that is itself intended passes it on.
                if ((pos[q] === VERB && !(q > s.tokenStart && low(q - 1) === 'to')) || pos[q] === AUX || id(q) === commaId) break;
              }
            }
          }
          let best: Match | null = null;
          const next = t + 1 < s.tokenEnd ? id(t + 1) : -1;
          const afterAdverb = t + 2 < s.tokenEnd && pos[t + 1] === ADV ? id(t + 2) : -1;
          // With no adverb after the verb, only the patterns that may start with the next word.
          const candidates = afterAdverb === -1 ? (verb.byFirst.get(next) ?? verb.open) : verb.all;
          for (let c = 0; c < candidates.length; c++) {
            const pattern = candidates[c]!;
            if (afterAdverb !== -1 && pattern.firstWords && !pattern.firstWords.has(next) && !pattern.firstWords.has(afterAdverb)) continue;
            if (pattern.required && !anyPresent(pattern.required)) continue;
            if (pattern.mood === 'intent' && modality === 'asserted' && !obliged) continue;
            // "Special attention was paid to": the passive's subject names the act.
            if (pattern.passiveSubject) {
              // "Special attention has been paid to": past the auxiliaries before the "been".
              let subjectAt = beAt - 1;
              while (subjectAt > s.tokenStart && pos[subjectAt] === AUX) subjectAt--;
              if (!(passive && subjectAt >= s.tokenStart && pattern.passiveSubject.has(id(subjectAt)))) continue;
            }
            const m = matchFrom(pattern, 0, t + 1, s.tokenEnd, null, 0);
            if (!m) continue;
            // "violating the ceasefire agreement": violate-ceasefire names both words, violate-law skips one.
            if (!best || m.end > best.end || (m.end === best.end && (m.skipped < best.skipped || (m.skipped === best.skipped && (m.pattern.weight > best.pattern.weight || (m.pattern.weight === best.pattern.weight && m.pattern.code.length > best.pattern.code.length)))))) best = m;
          }
          if (!best) continue;
          if (best.pattern.code === NOT_AN_EVENT) {
            lastEnd = best.end;
            continue;
          }


          // "The Turkish and Greek sides of the island of Cyprus have agreed": an actor after "of"
          // modifies an earlier one and is not the subject.
          const before = mentionsBefore(sentenceMentions, t);
          // The subject of a purpose infinitive ("called Ishiba to congratulate him") is the caller.
          let subject: Mention | null = infinitive && lastSource ? lastSource : coordinated ? lastSubject : (before[before.length - 1] ?? null);
          // "Pakistan, a key U.S. ally, has refused": an actor inside an apposition is not the subject.
          if (subject === before[before.length - 1] && before.length >= 2) {
            const head = before[before.length - 2]!;
            if (id(head.tokenEnd) === commaId && head.tokenEnd + 1 < subject.tokenStart && commaBetween(subject.tokenEnd, t)) subject = head;
          }
          // "Ms. KAMIKAWA, who is visiting Capri, Italy, to attend the G7 meeting, held ...": a relative
          // clause between commas before the verb holds no subject.
          if (subject && !infinitive && !coordinated) {
            let q = t - 1;
            while (q > s.tokenStart && pos[q] === ADV) q--;
            if (id(q) === commaId) {
              for (let r = q - 1; r > s.tokenStart + 1 && q - r <= 25; r--) {
                if (id(r - 1) === commaId && (low(r) === 'who' || low(r) === 'which')) {
                  const head = before.filter((m) => m.tokenEnd < r);
                  if (head.length > 0) subject = head[head.length - 1]!;
                  break;
                }
              }
            }
          }
          // "Washington and Beijing agreed", "France, Germany and Italy called": a compound subject.
          let joinedByAnd = false;
          for (let k = before.length - 2; subject && k >= 0; k--) {
            const prev = before[k]!;
            let gap = subject.tokenStart - prev.tokenEnd;
            const joiner = low(prev.tokenEnd);
            if (gap === 2 && low(prev.tokenEnd + 1) === 'the') gap = 1;
            // A comma joins only inside a series that ends in "and": "France, Germany and Italy".
            if (gap !== 1 || !(joiner === 'and' || (joiner === ',' && joinedByAnd))) break;
            if (joiner === 'and') joinedByAnd = true;
            subject = { ...subject, tokenStart: prev.tokenStart, start: prev.start, actors: [...prev.actors, ...subject.actors] };
          }
          let sources: Actor[];
          let sourceMention: Mention | null;
          let targetMention: Mention | null = best.target;
          let codeId = intentCode(best.pattern.code, modality, negated);
          let root = best.pattern.code.slice(0, 2);
          // "Xi said that the two sides should deepen cooperation": an appeal whose addressees include
          // the speaker is a proposal to act together, the same wish as intent (CAMEO's 02x mirror 03x).
          const speaker = obliged || passive ? null : subject;
          if (root === '02' && speaker && targetMention?.actors.some((a) => speaker.actors.some((o) => o.party !== null && o.party === a.party))) {
            const intent = `03${codeId.slice(2)}`;
            codeId = codes.has(intent) ? intent : '030';
            root = '03';
          }
          const refusal = negated && modality !== 'asserted' ? g.refusalCodes.get(root) : undefined;
          if (refusal) {
            // "will not accept refugees": the refusal is stated now, as a rejection.
            codeId = refusal;
            root = '12';
            negated = false;
            modality = 'asserted';
          }
          // "The situation in the Sahel was discussed": a consultation done (not one "to be convened")
          // in the passive with no "by" is the meeting's own, each side with the other.
          let aux = t - 1;
          while (aux > s.tokenStart && pos[aux] === ADV) aux--;
          const tableAct = passive && root === '04' && low(aux) !== 'be' && doc.parties.length >= 2 && !agentAfter(sentenceMentions, t);
          if (tableAct) {
            passive = false;
            sourceMention = null;
            sources = doc.parties.map(partyActor);
            targetMention = null;
          } else if (passive) {
            // "was arrested in Lebanon": with no "by", a state's act done in it is its authorities'.
            const agentAt = agentAfter(sentenceMentions, t) ?? (g.placeAgentRoots.has(root) ? placeAfter(best.end, s.tokenEnd) : undefined);
            sourceMention = agentAt ?? null;
            sources = agentAt ? agentAt.actors : [];
            targetMention = subject;
          } else if (obliged && lastSpeaker && subject && g.obligationCodes.has(root)) {
            // "X said Y must withdraw": X demands that Y withdraw (eval/annotations/GUIDELINES.md 4.3).
            sourceMention = lastSpeaker;
            sources = lastSpeaker.actors;
            targetMention = subject;
            codeId = g.obligationCodes.get(root)!;
            root = '10';
          } else {
            sourceMention = subject;
            sources = subject ? subject.actors : [];
          }
          if (sources.length === 0) continue;
          // "ready to work with Kazakhstan to deepen trade cooperation": the infinitive's act stands for the work's.
          // Only an act of the same kind: "work with China to crack down on fraud" stays work together.
          if (yieldFrom >= 0 && infinitive) {
            if (root !== lastRoot) continue;
            for (const e of events.splice(yieldFrom)) seen.delete(`${e.sentence}|${e.source.code}|${e.target.code}|${e.code}`);
          }
          yieldFrom = best.pattern.yields ? events.length : -1;
          lastTrigger = t;
          lastEnd = best.end;
          lastRoot = root;
          lastSource = sourceMention;
          if (root === '01') lastSpeaker = sourceMention;
          // The one who did the first act does the second, in the passive the one it was done to:
          // "was indicted by the court and will resign".
          lastSubject = passive ? targetMention : sourceMention;

          // "Peacekeeping troops arrived in Bosnia": forces that arrive are deployed, not visiting.
          const deployed = codeId === '042' ? g.arrivals.get(sources[0]!.role ?? '') : undefined;
          let code = codes.get(deployed ?? codeId)!;
          let targets: Actor[] = [];
          // Sources of one state ("President Biden and First Lady Jill Biden") act together, not on each other.
          const reciprocal = !passive && !targetMention && sources.length > 1 && sources.some((a) => a.party !== sources[0]!.party);
          if (targetMention) {
            targets = targetMention.actors;
            // "between the DPRK and Russia", "urged Russia and Ukraine": a compound target is every one of them.
            const end = targetMention.tokenEnd;
            const next = end + 1 < s.tokenEnd && id(end) === andId ? mentionAt.get(id(end + 1) === theId ? end + 2 : end + 1) : undefined;
            if (next && !next.place && next.sentence === s.index) targets = [...targets, ...next.actors];
          }
          else if (reciprocal && code.quad !== 3 && code.quad !== 4 && best.pattern.target !== 'next') {
            // "The two sides discussed ...": each side to the other. Conflict is aimed outwards:
            // "France, Germany and Italy condemned the attack on Ukraine" looks for its target, and
            // so does an act whose object is its target ("Both sides called on Israel to agree").
            targets = sources;
          } else if (!passive && best.pattern.target === 'next') {
            // A possessor ("Russia’s war") is what words of cooperation talk about, not whom they are
            // said to; but what is opposed, rejected or attacked is its possessor's ("opposes the
            // U.S. side’s arms sales", "rejected North Korea’s demand").
            // Sides that act together take only the verb's own object as a target, not any actor after it.
            const together = reciprocal && code.quad !== 3 && code.quad !== 4;
            const after = targetAfter(sentenceMentions, t, together ? s.tokenEnd : best.end, s.tokenEnd, code, sources, together);
            // Sides acting together act on another, not on what is one side's own ("reopening the British Embassy").
            if (after && !(together && after.actors.every((a) => sources.some((o) => o.party === a.party)))) {
              targetMention = after;
              targets = after.actors;
            }
          }
          if (reciprocal && targets.length === 0) targets = sources;
          // A statement stays CAMEO's residual after it becomes a shared view.
          const statement = code.code === '010';
          // Not what sides do to each other: "Armenia and Azerbaijan blamed each other".
          const mutual = targets === sources && !eachOtherAfter(t, Math.min(s.tokenEnd, best.end + EACH_OTHER_REACH)) ? g.mutualCodes.get(code.code) : undefined;
          if (mutual) code = codes.get(mutual)!;

          const span = { start: starts[t]!, end: ends[Math.max(t, best.end - 1)]! };
          if (sentenceDate === undefined) sentenceDate = eventDate(doc, s);
          const date = sentenceDate;
          for (const source of sources) {
            // Within one state only when the roles differ (a government arresting its opposition);
            // never a government to itself.
            let ts = targets.filter((a) => a.party !== source.party || domestic(source, a));
            const other = doc.parties.filter((p) => p !== source.party && addressed.has(p));
            // "declared a state of siege in Haiti": coercion with no one named is done to the state it is done in.
            if (ts.length === 0 && !targetMention && g.placeAgentRoots.has(root)) {
              const where = placeAfter(best.end, s.tokenEnd)?.actors[0];
              if (where?.party === source.party) ts = [ownState(source)];
            }
            // Said to the other side of the meeting: its counterpart.
            if (ts.length === 0 && !targetMention && other.length === 1) ts = [partyActor(other[0]!)];
            // A text about one state alone ("police dispersed the protesters", "rebels surrendered"):
            // with no other party the act is domestic, done to the state's own people. Words of
            // cooperation (quad 1: statements, promises, praise) need an addressee, so a
            // government's stay blank (CAMEO's "---"), as does any act of an actor of no known
            // state; an opposition's or a rebel group's are addressed to its state ("the opposition
            // agreed to postpone the rally").
            if (ts.length === 0 && other.length === 0) ts = [code.quad === 1 && isGovernment(source) ? NO_TARGET : ownState(source)];
            for (const target of ts) {
              const toMention = targetMention?.actors.includes(target) ? targetMention : null;
              emit(s, source, sourceMention, target, toMention, code, span, best.pattern.id, date, negated, modality, statement);
              // Talks take two: a call or a meeting is the other side's too, a visit is its host's.
              const reverse = g.reciprocal.get(code.code);
              if (reverse && !negated && modality === 'asserted' && target !== NO_TARGET) emit(s, target, toMention, source, sourceMention, codes.get(reverse)!, span, best.pattern.id, date, negated, modality, statement);
            }
          }
        }
      }
      // A statement (010) is CAMEO's residual: kept only where nothing more specific was coded.
      const specific = new Set(events.filter((e) => !statements.has(e)).map((e) => e.sentence));
      doc.events = events.filter((e) => !statements.has(e) || !specific.has(e.sentence));
    },
  };
}

function isGovernment(a: Actor): boolean {
  // A people ("the Albanians of southern Serbia") is not its state's government.
  return a.kind !== 'group' && (a.role === null || a.role === 'GOV');
}

/** Whether `target` can be acted on by `source` of the same state: different roles, not both its government. */
function domestic(source: Actor, target: Actor): boolean {
  return target.code !== source.code && !(isGovernment(target) && isGovernment(source));
}

/** The target of an act that has none in the text (CAMEO's "---"). */
const NO_TARGET: Actor = { code: '---', party: null, name: '', kind: 'state', role: null, title: null };

/** Letters, and Latin ones, in the first 2,000 characters: enough to tell the script. */
function scriptOf(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  const end = Math.min(text.length, 2000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      letters++;
      latin++;
    } else if (c > 0x24f && LETTER.test(text[i]!)) letters++;
  }
  return { letters, latin };
}

/** Whether the mention is followed, in its sentence (before `end`), by a possessive. */
function isPossessor(m: Mention, low: (i: number) => string, end: number, possessives: ReadonlySet<string>): boolean {
  return m.tokenEnd < end && possessives.has(low(m.tokenEnd));
}

function eventActor(actor: Actor, mention: Mention | null): EventActor {
  return { code: actor.code, party: actor.party, name: actor.name, span: mention ? { start: mention.start, end: mention.end } : null };
}
