import { StemTrie } from '../../matching/StemTrie.js';
import type { ActorFiles } from '../actors.js';
import { lineError } from './dictionaryLines.js';
import type { DatedCode, PetrarchActor } from './readActors.js';
import type { PetrarchAgent } from './readAgents.js';
import type { PetrarchDiscard } from './readDiscards.js';
import type { PatternItem, PetrarchVerbBlock, PetrarchVerbs } from './readVerbs.js';

export interface CodingActor {
  name: string;
  codes: readonly DatedCode[];
}

export interface CodingAgent {
  name: string;
  code: string;
  placement: 'suffix' | 'prefix';
}

/** A pattern element compiled to token sequences (a word may be several tokens: "ANTI-"). */
export type CompiledItem =
  | { kind: 'words'; alternatives: string[][]; adjacent: boolean }
  | { kind: 'source' | 'target' | 'compound' | 'skip'; adjacent: boolean };

export interface CompiledPattern {
  id: string;
  text: string;
  lower: CompiledItem[];
  upper: CompiledItem[];
  code: string | null;
  pairCode: string | null;
  /** Words and synsets the pattern names: the most specific match wins. */
  literals: number;
  /**
   * For each of its word items, the tokens that can start it: a sentence that lacks one of them
   * cannot match, and most of a big verb's patterns are ruled out by this test alone.
   */
  needs: readonly (readonly string[])[];
  /** Position in the block, which breaks ties between equally specific patterns. */
  order: number;
}

export interface CompiledBlock {
  name: string;
  patterns: CompiledPattern[];
  /**
   * Patterns by a token they need (of their most selective word item): a sentence's words pick
   * the few that can match, instead of testing every pattern of a verb with hundreds ("SAY").
   */
  byNeed: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** Patterns that need no word (only actors): always tried. */
  free: readonly CompiledPattern[];
}

/** One written form of a verb: its tokens (several for "WIRE TAPPED"), block and own code. */
export interface VerbForm {
  tokens: string[];
  /** The token that inflects, for deciding voice. */
  head: number;
  block: CompiledBlock;
  code: string | null;
  pairCode: string | null;
}

/** Compiled CAMEO dictionaries for the dictionary coder, built once per pipeline. */
export interface CodingDictionaries {
  actors: StemTrie<CodingActor>;
  agents: StemTrie<CodingAgent>;
  /** Verb forms by their first token. */
  verbs: ReadonlyMap<string, readonly VerbForm[]>;
  discards: StemTrie<PetrarchDiscard>;
  counts: { actors: number; agents: number; verbs: number; patterns: number; discards: number; skipped: number };
  /** Entries PETRARCH would load but that can never match (a synset used and never defined), with file:line. */
  warnings: string[];
}

export type Tokenize = (phrase: string) => string[];

/** Upper-case tokens of a dictionary phrase; `_` joins words as a space does. */
function phraseTokens(tokenize: Tokenize, phrase: string): string[] {
  return tokenize(phrase.replace(/_/g, ' ').trim()).map((t) => t.toUpperCase()).filter((t) => t.trim());
}

/** TABARI's regular verb forms: -S/-ES/-IES, -ED/-D/-IED, -ING. */
export function regularVerbForms(base: string): string[] {
  const forms = [base];
  if (/(S|SH|CH|X|Z)$/.test(base)) forms.push(`${base}ES`);
  else if (/[^AEIOU]Y$/.test(base)) forms.push(`${base.slice(0, -1)}IES`);
  else forms.push(`${base}S`);
  if (base.endsWith('E')) forms.push(`${base}D`);
  else if (/[^AEIOU]Y$/.test(base)) forms.push(`${base.slice(0, -1)}IED`);
  else forms.push(`${base}ED`);
  forms.push(base.endsWith('E') && !base.endsWith('EE') ? `${base.slice(0, -1)}ING` : `${base}ING`);
  return forms;
}

