import type { CodingDictionaries, VerbForm } from '../../dictionaries/petrarch/compileDictionaries.js';
import { type ActorGroup, actorGroups, type GroupMember, gapIs, type SentenceView } from './actorGroups.js';
import { STARTS_DISCARD, STARTS_VERB } from './FoldedWords.js';
import { bestPattern, type PatternMatch } from './matchPattern.js';

/** One event as the dictionary coder finds it, in sentence-relative token positions. */
export interface SentenceEvent {
  source: GroupMember;
  target: GroupMember;
  code: string;
  /** `BLOCK-n` of the pattern that fired, or `BLOCK` for the verb's own code. */
  pattern: string;
  verbStart: number;
  end: number;
}

export type SentenceResult = { discard: 'sentence' | 'story'; phrase: string } | { discard: null; events: SentenceEvent[] };

interface Candidate {
  form: VerbForm;
  v0: number;
  v1: number;
  match: PatternMatch | null;
}

const BE = new Set(['IS', 'ARE', 'WAS', 'WERE', 'BE', 'BEEN', 'BEING']);
const AGENT_PREPOSITIONS = new Set(['BY', 'FROM', 'IN']);
const VERB_TAGS = new Set(['VERB', 'AUX']);

/** A code that names an event: PETRARCH marks "no event" with ---, +++, ### and the like. */
function isEventCode(code: string | null): code is string {
  return code !== null && /\d/.test(code);
}

function verbsIn(dict: CodingDictionaries, s: SentenceView, groups: readonly ActorGroup[]): Candidate[] {
  const inGroup = new Uint8Array(s.words.length);
  for (const g of groups) for (let i = g.start; i < g.end; i++) inGroup[i] = 1;
  const out: Candidate[] = [];
  let present: Set<string> | undefined;
  for (let i = 0; i < s.words.length; i++) {
    const forms = dict.verbs.get(s.words[i]!);
    if (!forms || inGroup[i]) continue;
    for (const form of forms) {
      const n = form.tokens.length;
      let ok = i + n <= s.words.length;
      for (let k = 1; ok && k < n; k++) ok = s.words[i + k] === form.tokens[k];
      if (!ok || !(VERB_TAGS.has(s.tags[i + form.head]!) || verbByPosition(s, groups, i))) continue;
      present ??= new Set(s.words);
      out.push({ form, v0: i, v1: i + n, match: bestPattern(form.block, s.words, present, groups, i, i + n) });
      i += n - 1;
      break;
    }
  }
  // A verb that another verb's pattern names ("indicated it would act") is part of that pattern.
  const covered = new Set<number>();
  for (const c of out) if (c.match) for (const p of c.match.covered) covered.add(p);
  // An auxiliary in the dictionary ("will" [030]) yields to the verb it helps: "will abandon" is abandoning.
  return out.filter((c, k) => !covered.has(c.v0) && !(s.tags[c.v0 + c.form.head] === 'AUX' && out[k + 1] && out[k + 1]!.v0 - c.v1 <= 3));
}

/**
 * The passive's agent: a form of "be" before the verb, and "by", "from" or "in" before the next
 * actor ("was opposed earlier by Osgiliath", "was shot dead in Osgiliath"), as PETRARCH2 reads it.
 */
function passiveAgent(s: SentenceView, c: Candidate, groups: readonly ActorGroup[]): ActorGroup | null {
  if (s.words[c.v0 + c.form.head]!.endsWith('ING')) return null;
  let i = c.v0 - 1;
  while (i >= 0 && (s.tags[i] === 'ADV' || s.words[i] === 'NOT')) i--;
  if (i < 0 || !BE.has(s.words[i]!)) return null;
  const next = groups.find((g) => g.start >= c.v1);
  if (!next) return null;
  for (let k = c.v1; k < next.start; k++) if (AGENT_PREPOSITIONS.has(s.words[k]!)) return next;
  return null;
}

export interface CoderOptions {
  /** PETRARCH's require_dyad: false also codes events with no target actor (target "---"). */
  requireDyad: boolean;
}

/**
 * Codes one sentence TABARI's way, from words alone: the first verb with an actor before it and
 * one after it gives the events (its most specific pattern, else its own code); a verb joined to
 * it by "and" gives more with the same source.
 */
