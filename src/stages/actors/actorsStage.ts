import type { ActorLexicon, Lexeme, OrganisationEntry, PersonEntry, RoleEntry } from '../../dictionaries/actors.js';
import { nameWordsKey, roleOn } from '../../dictionaries/actors.js';
import type { Grammar } from '../../dictionaries/grammar.js';
import type { PublisherIndex } from '../../dictionaries/publishers.js';
import type { References } from '../../dictionaries/references.js';
import { LexemeIds } from '../../matching/LexemeIds.js';
import type { TrieMatch } from '../../matching/PhraseTrie.js';
import type { Actor, Mention } from '../../model/Actor.js';
import type { Doc } from '../../model/Doc.js';
import type { Sentence } from '../../model/Sentence.js';
import { posIndex } from '../../model/Tokens.js';
import type { Stage } from '../../pipeline/Stage.js';
import { CALENDAR_WORD } from '../dates/calendar.js';
import { documentParties, listedParties } from './documentParties.js';
import { givenNameFirst } from './givenNameFirst.js';
import { resolveReferences } from './resolveReferences.js';
import { ALL_CAPITALS, CAPITALISED, COMPLEMENT_OPENERS, NAME_WORD_BREAK, SPACE_RUN } from './wordShapes.js';

/** Words between "as" and an office held in lower case ("as the rotating president of"). */
const MAX_AS_MODIFIERS = 3;
const PROPN = posIndex('PROPN');
const NOUN = posIndex('NOUN');
const ADJ = posIndex('ADJ');
const VERB = posIndex('VERB');
const AUX = posIndex('AUX');
const MISREAD_NAME_POS = new Set(['VERB', 'ADP', 'SCONJ', 'AUX'].map(posIndex));

const DETERMINERS = new Set(['the', 'The']);
const INDEFINITE = new Set(['a', 'an']);
// What may follow a state's adjective for it to name that state's government: "Chinese Government",
// "Afghan Interim Government".
const GOVERNMENT_AFTER = /^(?:\p{Lu}\p{L}+ )?[Gg]overnment\b/u;

/** The most tokens a name after a title takes with its hyphens read apart ("Ahmad Nasser Al - Mohammad Al - Sabah"). */
const MAX_HYPHENED_NAME = 11;
/** An initial and its stop run into the next word of a name: "N." of "N.K.Shrestha", "É." of "É.K.Dia". */
const GLUED_INITIAL = /((?<!\p{L})\p{Lu}\p{Ll}?\.)(?=\p{Lu})/gu;

/** What may stand between a person and "joined by": ", who was", ",". */
const RELATIVE_GLUE = new Set([',', 'who', 'was', 'were', 'is', 'are', 'also']);

/** Words before a capital in a title that make it the place of the meeting, not a party to it. */
const VENUE_BEFORE = new Set(['in', 'at']);

/** Whether `text` names a state's government by one of its `adjectives` (not "Latin American Affairs"). */
function namesGovernment(text: string, adjectives: readonly string[]): boolean {
  // Most titles hold no such word: one scan settles them before a search per adjective.
  if (!text.includes('overnment')) return false;
  for (const adj of adjectives) {
    for (let at = text.indexOf(`${adj} `); at >= 0; at = text.indexOf(`${adj} `, at + 1)) if (GOVERNMENT_AFTER.test(text.slice(at + adj.length + 1))) return true;
  }
  return false;
}

// The small words inside a title's complement ("of the Communist Party of China").
const DASHES = new Set(['–', '—', '-']);
// "Special Presidential Envoy on Investment and Economic Cooperation with Foreign Countries Kirill Dmitriev".
const ROMAN_NUMERAL = /^[IVXLC]+$/;
/** "(Retd)", "(Ret.)", "(retired)" after a rank. */
const RETIRED = /^ret/i;
/** How many words of a body no dictionary knows may stand between "the" and a title set off after a name ("the Border Security Commander"). */
const MAX_BODY_WORDS = 3;
/** Small words inside a capitalised name ("Conference on International Security", "Institute of ..."). */
const INNER_JOINERS = new Set(['of', 'on', 'for']);
const COMPLEMENT_JOINERS = new Set(['of', 'for', 'to', 'on', 'the', 'and', '&', "'s", '’s', 'with']);
const MAX_COMPLEMENT = 20;
/** How many capitalised words after a list's "and" are searched for the next person's title ("Global AIDS Coordinator"). */
const TITLE_AHEAD = 4;
/** The longest post-nominal title in capitals read after a name set off by commas ("MP", "KC", "OBE"). */
const POST_NOMINAL = 4;
/** How far after a person "on the Bangladeshi side" may stand. */
const MAX_SIDE_REACH = 12;
/** Tokens of further portfolios and a name after a title: ", International Trade, Civil Aviation and Diaspora Affairs Alva Baptiste". */
const MAX_PORTFOLIO_RUN = 13;
/** Words of a second portfolio after "and" before the complement ("Minister of Commerce and Industry of ..."). */
const SECOND_PORTFOLIO = 4;
const INITIAL = /^\p{Lu}\.$/u;
/** Marks of a glottal stop that open a Polynesian name word ("'Ulukalala", "ʻAkilisi"). */
const OKINA = new Set(["'", '‘', 'ʻ', '’']);
const ETHNIC = new Set(['ethnic', 'Ethnic']);

export interface ActorsData {
  actors: ActorLexicon;
  references: References;
  publishers: PublisherIndex;
  grammar: Grammar;
}

interface Part {
  start: number;
  end: number;
  lexemes: readonly Lexeme[];
}

/** A run of dictionary phrases read as one actor, with the name after its title and a title after its name. */
interface Phrase {
  parts: Part[];
  nameStart: number;
  nameEnd: number;
  end: number;
  of?: Lexeme;
  inState?: string;
  /** A known person at the end of a title's complement. */
  known?: PersonEntry;
  /** A title set off after the name, with the state or body it names ("Director-General of the World Trade Organization"). */
  appositive?: { start: number; end: number; role: RoleEntry; country?: string; organisation?: OrganisationEntry };
}

/** The part's lexeme of this kind. A loop, not `find` with a closure: it runs for every dictionary word of every sentence. */
function pick<K extends Lexeme['kind']>(part: Part | undefined, kind: K): Extract<Lexeme, { kind: K }> | undefined {
  if (!part) return undefined;
  const lexemes = part.lexemes;
  for (let i = 0; i < lexemes.length; i++) if (lexemes[i]!.kind === kind) return lexemes[i] as Extract<Lexeme, { kind: K }>;
  return undefined;
}

