import type { CodingActor, CodingAgent, CodingDictionaries } from '../../dictionaries/petrarch/compileDictionaries.js';
import type { DatedCode } from '../../dictionaries/petrarch/readActors.js';
import { STARTS_ACTOR, STARTS_AGENT } from './FoldedWords.js';

/** One actor a group names: its code on the sentence's date, and the tokens that name it. */
export interface GroupMember {
  code: string;
  name: string;
  start: number;
  end: number;
}

/** A noun phrase naming one actor or several ("Mordor, Rohan and Bree"), over tokens [start, end). */
export interface ActorGroup {
  start: number;
  end: number;
  members: GroupMember[];
}

type Mention = { start: number; end: number } & ({ kind: 'actor'; actor: CodingActor } | { kind: 'agent'; agent: CodingAgent });

/** A list of mentions of one kind joined by "and" or commas. */
interface MentionList {
  kind: 'actor' | 'agent';
  items: Mention[];
  start: number;
  end: number;
}

const POSSESSIVE = new Set(["'S", "'", '’S', '’']);
const COORDINATORS = new Set([',', 'AND', 'OR', 'NOR', '&']);
const RELATORS = new Set(['OF', 'IN', 'FROM', 'FOR', 'AT']);
const MODIFIER_TAGS = new Set(['ADJ', 'DET', 'NUM']);

/** The code an actor has on a date: the first dated code that covers it, else its undated one. */
export function codeOn(codes: readonly DatedCode[], date: string | null): string {
  if (date) for (const c of codes) if ((c.from !== null || c.to !== null) && (!c.from || c.from <= date) && (!c.to || date <= c.to)) return c.code;
  return (codes.find((c) => c.from === null && c.to === null) ?? codes[codes.length - 1]!).code;
}

export interface SentenceView {
  /** Upper-case words of the sentence. */
  words: readonly string[];
  /** Part-of-speech tag of each word. */
  tags: readonly string[];
  date: string | null;
  /** Optional: what each word can begin (FoldedWords bits), so words that begin nothing are skipped. */
  starts?: Uint8Array;
}

/** Actor and agent mentions, longest first, an actor winning a tie. */
function findMentions(dict: CodingDictionaries, s: SentenceView): Mention[] {
  const out: Mention[] = [];
  const n = s.words.length;
  const starts = s.starts;
  for (let i = 0; i < n; ) {
    const bits = starts ? starts[i]! : STARTS_ACTOR | STARTS_AGENT;
    const a = bits & STARTS_ACTOR ? dict.actors.longestAt(s.words, i, n) : null;
    const g = bits & STARTS_AGENT ? dict.agents.longestAt(s.words, i, n) : null;
    if (a && (!g || a.length >= g.length)) {
      out.push({ kind: 'actor', actor: a.values[0]!, start: i, end: i + a.length });
      i += a.length;
    } else if (g) {
      out.push({ kind: 'agent', agent: g.values[0]!, start: i, end: i + g.length });
      i += g.length;
    } else i++;
  }
  return out;
}

