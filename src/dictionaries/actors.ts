import { ReadoutError } from '../errors.js';
import { PhraseTrie } from '../matching/PhraseTrie.js';
import { Vocab } from '../matching/Vocab.js';
import { entryTokens, type Wink } from '../nlp/wink.js';
import { loadDataFile, type DataSource } from './loadDataFile.js';

export interface CountryEntry {
  code: string;
  name: string;
  names: string[];
  adjectives: string[];
  seats: string[];
  /** One-word adjectives of another state's entry that are this state's in a text naming it and not the other ("Dominican" of Dominica). */
  sharedAdjectives?: string[];
}

/** A shared adjective compiled: its token, the token it becomes in a text that names `country` and not `owner`. */
export interface SharedAdjective {
  from: number;
  to: number;
  country: string;
  owner: string;
}

export interface OrganisationEntry {
  party: string;
  code: string;
  name: string;
  names: string[];
}

export interface RoleEntry {
  title: string;
  code: string;
  rank: string;
  person: boolean;
  country?: string;
  /** The country holds only for the bare title, not with "for" and a portfolio after it. */
  countryOnlyBare?: boolean;
}

/** A word that makes a personal title of another ("Acting", "Deputy"); `rank: deputy` lowers a head's or minister's rank. */
export interface RoleModifier {
  word: string;
  rank?: 'deputy';
}

export interface PlaceEntry {
  name: string;
  country?: string;
}

export interface PersonRole {
  title: string;
  code: string;
  rank: string;
  from: string;
  to?: string;
  /** Set when the office is held for another state or body (a UN Secretary-General: UNO). */
  country?: string;
  altTitles?: string[];
  note?: string;
}

export interface PersonEntry {
  name: string;
  aliases: string[];
  country: string;
  roles: PersonRole[];
  note?: string;
}

/** What one dictionary phrase means; a phrase can mean several things ("U.S." name and adjective). */
export type Lexeme =
  | { kind: 'country'; country: CountryEntry }
  | { kind: 'adjective'; country: CountryEntry }
  | { kind: 'seat'; country: CountryEntry }
  | { kind: 'organisation'; organisation: OrganisationEntry }
  | { kind: 'role'; role: RoleEntry }
  | { kind: 'person'; person: PersonEntry }
  | { kind: 'place'; place: PlaceEntry };

/** The compiled actor dictionaries: one phrase trie over case-sensitive interned tokens. */
export interface ActorLexicon {
  vocab: Vocab;
  trie: PhraseTrie<Lexeme>;
  countries: ReadonlyMap<string, CountryEntry>;
  /** The state of each one-word adjective ("Lebanese" → LBN). */
  stateOfAdjective: ReadonlyMap<string, string>;
  organisations: readonly OrganisationEntry[];
  /** The body that stands for each organisation party (IGOUNO for UNO, not one of its agencies). */
  representatives: ReadonlyMap<string, OrganisationEntry>;
  people: readonly PersonEntry[];
  /** Known people by the words of a name or alias in any order and case ("KISHIDA Fumio"); null when two share them. */
  peopleByNameWords: ReadonlyMap<string, PersonEntry | null>;
  /** Holders of an office by `STATE|lower-case title` ("GBR|prime minister"), over all dates. */
  officeHolders: ReadonlyMap<string, readonly PersonEntry[]>;
  nameParticles: ReadonlySet<string>;
  /** Particles of descent ("bin", "ibn"): a name holding one keeps its word order as a key. */
  patronymics: ReadonlySet<string>;
  /** Generational suffixes that end a name ("Jr."). */
  nameSuffixes: ReadonlySet<string>;
  /** Words after a state's adjective inside a title that make it the title's state ("and Burkinabe Abroad"). */
  nationalsWords: ReadonlySet<string>;
  /** Lower-case qualifiers between a title and its complement ("Minister of State ad interim of ..."), as word lists. */
  titleQualifiers: readonly (readonly string[])[];
  sharedAdjectives: readonly SharedAdjective[];
}

/**
 * The key of `peopleByNameWords`: a name's words, lower-cased and sorted ("KISHIDA Fumio" is
 * "Fumio Kishida"). A name with a particle of descent (`patronymics`, in any case) keeps its order:
 * "Abdulaziz bin Salman Al Saud" is the son, "Salman bin Abdulaziz Al Saud" the father.
 */
export function nameWordsKey(name: string, patronymics: ReadonlySet<string>): string {
  const lower = name.toLowerCase().split(/\s+/);
  return (lower.some((w) => patronymics.has(w)) ? lower : lower.sort()).join(' ');
}