export function codeSentence(dict: CodingDictionaries, s: SentenceView, options: CoderOptions = { requireDyad: true }): SentenceResult {
  for (let i = 0; i < s.words.length; i++) {
    if (s.starts && !(s.starts[i]! & STARTS_DISCARD)) continue;
    const d = dict.discards.longestAt(s.words, i, s.words.length);
    if (d) return { discard: d.values[0]!.story ? 'story' : 'sentence', phrase: d.values[0]!.phrase };
  }
  const events: SentenceEvent[] = [];
  // Most of the work is finding actors; a sentence with no dictionary verb, or with too few
  // actors to make a dyad, cannot give an event, so it stops here.
  if (s.starts ? !s.starts.some((b) => b & STARTS_VERB) : !s.words.some((w) => dict.verbs.has(w))) return { discard: null, events };
  const groups = actorGroups(dict, s);
  if (groups.length === 0 || (options.requireDyad && groups.length === 1 && groups[0]!.members.length === 1)) return { discard: null, events };
  const seen = new Set<string>();
  const emit = (source: GroupMember, target: GroupMember, code: string, pattern: string, c: Candidate) => {
    if (source.code === target.code) return;
    const key = `${source.code}\t${target.code}\t${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    events.push({ source, target, code, pattern, verbStart: c.v0, end: c.match?.end ?? c.v1 });
  };
  let first: ActorGroup | null = null;
  let lastVerbEnd = -1;
  const unknown: GroupMember = { code: '---', name: '', start: -1, end: -1 };
  for (const c of verbsIn(dict, s, groups)) {
    const code = c.match ? c.match.pattern.code : c.form.code;
    const pair = c.match ? c.match.pattern.pairCode : c.form.pairCode;
    if (!isEventCode(code)) continue;
    // After the first event only a verb joined by "and" shares its subject; with dyads not
    // required, a later verb with its own subject ("..., a senior official said") is coded too.
    const conjoined: boolean = first !== null && s.words.slice(lastVerbEnd, c.v0).includes('AND') && !ownSubject(s, groups, c, lastVerbEnd);
    if (first && !conjoined && options.requireDyad) break;
    const m = c.match;
    const pattern = m ? m.pattern.id : c.form.block.name;
    if (m?.compound && !m.compoundAfter && !m.target && !m.source) {
      const members = m.compound.members;
      for (const a of members) for (const b of members) if (a !== b) emit(a, b, code, pattern, c);
      first ??= m.compound;
      lastVerbEnd = c.v1;
      continue;
    }
    let source: ActorGroup | null = m?.source ?? (conjoined ? first : subjectOf(s, groups, c, m?.target ?? null));
    let target = m?.target ?? (m?.compoundAfter ? m.compound : null);
    if (!target && !m?.source && source) {
      const agent = passiveAgent(s, c, groups);
      if (agent) {
        target = source;
        source = agent;
      }
    }
    if (!target) target = groups.find((g) => g.start >= c.v1 && g !== source && !startsClause(s, g, c.v1)) ?? null;
    if (!source || (!target && options.requireDyad)) continue;
    for (const a of source.members) {
      for (const b of target?.members ?? [unknown]) {
        emit(a, b, code, pattern, c);
        if (isEventCode(pair) && target) emit(b, a, pair, pattern, c);
      }
    }
    first ??= source;
    lastVerbEnd = c.match?.end ?? c.v1;
  }
  return { discard: null, events };
}

/** "..., a senior official said": after a comma, an actor right before a verb is that verb's subject, not an object. */
function startsClause(s: SentenceView, g: ActorGroup, from: number): boolean {
  if (!s.words.slice(from, g.start).includes(',')) return false;
  let k = g.end;
  while (k < s.words.length && s.tags[k] === 'ADV') k++;
  return s.tags[k] === 'VERB' || s.tags[k] === 'AUX';
}

/**
 * A verb the tagger took for another word ("Fornost and Gondor welcome/ADJ a resumption"): a
 * dictionary verb right after an actor, or after an auxiliary or "to".
 */
function verbByPosition(s: SentenceView, groups: readonly ActorGroup[], i: number): boolean {
  if (i === 0) return false;
  if (s.tags[i - 1] === 'AUX' || s.tags[i - 1] === 'PART') return true;
  return groups.some((g) => g.end === i);
}

/** A group between the last verb and this one, right before it, is this verb's own subject. */
function ownSubject(s: SentenceView, groups: readonly ActorGroup[], c: Candidate, after: number): boolean {
  return groups.some((g) => g.start >= after && g.end <= c.v0 && gapIs(s, g.end, c.v0, (_w, t) => t === 'AUX' || t === 'ADV' || t === 'PART'));
}

/**
 * The subject of a verb without a parse: with no full verb before it, the sentence's first actor
 * ("Gollum, centre of a row between Radagast and ..., called on"); after another verb, the
 * actor nearest before it in its own clause ("noted that Cirith Ungol regretted").
 */
function subjectOf(s: SentenceView, groups: readonly ActorGroup[], c: Candidate, exclude: ActorGroup | null): ActorGroup | null {
  let lastVerb = -1;
  for (let k = c.v0 - 1; k >= 0 && lastVerb < 0; k--) if (s.tags[k] === 'VERB' && !groups.some((g) => g.start <= k && k < g.end)) lastVerb = k;
  const before = groups.filter((g) => g.end <= c.v0 && g !== exclude);
  if (lastVerb < 0) return before[0] ?? null;
  return before.filter((g) => g.start > lastVerb).at(-1) ?? before[0] ?? null;
}