function synsetAlternatives(name: string, synsets: ReadonlyMap<string, string[]>, tokenize: Tokenize, seen: Set<string> = new Set()): string[][] {
  const members = synsets.get(name);
  if (!members) throw new UndefinedSynset(`the synset "&${name}" is used but never defined`);
  if (seen.has(name)) throw new Error(`the synset "&${name}" contains itself`);
  const out: string[][] = [];
  for (const m of members) {
    const nested = /^&([A-Z0-9_]+?)_*$/i.exec(m.trim());
    if (nested) out.push(...synsetAlternatives(nested[1]!.toUpperCase(), synsets, tokenize, new Set([...seen, name])));
    else out.push(phraseTokens(tokenize, m));
  }
  return out.filter((a) => a.length > 0).sort((a, b) => b.length - a.length);
}

/** Synsets expanded once per compile: a big verb file uses the same few synsets thousands of times. */
type SynsetCache = Map<string, string[][]>;

function compileItems(items: readonly PatternItem[], synsets: ReadonlyMap<string, string[]>, tokenize: Tokenize, cache: SynsetCache): CompiledItem[] {
  return items.map((it): CompiledItem => {
    if (it.kind === 'word') return { kind: 'words', alternatives: [phraseTokens(tokenize, it.text)], adjacent: it.adjacent };
    if (it.kind === 'synset') {
      let alternatives = cache.get(it.name);
      if (!alternatives) {
        alternatives = synsetAlternatives(it.name, synsets, tokenize);
        cache.set(it.name, alternatives);
      }
      return { kind: 'words', alternatives, adjacent: it.adjacent };
    }
    return { kind: it.kind, adjacent: it.adjacent };
  });
}

export function compileVerbs(verbs: PetrarchVerbs, tokenize: Tokenize, file: string): { index: Map<string, VerbForm[]>; forms: number; patterns: number; warnings: string[] } {
  const index = new Map<string, VerbForm[]>();
  const warnings: string[] = [];
  const cache: SynsetCache = new Map();
  let forms = 0;
  let patterns = 0;
  for (const b of verbs.blocks) {
    const block = compileBlock(b, verbs.synsets, tokenize, file, warnings, cache);
    patterns += block.patterns.length;
    for (const v of b.verbs) {
      const written = new Set<string>();
      for (const f of regularVerbForms(v.words[v.head]!)) written.add(v.words.map((w, i) => (i === v.head ? f : w)).join(' '));
      for (const f of v.forms) written.add(f.join(' '));
      for (const w of written) {
        const tokens = phraseTokens(tokenize, w);
        const head = Math.min(v.head, tokens.length - 1);
        const list = index.get(tokens[0]!) ?? [];
        list.push({ tokens, head, block, code: v.code ?? b.code, pairCode: v.code ? null : b.pairCode });
        index.set(tokens[0]!, list);
        forms++;
      }
    }
  }
  // Longer forms first, so "BREAK DOWN" is tried before "BREAK".
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { index, forms, patterns, warnings };
}

class UndefinedSynset extends Error {}

function compileBlock(b: PetrarchVerbBlock, synsets: ReadonlyMap<string, string[]>, tokenize: Tokenize, file: string, warnings: string[], cache: SynsetCache): CompiledBlock {
  const patterns: CompiledPattern[] = [];
  for (const p of b.patterns) {
    let lower: CompiledItem[];
    let upper: CompiledItem[];
    try {
      lower = compileItems(p.lower, synsets, tokenize, cache);
      upper = compileItems(p.upper, synsets, tokenize, cache);
    } catch (e) {
      // PETRARCH loads such a pattern and never matches it; so does readout, and says so.
      if (e instanceof UndefinedSynset) {
        warnings.push(`${file}:${p.line}: ${e.message}; the pattern "${p.text}" never matches`);
        continue;
      }
      throw lineError(file, p.line, (e as Error).message);
    }
    const words = [...lower, ...upper].filter((i) => i.kind === 'words');
    const needs = words.map((i) => [...new Set(i.alternatives.map((a) => a[0]!))]);
    patterns.push({ id: p.id, text: p.text, lower, upper, code: p.code, pairCode: p.pairCode, literals: words.length, needs, order: patterns.length });
  }
  const byNeed = new Map<string, CompiledPattern[]>();
  const free: CompiledPattern[] = [];
  for (const p of patterns) {
    if (p.needs.length === 0) {
      free.push(p);
      continue;
    }
    const key = p.needs.reduce((a, b) => (b.length < a.length ? b : a));
    for (const w of key) {
      const list = byNeed.get(w) ?? [];
      list.push(p);
      byNeed.set(w, list);
    }
  }
  return { name: b.name, patterns, byNeed, free };
}