/** Between `from` and `to` only words for which `ok` holds (an empty gap holds). */
export function gapIs(s: SentenceView, from: number, to: number, ok: (word: string, tag: string, i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (!ok(s.words[i]!, s.tags[i]!, i)) return false;
  return true;
}

const isModifier = (w: string, tag: string) => MODIFIER_TAGS.has(tag) || w === 'THE';

/** "," / "and" / ", and" / "nor", then modifiers ("and the evil awful Gondor"). */
function coordinated(s: SentenceView, from: number, to: number): boolean {
  let i = from;
  let saw = false;
  while (i < to && COORDINATORS.has(s.words[i]!)) {
    saw = true;
    i++;
  }
  return saw && gapIs(s, i, to, isModifier);
}

/**
 * Noun phrases naming actors, TABARI's way without a parse: mentions of one kind coordinated into
 * lists, lists chained into one phrase across possessives, modifiers and titles ("Arnor's foreign
 * minister") or an agent's "of/in/from" ("ambassadors of Arnor, Osgiliath and Gondor"), and
 * phrases coordinated into compound groups ("Ithilen and the government of Gondor").
 */
export function actorGroups(dict: CodingDictionaries, s: SentenceView): ActorGroup[] {
  const mentions = findMentions(dict, s);
  const lists: MentionList[] = [];
  for (const m of mentions) {
    const last = lists[lists.length - 1];
    if (last && last.kind === m.kind && coordinated(s, last.end, m.start)) {
      last.items.push(m);
      last.end = m.end;
    } else lists.push({ kind: m.kind, items: [m], start: m.start, end: m.end });
  }
  const units: MentionList[][] = [];
  for (const l of lists) {
    const unit = units[units.length - 1];
    const prev = unit?.[unit.length - 1];
    if (unit && prev && chained(s, prev, l, unit)) unit.push(l);
    else units.push([l]);
  }
  const groups: ActorGroup[] = [];
  let open: ActorGroup | null = null;
  for (const unit of units) {
    const start = unit[0]!.start;
    const end = unit[unit.length - 1]!.end;
    const members = unitMembers(unit, s.date);
    if (open && coordinated(s, open.end, start)) {
      open.members.push(...members);
      open.end = end;
    } else {
      open = { start, end, members };
      groups.push(open);
    }
  }
  return groups;
}

function chained(s: SentenceView, prev: MentionList, next: MentionList, unit: readonly MentionList[]): boolean {
  const hasActor = unit.some((l) => l.kind === 'actor');
  // Possessives, modifiers and, before a title, capitalised words ("Dagolath's first Deputy Prime Minister").
  const glue = (w: string, tag: string) => POSSESSIVE.has(w) || isModifier(w, tag) || (next.kind === 'agent' && tag === 'PROPN');
  if (next.start - prev.end <= 3 && gapIs(s, prev.end, next.start, glue)) return true;
  if (prev.kind === 'agent' && next.kind === 'actor' && !hasActor) {
    const rel = s.words[prev.end];
    return rel !== undefined && RELATORS.has(rel) && gapIs(s, prev.end + 1, next.start, isModifier);
  }
  return false;
}

/** Every actor the phrase names: each actor of its first actor list (or a refinement of it), with each agent chain. */
function unitMembers(unit: readonly MentionList[], date: string | null): GroupMember[] {
  const actorLists = unit.filter((l) => l.kind === 'actor');
  const agentLists = unit.filter((l) => l.kind === 'agent');
  const start = unit[0]!.start;
  const end = unit[unit.length - 1]!.end;
  const codesOf = (list: MentionList) =>
    list.items.flatMap((m) => {
      const actor = (m as Mention & { kind: 'actor' }).actor;
      return codeOn(actor.codes, date)
        .split('/')
        .map((code) => ({ code, name: actor.name }));
    });
  let bases: { code: string; name: string }[] = actorLists[0] ? codesOf(actorLists[0]) : [{ code: '---', name: '' }];
  // A later actor in the phrase that refines the first wins: "U.S. Secretary of State" (USA, then
  // USAGOV), "Chinese President Xi Jinping" (CHN, then CHNGOV); another state does not ("Arnor awful Gondor").
  for (const list of actorLists.slice(1)) {
    const later = codesOf(list);
    if (bases.length === 1 && later.length === 1 && later[0]!.code.length > bases[0]!.code.length && later[0]!.code.startsWith(bases[0]!.code)) bases = later;
  }
  let combos: { code: string; name: string }[] = bases;
  for (const list of agentLists) {
    const next: { code: string; name: string }[] = [];
    for (const c of combos) {
      for (const m of list.items) {
        const agent = (m as Mention & { kind: 'agent' }).agent;
        next.push({ code: withAgent(c.code, agent), name: c.name ? `${c.name} ${agent.name}` : agent.name });
      }
    }
    combos = next;
  }
  return combos.map((c) => ({ ...c, start, end }));
}

/** Adds an agent's code unless the actor's code already carries it ("White House officials": USAGOV). */
function withAgent(code: string, agent: CodingAgent): string {
  if (code.slice(3).includes(agent.code) || code.startsWith(agent.code)) return code;
  return agent.placement === 'prefix' ? agent.code + code : code + agent.code;
}