export interface ActorFiles {
  countries: CountryEntry[];
  organisations: OrganisationEntry[];
  roles: RoleEntry[];
  /** Words that make a personal title of any listed one; absent in hand-built test files. */
  modifiers?: RoleModifier[];
  /** Lower-case words inside personal names ("von", "bin"). */
  nameParticles?: string[];
  patronymicParticles?: string[];
  nameSuffixes?: string[];
  nationalsWords?: string[];
  titleQualifiers?: string[];
  people: PersonEntry[];
  places: PlaceEntry[];
}

export function loadActorFiles(dataDir: DataSource): ActorFiles {
  return {
    countries: loadDataFile<{ countries: CountryEntry[] }>(dataDir, 'actors/countries.yaml', 'countries.schema.json').countries,
    organisations: loadDataFile<{ organisations: OrganisationEntry[] }>(dataDir, 'actors/organisations.yaml', 'organisations.schema.json').organisations,
    ...rolesAndModifiers(loadDataFile<{ roles: RoleEntry[]; modifiers?: RoleModifier[]; nameParticles?: string[]; patronymicParticles?: string[]; nameSuffixes?: string[]; nationalsWords?: string[]; titleQualifiers?: string[] }>(dataDir, 'actors/roles.yaml', 'roles.schema.json')),
    people: loadDataFile<{ people: PersonEntry[] }>(dataDir, 'actors/people.yaml', 'people.schema.json').people,
    places: loadDataFile<{ places: PlaceEntry[] }>(dataDir, 'actors/places.yaml', 'places.schema.json').places,
  };
}

function rolesAndModifiers(file: { roles: RoleEntry[]; modifiers?: RoleModifier[]; nameParticles?: string[]; patronymicParticles?: string[]; nameSuffixes?: string[]; nationalsWords?: string[]; titleQualifiers?: string[] }): Pick<
  ActorFiles,
  'roles' | 'modifiers' | 'nameParticles' | 'patronymicParticles' | 'nameSuffixes' | 'nationalsWords' | 'titleQualifiers'
> {
  return { roles: file.roles, modifiers: file.modifiers ?? [], nameParticles: file.nameParticles ?? [], patronymicParticles: file.patronymicParticles ?? [], nameSuffixes: file.nameSuffixes ?? [], nationalsWords: file.nationalsWords ?? [], titleQualifiers: file.titleQualifiers ?? [] };
}

const UPPER_START = /^\p{Lu}/u;
const LOWERED_RANK: Readonly<Record<string, string>> = { 'head-of-state': 'deputy-head', 'head-of-government': 'deputy-head', minister: 'deputy-minister' };

/**
 * "Acting Special Envoy", "Executive Vice Minister", "Deputy Homeland Security Advisor": a modifier
 * before a capitalised personal title makes a title of the same sector and country, so the
 * dictionary lists each office once. A combination listed in its own right keeps its own entry.
 */
function modifiedRoles(roles: readonly RoleEntry[], modifiers: readonly RoleModifier[]): RoleEntry[] {
  const listed = new Set(roles.map((r) => r.title));
  const made: RoleEntry[] = [];
  for (const m of modifiers) {
    for (const r of roles) {
      if (!r.person || r.rank === 'honorific' || !UPPER_START.test(r.title)) continue;
      const title = `${m.word} ${r.title}`;
      if (listed.has(title)) continue;
      listed.add(title);
      made.push({ ...r, title, rank: m.rank === 'deputy' ? (LOWERED_RANK[r.rank] ?? r.rank) : r.rank });
    }
  }
  return made;
}