export function compileActorEntries(actors: readonly PetrarchActor[], tokenize: Tokenize, trie: StemTrie<CodingActor> = new StemTrie()): StemTrie<CodingActor> {
  for (const a of actors) {
    const value: CodingActor = { name: a.phrases[0]!.replace(/_/g, ' ').trim(), codes: a.codes };
    for (const p of a.phrases) {
      const tokens = phraseTokens(tokenize, p);
      if (tokens.length === 0) continue;
      // A final "_" makes the last word exact; without it the word is a stem (TABARI).
      const stem = tokens.map((_t, i) => i === tokens.length - 1 && !p.trim().endsWith('_') && /^[A-Z]{3,}$/.test(tokens[i]!));
      trie.add(tokens, stem, value);
    }
  }
  return trie;
}

export function compileAgentEntries(agents: readonly PetrarchAgent[], tokenize: Tokenize, trie: StemTrie<CodingAgent> = new StemTrie()): StemTrie<CodingAgent> {
  for (const a of agents) {
    const value: CodingAgent = { name: a.phrases[0]!.replace(/_/g, ' ').trim(), code: a.code, placement: a.placement };
    for (const p of a.phrases) {
      const tokens = phraseTokens(tokenize, p);
      if (tokens.length) trie.add(tokens, tokens.map(() => false), value);
    }
  }
  return trie;
}

export function compileDiscards(discards: readonly PetrarchDiscard[], tokenize: Tokenize): StemTrie<PetrarchDiscard> {
  const trie = new StemTrie<PetrarchDiscard>();
  for (const d of discards) {
    const tokens = phraseTokens(tokenize, d.phrase);
    if (tokens.length) trie.add(tokens, tokens.map(() => false), d);
  }
  return trie;
}

/**
 * readout's own actor files as PETRARCH entries: states and bodies by every name, people with their
 * offices as dated codes (Blinken is USAGOV from 2021-01-26), titles as `~CODE` agents.
 */
export function builtinActorEntries(files: ActorFiles): { actors: PetrarchActor[]; agents: PetrarchAgent[] } {
  const actors: PetrarchActor[] = [];
  const undated = (code: string): DatedCode => ({ code, from: null, to: null });
  for (const c of files.countries) actors.push({ phrases: [...new Set([c.name, ...c.names, ...c.adjectives, ...c.seats])].map((p) => `${p}_`), codes: [undated(c.code)], line: 0 });
  for (const o of files.organisations) actors.push({ phrases: [...new Set([o.name, ...o.names])].map((p) => `${p}_`), codes: [undated(o.code)], line: 0 });
  for (const p of files.people) {
    const codes: DatedCode[] = p.roles.map((r) => ({ code: `${r.country ?? p.country}${r.code}`, from: r.from, to: r.to ?? null }));
    codes.push(undated(p.country));
    actors.push({ phrases: [...new Set([p.name, ...p.aliases])].map((n) => `${n}_`), codes, line: 0 });
  }
  // A title held for one state ("Secretary of State" in the US lists) names that state's actor.
  for (const r of files.roles) if (r.country) actors.push({ phrases: [`${r.title}_`], codes: [undated(`${r.country}${r.code}`)], line: 0 });
  const agents: PetrarchAgent[] = files.roles.filter((r) => !r.country).map((r) => ({ phrases: [r.title], code: r.code, placement: 'suffix', line: 0 }));
  return { actors, agents };
}