// Regex literals are hoisted: each evaluation of one allocates a new RegExp.
const NOT_YET_IN_OFFICE = new Set(['designate', 'elect']);
/** Words of a title as wink cuts them, near enough for a dictionary lookup: "U.S.", "Biden", "’s", "-". */
const TITLE_TOKEN = /[\p{L}\p{N}.]+|[’']s|[^\s\p{L}\p{N}]/gu;
const STARTS_WITH_LETTER = /^\p{L}/u;
const LOWERCASE_START = /^\p{Ll}/u;

/** How many more titles may follow the first one set off after a name, the last naming the state. */
const MAX_TITLES_SET_OFF = 3;

/** The comma that sets a name off after its title ("the President of Botswana, Duma Boko") is not the title's. */
const TRAILING_COMMA = /[\s,]+$/;

/**
 * Whether a run of capitalised words set off after a title is no phrase of the dictionaries, and
 * so a name: "Duma Boko" opens with the Russian legislature's short name, which names no person.
 */
function notDictionaryPhrase(match: TrieMatch<Lexeme> | null, length: number): boolean {
  return match === null || (match.length < length && match.values.every((v) => v.kind === 'role' && !v.role.person));
}

/**
 * Finds who is named in each sentence: states (by name, adjective, or a capital that acts),
 * organisations, officials (title + name, known from the dated people dictionary or learned from
 * the text), collectives ("U.S. firms"), and references back ("the Secretary", "he", "both
 * sides", "we"). Also decides the document's parties: the publisher's state and its counterpart.
 */
export function actorsStage(data: ActorsData): Stage {
  const { actors: lexicon, publishers, grammar } = data;
  const vocab = lexicon.vocab;
  /** The states a text names by name or seat, each phrase read once ("Democratic Republic of the Congo" is not also "Republic of the Congo"). */
  const statesNamed = (ids: Int32Array, n: number): Set<string> => {
    const found = new Set<string>();
    for (let i = 0; i < n; i++) {
      const m = ids[i] === -1 ? null : lexicon.trie.longestAt(ids, i, n);
      if (!m) continue;
      for (const l of m.values) if (l.kind === 'country' || l.kind === 'seat') found.add(l.country.code);
      i += m.length - 1;
    }
    return found;
  };
  const andId = vocab.intern('and');
  const lexemeIds = new LexemeIds(vocab, false);
  const organisationOf = lexicon.representatives;

  return {
    name: 'actors',
    requires: ['sentences', 'tokens', 'pos', 'meta'],
    provides: ['mentions', 'parties'],
    run(doc: Doc): void {
      const text = doc.text;
      const { starts, ends, pos } = doc.tokens;
      const n = starts.length;
      const words = doc.tokens.words;
      const ids = lexemeIds.of(doc.tokens);
      const sentenceStarts = new Uint8Array(n);
      for (const s of doc.sentences) if (s.tokenStart < n) sentenceStarts[s.tokenStart] = 1;
      // "Rebels in Mali ...", "Opposition groups ...": a sentence's first word is capitalised
      // whatever it is, so its lower-case form is read when that names a longer phrase.
      for (const s of doc.sentences) {
        const i = s.tokenStart;
        if (i >= s.tokenEnd) continue;
        const lower = vocab.id(words[i]!.toLowerCase());
        if (lower === -1 || lower === ids[i]) continue;
        const asWritten = lexicon.trie.longestAt(ids, i, s.tokenEnd)?.length ?? 0;
        const saved = ids[i]!;
        ids[i] = lower;
        if ((lexicon.trie.longestAt(ids, i, s.tokenEnd)?.length ?? 0) <= asWritten) ids[i] = saved;
      }
      // "the Dominican government" in a readout on Dominica: a shared adjective is the sharing
      // state's where the text names that state and not the adjective's owner.
      let named: Set<string> | null = null;
      const sharedOf = (id: number): number => {
        const shared = lexicon.sharedAdjectives.find((a) => a.from === id);
        if (!shared) return id;
        named ??= statesNamed(ids, n);
        return named.has(shared.country) && !named.has(shared.owner) ? shared.to : id;
      };
      for (const shared of lexicon.sharedAdjectives) {
        if (!ids.includes(shared.from)) continue;
        const to = sharedOf(shared.from);
        if (to === shared.from) continue;
        for (let i = 0; i < n; i++) if (ids[i] === shared.from) ids[i] = to;
      }
      // "Mr. CHO Tae-yul", "Ms. KAMIKAWA Yoko": Japanese releases write family names in capitals;
      // read as a name where that makes a longer dictionary phrase than the capitals do ("ROK" stays).
      for (const s of doc.sentences) {
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          const w = words[i]!;
          // Most words leave at their second letter, before the regex.
          const second = w.charCodeAt(1);
          if (w.length < 2 || (second < 0x80 && (second < 65 || second > 90)) || !ALL_CAPITALS.test(w)) continue;
          const titled = vocab.id(w[0] + w.slice(1).toLowerCase());
          if (titled === -1 || titled === ids[i]) continue;
          // "the Hon. Anthony ALBANESE MP": the given name may come first, so a phrase from the word before counts too.
          const from = i > s.tokenStart ? i - 1 : i;
          const longest = (at: number) => (ids[at] === -1 ? 0 : (lexicon.trie.longestAt(ids, at, s.tokenEnd)?.length ?? 0));
          const asWritten = longest(i);
          const fromBefore = longest(from);
          const saved = ids[i]!;
          ids[i] = titled;
          // "the XI Moscow Conference": a Roman numeral reads as a name only with the rest of it ("XI Jinping").
          const numeral = ROMAN_NUMERAL.test(w) && longest(i) < 2 && (from === i || longest(from) < 2);
          if (numeral || (longest(i) <= asWritten && (from === i || longest(from) <= fromBefore))) ids[i] = saved;
        }
      }
      const date = doc.meta.referenceDate?.value ?? null;
      /** A hyphen written without spaces, which wink reads as a token of its own ("Claver - Carone", "al - Maliki"). */
      const joinedHyphen = (t: number): boolean => words[t] === '-' && t > 0 && t + 1 < n && starts[t] === ends[t - 1] && starts[t + 1] === ends[t];
      const publisherName = doc.meta.publisher ? (publishers.named(doc.meta.publisher.value)?.name ?? null) : null;
      const publisherCountry = doc.meta.publisher ? (publishers.named(doc.meta.publisher.value)?.country ?? null) : null;
      // People met so far, by each word of their name: "Foreign Minister Qin" finds Qin Gang.
      const learned = new Map<string, Actor>();
      // The forms each name is known by, worked out once per name: a person is remembered at every mention.
      const nameForms = new Map<string, string[]>();
      const formsOf = (name: string): string[] => {
        let forms = nameForms.get(name);
        if (forms) return forms;
        forms = [];
        // Two letters are a name too: the surnames Ma, Li, Xu.
        // "Hong-kyun" is read "Hong - kyun": its capitalised part names the person too.
        // MOFA Japan writes the family name in capitals ("Vice-Minister OKANO"): that form names them too.
        for (const w of name.split(SPACE_RUN).flatMap((x) => (x.includes('-') ? [x, x.split('-')[0]!] : [x])))
          if (w.length > 1 && !w.endsWith('.') && CAPITALISED.test(w)) {
            forms.push(w, w.toUpperCase());
            // "Mr. Jan LIPAVSKÝ" first, "Minister Lipavský" after.
            if (ALL_CAPITALS.test(w)) forms.push(w[0] + w.slice(1).toLowerCase());
          }
        nameForms.set(name, forms);
        return forms;
      };
      const remember = (actor: Actor) => {
        for (const form of formsOf(actor.name)) learned.set(form, actor);
      };
      const bare = new Set<Mention>();

      const personActor = (p: PersonEntry, title: string | null): Actor => {
        const role = roleOn(p, date);
        const party = role?.country ?? p.country;
        const org = organisationOf.get(party);
        const code = org ? org.code : `${party}${role?.code ?? ''}`;
        return { code, party, name: p.name, kind: 'person', role: role?.code ?? null, title: title ?? role?.title ?? null };
      };

      /**
       * A known person whose two-word name is the first name and the last word of a longer written
       * name, of the title's state when it has one: "Sayyid Badr bin Hamad bin Hamood Albusaidi" is
       * Badr Albusaidi.
       */
      const knownWithin = (start: number, end: number, country: string | null | undefined): PersonEntry | null => {
        if (end - start < 3) return null;
        const last = words[end - 1]!;
        for (let q = start; q < end - 1; q++) {
          if (!CAPITALISED.test(words[q]!)) continue;
          const p = lexicon.peopleByNameWords.get(nameWordsKey(`${words[q]} ${last}`, lexicon.patronymics));
          if (p && (!country || personActor(p, null).party === country)) return p;
        }
        return null;
      };
      /** Where a name of two to four unknown words ends just before ", " and the title at `i`, else -1. */
      const nameBeforeComma = (i: number, start: number, prev: Mention | undefined): number => {
        if (i - 3 < start || words[i - 1] !== ',') return -1;
        let q = i - 2;
        // "Isabelle Berro-Amadeï": the hyphen of a name, read apart, is a word of it.
        // "Mr. KIHARA Seiji, Deputy Chief Cabinet Secretary": a family name the dictionary knows for someone else, before a given name not theirs.
        const namesake = (k: number) => {
          const m = k + 1 < i - 1 ? lexicon.trie.longestAt(ids, k, i - 1) : null;
          return m !== null && m.length === 1 && m.values.every((l) => l.kind === 'person' && !l.person.name.split(' ').includes(words[k + 1]!)) && isNameToken(k + 1);
        };
        const nameWord = (k: number) => (isNameToken(k) && (ids[k] === -1 || lexicon.trie.longestAt(ids, k, i - 1) === null || namesake(k))) || (k > start && joinedHyphen(k));
        // "Sheikh Tahnoun bin Zayed Al Nahyan, National Security Advisor": a particle between two name words is the name's.
        const particle = (k: number) => k > start && k < i - 2 && lexicon.nameParticles.has(words[k]!) && isNameToken(k - 1) && isNameToken(k + 1);
        let taken = 0;
        // Where the name began before a particle was crossed: "Sayyid Shihab bin Tarik Al Said" is read from "Tarik" when no style opens it.
        let afterParticle = -1;
        while (q >= start && taken < 4 && (nameWord(q) || particle(q)) && (!prev || q >= prev.tokenEnd)) {
          if (particle(q) && afterParticle < 0) afterParticle = q + 1;
          if (words[q] !== '-' && words[q - 1] !== '-' && !particle(q)) taken++;
          q--;
        }
        const first = q + 1;
        // "Sheikh Tahnoun bin Zayed Al Nahyan, National Security Advisor": a style before the name is no part of it.
        const style = q >= start && grammar.beforeTarget.has(words[q]!.toLowerCase());
        // "the XI Moscow Conference on International Security, Minister of Defence ...": words that end a longer name are no one's.
        if (q > start && INNER_JOINERS.has(words[q]!) && CAPITALISED.test(words[q - 1]!)) return -1;
        if (q >= start && CAPITALISED.test(words[q]!) && !style) return afterParticle >= 0 && i - 1 - afterParticle >= 2 ? afterParticle : -1;
        if (i - 1 - first < 2) return -1;
        return first;
      };
      /** The parties a title names, by state, organisation or known person ("The 26th ASEAN-Japan Summit Meeting": ASEAN, JPN). */
      const titleParties = (title: string): Set<string> => {
        const named = new Set<string>();
        const venues = new Set<string>();
        // States of groups the title names ("Taliban Representatives"): someone met, not a party here.
        const groups = new Set<string>();
        const tokens = title.match(TITLE_TOKEN) ?? [];
        // "Wang Yi Holds Talks with Dominican Foreign Minister ...": the title's shared adjective is read as the text's.
        const tids = Int32Array.from(tokens, (w) => sharedOf(lexicon.vocab.id(w)));
        for (let t = 0; t < tids.length; ) {
          const m = tids[t] === -1 ? null : lexicon.trie.longestAt(tids, t, tids.length);
          if (!m) {
            t++;
            continue;
          }
          const l = m.values.find((x) => x.kind !== 'role' && x.kind !== 'place');
          // "... Meet with Taliban Representatives in Doha": a capital after "in" or "at" is the
          // venue when the title names someone else met there (below).
          if (l?.kind === 'seat' && t > 0 && VENUE_BEFORE.has(tokens[t - 1]!.toLowerCase())) venues.add(l.country.code);
          else if (l?.kind === 'country' || l?.kind === 'adjective' || l?.kind === 'seat') named.add(l.country.code);
          else if (l?.kind === 'organisation') named.add(l.organisation.party);
          else if (l?.kind === 'person') named.add(personActor(l.person, null).party!);
          else if (!l) for (const x of m.values) if (x.kind === 'role' && x.role.country) groups.add(x.role.country);
          t += m.length;
        }
        // "Deputy Secretary Campbell's Meetings in Beijing": with no one else named, the venue is the other side.
        const other = [...named, ...groups].some((p) => p !== publisherCountry);
        if (!other) for (const v of venues) named.add(v);
        return named;
      };

      /** Whether `t` holds a name word no dictionary knows, after a known family name ("Cameron | Alford"). */
      /**
       * Whether `t` holds a given name: a name word no dictionary knows, or, when `of` names the person
       * a family name was read for, one that begins no phrase of its own and is no word of that name
       * ("Mr. KIHARA Seiji": "Seiji" is known only inside "Seiji Maehara").
       */
      const givenNameAt = (t: number, of?: string): boolean =>
        t < words.length &&
        pos[t] === PROPN &&
        CAPITALISED.test(words[t]!) &&
        !grammar.bodyWords.has(words[t]!) &&
        !CALENDAR_WORD.test(words[t]!) &&
        (ids[t] === -1 || (of !== undefined && !lexicon.trie.longestAt(ids, t, words.length) && !of.split(' ').includes(words[t]!)));
      /**
       * The complement of a title from `j` ("for China", "of the Central Committee of the Communist
       * Party of China"): capitalised words and the small words between them, up to `end` of the
       * sentence. The state (`country`, or the organisation whose official it is: "of the
       * International Monetary Fund") is one named after "of" (a "for" names a subject: "Special
       * Envoy for Ukraine"). Stops at a known person, whose phrase it returns.
       */
      const complementAt = (j: number, end: number, subject = false): { end: number; runStart: number; country?: Lexeme; person?: { start: number; end: number; person: PersonEntry } } => {
        const ofState = words[j] === 'of' && !subject;
        let country: Lexeme | undefined;
        // "of Foreign and CARICOM Affairs of Trinidad and Tobago": an organisation inside the
        // portfolio gives way to a state named right after a later "of".
        let inPortfolio = false;
        let runStart = -1;
        // Where the last state's name read ends.
        let stateEnd = -1;
        // Whether a comma of a list has been read ("Women, Girls, and Human Rights").
        let listed = false;
        let pastFor = false;
        let t = j + 1;
        // "Director of the North America Department": the words of a region of no state name none.
        let inRegion = -1;
        for (; t < end && t - j <= MAX_COMPLEMENT; t++) {
          if (words[t] === 'for') pastFor = true;
          const m = ids[t] === -1 || t < inRegion ? null : lexicon.trie.longestAt(ids, t, end);
          if (m?.values.every((l) => l.kind === 'place' && !l.place.country)) inRegion = t + m.length;
          if (m) {
            for (const found of m.values) {
              // Not "... Operations Cameron Alford": a known family name before an unknown name word is another person's given name.
              if (found.kind === 'person' && !(m.length === 1 && givenNameAt(t + 1))) return { end: t, runStart, country, person: { start: t, end: t + m.length, person: found.person } };
              // "President of Republika Srpska Milorad Dodik": a region names its state.
              const region = found.kind === 'place' && found.place.country ? lexicon.countries.get(found.place.country) : undefined;
              const l: Lexeme = region ? { kind: 'country', country: region } : found;
              if (l.kind === 'country') stateEnd = t + m.length;
              // "of Kenya" at the complement's start or later ("for Foreign and Diaspora Affairs of Kenya").
              const afterOf = words[t - 1] === 'of' || (words[t - 1] === 'the' && words[t - 2] === 'of');
              // "Managing Director of the International Monetary Fund": an organisation's official.
              // Not past a "for": "Deputy Assistant Secretary of Defense for Afghanistan" names a subject.
              if (((ofState && !pastFor) || afterOf) && (!country || (inPortfolio && afterOf)) && (l.kind === 'country' || l.kind === 'adjective' || l.kind === 'seat' || l.kind === 'organisation')) {
                inPortfolio = !afterOf && l.kind === 'organisation';
                country = l;
              }
              if (!country && l.kind === 'adjective' && t + m.length < end && lexicon.nationalsWords.has(words[t + m.length]!)) country = { kind: 'country', country: l.country };
            }
          }
          const w = words[t]!;
          // "of the Republic of Korea (ROK) Kim Hong-kyun": an acronym in brackets inside the complement.
          if (w === '(' && t + 3 < end && words[t + 2] === ')' && ALL_CAPITALS.test(words[t + 1]!)) {
            t += 2;
            continue;
          }
          // "of Republika Srpska (Bosnia and Herzegovina) Milorad Dodik": the state of a region in brackets.
          if (w === '(' && runStart >= 0 && t + 3 < end) {
            const inside = ids[t + 1] === -1 ? null : lexicon.trie.longestAt(ids, t + 1, end);
            if (inside?.values.some((l) => l.kind === 'country') && words[t + 1 + inside.length] === ')' && t + 2 + inside.length < end) {
              t += 1 + inside.length;
              continue;
            }
          }
          // Any capitalised word: the tagger reads some as verbs ("Emerging Technology").
          if (CAPITALISED.test(w)) {
            // "Special Presidential Envoy for Compact Negotiations Ambassador Joseph Yun": a second
            // title ends the complement; the name comes after it.
            if (runStart >= 0 && startsPersonTitle(t, end)) return { end: t, runStart: -1, country };
            if (runStart < 0) runStart = t;
            continue;
          }
          // "to the Republic of Palau concurrently Marat Pavlov": an adverb of the posts before the name.
          if (runStart >= 0 && grammar.postAdverbs.has(w) && t + 1 < end && CAPITALISED.test(words[t + 1]!)) continue;
          // "of Timor-Leste Bendito dos Santos Freitas": wink reads the hyphen of a name apart.
          if (runStart >= 0 && t + 1 < end && joinedHyphen(t) && CAPITALISED.test(words[t + 1]!)) continue;
          // "of the Russia–Africa Partnership Forum Oleg Ozerov": an en dash joins a compound too.
          if (runStart >= 0 && t + 1 < end && w === '–' && starts[t] === ends[t - 1] && starts[t + 1] === ends[t] && CAPITALISED.test(words[t + 1]!)) continue;
          // "Minister for Justice Helen McEntee of Ireland": a name ends the complement before "of" and its state.
          if (w === 'of' && runStart >= 0 && t + 1 < end) {
            const at = words[t + 1] === 'the' ? t + 2 : t + 1;
            const found = at < end && ids[at] !== -1 ? lexicon.trie.longestAt(ids, at, end) : null;
            const state = found?.values.find((l) => l.kind === 'country');
            // "... for the Western Hemisphere David Cloe of the Department of Homeland Security": a body too.
            const body = !state && (pastFor || words[j] === 'for') && words[t + 1] === 'the' && at < end && grammar.bodyWords.has(words[at]!);
            // Not "of the PRC Ministry of Public Security": the state ends the phrase.
            const after = at + (found?.length ?? 0);
            // Not "of the Democratic Socialist Republic of Sri Lanka": the run is a state's name going on past "of".
            let across = false;
            for (let q = runStart; q < t && !across; q++) {
              const k = ids[q] === -1 ? null : lexicon.trie.longestAt(ids, q, end);
              across = k !== null && q + k.length > t;
            }
            if (((state && (after >= end || !CAPITALISED.test(words[after]!))) || body) && !across && nameEndingComplement(runStart, t) > 0) return { end: t, runStart, country: country ?? state };
          }
          // "of Investment, Trade and Industry": a comma inside a list the complement names, closed by "and".
          // "for Afghan Women, Girls, and Human Rights": and the serial comma of such a list, before its "and".
          const listComma =
            (w === ',' && t + 3 < end && CAPITALISED.test(words[t + 1]!) && !startsTitle(t + 1, end) && (words[t + 2] === 'and' || words[t + 3] === 'and')) ||
            // Not into the next person of a list: "..., and Global AIDS Coordinator John Nkengasong".
            (w === ',' && listed && t + 2 < end && words[t + 1] === 'and' && CAPITALISED.test(words[t + 2]!) && !titleAhead(t + 2, end)) ||
            // "for Economic Growth, Energy, and the Environment": "the" after that "and".
            (w === ',' && listed && t + 3 < end && words[t + 1] === 'and' && words[t + 2] === 'the' && CAPITALISED.test(words[t + 3]!) && !titleAhead(t + 3, end));
          if (listComma) listed = true;
          // "... of Bahrain Abdullatif bin Rashid Al Zayani": a particle inside the name at the end.
          // "... of the State of Palestine Riyad al-Maliki": a particle joined by a hyphen to the name's last word.
          const hyphenated = t + 2 < end && joinedHyphen(t + 1) && CAPITALISED.test(words[t + 2]!);
          if (runStart >= 0 && lexicon.nameParticles.has(w) && t + 1 < end && (CAPITALISED.test(words[t + 1]!) || hyphenated)) continue;
          // "... of the Republic of Chile Gloria de la Fuente": particles one after another.
          if (runStart >= 0 && lexicon.nameParticles.has(w) && t + 2 < end && lexicon.nameParticles.has(words[t + 1]!) && CAPITALISED.test(words[t + 2]!)) {
            t++;
            continue;
          }
          // "Ambassador of New Zealand in Moscow Sarah Walsh": the post after the state.
          const post = w === 'in' && stateEnd === t && t + 1 < end && lexemesAt(t + 1, end).some((l) => l.kind === 'country' || l.kind === 'seat');
          if ((!COMPLEMENT_JOINERS.has(w) && !listComma && !post) || t + 1 >= end) break;
          // A small word goes on only into more of the complement, and an "and" not into the next
          // title ("Senior Director for China Sarah Beran and Senior Director for ...").
          // Small words that lead to none ("Ibrahim Traoré on the sidelines") leave the run as it was.
          let next = t + 1;
          while (next < end && COMPLEMENT_JOINERS.has(words[next]!)) next++;
          if (next >= end || !CAPITALISED.test(words[next]!)) break;
          // Nor into another state's official: "... and Palau's Minister of Finance", "... and U.S. Ambassador Michael Gonzales".
          if (ids[t] === andId && ((startsTitle(t + 1, end) && !portfolioOrganisation(t + 1, end)) || possessiveStateAt(t + 1, end) || stateTitleAt(t + 1, end))) break;
          // Nor past a name into the next person's title: "greetings from President of Namibia Hage Geingob to President of Russia Vladimir Putin".
          if (w === 'to' && ids[next] !== -1 && lexicon.trie.longestAt(ids, next, end)?.values.some((l) => l.kind === 'role')) break;
          // Nor past the name after the state's: "an invitation from President of the Republic of
          // Burundi Évariste Ndayishimiye for Sergey Lavrov to visit".
          // "a visit by President of Eritrea Isaias Afwerki to Russia" too, but not "Director of Japan
          // External Trade Organization for Russia".
          if ((w === 'for' || w === 'to') && runStart >= 0 && stateEnd > runStart && (personOrTitleAt(next, end) || (w === 'to' && stateAt(next, end))) && nameEndingComplement(runStart, t) === stateEnd) return { end: t, runStart, country };
          runStart = -1;
        }
        // A lower-case word inside a name ("Ursula von der Leyen") leaves the name uncertain.
        if (t < end && lexicon.nameParticles.has(words[t]!)) runStart = -1;
        return { end: t, runStart, country };
      };

      /** The lexemes of the longest dictionary phrase at `t`, if any. */
      const lexemesAt = (t: number, end: number): readonly Lexeme[] => (ids[t] === -1 ? null : lexicon.trie.longestAt(ids, t, end))?.values ?? [];
      /** Whether a state's name starts at `t`. */
      const stateAt = (t: number, end: number): boolean => lexemesAt(t, end).some((l) => l.kind === 'country');
      /** Whether a known person or a person's title starts at `t`. */
      const personOrTitleAt = (t: number, end: number): boolean => lexemesAt(t, end).some((l) => l.kind === 'person' || (l.kind === 'role' && l.role.person));
      /** Whether a title or a body ("Department of State") starts at `t`. */
      const startsTitle = (t: number, end: number): boolean => {
        if (ids[t] === -1) return false;
        const m = lexicon.trie.longestAt(ids, t, end);
        if (!m) return false;
        for (const l of m.values) if (l.kind === 'role' || l.kind === 'organisation') return true;
        // "Pakistani Ambassador to China": a state's adjective before a title starts it too.
        // "Sri Lankan Foreign Secretary": an adjective of two words too.
        if (t + m.length < end && m.values.some((l) => l.kind === 'adjective')) {
          const after = ids[t + m.length] === -1 ? null : lexicon.trie.longestAt(ids, t + m.length, end);
          if (after?.values.some((l) => l.kind === 'role')) return true;
        }
        return false;
      };

      /** Whether a title starts among the few capitalised words from `k` ("Global AIDS | Coordinator"). */
      const titleAhead = (k: number, end: number): boolean => {
        for (let q = k; q < end && q - k < TITLE_AHEAD && CAPITALISED.test(words[q]!); q++) if (startsTitle(q, end)) return true;
        return false;
      };

      /** "Minister of Foreign and CARICOM Affairs": an organisation that names a portfolio, before a word that starts no title. */
      /** "Minister of Justice and | Police, Kenneth Amoksi": a one-word body of no person that closes a portfolio. */
      const portfolioBody = (t: number, end: number): boolean => {
        const m = ids[t] === -1 ? null : lexicon.trie.longestAt(ids, t, end);
        return m !== null && m.length === 1 && m.values.every((l) => l.kind === 'role' && !l.role.person) && (t + 1 >= end || !CAPITALISED.test(words[t + 1]!));
      };
      const portfolioOrganisation = (t: number, end: number): boolean => {
        const m = ids[t] === -1 ? null : lexicon.trie.longestAt(ids, t, end);
        if (!m?.values.every((l) => l.kind === 'organisation')) return false;
        const after = t + m.length;
        return after < end && CAPITALISED.test(words[after]!) && !startsTitle(after, end);
      };

      /**
       * "at his residence on Lake Coatepeque, El Salvador": a state after a comma that closes a
       * place no dictionary knows (capitalised words after a place preposition or "on", no date).
       */
      const afterUnknownPlace = (comma: number, start: number, prev: Mention | undefined): boolean => {
        if (comma <= start || words[comma] !== ',') return false;
        let q = comma - 1;
        while (q >= start && comma - q <= 4 && CAPITALISED.test(words[q]!) && !CALENDAR_WORD.test(words[q]!)) q--;
        if (q === comma - 1 || q < start || (prev && prev.tokenEnd > q)) return false;
        const w = words[q]!.toLowerCase();
        return w === 'on' || grammar.placePrepositions.has(w);
      };

      /** Whether the clause holding token `at` opens with a subordinator ("if any Russian forces move into Ukraine"). */
      const subordinateBefore = (at: number, start: number): boolean => {
        for (let q = at - 1; q >= start && words[q] !== ',' && words[q] !== ';'; q--) if (grammar.subordinators.has(words[q]!.toLowerCase())) return true;
        return false;
      };

      /** The state whose nationals abroad a title's portfolio names in [from, to) ("and Burkinabe Abroad"). */
      const nationalsIn = (from: number, to: number): Lexeme | undefined => {
        for (let t = from; t + 1 < to; t++) {
          if (ids[t] === -1 || !lexicon.nationalsWords.has(words[t + 1]!)) continue;
          const adjective = lexicon.trie.longestAt(ids, t, t + 1)?.values.find((l) => l.kind === 'adjective');
          // As the state's name: the adjective names the government here, unlike "for Latin American Affairs".
          if (adjective) return { kind: 'country', country: adjective.country };
        }
        return undefined;
      };

      /** A person's title of some rank starts at `t` ("Ambassador"), not an honorific ("Mr.") or a body. */
      const startsPersonTitle = (t: number, end: number): boolean => {
        const m = ids[t] === -1 ? null : lexicon.trie.longestAt(ids, t, end);
        return m?.values.some((l) => l.kind === 'role' && l.role.person && l.role.rank !== 'honorific') === true;
      };
      /** A state's name right before a person's title at `t` ("U.S. Ambassador"). */
      const stateTitleAt = (t: number, end: number): boolean => {
        const m = ids[t] === -1 ? null : lexicon.trie.longestAt(ids, t, end);
        return m !== null && t + m.length < end && m.values.some((l) => l.kind === 'country' || l.kind === 'adjective') && startsPersonTitle(t + m.length, end);
      };
      /** A state named with a possessive at `t` ("Palau's"). */
      const possessiveStateAt = (t: number, end: number): boolean => {
        const m = ids[t] === -1 ? null : lexicon.trie.longestAt(ids, t, end);
        return m !== null && t + m.length < end && grammar.possessives.has(words[t + m.length]!) && m.values.some((l) => l.kind === 'country');
      };

      /** A known person whose name ends the run, after a word of the run: "... and International Cooperation Sok Chenda Sophea". */
      const personEnding = (runStart: number, runEnd: number): { start: number; person: PersonEntry } | null => {
        for (let t = runStart + 1; t < runEnd; t++) {
          const m = ids[t] === -1 ? null : lexicon.trie.longestAt(ids, t, runEnd);
          if (!m || t + m.length !== runEnd) continue;
          for (const l of m.values) if (l.kind === 'person') return { start: t, person: l.person };
        }
        return null;
      };

      /** A name at the end of a title's complement: its last two capitalised words (three with a middle initial), with a word of the complement before them. */
      const nameEndingComplement = (runStart: number, runEnd: number): number => {
        // "Mauricio Claver-Carone": wink reads the hyphen of a name apart; the word is all three.
        const hyphened = (t: number) => t > runStart && joinedHyphen(t);
        const wordStart = (t: number) => (t - 2 > runStart && hyphened(t - 1) ? t - 2 : t);
        let start = wordStart(wordStart(runEnd - 1) - 1);
        if (start - 1 > runStart && INITIAL.test(words[start]!)) start = wordStart(start - 1);
        // "Chief Compact Negotiator Kaleb Udui Jr.": a generational suffix is a word more.
        if (start - 1 > runStart && lexicon.nameSuffixes.has(words[runEnd - 1]!)) start = wordStart(start - 1);
        // "... and Mauritanians Abroad Mohamed Salem Ould Merzoug", "... Foreign Affairs Jean-Yves Le
        // Drian": a name does not start with a particle, capitalised or not; its given name comes first.
        if (start - 1 > runStart && lexicon.nameParticles.has(words[start]!.toLowerCase())) {
          start = wordStart(start - 1);
          // "Gloria de la Fuente": past every particle.
          while (start - 1 > runStart && lexicon.nameParticles.has(words[start]!.toLowerCase())) start = wordStart(start - 1);
          // Two given names, as far as the words before are names the dictionaries do not know.
          const before = wordStart(start - 1);
          if (before > runStart && isNameToken(before) && (ids[before] === -1 || !lexicon.trie.longestAt(ids, before, runEnd))) start = before;
        }
        // "of the Lebanese Republic Abdallah Bou Habib": after the state's name, all of the run is the name.
        for (let q = runStart; q < start; q++) {
          const m = ids[q] === -1 ? null : lexicon.trie.longestAt(ids, q, runEnd);
          if (!m?.values.some((l) => l.kind === 'country' || (l.kind === 'place' && l.place.country))) continue;
          // "of Republika Srpska (Bosnia and Herzegovina) Milorad Dodik": past the bracket that closes the state.
          const after = q + m.length + (words[q - 1] === '(' && words[q + m.length] === ')' ? 1 : 0);
          // "of the Kingdom of Bahrain Abdullatif bin Rashid Al Zayani": particles inside the name too.
          if (after <= start && runEnd - after <= 6) {
            let names = true;
            for (let t = after; t < runEnd && names; t++)
              names = (isNameToken(t) && (ids[t] === -1 || lexicon.trie.longestAt(ids, t, runEnd) === null)) || (t > after && t + 1 < runEnd && (lexicon.nameParticles.has(words[t]!) || hyphened(t)));
            if (names) return after;
          }
          break;
        }
        // "Executive Vice Minister of Foreign Affairs Ma": a surname learned before stands alone,
        // unless the state's name came first ("President of Burkina Faso Ibrahim Traoré" after
        // another Traoré).
        if (learned.has(words[runEnd - 1]!) && !learned.has(words[runEnd - 2]!)) return runEnd - 1 > runStart ? runEnd - 1 : -1;
        if (start <= runStart) return -1;
        // A word the dictionaries know starts no name, unless it is a person's ("... Labour and Trade
        // Paulson Panapa", not Henry Paulson).
        for (let t = start; t < runEnd; t++) {
          if (hyphened(t) || (lexicon.nameParticles.has(words[t]!) && t + 1 < runEnd && hyphened(t + 1))) continue;
          if (!isNameToken(t) || (ids[t] !== -1 && lexicon.trie.longestAt(ids, t, runEnd)?.values.some((l) => l.kind !== 'person'))) return -1;
        }
        // "on the Middle East Issue": no name starts inside a phrase the dictionaries know.
        for (let q = runStart; q < start; q++) {
          const m = ids[q] === -1 ? null : lexicon.trie.longestAt(ids, q, runEnd);
          if (m && q + m.length > start) return -1;
        }
        return start;
      };

      /**
       * Whether the title at [i, j) is "the" title of someone the text named before: "The Secretary
       * and Foreign Minister Iwaya" are two people after "Secretary of State Antony J. Blinken",
       * while "State Councilor and Foreign Minister Qin Gang" is one.
       */
      const namedBefore = (i: number, j: number): boolean => {
        if (i === 0 || words[i - 1]!.toLowerCase() !== 'the') return false;
        const head = words[j - 1]!;
        for (let t = 0; t < i - 1; t++) if (words[t] === head) return true;
        return false;
      };

      /** Reads a run of dictionary phrases that make one actor: [adjective] [title [and title]] [name] [, title]. */
      const readPhrase = (i: number, end: number, appositive = true): Phrase | null => {
        // Most tokens start no dictionary phrase and leave here, before any allocation.
        if (ids[i] === -1) return null;
        const first = lexicon.trie.longestAt(ids, i, end);
        if (!first) return null;
        const parts: Part[] = [];
        let j = i;
        // Where the first "and" joined two titles, and how many parts came before it.
        let andAt = -1;
        let andParts = 0;
        while (j < end) {
          const m = j === i ? first : lexicon.trie.longestAt(ids, j, end);
          if (!m) break;
          const part = { start: j, end: j + m.length, lexemes: m.values };
          const prev = parts[parts.length - 1];
          if (prev && !joins(prev, part)) break;
          parts.push(part);
          j = part.end;
          if (pick(part, 'person')) break;
          // "World Health Organization (WHO) Director-General Dr. Tedros": an acronym in brackets
          // between an organisation and its official's title.
          if (j + 3 < end && words[j] === '(' && words[j + 2] === ')' && ALL_CAPITALS.test(words[j + 1]!) && (pick(part, 'organisation') || pick(part, 'country'))) {
            const after = lexicon.trie.longestAt(ids, j + 3, end);
            if (after?.values.some((l) => l.kind === 'role')) {
              j += 3;
              continue;
            }
          }
          if (j < end && grammar.possessives.has(words[j]!) && (pick(part, 'country') || pick(part, 'organisation'))) {
            // "China’s Foreign Minister Wang Yi": the possessive works like an adjective.
            const after = lexicon.trie.longestAt(ids, j + 1, end);
            if (after?.values.some((l) => l.kind === 'role' || l.kind === 'person')) {
              j++;
              continue;
            }
            break;
          }
          // "Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan": a dash joins two titles too.
          if (j + 1 < end && (ids[j] === andId || DASHES.has(words[j]!)) && pick(part, 'role') && !(andAt < 0 && namedBefore(i, j))) {
            const after = lexicon.trie.longestAt(ids, j + 1, end);
            if (after?.values.some((l) => l.kind === 'role' && l.role.person)) {
              if (andAt < 0) {
                andAt = j;
                andParts = parts.length;
              }
              j++;
            }
          }
        }
        if (parts.length === 0) return null;
        let last = parts[parts.length - 1]!;
        // "Ambassador-designate Alexander Darchiev", "Ambassador-designate of the Russian Federation to
        // the United States Alexander Darchiev": an office about to be held, with its holder named after.
        if (j + 2 < end && words[j] === '-' && NOT_YET_IN_OFFICE.has(words[j + 1]!) && joinedHyphen(j) && pick(last, 'role')?.role.person && (CAPITALISED.test(words[j + 2]!) || COMPLEMENT_OPENERS.has(words[j + 2]!))) j += 2;
        let nameStart = j;
        let nameEnd = j;
        let title = pick(last, 'role');
        if (title?.role.person && !pick(last, 'person')) {
          // "Alberto van Klaveren", "Faisal bin Farhan": a particle between two words of the name.
          // "Sayyid Badr bin Hamad bin Hamood Albusaidi": each particle lets the name run two words longer.
          let longest = 5;
          // "Foreign Minister Sheikh Dr. Ahmad ...": styles between the title and the name are neither.
          while (nameStart + 1 < end && !DETERMINERS.has(words[nameStart]!) && CAPITALISED.test(words[nameStart]!) && grammar.beforeTarget.has(words[nameStart]!.toLowerCase()) && CAPITALISED.test(words[nameStart + 1]!)) nameStart++;
          nameEnd = nameStart;
          while (nameEnd < end && nameEnd - nameStart < longest) {
            if (isNameToken(nameEnd)) nameEnd++;
            else if (nameEnd > nameStart && nameEnd + 1 < end && joinedHyphen(nameEnd) && isNameToken(nameEnd + 1)) {
              // "Ahmad Nasser Al-Mohammad Al-Sabah": wink reads each hyphen of a name apart.
              longest = Math.min(longest + 2, MAX_HYPHENED_NAME);
              nameEnd += 2;
            } else if (nameEnd > nameStart && nameEnd + 1 < end && OKINA.has(words[nameEnd]!) && starts[nameEnd + 1] === ends[nameEnd] && isNameToken(nameEnd + 1)) {
              // "Tupouto'a 'Ulukalala": a Tongan name word opening with a glottal stop, which wink reads apart.
              nameEnd += 2;
            } else if (nameEnd > nameStart && nameEnd + 1 < end && lexicon.nameParticles.has(words[nameEnd]!) && isNameToken(nameEnd + 1)) {
              longest = Math.min(longest + 2, 9);
              nameEnd++;
            } else if (nameEnd > nameStart && nameEnd + 2 < end && lexicon.nameParticles.has(words[nameEnd]!) && joinedHyphen(nameEnd + 1) && isNameToken(nameEnd + 2)) {
              // "Riyad al-Maliki": a particle joined by a hyphen to the name's last word.
              nameEnd += 3;
              break;
            } else break;
          }
          // A word cut at the limit goes on past its hyphen: "... Al-Sabah" is one word.
          while (nameEnd > nameStart && nameEnd + 1 < end && joinedHyphen(nameEnd) && isNameToken(nameEnd + 1)) nameEnd += 2;
        }
        let known: PersonEntry | undefined;
        let of: Lexeme | undefined;
        // "Senior Director for China Sarah Beran": a title's complement runs to the name after it.
        // "Minister of Foreign Affairs and Trade of Hungary Péter Szijjártó": "and" with capitalised
        // words that start no title of their own goes on with the title, up to its complement.
        // "Minister of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt": a list of them too.
        // "Minister Delegate in charge of Cooperation with the Commonwealth Felix Mbayu": the
        // complement opens at the "of".
        // Its "of" names a subject, as "for" does ("in charge of Relations with Nigeria").
        const inChargeOf = words[j] === 'in' && words[j + 1] === 'charge' && words[j + 2] === 'of';
        let opener = inChargeOf ? j + 2 : j;
        const openerFrom = opener;
        let portfolioEnd = -1;
        // "Minister of Foreign Affairs and the National Community Abroad Ahmed Attaf": "the" after "and".
        const runFrom = words[j] === 'and' && words[j + 1] === 'the' ? j + 2 : j + 1;
        if ((words[j] === 'and' || words[j] === ',') && runFrom < end && CAPITALISED.test(words[runFrom]!) && !startsTitle(runFrom, end)) {
          let q = runFrom;
          let joined = words[j] === 'and';
          let setOff = false;
          // "..., African Integration and the Ivorian Diaspora of ...": "the" after the list's "and".
          const listGoesOn = (k: number) => (words[k] === ',' || words[k] === 'and') && CAPITALISED.test(words[k + 1] ?? '');
          const theAfterAnd = (k: number) => (words[k] === 'and' && words[k + 1] === 'the' && CAPITALISED.test(words[k + 2] ?? '')) || (words[k] === 'the' && words[k - 1] === 'and' && CAPITALISED.test(words[k + 1] ?? ''));
          while (q < end && q - j <= MAX_PORTFOLIO_RUN && (CAPITALISED.test(words[q]!) || listGoesOn(q) || theAfterAnd(q))) {
            // "... and International Cooperation, Ahmed Moallim Fiqi": a comma after the list's "and"
            // sets off the name; the list's own commas come before it.
            if (words[q] === ',' && joined) {
              setOff = true;
              break;
            }
            // "... and National Planning Situmbeko Musokotwane and U.S. Ambassador Michael Gonzales": a
            // later "and" before another title ends the run.
            // Not one person's two offices: "Minister of Foreign Affairs and Trade and Deputy Prime Minister Winston Peters".
            if (words[q] === 'and' && joined && (startsTitle(q + 1, end) || stateTitleAt(q + 1, end) || possessiveStateAt(q + 1, end)) && nameEndingComplement(runFrom, q) > 0) break;
            if (words[q] === 'and') joined = true;
            q++;
          }
          // "... and Expatriates Shaya Mohsen al-Zindani": a particle joined by a hyphen to the name's last word.
          if (joined && !setOff && q + 2 < end && lexicon.nameParticles.has(words[q]!) && joinedHyphen(q + 1) && CAPITALISED.test(words[q + 2]!)) q += 3;
          // "... and Human Mobility Gabriela Sommerfeld on the sidelines": an opener is the
          // complement's only when a name, a state or a body follows it.
          const ahead = joined && q + 1 < end && COMPLEMENT_OPENERS.has(words[q]!) ? complementAt(q, end) : null;
          const nameless = title?.role.person && !pick(last, 'person') && nameEnd === nameStart;
          if (ahead && (ahead.country || ahead.person || (ahead.runStart >= 0 && nameEndingComplement(ahead.runStart, ahead.end) > 0))) opener = q;
          // The portfolio ends the title, and the name set off after it is read below.
          else if (setOff && nameless) portfolioEnd = q;
          // "Minister of Foreign Affairs and International Cooperation Sok Chenda Sophea": the run
          // after "and" ends in the name itself.
          // "Minister of Foreign Affairs, Foreign Employment and Tourism Vijitha Herath" too.
          else if (joined && nameless && !setOff && (q === end || !CAPITALISED.test(words[q]!))) {
            const person = personEnding(runFrom, q);
            const at = person ? person.start : nameEndingComplement(runFrom, q);
            if (at > 0) {
              known = person?.person;
              nameStart = at;
              nameEnd = q;
              of = nationalsIn(runFrom, at);
            }
          }
        }
        // Where a title with no name ends: after its complement, where it has one.
        let titleEnd = portfolioEnd > 0 ? portfolioEnd : j;
        let titleOf: Lexeme | undefined;
        // "Chargé d'Affaires in Venezuela, Colin Dick": a diplomat's post is where the post is.
        const postIn = words[opener] === 'in' && title?.role.rank === 'diplomat' && stateAt(opener + 1, end);
        if (title?.role.person && title.role.rank !== 'honorific' && !pick(last, 'person') && nameEnd === nameStart && opener + 1 < end && (COMPLEMENT_OPENERS.has(words[opener]!) || postIn)) {
          const c = complementAt(opener, end, inChargeOf && opener === openerFrom);
          titleEnd = c.end;
          titleOf = c.country;
          if (c.person) {
            known = c.person.person;
            nameStart = c.person.start;
            nameEnd = c.person.end;
            of = c.country;
          } else if (c.runStart >= 0) {
            const at = nameEndingComplement(c.runStart, c.end);
            if (at > 0) {
              nameStart = at;
              nameEnd = c.end;
              of = c.country;
            }
          }
        }
        // "Minister of Justice and Police, Kenneth Amoksi": a one-word body closing the portfolio.
        if (title?.role.person && nameEnd === nameStart && titleEnd + 3 < end && ids[titleEnd] === andId && portfolioBody(titleEnd + 1, end) && words[titleEnd + 2] === ',') titleEnd += 2;
        // "The Foreign Secretary of the United Kingdom, Dana Holt, and ...": the name set off by
        // commas after a title of no name, when nothing but a name stands between them.
        if (title?.role.person && title.role.rank !== 'honorific' && !pick(last, 'person') && nameEnd === nameStart && appositive && titleEnd + 2 < end && words[titleEnd] === ',') {
          // "..., His Highness Sheikh Ahmad Al-Abdullah Al-Ahmad Al-Sabah,": honorifics before the name.
          let first = titleEnd + 1;
          // "..., Ambassador Yusuf Maitama Tuggar": a style of courtesy before it.
          // "..., Major General (Retd) Aruna Jayasekara": ranks one after another, and a retired mark in brackets.
          const courtesyAt = (k: number) => grammar.courtesyTitles.has(words[k]!.toLowerCase()) && (k === titleEnd + 1 || grammar.courtesyTitles.has(words[k - 1]!.toLowerCase()));
          const retiredAt = (k: number) => k > titleEnd + 1 && words[k] === '(' && k + 2 < end && words[k + 2] === ')' && RETIRED.test(words[k + 1]!);
          while (first < end && first - titleEnd <= 6 && (grammar.beforeTarget.has(words[first]!.toLowerCase()) || courtesyAt(first) || retiredAt(first))) first += retiredAt(first) ? 3 : 1;
          let q = first;
          const attachedHyphen = (k: number) => k > first && k + 1 < end && joinedHyphen(k);
          // Up to ten tokens: the hyphens of "Al-Abdullah Al-Ahmad Al-Sabah" are tokens of their own.
          while (q < end && q - first < 10 && (isNameToken(q) || attachedHyphen(q) || (q > first && lexicon.nameParticles.has(words[q]!)) || (q === first && isNameWordOfNoPerson(q)))) q++;
          // "the President of Nauru, David Adeang MP,": a post-nominal title in capitals after the name.
          const postNominal = q + 1 < end && q - first >= 2 && ALL_CAPITALS.test(words[q]!) && words[q]!.length <= POST_NOMINAL && words[q + 1] === ',';
          const dictionaryRun = lexicon.trie.longestAt(ids, first, q);
          // "..., Francis Fonseca": one word that names someone else ("Francis", the Pope) before a name word no dictionary knows is a given name.
          const givenName = dictionaryRun !== null && dictionaryRun.length === 1 && dictionaryRun.values.every((v) => v.kind === 'person') && givenNameAt(first + 1);
          if (q - first >= 2 && (q === end || words[q] === ',' || words[q] === 'and' || words[q] === '.' || postNominal) && (notDictionaryPhrase(dictionaryRun, q - first) || givenName)) {
            nameStart = first;
            nameEnd = q;
            of = titleOf;
          }
        }
        // "Kim Hong-kyun": wink reads a hyphenated given name with a lower-case second half as three words.
        // "Eva-Maria Liimets": a capitalised second half goes on with the rest of the name.
        while (nameEnd > nameStart && nameEnd + 1 < end && joinedHyphen(nameEnd)) {
          // "Ibrahim Al-bakri Nyei": after an article's hyphen ("Al-", "El-") the name goes on.
          if (LOWERCASE_START.test(words[nameEnd + 1]!)) {
            const article = lexicon.nameParticles.has(words[nameEnd - 1]!.toLowerCase());
            nameEnd += 2;
            while (article && nameEnd < end && nameEnd - nameStart < 6 && isNameToken(nameEnd)) nameEnd++;
          }
          else if (isNameToken(nameEnd + 1) && nameEnd - nameStart < 4) {
            nameEnd += 2;
            while (nameEnd < end && nameEnd - nameStart < 6 && isNameToken(nameEnd)) nameEnd++;
          } else break;
        }
        if (nameEnd === nameStart) nameStart = nameEnd = -1;
        // "The President and Prime Minister reaffirmed": two titles and no name are two people.
        if (nameStart < 0 && andAt > 0 && !known && !pick(last, 'person')) {
          parts.length = andParts;
          j = andAt;
          last = parts[parts.length - 1]!;
          title = pick(last, 'role');
        }
        // "President Uhuru Kenyatta of Kenya": the state after "of" is the person's.
        let phraseEnd = nameEnd > 0 ? nameEnd : j;
        // "the Minister for Foreign Affairs and External Trade of the Kingdom of Bhutan", "Minister of
        // Foreign Affairs, Foreign Trade and Immigration of Belize": with no name, the state named
        // after the further portfolios is the title's.
        if (nameStart < 0 && !known && opener !== openerFrom && j === openerFrom && (titleOf?.kind === 'country' || titleOf?.kind === 'seat')) {
          of = titleOf;
          phraseEnd = titleEnd;
        }
        // "President Ilham Aliyev of the Republic of Azerbaijan": a known person's state too.
        if (phraseEnd + 1 < end && words[phraseEnd] === 'of' && (title || nameEnd > 0 || pick(last, 'person'))) {
          const at = phraseEnd + 1 + (DETERMINERS.has(words[phraseEnd + 1]!) ? 1 : 0);
          const m = lexicon.trie.longestAt(ids, at, end);
          const state = m?.values.find((l) => l.kind === 'country');
          if (state && m) {
            of = state;
            phraseEnd = at + m.length;
            // "Foreign Minister of Myanmar's National Unity Government (NUG)": the state's own body
            // goes on with the title, and the official is not the state's possessor.
            if (phraseEnd + 1 < end && grammar.possessives.has(words[phraseEnd]!) && CAPITALISED.test(words[phraseEnd + 1]!) && !startsTitle(phraseEnd + 1, end)) {
              let q = phraseEnd + 1;
              while (q < end && q - phraseEnd <= 5 && CAPITALISED.test(words[q]!) && (ids[q] === -1 || !lexicon.trie.longestAt(ids, q, end)?.values.some((l) => l.kind === 'country' || l.kind === 'person'))) q++;
              if (q + 2 < end && words[q] === '(' && words[q + 2] === ')' && ALL_CAPITALS.test(words[q + 1]!)) q += 3;
              if (q - phraseEnd >= 3) phraseEnd = q;
            }
          }
        }
        // "General Zhang Youxia, Vice Chairman of the Central Military Commission", "Ms. Jane Roe,
        // Minister of Foreign Affairs of Chile": a title after a name, between commas, is the person's.
        let after: Phrase['appositive'];
        /** A personal title of no name at `at`, with its complement and state. */
        const titleAt = (at: number): { role: RoleEntry; end: number; state: string | undefined; organisation: OrganisationEntry | undefined } | null => {
          const a = readPhrase(at, end, false);
          const role = a && a.nameStart < 0 && !a.known && !a.parts.some((p) => pick(p, 'person')) ? pick(a.parts[a.parts.length - 1], 'role')?.role : undefined;
          if (!a || !role?.person || role.rank === 'honorific') return null;
          let titleEnd = a.end;
          for (const q of lexicon.titleQualifiers) if (q.every((w, k) => words[titleEnd + k] === w)) titleEnd += q.length;
          // "Minister for Foreign Affairs and Foreign Trade,": a second portfolio after "and" is the title's.
          if (words[titleEnd] === 'and') {
            let q = titleEnd + 1;
            while (q < end && q - titleEnd <= 4 && CAPITALISED.test(words[q]!)) q++;
            if (q > titleEnd + 1 && q < end && (words[q] === ',' || COMPLEMENT_OPENERS.has(words[q]!))) titleEnd = q;
          } else if (words[titleEnd] === ',' && titleEnd + 1 < end && CAPITALISED.test(words[titleEnd + 1]!) && !startsTitle(titleEnd + 1, end)) {
            // "Minister of Foreign Affairs, International Business and International Cooperation of the
            // Republic of Suriname": more portfolios, a list closed by "and", before the complement.
            let q = titleEnd + 1;
            let joined = false;
            while (q < end && q - titleEnd <= 8 && (CAPITALISED.test(words[q]!) || words[q] === 'and' || words[q] === ',')) {
              if (words[q] === 'and') joined = true;
              q++;
            }
            if (joined && q < end && COMPLEMENT_OPENERS.has(words[q]!) && CAPITALISED.test(words[q - 1]!)) titleEnd = q;
          }
          let state = stateOf(a.of ? [a.of] : a.parts[0]!.lexemes);
          let organisation = a.of?.kind === 'organisation' ? a.of.organisation : undefined;
          if (titleEnd + 1 < end && COMPLEMENT_OPENERS.has(words[titleEnd]!)) {
            const c = complementAt(titleEnd, end);
            if (!c.person && c.runStart >= 0) {
              titleEnd = c.end;
              state ??= c.country ? stateOf([c.country]) : undefined;
              if (c.country?.kind === 'organisation') organisation ??= c.country.organisation;
            }
          }
          // "Secretary of State for Foreign and Political Affairs of the Republic of San Marino": the
          // state the complement names comes before the one a title implies.
          return { role, end: titleEnd, state: state ?? role.country, organisation };
        };
        if (appositive && (nameEnd > 0 || pick(last, 'person')) && phraseEnd + 1 < end && words[phraseEnd] === ',') {
          const first = titleAt(phraseEnd + 1);
          if (first) {
            let { end: titleEnd, state } = first;
            // "Mr. Mihai POPȘOI, Deputy Prime Minister, Minister of Foreign Affairs of the Republic of
            // Moldova": a second title after the first names the state of both.
            // "Mr. Xavier Bettel, Deputy Prime Minister, Minister for Foreign Affairs and Foreign Trade,
            // Minister for Development Cooperation ... of the Grand Duchy of Luxembourg": up to three.
            let at = titleEnd;
            for (let k = 0; k < MAX_TITLES_SET_OFF && state === undefined && at + 1 < end && words[at] === ','; k++) {
              // "Minister of Foreign Affairs and Cooperation, in charge of the Diaspora, of the Gabonese
              // Republic": a portfolio clause set off inside the titles, then their state set off too.
              if (words[at + 1] === 'in' && words[at + 2] === 'charge' && words[at + 3] === 'of') {
                let q = words[at + 4] === 'the' ? at + 5 : at + 4;
                const from = q;
                while (q < end && CAPITALISED.test(words[q]!)) q++;
                if (q === from) break;
                at = q;
                continue;
              }
              if (words[at + 1] === 'of') {
                const c = complementAt(at + 1, end);
                const named = c.person ? undefined : c.country?.kind === 'adjective' ? c.country.country.code : stateOf(c.country ? [c.country] : undefined);
                if (named) {
                  titleEnd = c.end;
                  state = named;
                }
                break;
              }
              const next = titleAt(at + 1);
              if (!next) break;
              at = next.end;
              if (next.state) {
                titleEnd = next.end;
                state = next.state;
              }
            }
            after = { start: phraseEnd + 1, end: titleEnd, role: first.role, country: state, organisation: state === undefined ? first.organisation : undefined };
            phraseEnd = titleEnd;
          }
        }
        // "Rebels in the Ivory Coast", "demonstrators in Baghdad", "forces in east Bosnia": a group
        // of no named state is of the state it is in. The place stays a mention of its own.
        let inState = !of && title && !title.role.person && !title.role.country ? (hostIn(phraseEnd, end) ?? undefined) : undefined;
        // "the Embassy in Havana": a mission is never of the state it sits in; in a release of
        // another state's it is the publisher's.
        // Not "Portugal would reopen its embassy in Ukraine": an owner named before it is the embassy's.
        const owned = i > 0 && (grammar.possessiveDeterminers.has(words[i - 1]!.toLowerCase()) || grammar.possessives.has(words[i - 1]!));
        if (inState && grammar.missionNouns.has(words[phraseEnd - 1]!.toLowerCase())) inState = !owned && publisherCountry && publisherCountry !== inState ? publisherCountry : undefined;
        return { parts, nameStart, nameEnd, end: phraseEnd, of, inState, known, appositive: after };
      };

      const stateOf = (lexemes: readonly Lexeme[] | undefined): string | undefined => {
        for (const l of lexemes ?? []) {
          if (l.kind === 'country' || l.kind === 'seat') return l.country.code;
          if (l.kind === 'place' && l.place.country) return l.place.country;
        }
        return undefined;
      };

      const isNameToken = (t: number): boolean => {
        const w = words[t]!;
        if (grammar.bodyWords.has(w)) return false;
        // "Hossein AMIR-ABDOLLAHIAN": a title word written in capitals and joined by a hyphen to the next
        // capitalised word is part of a surname in MOFA Japan's style.
        const surnamePart = ALL_CAPITALS.test(w) && w.length > 1 && t + 2 < words.length && joinedHyphen(t + 1) && ALL_CAPITALS.test(words[t + 2]!);
        if (!surnamePart && ids[t] !== -1 && lexicon.trie.longestAt(ids, t, t + 1)?.values.some((l) => l.kind === 'role')) return false;
        // "Pan/VERB Gongsheng", "U Than/ADP Swe": the tagger reads some names as other words; capitalised
        // inside a sentence, they are names.
        return (pos[t] === PROPN || pos[t] === NOUN || (MISREAD_NAME_POS.has(pos[t]!) && sentenceStarts[t] === 0)) && CAPITALISED.test(w);
      };

      /** A capitalised name word that is also a body's short name and no title ("Duma" of "Duma Boko"). */
      const isNameWordOfNoPerson = (t: number): boolean =>
        pos[t] === PROPN && CAPITALISED.test(words[t]!) && ids[t] !== -1 && !!lexicon.trie.longestAt(ids, t, t + 1)?.values.every((l) => l.kind === 'role' && !l.role.person);

      const joins = (prev: Part, next: Part): boolean => {
        // "Darfur rebels", "Xinjiang authorities": a region of one state names its side too.
        const prevModifier = pick(prev, 'adjective') || pick(prev, 'country') || pick(prev, 'organisation') || pick(prev, 'seat') || pick(prev, 'place')?.place.country;
        const nextHead = pick(next, 'role') || pick(next, 'person');
        if (prevModifier && nextHead) return true;
        if (pick(prev, 'role') && nextHead) return true;
        return false;
      };

      /** "The Sudanese delegation included Minister of Foreign Affairs X": the foreign delegation its sentence names before `at`. */
      const delegationOf = (at: number): string | null => {
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k]!;
          if (m.tokenEnd > at) continue;
          for (let t = m.tokenEnd; t <= at; t++) if (sentenceStarts[t] === 1) return null;
          const party = m.actors[0]?.party;
          const named = grammar.delegationNouns.has(words[m.tokenEnd - 1]!.toLowerCase()) || (m.tokenEnd < n && grammar.delegationNouns.has(words[m.tokenEnd]!.toLowerCase()));
          if (named && party && party !== publisherCountry && lexicon.countries.has(party)) return party;
        }
        return null;
      };
      /**
       * "President Surangel Whipps Jr., who was joined by Minister of State Gustav Aitaro": the other
       * state of the person right before "joined by" or "accompanied by" (past "who was" and commas
       * only: not "met President X and was accompanied by").
       */
      const companionOf = (at: number): Mention | null => {
        if (at < 2 || words[at - 1] !== 'by' || !grammar.companionVerbs.has(words[at - 2]!.toLowerCase())) return null;
        let b = at - 2;
        while (b > 0 && RELATIVE_GLUE.has(words[b - 1]!.toLowerCase()) && sentenceStarts[b] !== 1) b--;
        const m = mentions.findLast((x) => x.tokenEnd === b);
        return m?.actors.length === 1 && m.actors[0]!.kind === 'person' && m.actors[0]!.party !== publisherCountry ? m : null;
      };
      /** People given the publisher's state by default who came with a foreign leader whose state is known only once references are resolved. */
      const companions: [Actor, Mention][] = [];
      /** "State Minister for Foreign Affairs Shahriar Alam took part in the talks on the Bangladeshi side", "also attended from the Solomon Islands side": the other state whose side the sentence puts its person on, after `at`. */
      const sideAfter = (at: number): string | null => {
        for (let t = at; t + 3 < n && t - at <= MAX_SIDE_REACH; t++) {
          if (t > at && sentenceStarts[t] === 1) return null;
          if ((words[t] !== 'on' && words[t] !== 'from') || words[t + 1] !== 'the' || ids[t + 2] === -1) continue;
          const m = lexicon.trie.longestAt(ids, t + 2, n);
          if (!m || words[t + 2 + m.length]?.toLowerCase() !== 'side') continue;
          for (const l of m.values) {
            const party = l.kind === 'adjective' ? l.country.code : stateOf([l]);
            if (party && party !== publisherCountry) return party;
          }
        }
        return null;
      };
      /** "the UN Secretary-General's Special Envoy for Yemen": the organisation of the official or body whose possessive stands just before `at`. */
      const organisationOwnerOf = (at: number): Actor | null => {
        if (at < 2 || !grammar.possessives.has(words[at - 1]!)) return null;
        const owner = mentions.findLast((m) => m.tokenEnd === at - 1);
        const a = owner?.actors.length === 1 ? owner.actors[0]! : undefined;
        return a?.party && !lexicon.countries.has(a.party) && !owner!.place ? a : null;
      };
      /** The foreign state whose official, named before, holds a portfolio this title names too ("and Foreign Employment"). */
      const portfolioOf = (title: string | null): string | null => {
        if (!title || !publisherCountry) return null;
        const w = title.split(SPACE_RUN);
        for (let k = w.indexOf('of') + 1; k > 0 && k + 1 < w.length; k++) {
          const pair = `${w[k]} ${w[k + 1]}`;
          if (!CAPITALISED.test(w[k]!) || !CAPITALISED.test(w[k + 1]!) || grammar.commonPortfolios.has(pair)) continue;
          for (const m of mentions) {
            const a = m.actors[0]!;
            if (a.kind === 'person' && a.party && a.party !== publisherCountry && a.title?.includes(pair)) return a.party;
          }
        }
        return null;
      };
      const resolve = (phrase: Phrase): { actor: Actor; placeable: boolean; alwaysPlace?: boolean; paired?: boolean } | null => {
        let country: string | null = null;
        let organisation: { party: string; code: string; name: string } | null = null;
        const roles: RoleEntry[] = [];
        let person: PersonEntry | null = phrase.known ?? null;
        let seat = false;
        let onlyAdjective = true;
        // Whether the state was read off an adjective: "Serb Member of the Presidency of Bosnia and
        // Herzegovina" is the state the complement names.
        let byAdjective = false;
        // Where a dictionary person's words begin: the title ends there, whichever alias was written ("National Security Advisor Mike Waltz").
        let personStart = -1;
        let personEnd = -1;
        const place = phrase.parts.length === 1 ? pick(phrase.parts[0], 'place') : undefined;
        if (place) {
          const c = place.place.country ? lexicon.countries.get(place.place.country) : undefined;
          return c ? { actor: { code: c.code, party: c.code, name: place.place.name, kind: 'state', role: null, title: null }, placeable: true, alwaysPlace: true } : null;
        }
        for (const part of phrase.parts) {
          const c = pick(part, 'country') ?? pick(part, 'adjective') ?? pick(part, 'seat');
          const o = pick(part, 'organisation');
          const r = pick(part, 'role');
          const p = pick(part, 'person');
          const region = pick(part, 'place')?.place.country;
          if (p) {
            person = p.person;
            personStart = part.start;
            personEnd = part.end;
          } else if (r) roles.push(r.role);
          else if (o) organisation = o.organisation;
          else if (region) country ??= region;
          else if (c) {
            if (country === null && !pick(part, 'country') && !pick(part, 'seat')) byAdjective = true;
            country ??= c.country.code;
            if (pick(part, 'seat') && !pick(part, 'country')) seat = true;
          }
          if (!pick(part, 'adjective') || pick(part, 'country')) onlyAdjective = false;
        }
        // "Mr.", "H.E.": a person, but no office and no state.
        const honorific = roles.length > 0 && roles.every((r) => r.rank === 'honorific');
        const app = phrase.appositive;
        const titleStart = roles.length && !honorific ? phrase.parts.find((p) => pick(p, 'role') && pick(p, 'role')!.role.rank !== 'honorific')!.start : -1;
        let titleEnd = phrase.nameStart > 0 ? phrase.nameStart : personStart > titleStart ? personStart : phrase.end;
        // "..., Dr Amery Browne", "..., His Highness Sheikh Ahmad": the comma and honorifics before a set-off name are no title's.
        // "..., Ambassador Yusuf Maitama Tuggar": a style of courtesy there too.
        const styleAt = (k: number) => grammar.beforeTarget.has(words[k]!.toLowerCase()) || (words[k - 1] === ',' && grammar.courtesyTitles.has(words[k]!.toLowerCase()));
        if (phrase.nameStart > 0) while (titleEnd - 1 > titleStart && (words[titleEnd - 1] === ',' || styleAt(titleEnd - 1))) titleEnd--;
        const before = titleStart >= 0 ? text.slice(starts[titleStart], ends[titleEnd - 1]).replace(TRAILING_COMMA, '') : null;
        const written = app ? text.slice(starts[app.start], ends[app.end - 1]).trimEnd() : null;
        // The fuller of the titles before and after the name.
        const title = written && (!before || written.length > before.length) ? written : before;
        const surface = text.slice(starts[phrase.parts[0]!.start], ends[phrase.end - 1]);
        if (person) {
          // "the ABE Initiative", "the Biden Administration": a bare name before a body's word names the body.
          if (roles.length === 0 && phrase.end < words.length && grammar.bodyWords.has(words[phrase.end]!)) return null;
          // "Minister Holguín" after "Juan Carlos HOLGUÍN Maldonado" was named: the person this text
          // named, not a namesake the dictionary knows by the family name alone.
          const namesake = personEnd - personStart === 1 ? learned.get(words[personStart]!) : undefined;
          // "Vice President for Compact Operations Cameron Alford": a family name the dictionary knows,
          // followed by a name word it does not, is another person's given name.
          // "Mr. KIHARA Seiji": a name word the dictionary knows only inside another's name ("Seiji Maehara") too.
          if (!namesake && personEnd - personStart === 1 && personEnd === phrase.end && givenNameAt(personEnd, person.name)) return null;
          if (namesake && namesake.kind === 'person' && namesake.name !== person.name && !person.name.includes(namesake.name)) return { actor: { ...namesake, title: namesake.title ?? title }, placeable: false };
          // "His Majesty King Abdullah II": the office written in the name itself ("King") is the title
          // a later "the King" refers back to, not the style before it.
          const dated = roleOn(person, date);
          const a = personActor(person, dated && title && !title.includes(dated.title) && surface.includes(`${dated.title} `) ? null : title);
          remember(a);
          return { actor: a, placeable: false };
        }
        if (honorific && phrase.nameStart < 0) return null;
        // "NOAA Administrator Dr. Rick Spinrad": the office before a style of address, not the style.
        const office = roles.findLast((r) => r.rank !== 'honorific');
        const role = honorific && app ? app.role : ((roles[roles.length - 1]?.rank === 'honorific' && office ? office : roles[roles.length - 1]) ?? null);
        // "Hamas leader Ismail Haniyeh", "IDF spokesperson ...": a body of one state named before a
        // person's title is the person's, with its state and type.
        const body = role?.person ? roles.slice(0, -1).find((r) => !r.person && r.country !== undefined) : undefined;
        if (body && !country) country = body.country!;
        // Only a state named right after the title's "of": "Japanese Special Envoy for the Reconstruction
        // of Ukraine" is Japanese.
        const titlePart = phrase.parts.findLast((part) => pick(part, 'role'));
        const ofRightAfter = titlePart !== undefined && words[titlePart.end] === 'of';
        if (phrase.of?.kind === 'country') country = byAdjective && ofRightAfter ? phrase.of.country.code : (country ?? phrase.of.country.code);
        // "Acting Foreign Minister of the Afghan Interim Government": an adjective names the state
        // when it is the government's (not in "for Latin American Affairs").
        if (phrase.of?.kind === 'adjective' && !country && namesGovernment(surface, phrase.of.country.adjectives)) country = phrase.of.country.code;
        if (phrase.of?.kind === 'organisation' && !country) organisation ??= phrase.of.organisation;
        // "Dr. Ngozi Okonjo-Iweala, Director-General of the World Trade Organization (WTO)".
        if (app?.organisation && !country) organisation ??= app.organisation;
        if (phrase.nameStart > 0) {
          // "N.K.Shrestha" (the Russian MFA's initials, run together) as "N. K. Shrestha".
          const name = text.slice(starts[phrase.nameStart], ends[phrase.nameEnd - 1]).replace(GLUED_INITIAL, '$1 ');
          // "KISHIDA Fumio", "Ishiba Shigeru": a known person's words in another order or case.
          const byWords = lexicon.peopleByNameWords.get(nameWordsKey(name, lexicon.patronymics)) ?? knownWithin(phrase.nameStart, phrase.nameEnd, country);
          if (byWords) {
            const a = personActor(byWords, title);
            remember(a);
            return { actor: a, placeable: false };
          }
          // "First Lady Jill Biden" is not Joseph R. Biden: a name of several words is a known person's
          // only when each of its words is one of the person's.
          let known = learned.get(words[phrase.nameEnd - 1]!) ?? learned.get(words[phrase.nameStart]!);
          // Whose family name it shares gives the state ("First Lady Rachel Ruto").
          const kin = known;
          if (known && phrase.nameEnd - phrase.nameStart > 1) {
            // "Director-General Okonjo-Iweala": wink reads the hyphen apart, so each half is one of the words.
            const own = new Set(known.name.toLowerCase().split(NAME_WORD_BREAK));
            for (let q = phrase.nameStart; q < phrase.nameEnd; q++) if (CAPITALISED.test(words[q]!) && !own.has(words[q]!.toLowerCase())) known = undefined;
          }
          if (known && !country) return { actor: { ...known, title: known.title ?? title }, placeable: false };
          const owner = country || organisation || app?.country || role?.country ? null : organisationOwnerOf(phrase.parts[0]!.start);
          const leader = role && isDomestic(role) ? companionOf(phrase.parts[0]!.start) : null;
          // "the Chief Executive of the Financial Conduct Authority": a complement that names a body
          // makes the title that body's, not the state the bare title implies (Hong Kong's).
          // Such an official of an unknown body is taken as the publisher's, as an unmarked title is.
          const ofBody = role?.country !== undefined && title?.includes(`${role.title} of `) === true;
          // "Secretary of State for Foreign Affairs and Cooperation": a portfolio after a title that is
          // one state's only when bare makes it another state's, found as for an unmarked title.
          const elsewhere = role?.countryOnlyBare === true && title?.includes(`${role.title} for `) === true;
          // "the Tánaiste and Minister for Foreign Affairs and Minister for Defence, Micheál Martin": an
          // earlier title of one state's in a joined title gives the state the last one does not.
          const joinedTitleState = role && !role.country ? roles.slice(0, -1).find((r) => r.person && r.country !== undefined && !r.countryOnlyBare)?.country : undefined;
          const roleCountry = ofBody ? (publisherCountry ?? undefined) : elsewhere ? undefined : (role?.country ?? joinedTitleState);
          const party = country ?? app?.country ?? organisation?.party ?? roleCountry ?? owner?.party ?? kin?.party ?? (role && isDomestic(role) ? (delegationOf(phrase.parts[0]!.start) ?? leader?.actors[0]?.party ?? sideAfter(phrase.end) ?? portfolioOf(before) ?? ownOrForeign(roles, name)) : null);
          const code = organisation ? organisation.code : owner ? owner.code : `${party ?? '---'}${(body ?? role)?.code ?? ''}`;
          const actor: Actor = { code, party, name: party && grammar.givenNameFirst.has(party) ? givenNameFirst(name) : name, kind: 'person', role: role?.code ?? null, title };
          if (leader && !leader.actors[0]!.party && party === publisherCountry && !organisation && !owner) companions.push([actor, leader]);
          remember(actor);
          return { actor, placeable: false };
        }
        if (organisation) {
          return { actor: { code: organisation.code + (role && role.code !== 'GOV' ? role.code : ''), party: organisation.party, name: surface, kind: 'organisation', role: role?.code ?? null, title: null }, placeable: !role };
        }
        if (role) {
          // "The Secretary of State confirmed" in a UK department's release: its own minister.
          const ownBare = publisherCountry && publisherName && grammar.ownBareTitles.get(publisherName)?.has(role.title) ? publisherCountry : undefined;
          // "Hezbollah guerrillas": a named group before a generic noun gives it its state.
          const party = country ?? ownBare ?? role.country ?? roles.find((r) => r.country)?.country ?? phrase.inState ?? null;
          return { actor: { code: `${party ?? '---'}${role.code}`, party, name: surface, kind: role.person ? 'person' : 'group', role: role.code, title: role.person ? surface : null }, placeable: false };
        }
        if (country) {
          if (onlyAdjective) {
            // "Russian aircraft", "Serb forces": a state's adjective before a noun names its side.
            const next = phrase.end;
            // "The Turkish and Greek sides", "U.S. and Chinese officials": the noun comes after the second.
            const pairedAdjective = next + 1 < n && ids[next] === andId && lexicon.trie.longestAt(ids, next + 1, n)?.values.some((l) => l.kind === 'adjective') === true;
            // "Saudi-led forces": the state that leads armed men or officials (wink splits the hyphen);
            // "Saudi-led efforts" names no one.
            const led = next + 2 < n && words[next] === '-' && words[next + 1] === 'led' && lexicon.trie.longestAt(ids, next + 2, n)?.values.some((l) => l.kind === 'role') === true ? next + 2 : next;
            // "Russian civilian advisers": one more adjective may come before the noun.
            const noun = led + 1 < n && pos[led] === ADJ && pos[led + 1] === NOUN ? led + 1 : led;
            if (!pairedAdjective && (noun >= n || (pos[noun] !== NOUN && pos[noun] !== PROPN) || !STARTS_WITH_LETTER.test(words[noun]!))) return null;
            return { actor: { code: country, party: country, name: surface, kind: 'state', role: null, title: null }, placeable: false, paired: pairedAdjective };
          }
          const code = seat ? `${country}GOV` : country;
          return { actor: { code, party: country, name: surface, kind: 'state', role: seat ? 'GOV' : null, title: null }, placeable: true };
        }
        return null;
      };

      /** "agreed to US mediation", "handed over to UN peacekeepers": a name used as an adjective before a noun is who, not where. */
      const attributive = (phrase: NonNullable<ReturnType<typeof readPhrase>>, end: number): boolean => {
        const next = phrase.end;
        if (next >= end || pos[next] !== NOUN || !LOWERCASE_START.test(words[next]!)) return false;
        const last = phrase.parts[phrase.parts.length - 1];
        return pick(last, 'adjective') !== undefined || pick(last, 'organisation') !== undefined;
      };

      /** The one known person of `state` who held the office titled `title` on `date`. */
      const officeHolder = (state: string, title: string, on: string | null): PersonEntry | null => {
        if (!on) return null;
        const lower = title.toLowerCase();
        const titled = (r: PersonEntry['roles'][number]) => r.title.toLowerCase() === lower || (r.altTitles ?? []).some((t) => t.toLowerCase() === lower);
        const holders = (lexicon.officeHolders.get(`${state}|${lower}`) ?? []).filter((p) => p.roles.some((r) => r.from <= on && (!r.to || on <= r.to) && titled(r)));
        if (holders.length === 1) return holders[0]!;
        // On the day of a handover both hold it: the one who goes on holding it ("The Prime Minister
        // spoke to President Biden" on Rishi Sunak's first day).
        const staying = holders.filter((p) => p.roles.some((r) => r.from <= on && (!r.to || on < r.to) && titled(r)));
        return staying.length === 1 ? staying[0]! : null;
      };

      const titleNamed = titleParties(doc.meta.title?.value ?? '');
      /** The one state other than the publisher's that the document's title names ("Wang Yi Meets with President of Kiribati Taneti Maamau"). */
      const titleForeign = ((): string | null => {
        const named = [...titleNamed].filter((p) => p !== publisherCountry && lexicon.countries.has(p));
        return named.length === 1 ? named[0]! : null;
      })();
      /**
       * The state of an unknown name under an unmarked title: the publisher's, unless the publisher's
       * holder of that office on the day is known to be someone else ("Vice President Teuea Toatu" in a
       * Chinese release of a visit to Kiribati), or an honorific it gives only to foreigners styles them
       * ("H.E." in its releases; data/grammar.yaml foreignHonorifics), and then the other state the title names.
       */
      const ownOrForeign = (roles: readonly RoleEntry[], name: string): string | null => {
        if (!publisherCountry) return null;
        const nameWords = name.toLowerCase().split(NAME_WORD_BREAK);
        const taken = roles.some((r) => {
          // Offices one person holds at a time (a state has many deputy ministers); heads of state and
          // government never come here (isDomestic leaves them out).
          if (r.rank !== 'minister' && r.rank !== 'deputy-head') return false;
          const holder = officeHolder(publisherCountry, r.title, date);
          // "Vice President Harris": the holder, named by a word of the name.
          return holder !== null && !nameWords.some((w) => holder.name.toLowerCase().split(NAME_WORD_BREAK).includes(w));
        });
        const styled = roles.some((r) => r.rank === 'honorific' && grammar.foreignHonorifics.get(publisherCountry)?.has(r.title) === true);
        // With no other state in the title, the publisher's as before: a person is better kept than lost.
        return (taken || styled) && titleForeign ? titleForeign : publisherCountry;
      };
      const notOurs = publisherCountry ? grammar.titleWordsNotOf.get(publisherCountry) : undefined;
      const titlesNotOurs = publisherCountry ? grammar.titlesNotOf.get(publisherCountry) : undefined;
      const isDomestic = (role: RoleEntry): boolean =>
        role.rank !== 'head-of-state' &&
        role.rank !== 'head-of-government' &&
        role.rank !== 'honorific' &&
        !(notOurs && role.title.split(SPACE_RUN).some((w) => notOurs.has(w))) &&
        !titlesNotOurs?.has(role.title.toLowerCase());

      // Pass 1: what the dictionaries and titles name.
      const mentions: Mention[] = [];
      const paired = new Set<Mention>();
      const ethnic = new Map<Mention, string>();
      /** The state named by "in [the] [south] <state>" at `at`, if any. */
      const hostIn = (at: number, end: number): string | null => {
        if (at + 1 >= end || words[at] !== 'in') return null;
        let q = at + 1;
        if (DETERMINERS.has(words[q]!)) q++;
        const direct = stateOf(lexicon.trie.longestAt(ids, q, end)?.values);
        if (direct || q + 1 >= end || !LOWERCASE_START.test(words[q]!)) return direct ?? null;
        return stateOf(lexicon.trie.longestAt(ids, q + 1, end)?.values) ?? null;
      };
      /**
       * "Badr Abdelatty said": a person learned from a titled mention, named again without the title.
       * The run must be words of that one person's name, with no other proper noun just before or
       * after it ("Wang Wenbin" is not Wang Yi, "Dina Nassar" not Karim Nassar).
       */
      const learnedAt = (i: number, s: Sentence): { actor: Actor; end: number } | null => {
        // Most words are not capitalised: they leave before the lookup.
        const c = words[i]!.charCodeAt(0);
        if (learned.size === 0 || !((c >= 65 && c <= 90) || c > 127)) return null;
        const first = learned.get(words[i]!);
        if (!first || (pos[i] !== PROPN && pos[i] !== NOUN)) return null;
        // "Mohamed Salem Ould Merzoug" after "Mohamed Ould Cheikh Ghazouani": a word two learned
        // names share belongs to the last one learned; the next word tells whose name this is.
        const next = i + 1 < s.tokenEnd ? learned.get(words[i + 1]!) : undefined;
        return learnedRun(first, false, i, s) ?? (next && next !== first && nameWords(next).has(words[i]!) ? learnedRun(next, true, i, s) : null);
      };
      /** The words of a learned person's name, split once. */
      const nameWordsOf = new Map<Actor, ReadonlySet<string>>();
      const nameWords = (a: Actor): ReadonlySet<string> => {
        const known = nameWordsOf.get(a);
        if (known) return known;
        const set = new Set(a.name.split(NAME_WORD_BREAK));
        nameWordsOf.set(a, set);
        return set;
      };
      /** The run of `actor`'s name from `i` (`byName`: its words count though a namesake learned them since). */
      const learnedRun = (actor: Actor, byName: boolean, i: number, s: Sentence): { actor: Actor; end: number } | null => {
        // Not inside another name, but after a word of the person's own title ("Adviser Hossain").
        const titleWord = i > s.tokenStart && (actor.title ?? '').split(SPACE_RUN).includes(words[i - 1]!);
        // "Van Klaveren said": a name particle capitalised at the sentence's start.
        const particle = i - 1 === s.tokenStart && lexicon.nameParticles.has(words[i - 1]!.toLowerCase());
        // "thanked Sheikh Tahnoun": a style before the name.
        const style = i > s.tokenStart && grammar.beforeTarget.has(words[i - 1]!.toLowerCase());
        if (i > s.tokenStart && CAPITALISED.test(words[i - 1]!) && pos[i - 1] === PROPN && !titleWord && !particle && !style) return null;
        const own = (k: number) => learned.get(words[k]!) === actor || (byName && nameWords(actor).has(words[k]!));
        let e = i + 1;
        for (;;) {
          if (e < s.tokenEnd && e - i < 4 && own(e)) e++;
          else if (e + 1 < s.tokenEnd && words[e] === '-' && actor.name.includes(`-${words[e + 1]}`)) e += 2;
          // "Alberto van Klaveren": a particle between two words of the name.
          else if (e + 1 < s.tokenEnd && e - i < 4 && lexicon.nameParticles.has(words[e]!) && own(e + 1)) e += 2;
          else break;
        }
        if (e < s.tokenEnd && CAPITALISED.test(words[e]!) && pos[e] === PROPN) return null;
        return { actor, end: e };
      };
      for (const s of doc.sentences) {
        for (let i = s.tokenStart; i < s.tokenEnd; ) {
          const phrase = readPhrase(i, s.tokenEnd);
          if (!phrase) {
            const known = learnedAt(i, s);
            if (known) {
              mentions.push({ sentence: s.index, tokenStart: i, tokenEnd: known.end, start: starts[i]!, end: ends[known.end - 1]!, actors: [known.actor], place: false, via: 'title' });
              i = known.end;
              continue;
            }
            i++;
            continue;
          }
          // "COP28 President-designate", "Prime Minister-elect": an office not yet held, no holder's.
          if (phrase.end + 1 < s.tokenEnd && words[phrase.end] === '-' && NOT_YET_IN_OFFICE.has(words[phrase.end + 1]!) && phrase.nameStart < 0 && phrase.parts.some((p) => pick(p, 'role'))) {
            i = phrase.end + 2;
            continue;
          }
          const r = resolve(phrase);
          if (r) {
            let before = i - 1;
            if (before >= s.tokenStart && DETERMINERS.has(words[before]!)) before--;
            const prev = mentions[mentions.length - 1];
            // "at the UN Security Council, the UK will": a state before an auxiliary acts, whatever came
            // before it; and the comma that closes "if any Russian forces move into Ukraine," ends a list
            // of places. Not "in Kyiv, Ukraine": a state after its own city is where that city lies.
            const ownCity = words[before] === ',' && prev?.actors[0]?.party === r.actor.party;
            const acts = phrase.end < s.tokenEnd && pos[phrase.end] === AUX;
            const afterPlace = prev?.place === true && prev.tokenEnd === before && (words[before] === 'and' || words[before] === ',' || words[before] === 'or') && (ownCity || (!acts && !(words[before] === ',' && subordinateBefore(prev.tokenStart, s.tokenStart))));
            // "in northern Mali": a lower-case adjective may stand between the preposition and the place.
            const prep = before > s.tokenStart && pos[before] === ADJ && LOWERCASE_START.test(words[before]!) ? before - 1 : before;
            const place = r.alwaysPlace === true || (r.placeable && prep >= s.tokenStart && (grammar.placePrepositions.has(words[prep]!.toLowerCase()) || afterPlace || afterUnknownPlace(before, s.tokenStart, prev)) && !attributive(phrase, s.tokenEnd));
            const via = phrase.nameStart > 0 ? 'title' : 'dictionary';
            const mention: Mention = { sentence: s.index, tokenStart: i, tokenEnd: phrase.end, start: starts[i]!, end: ends[phrase.end - 1]!, actors: [r.actor], place, via };
            // "Japanese and American officials": the first adjective shares the second's noun.
            if (prev && paired.has(prev) && prev.tokenEnd + 1 === i && r.actor.role && r.actor.kind !== 'person') {
              const a = prev.actors[0]!;
              prev.actors = [{ ...a, code: `${a.party}${r.actor.role}`, role: r.actor.role, kind: r.actor.kind }];
            }
            if (r.paired) paired.add(mention);
            // "ethnic Albanians in south Serbia": a people named after one state, living in another,
            // acts as part of the state it lives in (named after "in", else found in pass 2).
            const kin = r.actor.party;
            if (kin && i > s.tokenStart && ETHNIC.has(words[i - 1]!) && (r.actor.kind === 'state' || r.actor.kind === 'group')) {
              const host = hostIn(phrase.end, s.tokenEnd);
              mention.actors = [{ ...r.actor, party: host, code: `${host ?? '---'}${r.actor.role ?? ''}` }];
              ethnic.set(mention, kin);
            }
            // "He said that Zhai Jun, Special Envoy of the Chinese Government on the Middle East Issue,
            // would visit": a name set off by a comma before a title of no name is its holder's.
            const bareTitle = via === 'dictionary' && r.actor.kind === 'person' && r.actor.name === r.actor.title;
            // "Rachel Kyte, the UK's Special Representative for Climate": an article may open a state's
            // title set off after the name (not "in the High North, the Prime Minister welcomed").
            const statePrefixed = pick(phrase.parts[0], 'country') !== undefined || pick(phrase.parts[0], 'adjective') !== undefined;
            // "Martin Hewitt, the Border Security Commander,": an article before a body's words no dictionary knows and the title.
            let bodyAt = i;
            // "Akira Muto, the newly appointed Ambassador": or words that say when it was taken up.
            const bodyWord = (k: number) => (CAPITALISED.test(words[k]!) && (ids[k] === -1 || lexicon.trie.longestAt(ids, k, i) === null)) || grammar.setOffTitleModifiers.has(words[k]!);
            while (!statePrefixed && bodyAt - 1 > s.tokenStart && i - bodyAt < MAX_BODY_WORDS && bodyWord(bodyAt - 1)) bodyAt--;
            const bodyTitle = bodyAt < i && bodyAt - 2 > s.tokenStart && words[bodyAt - 1] === 'the' && words[bodyAt - 2] === ',';
            const titleAt = statePrefixed && i - 1 > s.tokenStart && DETERMINERS.has(words[i - 1]!) && words[i - 2] === ',' ? i - 1 : bodyTitle ? bodyAt - 1 : i;
            const named = bareTitle ? nameBeforeComma(titleAt, s.tokenStart, prev) : -1;
            if (named >= 0) {
              // The title's complement names its state: "of the Chinese Government", also after a second
              // portfolio ("Minister of Commerce | and Industry | of the Afghan Interim Government").
              let opener = phrase.end;
              if (words[opener] === 'and') {
                let q = opener + 1;
                while (q < s.tokenEnd && q - opener <= SECOND_PORTFOLIO && CAPITALISED.test(words[q]!)) q++;
                if (q > opener + 1 && COMPLEMENT_OPENERS.has(words[q] ?? '')) opener = q;
              }
              const c = opener + 1 < s.tokenEnd && COMPLEMENT_OPENERS.has(words[opener]!) ? complementAt(opener, s.tokenEnd) : null;
              const l = c?.country;
              // Else, as for a title before a name, an unmarked title in a government's own release is its own.
              const role = phrase.parts.map((part) => pick(part, 'role')).findLast((x) => x !== undefined)?.role;
              // An adjective names the state only as "the Chinese Government", not in "Latin American Affairs".
              const complement = c ? text.slice(starts[opener]!, ends[Math.max(opener, c.end - 1)]!) : '';
              const ofGovernment = l?.kind === 'adjective' && namesGovernment(complement, l.country.adjectives);
              // "Mathias Cormann, Secretary-General of the Organisation for Economic Co-operation and Development".
              const body = l?.kind === 'organisation' && !r.actor.party ? l.organisation : undefined;
              // "The Thai delegation included Thani Thongphakdi, Permanent Secretary of ...": an unmarked
              // title's delegation or side, as for a title before a name.
              const marked = phrase.parts.some((part) => pick(part, 'adjective') || pick(part, 'country'));
              // "Mr Bah was accompanied by Ismaël Nabé, Minister of Planning": the side of the foreign guest one came with.
              const sided = !marked && role && !role.country && isDomestic(role) ? (delegationOf(named) ?? sideAfter(phrase.end) ?? companionOf(named)?.actors[0]?.party ?? null) : null;
              const party = body?.party ?? (l?.kind === 'country' || l?.kind === 'seat' || ofGovernment ? l!.country.code : undefined) ?? sided ?? r.actor.party ?? (role && isDomestic(role) ? publisherCountry : null);
              const code = body ? body.code : party ? `${party}${r.actor.role ?? ''}` : r.actor.code;
              const written = text.slice(starts[named]!, ends[titleAt - 2]!);
              const actor: Actor = { ...r.actor, party, code, name: party && grammar.givenNameFirst.has(party) ? givenNameFirst(written) : written };
              remember(actor);
              mentions.push({ ...mention, tokenStart: named, start: starts[named]!, actors: [actor], via: 'title' });
              i = phrase.end;
              continue;
            }
            // "would elect a new president": an office, no one who holds it ("a French minister" is an actor).
            // "a president": an office in lower case after an indefinite article is no official's.
            // "in his capacity as President Pro Tempore of CELAC": so is one held in a capacity.
            // Not "in her capacity as Foreign Minister of Portugal": an office that names its state is the person's.
            const inCapacity = i - 1 > s.tokenStart && grammar.capacityNouns.has(words[i - 2]!.toLowerCase()) && !phrase.of && !phrase.parts.some((part) => pick(part, 'country') || pick(part, 'adjective'));
            // "its duties as president of the Council", "during his first visit to Peru as minister": an
            // office in lower case after "as" is one held, no one named.
            // "as the rotating president of the Security Council": past an article and adjectives too.
            let asAt = i - 1;
            while (asAt > s.tokenStart && i - asAt <= MAX_AS_MODIFIERS && (pos[asAt] === ADJ || words[asAt] === 'the' || (pos[asAt] === VERB && words[asAt]!.endsWith('ing')))) asAt--;
            const officeHeldAs = i > s.tokenStart && words[asAt] === 'as' && LOWERCASE_START.test(words[i]!);
            // "the G20 is the premier forum": a one-word title in lower case before a noun in lower case is an adjective.
            const asAdjective = bareTitle && phrase.end - i === 1 && LOWERCASE_START.test(words[i]!) && phrase.end < s.tokenEnd && pos[phrase.end] === NOUN && LOWERCASE_START.test(words[phrase.end]!);
            // "the vacancy in the office of President of the Republic": an office spoken of.
            const officeSpokenOf = bareTitle && i - 2 >= s.tokenStart && words[i - 1] === 'of' && grammar.officeNouns.has(words[i - 2]!.toLowerCase());
            if (asAdjective || officeSpokenOf || (bareTitle && inCapacity && words[i - 1] === 'as') || (bareTitle && !r.actor.party && ((i > s.tokenStart && (INDEFINITE.has(words[i - 1]!.toLowerCase()) || (i - 1 > s.tokenStart && pos[i - 1] === ADJ && INDEFINITE.has(words[i - 2]!.toLowerCase())))) || officeHeldAs))) {
              i = phrase.end;
              continue;
            }
            // A title with no name ("the Secretary") points back to the person who holds it.
            if (bareTitle) bare.add(mention);
            mentions.push(mention);
          }
          i = phrase.end;
        }
      }

      doc.parties = documentParties(doc, mentions, publisherCountry, grammar.nonStateRoles, titleNamed);
      doc.publisherParty = publisherCountry;
      // A meeting of three or more: people of different states listed together in the first sentence.
      for (const party of listedParties(doc, mentions)) if (!doc.parties.includes(party)) doc.parties.push(party);

      resolveReferences(data, { doc, mentions, bare, ethnic, publisherCountry, date, officeHolder, personActor, titleForeign });
      // "President Whipps, who was joined by Minister of State Aitaro": the minister is of the
      // President's state, which the references gave him.
      for (const [actor, leader] of companions) {
        const state = leader.actors.length === 1 ? leader.actors[0]!.party : null;
        if (!state || state === publisherCountry || !lexicon.countries.has(state)) continue;
        // Every mention of the person, later ones ("Minister Aitaro") copied from the first.
        for (const m of mentions) {
          m.actors = m.actors.map((a) => (a.kind === 'person' && a.name === actor.name && a.party === publisherCountry ? { ...a, party: state, code: `${state}${a.role ?? ''}` } : a));
        }
      }
    },
  };
}
