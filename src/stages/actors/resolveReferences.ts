import type { Actor, Mention } from '../../model/Actor.js';
import type { PersonEntry } from '../../dictionaries/actors.js';
import type { Doc } from '../../model/Doc.js';
import type { Sentence } from '../../model/Sentence.js';
import { posIndex } from '../../model/Tokens.js';
import type { ActorsData } from './actorsStage.js';
import { CAPITALISED, COMPLEMENT_OPENERS, SPACE_RUN } from './wordShapes.js';

/** How many sentences a quotation may run before its "I" is no longer the speaker's. */
const MAX_QUOTE_SENTENCES = 6;
/** Tokens of modifier before an opening plural ("Working - level officials"). */
const MAX_OPENING_MODIFIER = 3;
/** Tokens of an office set off after a name (", Chief of the Army Staff of the Nepali Army,"). */
const MAX_APPOSITIVE = 12;
/** How many lower-case words may stand between a state's adjective and its group ("Chinese | public security | authorities"). */
const MAX_GROUP_MODIFIERS = 3;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** Quotation marks that may open a sentence before its first word. */
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);

const NOUN = posIndex('NOUN');
const ADJ = posIndex('ADJ');
const PROPN = posIndex('PROPN');
const VERB = posIndex('VERB');
const ADV = posIndex('ADV');
const AUX = posIndex('AUX');
const ADP = posIndex('ADP');
const PUNCT = posIndex('PUNCT');
const DET = posIndex('DET');

/** Closing quotation marks before a trailing "he said" (wink keeps them tokens of their own). */
const QUOTES = new Set(['"', '”', "'", '’']);
// Relative pronouns that open a clause set off by commas (", who also holds the portfolio,").
const RELATIVES = new Set(['who', 'which']);

/** What the first pass read, and the lookups of people it shares with the second. */
export interface FirstPass {
  doc: Doc;
  /** What the dictionaries and titles name, in reading order. */
  mentions: Mention[];
  /** Titles with no name ("the Secretary"), which point back to the person who holds the office. */
  bare: ReadonlySet<Mention>;
  /** Groups named by an ethnic adjective ("ethnic Albanians"), with that adjective's state. */
  ethnic: ReadonlyMap<Mention, string>;
  publisherCountry: string | null;
  date: string | null;
  officeHolder: (state: string, title: string, on: string | null) => PersonEntry | null;
  personActor: (p: PersonEntry, title: string | null) => Actor;
  /** The one state other than the publisher's that the document's title names, if one. */
  titleForeign: string | null;
}

/**
 * The second pass of the actors stage: references ("the Secretary", "he", "both sides", "his
 * counterpart", "we") resolved in reading order against what came before, and titled people or
 * groups of no named state given the state their sentence or document names. Sets the document's
 * mentions and its parties' principals.
 */