/** Compiles the actor files once: every phrase tokenised the way wink tokenises running text. */
export function compileActors(files: ActorFiles, wink: Wink, vocab: Vocab = new Vocab()): ActorLexicon {
  const trie = new PhraseTrie<Lexeme>();
  const add = (phrase: string, lexeme: Lexeme, where: string) => {
    const tokens = entryTokens(wink, phrase).filter((t) => t.trim());
    if (tokens.length === 0) throw new ReadoutError('E_DATA', `empty phrase in ${where}`, 'data/actors');
    trie.add(
      tokens.map((t) => vocab.intern(t)),
      lexeme,
    );
  };
  const countries = new Map<string, CountryEntry>();
  for (const c of files.countries) {
    countries.set(c.code, c);
    for (const n of new Set([c.name, ...c.names])) add(n, { kind: 'country', country: c }, `country ${c.code}`);
    for (const a of c.adjectives) {
      add(a, { kind: 'adjective', country: c }, `country ${c.code}`);
      // The people of a state act as it does: "the Palestinians", "Liberians", "Israelis".
      if (/\p{Ll}$/u.test(a) && !/(?:ese|ch|sh|ss|s|x|z)$/.test(a) && !c.names.includes(`${a}s`)) add(`${a}s`, { kind: 'country', country: c }, `country ${c.code}`);
    }
    for (const s of c.seats) add(s, { kind: 'seat', country: c }, `country ${c.code}`);
  }
  // A shared adjective gets a token of its own, which the actors stage puts in place of the
  // adjective's in a document that names the sharing state and not the owner.
  const sharedAdjectives: SharedAdjective[] = [];
  for (const c of files.countries) {
    for (const a of c.sharedAdjectives ?? []) {
      const owner = files.countries.find((o) => o.adjectives.includes(a));
      if (!owner) throw new ReadoutError('E_DATA', `country ${c.code}: shared adjective "${a}" is no other country's adjective`, 'data/actors/countries.yaml');
      const to = vocab.intern(`${a}\u0000${c.code}`);
      trie.add([to], { kind: 'adjective', country: c });
      sharedAdjectives.push({ from: vocab.intern(a), to, country: c.code, owner: owner.code });
    }
  }
  for (const o of files.organisations) {
    for (const n of new Set([o.name, ...o.names])) add(n, { kind: 'organisation', organisation: o }, `organisation ${o.code}`);
  }
  for (const r of files.roles) add(r.title, { kind: 'role', role: r }, `role ${r.title}`);
  for (const r of modifiedRoles(files.roles, files.modifiers ?? [])) add(r.title, { kind: 'role', role: r }, `role ${r.title}`);
  for (const p of files.people) {
    for (const n of new Set([p.name, ...p.aliases])) add(n, { kind: 'person', person: p }, `person ${p.name}`);
  }
  for (const p of files.places) add(p.name, { kind: 'place', place: p }, `place ${p.name}`);
  const patronymics: ReadonlySet<string> = new Set(files.patronymicParticles ?? []);
  const peopleByNameWords = new Map<string, PersonEntry | null>();
  const officeHolders = new Map<string, PersonEntry[]>();
  for (const p of files.people) {
    for (const n of new Set([p.name, ...p.aliases])) {
      if (!n.includes(' ')) continue;
      const key = nameWordsKey(n, patronymics);
      const before = peopleByNameWords.get(key);
      peopleByNameWords.set(key, before === undefined || before === p ? p : null);
    }
    for (const r of p.roles) {
      for (const t of [r.title, ...(r.altTitles ?? [])]) {
        const key = `${r.country ?? p.country}|${t.toLowerCase()}`;
        const list = officeHolders.get(key) ?? [];
        if (!list.includes(p)) list.push(p);
        officeHolders.set(key, list);
      }
    }
  }
  const stateOfAdjective = new Map<string, string>();
  for (const c of files.countries) for (const a of c.adjectives) if (!a.includes(' ') && !stateOfAdjective.has(a)) stateOfAdjective.set(a, c.code);
  return { vocab, trie, countries, stateOfAdjective, organisations: files.organisations, representatives: representatives(files.organisations), people: files.people, peopleByNameWords, officeHolders, nameParticles: new Set(files.nameParticles ?? []), patronymics, nameSuffixes: new Set(files.nameSuffixes ?? []), nationalsWords: new Set(files.nationalsWords ?? []), titleQualifiers: (files.titleQualifiers ?? []).map((q) => q.split(' ')), sharedAdjectives };
}

/** Per party, the body whose code begins most of its other bodies' codes; on a tie the later entry. */
function representatives(organisations: readonly OrganisationEntry[]): Map<string, OrganisationEntry> {
  const best = new Map<string, { entry: OrganisationEntry; heads: number }>();
  for (const o of organisations) {
    const heads = organisations.filter((x) => x !== o && x.party === o.party && x.code.startsWith(o.code)).length;
    const current = best.get(o.party);
    if (!current || heads >= current.heads) best.set(o.party, { entry: o, heads });
  }
  return new Map([...best].map(([party, b]) => [party, b.entry]));
}

/** The role a person held on a date (YYYY-MM-DD), else their latest role before it, else the first. */
export function roleOn(person: PersonEntry, date: string | null): PersonRole | null {
  if (person.roles.length === 0) return null;
  if (!date) return person.roles.reduce((a, b) => (a.from >= b.from ? a : b));
  const held = person.roles.filter((r) => r.from <= date && (!r.to || date <= r.to));
  if (held.length) return held.reduce((a, b) => (rankWeight(a.rank) >= rankWeight(b.rank) ? a : b));
  const before = person.roles.filter((r) => r.from <= date);
  if (before.length) return before.reduce((a, b) => (a.from >= b.from ? a : b));
  return person.roles.reduce((a, b) => (a.from <= b.from ? a : b));
}

const RANKS = ['head-of-state', 'head-of-government', 'deputy-head', 'minister', 'official'];

function rankWeight(rank: string): number {
  const i = RANKS.indexOf(rank);
  return i < 0 ? 0 : RANKS.length - i;
}