export function resolveReferences(data: ActorsData, first: FirstPass): void {
  const { actors: lexicon, references, grammar } = data;
  const organisationOf = lexicon.representatives;
  const { doc, mentions, bare, ethnic, publisherCountry, date, officeHolder, personActor, titleForeign } = first;
  const { starts, ends, pos, words } = doc.tokens;
  const n = starts.length;
  const referenceIds = references.ids(doc.tokens);
  /** Gives the person at mention `k` (`a`) the state `party`; later mentions of them by title follow ("General Sharma"). */
  const giveState = (k: number, a: Actor, party: string): void => {
    mentions[k]!.actors = [{ ...a, party, code: `${party}${a.role ?? ''}` }];
    const surname = a.name.split(' ').pop()!;
    for (const later of mentions.slice(k + 1)) {
      const c = later.actors[0]!;
      if (later.via === 'title' && later.actors.length === 1 && c.kind === 'person' && c.party === a.party && (c.name === a.name || c.name === surname)) later.actors = [{ ...c, name: a.name, party, code: `${party}${c.role ?? ''}` }];
    }
  };
  // "welcomed General Prabhu Ram Sharma, Chief of the Army Staff of the Nepali Army, to London": a
  // rank or style that names no state takes the state of the office set off after the name, not
  // the publisher's.
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const a = m.actors[0];
    if (m.place || m.actors.length !== 1 || a!.kind !== 'person' || m.via !== 'title' || !a!.title || !grammar.courtesyTitles.has(a!.title.toLowerCase()) || words[m.tokenEnd] !== ',') continue;
    const end = doc.sentences[m.sentence]!.tokenEnd;
    // "Ambassador Albon Ishoda, the Marshall Islands' Special Envoy,": past an article.
    const officeStart = words[m.tokenEnd + 1] === 'the' ? m.tokenEnd + 2 : m.tokenEnd + 1;
    if (officeStart >= end || !CAPITALISED.test(words[officeStart]!)) continue;
    let close = m.tokenEnd + 1;
    while (close < end && close - m.tokenEnd <= MAX_APPOSITIVE && words[close] !== ',' && words[close] !== ';') close++;
    if (close >= end || words[close] !== ',') continue;
    const office = mentions.slice(k + 1).find((x) => x.tokenStart > m.tokenEnd && x.tokenEnd <= close && !x.place && x.actors.length === 1 && (x.actors[0]!.kind !== 'person' || x.actors[0]!.name === x.actors[0]!.title) && x.actors[0]!.party && lexicon.countries.has(x.actors[0]!.party));
    const party = office?.actors[0]?.party;
    if (!party || party === a!.party) continue;
    giveState(k, a!, party);
  }
  // "with Mexican Foreign Secretary Alicia Bárcena, Security Secretary Rosa Icela Rodríguez and other members":
  // an unmarked title listed right after another side's official, which the publisher's default gave its
  // own state, is that side's.
  const ownCountry = publisherCountry ? lexicon.countries.get(publisherCountry) : undefined;
  const ownWords = new Set([...(ownCountry?.names ?? []), ...(ownCountry?.adjectives ?? [])].map((w) => w.toLowerCase()));
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    const prev = mentions[k - 1]!;
    const a = m.actors[0];
    const b = prev.actors[0];
    if (!publisherCountry || m.place || prev.place || m.actors.length !== 1 || prev.actors.length !== 1 || a!.kind !== 'person' || b!.kind !== 'person' || m.via !== 'title') continue;
    if (a!.party !== publisherCountry || !b!.party || b!.party === publisherCountry || !doc.parties.includes(b!.party) || prev.sentence !== m.sentence) continue;
    // "..., Security | Secretary Rosa Icela Rodríguez": a word or two of the office the title left out may stand between.
    let comma = m.tokenStart - 1;
    while (comma > prev.tokenEnd && m.tokenStart - comma <= 2 && CAPITALISED.test(words[comma]!)) comma--;
    // "..., United States Trade Representative, and Mr. Kevin Hassett, Director of ...": past "and" and a style too.
    // Only a list of styled names, not a clause joined by ", and" ("President Mirziyoyev, and Assistant Secretary Lu encouraged").
    let styled = grammar.nameStyles.has(words[m.tokenStart]!.toLowerCase());
    if (!styled && comma > prev.tokenEnd && grammar.nameStyles.has(words[comma]!.toLowerCase())) {
      styled = true;
      comma--;
    }
    if (styled && comma > prev.tokenEnd && words[comma] === 'and') comma--;
    if (words[comma] !== ',' || prev.tokenEnd !== comma) continue;
    if (words.slice(m.tokenStart, m.tokenEnd).some((w) => ownWords.has(w.toLowerCase()))) continue;
    giveState(k, a!, b!.party);
  }
  const joint = references.isJoint(doc.meta.title?.value ?? null);
  // Pass 2: references, resolved in reading order against what came before.
  const principals = new Map<string, Actor>();
  const partyActor = (party: string): Actor => {
    let actor = principals.get(party);
    if (!actor) {
      // An official: a citizen whose case was raised does not stand for the government.
      const principal = mentions.find(
        (m) => !m.place && m.via !== 'reference' && m.actors[0]!.party === party && m.actors[0]!.kind === 'person' && !grammar.nonOfficialRoles.has(m.actors[0]!.role ?? ''),
      );
      const c = lexicon.countries.get(party);
      // An organisation's party stands for the organisation (IGOUNO), not for a government.
      const org = c ? undefined : organisationOf.get(party);
      actor =
        principal?.actors[0] ??
        (org ? { code: org.code, party, name: org.name, kind: 'organisation', role: null, title: null } : { code: `${party}GOV`, party, name: c?.name ?? party, kind: 'state', role: 'GOV', title: null });
      principals.set(party, actor);
    }
    return actor;
  };
  // "President Omar al-Bashir ... in Sudan": a titled name of no known state is of the one state
  // the sentence (else the document) names besides the publisher's and other named people's.
  const statesBySentence = new Map<number, Set<string>>();
  // Without the states named only by other named people ("welcomed Kenyan President Ruto").
  const unclaimedBySentence = new Map<number, Set<string>>();
  // Where the first such state stands in each sentence.
  const firstUnclaimed = new Map<number, number>();
  const addTo = (map: Map<number, Set<string>>, sentence: number, party: string) => {
    const set = map.get(sentence) ?? new Set<string>();
    set.add(party);
    map.set(sentence, set);
  };
  // Any party at all: a group in a sentence that also names an organisation may be its own.
  const partiesBySentence = new Map<number, Set<string>>();
  for (const mention of mentions) {
    for (const a of mention.actors) {
      if (a.party && a.party !== publisherCountry) addTo(partiesBySentence, mention.sentence, a.party);
      if (!a.party || a.party === publisherCountry || !lexicon.countries.has(a.party)) continue;
      addTo(statesBySentence, mention.sentence, a.party);
      if (!(a.kind === 'person' && a.name !== a.title)) {
        addTo(unclaimedBySentence, mention.sentence, a.party);
        if (!firstUnclaimed.has(mention.sentence)) firstUnclaimed.set(mention.sentence, mention.tokenStart);
      }
    }
  }
  const foreignStates = doc.parties.filter((p) => p !== publisherCountry && lexicon.countries.has(p));
  const only = (set: Set<string> | undefined): string | null => (set?.size === 1 ? [...set][0]! : null);
  const stateOfTitled = (mention: Mention): string | null => {
    if (!statesBySentence.has(mention.sentence)) return foreignStates.length === 1 ? foreignStates[0]! : null;
    // "Arzu Rana Deuba said that Prime Minister K.P. Sharma Oli ...": a sentence whose only state
    // is the document's one foreign party, named through another of its people.
    const stated = only(statesBySentence.get(mention.sentence));
    if (publisherCountry && !unclaimedBySentence.has(mention.sentence) && foreignStates.length === 1 && stated === foreignStates[0]) return stated;
    // "Nabil Ammar conveyed the position of President Kais Saied, who supports the Palestinians":
    // a state named only after the titled name, in what is said of them, is not theirs; the
    // document's one foreign party, named in the sentence through its people, is.
    const after = (firstUnclaimed.get(mention.sentence) ?? -1) > mention.tokenStart;
    if (publisherCountry && after && foreignStates.length === 1 && statesBySentence.get(mention.sentence)!.has(foreignStates[0]!)) return foreignStates[0]!;
    // "holding talks in Dushanbe with Foreign Minister X at the start of a tour of Central Asia and
    // Mongolia": of the sentence's states, the one the document's title names.
    const unclaimed = unclaimedBySentence.get(mention.sentence);
    return only(unclaimed) ?? (titleForeign && unclaimed?.has(titleForeign) ? titleForeign : null);
  };
  // "Islamic fundamentalists ... demand the resignation of Algerian President X": a group of no
  // named state acts within the one state its sentence (else its document) names, if the
  // sentence names no other party (a state or an organisation).
  // With several states in the sentence, the one its clause puts it in: "The military government
  // ... declared a state of siege in Haiti, ..., a spokeswoman for the U.S. embassy said."
  const stateOfGroup = (mention: Mention, at: number): string | null => {
    // "the Chinese public security authorities": a state's adjective a few lower-case words before the group.
    const adjective = at > 0 ? mentions[at - 1] : undefined;
    if (adjective && adjective.sentence === mention.sentence && !adjective.place && adjective.actors.length === 1 && adjective.actors[0]!.kind === 'state' && mention.tokenStart - adjective.tokenEnd <= MAX_GROUP_MODIFIERS) {
      let lower = true;
      for (let q = adjective.tokenEnd; q < mention.tokenStart && lower; q++) lower = LOWER_WORD.test(words[q]!) && (pos[q] === ADJ || pos[q] === NOUN);
      const party = adjective.actors[0]!.party;
      if (lower && party && lexicon.countries.has(party)) return party;
    }
    if (!statesBySentence.has(mention.sentence)) return foreignStates.length === 1 ? foreignStates[0]! : null;
    const one = only(partiesBySentence.get(mention.sentence)) === null ? null : only(statesBySentence.get(mention.sentence));
    return one ?? placeInClause(mention, at);
  };
  /** `at`: the mention's index in `mentions`, where the search for a place after it starts. */
  const placeInClause = (mention: Mention, at: number): string | null => {
    const end = doc.sentences[mention.sentence]!.tokenEnd;
    let k = at + 1;
    for (let q = mention.tokenEnd; q < end && words[q] !== ','; q++) {
      while (k < mentions.length && mentions[k]!.tokenStart < q) k++;
      const next = mentions[k];
      // Only a state it is in: "personnel sent to Bosnia" are not Bosnia's.
      if (next?.tokenStart === q && next.place && (words[q - 1] === 'in' || (words[q - 1] === 'the' && words[q - 2] === 'in'))) {
        const party = next.actors[0]!.party;
        return party && lexicon.countries.has(party) ? party : null;
      }
    }
    return null;
  };
  const resolved: Mention[] = [];
  /**
   * "President Azali briefed Mr. Sullivan on the vote and said his government would": a body after
   * "his"/"her" (past a modifier) is that of the first person named in its clause (from a ", and" that
   * opens one, else from the sentence's start), when that person has a state.
   */
  const speakersBody = (mention: Mention, s: Sentence): string | null => {
    let q = mention.tokenStart - 1;
    while (q > s.tokenStart && mention.tokenStart - q <= 2 && pos[q] === ADJ) q--;
    if (q < s.tokenStart || !grammar.personPossessives.has(words[q]!.toLowerCase())) return null;
    const single = (x: Mention) => x.sentence === mention.sentence && x.tokenEnd <= q && x.actors.length === 1 && x.actors[0]!.kind === 'person';
    let from = s.tokenStart;
    for (let k = q - 1; k > s.tokenStart + 1; k--) {
      if (words[k] === 'and' && words[k - 1] === ',' && resolved.some((x) => single(x) && (x.tokenStart === k + 1 || (x.tokenStart === k + 2 && pos[k + 1] === DET)))) {
        from = k + 1;
        break;
      }
    }
    const person = resolved.find((x) => single(x) && x.tokenStart >= from);
    const party = person?.actors[0]?.party;
    return party && lexicon.countries.has(party) ? party : null;
  };
  // People named so far (not by a bare title), latest last: where "the Foreign Minister" looks.
  const named: Actor[] = [];
  const ownersOnly = new Set<Actor>();
  // People named as "former" or "late": a bare title after them ("the Prime Minister") is the holder now.
  const bygone = new Set<Actor>();
  const bygoneAt = (t: number): boolean => (t > 0 && grammar.bygoneWords.has(words[t - 1]!.toLowerCase())) || (t > 1 && grammar.bygoneWords.has(words[t - 2]!.toLowerCase()) && grammar.bygoneWords.has(words[t - 1]!.toLowerCase()));
  // A bare title that first meant the publisher's own official keeps meaning that official: in
  // a British release "the Prime Minister" stays the British one after "Prime Minister Modi".
  const anchored = new Map<string, Actor[]>();
  let lastPerson: Actor | null = null;
  // Whether the last person was named as an owner ("Prime Minister X's gratitude").
  let lastPersonOwns = false;
  // Whether the last person was named after a preposition ("at the invitation of President Putin").
  let lastPersonOblique = false;
  // Heads of organisations read as their state's officials, by name and organisation.
  const restated = new Map<string, Actor>();
  let lastGroup: Mention | null = null;
  // Per sentence, the person it opens with as subject (no verb before): a sentence that starts
  // with "He" speaks of the last sentence's subject, not of whom that sentence spoke about
  // ("The Prime Minister raised the case of Jimmy Lai. He called on ...").
  const subjects = new Map<number, Actor>();
  // Sentences that name a person outside a prepositional phrase ("The meeting between President Xi
  // and President Milei set the direction" names none): a "He" after one that does not goes back
  // to the subject before it.
  const naming = new Set<number>();
  // Per sentence, the person who opens a clause joined by ", and" ("The ministers discussed ..., and
  // Lord Collins welcomed President Chapo's commitment"): a "He" after it is that person, not the owner.
  const clauseSubjects = new Map<number, Actor>();
  let oblique: Mention | null = null;
  const noteSubject = (mention: Mention): void => {
    if (mention.actors.length !== 1 || mention.actors[0]!.kind !== 'person') return;
    const s = doc.sentences[mention.sentence]!;
    const at = mention.tokenStart;
    if (at - 2 > s.tokenStart && words[at - 1] === 'and' && words[at - 2] === ',' && mention.tokenEnd < s.tokenEnd && pos[mention.tokenEnd] === VERB) clauseSubjects.set(mention.sentence, mention.actors[0]!);
    // "between President Xi Jinping and President Javier Milei": both after the preposition.
    // "With the Prime Minister, ...": an article may stand between.
    let before = mention.tokenStart - 1;
    if (before > s.tokenStart && pos[before] === DET) before--;
    if (before >= s.tokenStart && (pos[before] === ADP || (words[before] === 'and' && oblique?.sentence === mention.sentence && oblique.tokenEnd === before))) {
      oblique = mention;
      return;
    }
    naming.add(mention.sentence);
    if (subjects.has(mention.sentence)) return;
    for (let q = s.tokenStart; q < mention.tokenStart; q++) {
      // "With the Prime Minister, who also holds the foreign affairs portfolio, the Minister
      // discussed": the verbs of a relative clause set off by commas are not the sentence's.
      if (words[q] === ',' && RELATIVES.has(words[q + 1] ?? '')) {
        let close = q + 2;
        while (close < mention.tokenStart && words[close] !== ',') close++;
        if (close < mention.tokenStart) {
          q = close;
          continue;
        }
      }
      if (pos[q] === VERB || pos[q] === AUX) return;
    }
    subjects.set(mention.sentence, mention.actors[0]!);
  };
  /** The subject a sentence-opening "He" in sentence `k + 1` speaks of: sentence k's, or the one before a sentence that names people only after prepositions. */
  const subjectFor = (k: number): Actor | undefined => subjects.get(k) ?? (k > 0 && !naming.has(k) ? subjects.get(k - 1) : undefined);
  /** Two people of different states the sentence opens with, joined by "and" ("A and B thanked ..."). */
  const openingPair = (sentence: number): Actor[] | null => {
    const here = resolved.filter((x) => x.sentence === sentence && !x.place);
    const [a, b] = here;
    if (!a || !b || a.actors.length !== 1 || b.actors.length !== 1 || a.actors[0]!.kind !== 'person' || b.actors[0]!.kind !== 'person') return null;
    if (a.actors[0]!.party === b.actors[0]!.party || b.tokenStart !== a.tokenEnd + 1 || words[a.tokenEnd] !== 'and') return null;
    if (!opensSentence(doc.sentences[sentence]!.tokenStart, a.tokenStart)) return null;
    return [a.actors[0]!, b.actors[0]!];
  };
  /**
   * "Turkmenistan's Deputy Chairman of the Cabinet of Ministers and Minister of Foreign Affairs,
   * Rashid Meredov": a title joined by "and" to the complement of one whose state is known is the
   * same person's second title, of that state.
   */
  const secondTitleOf = (mention: Mention): Actor | null => {
    const and = mention.tokenStart - 1;
    if (and < 1 || words[and] !== 'and') return null;
    const prev = resolved.findLast((x) => x.sentence === mention.sentence && x.tokenEnd <= and);
    // The first title names no one ("President Xi Jinping and President X" are two people).
    const a = prev?.actors[0];
    if (!prev || prev.place || prev.actors.length !== 1 || a!.kind !== 'person' || a!.name !== a!.title || !a!.party) return null;
    // "the President of France and European Commission President X" are two people: one person's two
    // titles stand with no article before the first.
    if (prev.tokenStart > 0 && pos[prev.tokenStart - 1] === DET) return null;
    for (let q = prev.tokenEnd; q < and; q++) if (!COMPLEMENT_OPENERS.has(words[q]!) && words[q] !== 'the' && !CAPITALISED.test(words[q]!)) return null;
    return a!;
  };
  /** A pronoun set off after the clause it attributes: ", he said." */
  const trailingAttribution = (at: number, end: number): boolean =>
    at > 0 && (words[at - 1] === ',' || QUOTES.has(words[at - 1]!)) && at + 1 < end && grammar.attribution.has(words[at + 1]!.toLowerCase()) && (at + 2 >= end || pos[at + 2] === PUNCT);
  /** A verb of saying after "and", just before `at` ("and said he", "and said that he"): its subject is the sentence's. */
  const saidAfterAnd = (at: number, start: number): boolean => {
    const verb = at - 1 >= start && words[at - 1]!.toLowerCase() === 'that' ? at - 2 : at - 1;
    return verb - 1 >= start && grammar.attribution.has(words[verb]!.toLowerCase()) && words[verb - 1]!.toLowerCase() === 'and';
  };
  /** Whether `at` closes an aside opened right after "said that," / "stated that,". */
  const asideAfterSaidThat = (at: number, start: number): boolean => {
    for (let q = at - 2; q > start + 1; q--) {
      if (words[q] === ',' && words[q - 1]!.toLowerCase() === 'that') return grammar.attribution.has(words[q - 2]!.toLowerCase());
      if (words[q] === ';' || words[q]!.toLowerCase() === 'that') return false;
    }
    return false;
  };
  /** "informed the Prime Minister that he", "assured Foreign Minister X that she": a verb of telling a few words before "that he". */
  const toldThat = (at: number, start: number): boolean => {
    if (at - 1 < start || words[at - 1]!.toLowerCase() !== 'that') return false;
    for (let q = at - 2; q >= start && q >= at - 8; q--) {
      if (grammar.tellers.has(words[q]!.toLowerCase())) return true;
      if (pos[q] === PUNCT) return false;
    }
    return false;
  };
  const opensSentence = (start: number, at: number): boolean => {
    for (let q = start; q < at; q++) if (pos[q] !== PUNCT) return false;
    return true;
  };
  /** Whether only a short modifier stands before `at` in its sentence ("Working-level | officials will meet"). */
  const opensAfterModifier = (at: number, s: Sentence): boolean => {
    // "..., which officials will continue to examine": the sides' plurals open a relative clause too.
    if (at > s.tokenStart + 1 && words[at - 1]!.toLowerCase() === 'which' && words[at - 2] === ',') return true;
    let first = at;
    while (first > s.tokenStart && at - first < MAX_OPENING_MODIFIER && (pos[first - 1] === ADJ || pos[first - 1] === NOUN || words[first - 1] === '-' || words[first] === '-')) first--;
    // "Technical experts will discuss": the tagger reads a sentence's capitalised first word as a
    // proper noun; one of the modifiers that name no side is a modifier too (not "Consular officials").
    if (first === s.tokenStart + 1 && at - first < MAX_OPENING_MODIFIER && pos[s.tokenStart] === PROPN && grammar.sidesModifiers.has(words[s.tokenStart]!.toLowerCase())) return true;
    return first === s.tokenStart;
  };
  /**
   * "Ministers agreed to ...": a bare plural office opening a sentence is the meeting's parties, not a
   * group of one state; so is one a longer reference starts with ("Officials from both sides will meet").
   */
  const opensAsParties = (here: Mention, s: Sentence): boolean => {
    if (doc.parties.length < 2 || !here.actors.every((a) => a.kind === 'group')) return false;
    const opening = opensAfterModifier(here.tokenStart, s);
    const ref = references.match(referenceIds, here.tokenStart, s.tokenEnd, opening);
    const length = here.tokenEnd - here.tokenStart;
    // "Ministers agreed", not "Ministers from ASEAN member states will meet".
    const verbAfter = here.tokenEnd < s.tokenEnd && (pos[here.tokenEnd] === VERB || pos[here.tokenEnd] === AUX || pos[here.tokenEnd] === ADV);
    return ref?.kind === 'parties' && (ref.length > length || (opening && ref.length === length && verbAfter));
  };
  /** The one a quotation is given to: the subject of the nearest sentence up to token `at` with a colon ("Lord Collins said: ..."). */
  const quotedSpeaker = (sentence: number, at: number): Actor | null => {
    for (let k = sentence; k >= 0 && sentence - k <= MAX_QUOTE_SENTENCES; k--) {
      const t = doc.sentences[k]!;
      for (let q = Math.min(t.tokenEnd, at) - 1; q >= t.tokenStart; q--) if (words[q] === ':') return subjects.get(k) ?? null;
    }
    return null;
  };
  /**
   * In a transcript ("President of Ghana Kofi Mensah: ... We will increase our purchases"), the
   * speaker whose label opens the turn each sentence is in: a person named at a sentence's start
   * just before a colon, the latest such label at or before the sentence.
   */
  const turnSpeakers: (Actor | null)[] = [];
  {
    let speaker: Actor | null = null;
    let k = 0;
    for (const t of doc.sentences) {
      while (k < mentions.length && mentions[k]!.tokenStart < t.tokenStart) k++;
      const label = mentions[k];
      if (label && label.tokenStart === t.tokenStart && words[label.tokenEnd] === ':' && label.actors.length === 1 && label.actors[0]!.kind === 'person') speaker = label.actors[0]!;
      turnSpeakers.push(speaker);
    }
  }
  let m = 0;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      while (m < mentions.length && mentions[m]!.tokenStart < i) m++;
      const here = mentions[m];
      if (here && here.tokenStart === i && !opensAsParties(here, s)) {
        // "Our law enforcement agencies", "our energy ministers": officials of no name belong to
        // whoever the possessive before them refers to (both signatories of a joint statement).
        const owner = resolved[resolved.length - 1];
        const unnamed = here.actors.length === 1 && (here.actors[0]!.kind === 'group' || (here.actors[0]!.kind === 'person' && here.actors[0]!.name === here.actors[0]!.title));
        let gap = owner ? owner.tokenEnd : -1;
        while (gap >= 0 && gap < here.tokenStart && gap < owner!.tokenEnd + 2 && (pos[gap] === NOUN || pos[gap] === ADJ)) gap++;
        // "Both leaders said their governments would ...": "their" before officials of no name, in the
        // sentence of a reference to both sides, is both sides'.
        // "their special envoys": past a modifier.
        let their = here.tokenStart - 1;
        while (their > s.tokenStart && here.tokenStart - their <= 2 && (pos[their] === ADJ || pos[their] === NOUN)) their--;
        const theirs = unnamed && owner?.via === 'reference' && owner.tokenStart >= s.tokenStart && words[their]?.toLowerCase() === 'their' && new Set(owner.actors.map((o) => o.party).filter(Boolean)).size > 1;
        const owned =
          (unnamed && owner?.via === 'reference' && gap === here.tokenStart && owner.tokenEnd - owner.tokenStart === 1 && grammar.attributive.has(words[owner.tokenStart]!.toLowerCase())) || theirs
            ? owner!.actors.filter((o) => o.party)
            : [];
        if (owned.length) {
          const a = here.actors[0]!;
          here.actors = owned.map((o) => ({ ...a, party: o.party, code: `${o.party}${a.role ?? ''}` }));
          here.via = 'reference';
        } else if (bare.has(here)) {
          let wanted = here.actors[0]!.title!.toLowerCase();
          // "The Lebanese minister": the state's adjective is no word of the title.
          const adjectives = lexicon.countries.get(here.actors[0]!.party ?? '')?.adjectives ?? [];
          const firstWord = wanted.slice(0, wanted.indexOf(' '));
          if (firstWord && adjectives.some((adj) => adj.toLowerCase() === firstWord)) wanted = wanted.slice(firstWord.length + 1);
          // The latest person whose title contains this one, else who shares its head word
          // ("the Foreign Minister" after "Minister for Foreign Affairs Hayashi"; the head of
          // "Deputy Assistant to the President" is "assistant", not "president").
          const titleWords = wanted.split(' ');
          const complement = titleWords.findIndex((w) => COMPLEMENT_OPENERS.has(w));
          const head = complement > 0 ? titleWords[complement - 1]! : titleWords[titleWords.length - 1]!;
          const a = here.actors[0]!;
          // "the president of Armenia" is not the Russian president named before.
          const ofItsState = (x: Actor) => !a.party || x.party === a.party;
          // A title that starts with it comes first: "the Minister" is the "Minister for the Middle
          // East" before a "Prime Minister" named since.
          // A title with no state in a government's own release ("The Minister reaffirmed the UK's
          // support") is first its own official's, even when a foreign minister was named since.
          // Someone so far named only as an owner ("conveyed President Trump's appreciation") is
          // the last choice: "The Secretary and the President discussed" means the one met.
          const own = !a.party && publisherCountry ? named.findLast((x) => x.party === publisherCountry && !ownersOnly.has(x) && (x.title ?? '').toLowerCase().startsWith(wanted)) : undefined;
          // "the Foreign Minister" is the "Minister of Foreign Affairs": the portfolio word before the head, anywhere in the title.
          const portfolio = titleWords.length === 2 && complement < 0 ? titleWords[0]! : null;
          const holding = (among: (x: Actor) => boolean) =>
            named.findLast((x) => among(x) && ofItsState(x) && (x.title ?? '').toLowerCase().startsWith(wanted)) ??
            named.findLast((x) => among(x) && ofItsState(x) && (x.title ?? '').toLowerCase().includes(wanted)) ??
            (portfolio ? named.findLast((x) => among(x) && ofItsState(x) && [head, portfolio].every((w) => (x.title ?? '').toLowerCase().split(SPACE_RUN).includes(w))) : undefined) ??
            named.findLast((x) => among(x) && ofItsState(x) && (x.title ?? '').toLowerCase().split(SPACE_RUN).includes(head));
          // "The Secretary and the President agreed": a title joined by "and" to the publisher's own
          // official is the other side's, though the publisher's president was named before.
          const before = resolved.findLast((x) => x.sentence === here.sentence && x.tokenEnd <= here.tokenStart);
          const between = before ? words.slice(before.tokenEnd, here.tokenStart).map((w) => w.toLowerCase()) : [];
          const pairedWithOwn = publisherCountry !== null && before?.actors.length === 1 && before.actors[0]!.party === publisherCountry && between.includes('and') && between.every((w) => w === 'and' || w === 'the');
          const other = pairedWithOwn ? holding((x) => x.party !== publisherCountry && !ownersOnly.has(x)) : undefined;
          const wantsBygone = bygoneAt(here.tokenStart);
          const holder = other ?? own ?? holding((x) => !ownersOnly.has(x) && bygone.has(x) === wantsBygone) ?? holding((x) => !ownersOnly.has(x)) ?? holding(() => true);
          const possessed = here.tokenEnd < n && grammar.possessives.has(words[here.tokenEnd]!);
          const anchor = anchored.get(wanted);
          if (anchor && ofItsState(anchor[0]!)) here.actors = anchor;
          else if (holder) here.actors = [holder];
          else if ((a.party ?? publisherCountry) === publisherCountry && publisherCountry) {
            // Nobody named holds it yet: in a government's own release, its own official, who on
            // the date is one known person ("The Prime Minister spoke to ..." in a British release).
            // "The President's visit" speaks of the office.
            const office = possessed ? null : officeHolder(publisherCountry, a.title!, date);
            here.actors = [office ? personActor(office, a.title) : { ...a, party: publisherCountry, code: `${publisherCountry}${a.role ?? ''}` }];
            if (!possessed) anchored.set(wanted, here.actors);
          }
          here.via = 'reference';
        }
        const first = here.actors[0]!;
        const kin = ethnic.get(here);
        if (!first.party && kin) {
          const hosts = [...(statesBySentence.get(here.sentence) ?? [])].filter((p) => p !== kin);
          if (hosts.length === 1) here.actors = [{ ...first, party: hosts[0]!, code: `${hosts[0]}${first.role ?? ''}` }];
        } else if (!first.party && ((here.via === 'title' && first.kind === 'person') || first.kind === 'group')) {
          // "Prime Minister Skerrit" in a sentence about Haiti: a person named before with a state keeps it.
          const namesake = first.kind === 'person' && first.name !== first.title ? resolved.findLast((x) => x.actors.length === 1 && x.actors[0]!.kind === 'person' && x.actors[0]!.name === first.name && x.actors[0]!.party)?.actors[0]?.party : undefined;
          // "the Secretary underscored the Administration's commitment": the publisher's own government.
          // "She said Treasury officials will": officials of no state after the name of one of its bodies are its own too
          // (not "Philippine Treasury officials", whose state is written before the body).
          const bodies = publisherCountry ? grammar.publisherBodies.get(publisherCountry) : undefined;
          const own = first.kind === 'group' && publisherCountry && ((here.tokenEnd - here.tokenStart === 1 && bodies?.has(words[here.tokenStart]!)) || (here.tokenStart > 0 && bodies?.has(words[here.tokenStart - 1]!) && !(here.tokenStart > 1 && CAPITALISED.test(words[here.tokenStart - 2]!) && pos[here.tokenStart - 2] !== DET))) ? publisherCountry : null;
          const party = own ?? (first.kind === 'group' ? (speakersBody(here, s) ?? stateOfGroup(here, m)) : (namesake ?? secondTitleOf(here)?.party ?? stateOfTitled(here)));
          if (party) here.actors = [{ ...first, party, code: `${party}${first.role ?? ''}` }];
        }
        // "President of the Union of the Comoros and Chairperson of the African Union Azali Assoumani":
        // a head of an organisation who first holds a state's office is that state's official.
        // Later mentions of them ("President Azali") follow.
        const held = here.actors[0]!;
        if (held.kind === 'person' && held.name !== held.title && held.party && !lexicon.countries.has(held.party)) {
          const office = restated.get(`${held.name}|${held.party}`) ?? secondTitleOf(here);
          if (office && lexicon.countries.has(office.party!)) {
            restated.set(`${held.name}|${held.party}`, office);
            here.actors = [{ ...held, party: office.party, code: office.code }];
          }
        }
        if (here.actors[0]!.party) {
          resolved.push(here);
          if (!here.place) noteSubject(here);
          const a = here.actors[0]!;
          if (!here.place && a.kind === 'group') lastGroup = here;
          if (here.actors.length === 1 && a.kind === 'person') {
            lastPerson = a;
            lastPersonOwns = here.tokenEnd < n && grammar.possessives.has(words[here.tokenEnd]!);
            // Only after "of" ("at the invitation of President Putin"), not "the state visit by President Macron".
            const afterOf = words[here.tokenStart - 1 - (pos[here.tokenStart - 1] === DET ? 1 : 0)] === 'of';
            lastPersonOblique = afterOf && oblique === here;
            if (a.name !== a.title && lastPersonOwns) {
              if (!named.includes(a)) ownersOnly.add(a);
            } else ownersOnly.delete(a);
            if (a.name !== a.title && named[named.length - 1] !== a) named.push(a);
            if (a.name !== a.title && here.via !== 'reference' && bygoneAt(here.tokenStart)) bygone.add(a);
          }
        }
        i = here.tokenEnd;
        continue;
      }
      // A clause joined by ", and" opens too: "..., and both agreed to work closely together".
      const opening = i === s.tokenStart || (i === s.tokenStart + 1 && OPENING_QUOTES.has(words[s.tokenStart]!)) || (i > s.tokenStart + 1 && words[i - 1] === 'and' && words[i - 2] === ',');
      // "Working-level officials will meet": past a short modifier only the sides' plurals open a sentence
      // (not the publisher's "I" of "World War I ended").
      const afterModifier = !opening && opensAfterModifier(i, s) ? references.match(referenceIds, i, s.tokenEnd, true) : null;
      const found = afterModifier?.kind === 'parties' ? afterModifier : references.match(referenceIds, i, s.tokenEnd, opening);
      // "Both agreed to stay in contact", not "Both Israel and Hamas must agree": a bare opening "Both" before its verb.
      // "Secretary Yellen and Vice Premier He agreed": a capitalised "He" inside a sentence is a surname.
      const surnameHe = found?.kind === 'person' && !opening && i > s.tokenStart && !OPENING_QUOTES.has(words[i - 1]!) && words[i - 1] !== ':' && words[i]!.charCodeAt(0) < 91;
      const ref = surnameHe || (found && found.length === 1 && words[i]!.toLowerCase() === 'both' && !(pos[i + 1] === VERB || pos[i + 1] === ADV || pos[i + 1] === AUX)) ? null : found;
      if (ref) {
        let actors: Actor[] = [];
        // "French farmers said they would blockade Paris": "they" is the group its sentence named.
        const pair = ref.kind === 'parties' && ref.length === 1 ? openingPair(s.index) : null;
        // "The two leaders paid tribute to the generation of leaders who ..., and they pledged": after
        // "and", "they" goes on with the sentence's opening subject, not the group named since.
        const opener = ref.kind === 'parties' && ref.length === 1 && i > s.tokenStart && words[i - 1]!.toLowerCase() === 'and' ? resolved.find((x) => x.sentence === s.index && !x.place && x.via === 'reference' && x.actors.length >= 2 && opensSentence(s.tokenStart, x.tokenStart)) : undefined;
        if (opener) actors = opener.actors;
        else if (ref.kind === 'parties' && ref.length === 1 && lastGroup?.sentence === s.index) actors = lastGroup.actors;
        // "President Aliyev and Prime Minister Pashinyan thanked ... and said they would": the two
        // people the sentence opens with.
        else if (pair) actors = pair;
        else if (ref.kind === 'parties' && doc.parties.length >= 2) actors = doc.parties.map(partyActor);
        // "China firmly supports Benin ..., he said": the "he" of a trailing attribution is the
        // speaker the paragraph opened with, not the last person spoken of ("President Patrice Talon").
        else if (ref.kind === 'person' && (opensSentence(s.tokenStart, i) || trailingAttribution(i, s.tokenEnd)) && subjectFor(s.index - 1)) actors = [subjectFor(s.index - 1)!];
        // "Rutte welcomed the President's leadership and said he was confident": the "he" of a verb
        // of saying joined by "and" is its sentence's subject, not the last person spoken of.
        else if (ref.kind === 'person' && saidAfterAnd(i, s.tokenStart) && subjects.has(s.index)) actors = [subjects.get(s.index)!];
        // "congratulated Minister Diba on the election of President Faye, which he called a testament": the
        // one who judges in a relative clause set off by a comma is the sentence's subject.
        else if (ref.kind === 'person' && i > s.tokenStart + 1 && words[i - 1]!.toLowerCase() === 'which' && words[i - 2] === ',' && i + 1 < s.tokenEnd && grammar.judgingVerbs.has(words[i + 1]!.toLowerCase()) && subjects.has(s.index)) actors = [subjects.get(s.index)!];
        // "was received by President X, to whom he conveyed a message": the "he" of a clause on the one
        // named before "whom" is the sentence's subject, not that person.
        else if (ref.kind === 'person' && i > s.tokenStart && words[i - 1]!.toLowerCase() === 'whom' && subjects.has(s.index) && subjects.get(s.index)!.kind === 'person') actors = [subjects.get(s.index)!];
        // "Minister Kamikawa stated that, building on the Summit between A and President Xi, she would like to":
        // after an aside opened right after "that" of a verb of saying, the one who says.
        else if (ref.kind === 'person' && i > s.tokenStart && words[i - 1] === ',' && subjects.has(s.index) && asideAfterSaidThat(i, s.tokenStart)) actors = [subjects.get(s.index)!];
        // "The President informed the Prime Minister that he will ask Congress": the teller, not the one told.
        else if (ref.kind === 'person' && toldThat(i, s.tokenStart) && subjects.has(s.index)) actors = [subjects.get(s.index)!];
        // "X conveyed Prime Minister Y's gratitude ..., which he said had reached": the one who says is
        // the sentence's subject, not the owner named since.
        // "The Secretary conveyed President Trump's insistence that ..., and he pressed Moscow": so is
        // the one who acts after "and".
        else if (ref.kind === 'person' && lastPerson) {
          const subjectsTurn = i + ref.length < s.tokenEnd && (grammar.attribution.has(words[i + ref.length]!.toLowerCase()) || (i > s.tokenStart && words[i - 1]!.toLowerCase() === 'and'));
          // Not when the owner is the publisher's own ("Foreign Minister Silva welcomed Secretary Quist's commitment. He pledged"):
          // with no gender known, the release's own official stays the likelier "He".
          const clauseSubject = lastPersonOwns && lastPerson.party !== publisherCountry && opensSentence(s.tokenStart, i) ? clauseSubjects.get(s.index - 1) : undefined;
          // "Xi Jinping is in Russia ... at the invitation of President Putin, and he will attend": after
          // ", and" the one named after a preposition gives way to the sentence's subject.
          const obliqueTurn = lastPersonOblique && i > s.tokenStart + 1 && words[i - 1]!.toLowerCase() === 'and' && words[i - 2] === ',' && subjects.get(s.index)?.kind === 'person';
          actors = [clauseSubject ?? (((lastPersonOwns && subjectsTurn) || obliqueTurn) && subjects.has(s.index) ? subjects.get(s.index)! : lastPerson)];
        }
        // "Okafor said: "... I will travel to Washington."": "I" is whoever the quote is given to.
        else if (ref.kind === 'publisher' && words[i] === 'I') {
          const speaker = quotedSpeaker(s.index, i);
          if (speaker) actors = [speaker];
        } else if (ref.kind === 'publisher' && joint && doc.parties.length >= 2) actors = doc.parties.map(partyActor);
        else if (ref.kind === 'publisher' && publisherCountry) {
          const speaker = turnSpeakers[s.index];
          actors = [partyActor(speaker?.party ?? publisherCountry)];
        }
        else if (ref.kind === 'counterpart') {
          // The party that is not the one acting: the sentence's last actor so far, else the last person.
          const acting = resolved.findLast((x) => x.sentence === s.index && !x.place)?.actors[0]?.party ?? lastPerson?.party ?? null;
          const others = doc.parties.filter((p) => p !== acting);
          // "his colleagues" at a meeting of three: every other party.
          const plural = words[i + ref.length - 1]!.endsWith('s');
          if (acting && (others.length === 1 || (plural && others.length > 1))) actors = others.map(partyActor);
        }
        if (actors.length) {
          resolved.push({ sentence: s.index, tokenStart: i, tokenEnd: i + ref.length, start: starts[i]!, end: ends[i + ref.length - 1]!, actors, place: false, via: 'reference' });
          noteSubject(resolved[resolved.length - 1]!);
          if (actors.length === 1 && actors[0]!.kind === 'person') {
            lastPerson = actors[0]!;
            lastPersonOwns = false;
          }
        }
        i += ref.length;
        continue;
      }
      i++;
    }
  }
  /** Gives a person the publisher's default made its own, and its later mentions, another state. */
  const moveToState = (k: number, a: Actor, party: string): void => {
    for (const later of resolved.slice(k)) {
      const c = later.actors[0]!;
      if (later.actors.length === 1 && c.kind === 'person' && c.party === publisherCountry && (c.name === a.name || a.name.endsWith(` ${c.name}`))) later.actors = [{ ...c, name: a.name, party, code: `${party}${c.role ?? ''}` }];
    }
  };
  /** The state a one-word adjective names ("Lebanese"), if any: not a region a portfolio names ("for Europe, North America"). */
  const stateWord = (w: string): string | null => lexicon.stateOfAdjective.get(w) ?? null;
  // "Chief of the Defence Staff of the UK Armed Forces Admiral Sir Tony Radakin", "the Chairman of the
  // Joint Chiefs of Staff of the Jordan Armed Forces, Major General Yousef Huneiti": a name the publisher's
  // default gave its own state, right after (or set off from) another state's office or body, is that state's.
  for (let k = 1; k < resolved.length; k++) {
    const m = resolved[k]!;
    const prev = resolved[k - 1]!;
    const a = m.actors[0]!;
    const b = prev.actors[0]!;
    if (!publisherCountry || m.place || prev.place || m.actors.length !== 1 || prev.actors.length !== 1 || m.via !== 'title' || a.kind !== 'person' || a.party !== publisherCountry) continue;
    if (prev.sentence !== m.sentence || !(prev.tokenEnd === m.tokenStart || (prev.tokenEnd + 1 === m.tokenStart && words[prev.tokenEnd] === ','))) continue;
    if (!(b.kind === 'group' || (b.kind === 'person' && b.name === b.title)) || !b.party || b.party === publisherCountry || !lexicon.countries.has(b.party)) continue;
    moveToState(k, a, b.party);
  }
  // "the Commander of the Lebanese Armed Forces, General Rodolphe Haykal" read as one mention: the
  // state an office names before the comma that sets off the name.
  for (let k = 0; k < resolved.length; k++) {
    const m = resolved[k]!;
    const a = m.actors[0]!;
    if (!publisherCountry || m.place || m.actors.length !== 1 || m.via !== 'title' || a.kind !== 'person' || a.party !== publisherCountry) continue;
    let comma = -1;
    for (let q = m.tokenStart; q < m.tokenEnd; q++) if (words[q] === ',') comma = q;
    if (comma < 0) continue;
    let party: string | null = null;
    // Only "of the <adjective> ..." ("Commander of the Lebanese Armed Forces"), not a portfolio ("for European Affairs").
    for (let q = m.tokenStart + 2; q < comma && !party; q++) if (words[q - 1] === 'the' && words[q - 2] === 'of') party = stateWord(words[q]!);
    // "Ambassador Alexander Darchiev, Director of the North Atlantic Department of the Russian Foreign
    // Ministry": a name set off before its office takes the state the office names after "of the".
    if (!party && a.name.endsWith(` ${words[comma - 1]}`)) for (let q = comma + 3; q < m.tokenEnd && !party; q++) if (words[q - 1] === 'the' && words[q - 2] === 'of') party = stateWord(words[q]!);
    // "Emmanuel Bonne, Diplomatic Counsellor | to the French President": the office's state after it.
    if (!party && m.tokenEnd + 2 < words.length && words[m.tokenEnd] === 'to' && words[m.tokenEnd + 1] === 'the') party = stateWord(words[m.tokenEnd + 2]!);
    if (party && party !== publisherCountry) moveToState(k, a, party);
  }
  doc.mentions = resolved;
  for (const party of doc.parties) doc.principals.set(party, partyActor(party));
}

