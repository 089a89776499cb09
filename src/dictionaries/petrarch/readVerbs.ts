import type { ReadoutError } from '../../errors.js';
import { dictionaryLines, lineError, reporter } from './dictionaryLines.js';

/** One element of a verb pattern, outward from the verb. */
export type PatternItem =
  | { kind: 'word'; text: string; adjacent: boolean }
  | { kind: 'synset'; name: string; adjacent: boolean }
  /** `$` the source, `+` the target, `%` a compound actor, `^` one or more skipped words. */
  | { kind: 'source' | 'target' | 'compound' | 'skip'; adjacent: boolean };

/** A verb's pattern: words before the verb (`lower`, read outward from it) and after (`upper`). */
export interface PetrarchPattern {
  id: string;
  lower: PatternItem[];
  upper: PatternItem[];
  /** The code (null: no event), and a paired code, coded from target to source. */
  code: string | null;
  pairCode: string | null;
  text: string;
  line: number;
}

/** A verb as written: its words, which one inflects, and extra forms from `{...}`. */
export interface PetrarchVerb {
  words: string[];
  head: number;
  forms: string[][];
  code: string | null;
  line: number;
}

export interface PetrarchVerbBlock {
  name: string;
  code: string | null;
  pairCode: string | null;
  verbs: PetrarchVerb[];
  patterns: PetrarchPattern[];
  line: number;
}

export interface PetrarchVerbs {
  synsets: Map<string, string[]>;
  blocks: PetrarchVerbBlock[];
  /** Lines the reader knows but readout does not apply (PETRARCH-2 `~` transformations). */
  skipped: { line: number; text: string; why: string }[];
}

/** "[032:033]" → code and pair code; "[---]" → no code. */
export function parseVerbCode(body: string, file: string, line: number): { code: string | null; pairCode: string | null } {
  const parts = body.trim().split(':').map((p) => p.trim());
  // "[:080]": no event one way, 080 the other.
  if (parts.length > 2 || parts.some((p) => /\s/.test(p)) || parts.every((p) => !p)) throw lineError(file, line, `cannot read the event code "[${body}]" (expected [CODE] or [CODE:CODE])`);
  const norm = (c: string | undefined) => (!c || c === '---' ? null : c);
  return { code: norm(parts[0]), pairCode: norm(parts[1]) };
}

/** Splits a pattern into tokens, each flagged when `_` (not a space) joins it to the one before. */
function patternTokens(text: string): { token: string; joined: boolean }[] {
  // A PETRARCH-2 group, a prepositional "(ON RESOLUTION)" or a noun phrase "{DIPLOMATIC TIES}", names words
  // of one phrase in order; other words of that phrase may come between ("on a resolution").
  const flat = text.replace(/[({]([^)}]*)[)}]/g, (_m, inner: string) => ` ${inner.trim()} `);
  const out: { token: string; joined: boolean }[] = [];
  const re = /([ \t_]*)([^ \t_]+)/g;
  for (const m of flat.matchAll(re)) {
    const sep = m[1]!;
    out.push({ token: m[2]!, joined: out.length > 0 && sep.length > 0 && /^_+$/.test(sep) });
  }
  return out;
}

function item(token: string, adjacent: boolean, file: string, line: number): PatternItem {
  if (token === '$') return { kind: 'source', adjacent };
  if (token === '+') return { kind: 'target', adjacent };
  if (token === '%') return { kind: 'compound', adjacent };
  if (token === '^') return { kind: 'skip', adjacent };
  if (token.startsWith('&')) {
    const name = token.slice(1).replace(/_+$/, '').replaceAll(NAME_JOIN, '_').toUpperCase();
    if (!/^[A-Z0-9_]+$/.test(name)) throw lineError(file, line, `"${token}" is not a synset name`);
    return { kind: 'synset', name, adjacent };
  }
  return { kind: 'word', text: token.toUpperCase(), adjacent };
}

/** Stands for `_` inside a synset name while the pattern is split at `_`. */
const NAME_JOIN = '\u00b7';

/**
 * "&TIETYPES_RELATIONS" is the synset TIETYPES then RELATIONS, but "&FIGHT_OF_WORDS" is one
 * synset: the longest known name wins.
 */
function protectSynsetNames(body: string, known: { has(name: string): boolean }): string {
  return body.replace(/&([A-Za-z0-9_]+)/g, (m, name: string) => {
    const parts = name.split('_');
    for (let k = parts.length; k > 1; k--) {
      const candidate = parts.slice(0, k).join('_');
      if (known.has(candidate.toUpperCase())) return `&${parts.slice(0, k).join(NAME_JOIN)}${k < parts.length ? `_${parts.slice(k).join('_')}` : ''}`;
    }
    return m;
  });
}

export function parsePattern(body: string, id: string, file: string, line: number, synsets: { has(name: string): boolean } = new Set()): Omit<PetrarchPattern, 'code' | 'pairCode' | 'text'> {
  const tokens = patternTokens(protectSynsetNames(body, synsets));
  const star = tokens.findIndex((t) => t.token === '*');
  if (star < 0 || tokens.filter((t) => t.token === '*').length > 1) throw lineError(file, line, `the pattern "${body.trim()}" needs exactly one "*" for the verb`);
  const lower: PatternItem[] = [];
  for (let i = star - 1; i >= 0; i--) lower.push(item(tokens[i]!.token, tokens[i + 1]!.joined, file, line));
  const upper: PatternItem[] = [];
  for (let i = star + 1; i < tokens.length; i++) upper.push(item(tokens[i]!.token, tokens[i]!.joined, file, line));
  return { id, lower, upper, line };
}

/** "WIRE_+TAP" → words and the index of the inflecting one (marked `+`, else the first). */
function verbWords(text: string, file: string, line: number): { words: string[]; head: number } {
  const raw = text.trim().replace(/^\+/, '+').split(/[\s_]+/).filter(Boolean);
  let head = raw.findIndex((w) => w.startsWith('+'));
  if (head < 0) head = 0;
  const words = raw.map((w) => w.replace(/^\+/, '').toUpperCase());
  if (words.length === 0 || words.some((w) => !/^[A-Z][A-Z'.-]*$/.test(w))) throw lineError(file, line, `"${text.trim()}" is not a verb`);
  return { words, head };
}

const HEADER = /^---\s*(.+?)\s*\[([^\]]*)\]/;

/**
 * Reads a PETRARCH verbs file in either syntax (PETRARCH-1/TABARI `- SAID * TO ATTEND [082]` or
 * PETRARCH-2 `- * (FOR ASYLUM) [1033]`): `&SYNSET` lists, `--- NAME [CODE] ---` blocks of verbs
 * (`VERB {FORMS} [CODE]`, multi-word `WIRE_+TAP`) and their `- pattern [CODE]` lines.
 */
export function readVerbs(content: string, file: string, problems?: ReadoutError[]): PetrarchVerbs {
  const report = reporter(problems);
  const synsets = new Map<string, string[]>();
  const blocks: PetrarchVerbBlock[] = [];
  const skipped: PetrarchVerbs['skipped'] = [];
  let synset: string[] | null = null;
  let block: PetrarchVerbBlock | null = null;
  // After a block header that cannot be read, its lines are skipped with it, not reported one by one.
  let skippingBlock = false;
  for (const { text, line } of dictionaryLines(content, file)) {
    try {
      readVerbLine(text.trim(), line);
    } catch (e) {
      report(e);
    }
  }
  return { synsets, blocks, skipped };

  function readVerbLine(t: string, line: number): void {
    if (!t) {
      synset = null;
      return;
    }
    if (t.startsWith('&')) {
      const name = t.slice(1).split(/\s/)[0]!.replace(/_+$/, '').toUpperCase();
      if (!/^[A-Z0-9_]+$/.test(name)) throw lineError(file, line, `"${t}" is not a synset name`);
      synset = [];
      synsets.set(name, synset);
      return;
    }
    if (synset && t.startsWith('+')) {
      synset.push(t.slice(1).trim());
      return;
    }
    synset = null;
    if (t.startsWith('~')) {
      skipped.push({ line, text: t, why: 'PETRARCH-2 transformation: readout codes each verb on its own' });
      return;
    }
    const header = HEADER.exec(t);
    if (t.startsWith('---')) {
      skippingBlock = !header;
      if (!header) throw lineError(file, line, `cannot read the verb block header "${t}" (expected --- NAME [CODE] ---)`);
      block = { name: header[1]!.toUpperCase(), ...parseVerbCode(header[2]!, file, line), verbs: [], patterns: [], line };
      blocks.push(block);
      return;
    }
    if (skippingBlock) return;
    if (!block) throw lineError(file, line, `"${t}" comes before any "--- VERB [CODE] ---" block`);
    // A pattern line whose "- " was forgotten ("* (TO QUESTION) [110]") is still a pattern.
    if (t.startsWith('-') || /^\*(?:[\s_]|$)/.test(t)) {
      const m = /^-?\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(t);
      if (!m) throw lineError(file, line, `the pattern "${t}" has no [CODE] at its end`);
      const id = `${block.name}-${block.patterns.length + 1}`;
      block.patterns.push({ ...parsePattern(m[1]!, id, file, line, synsets), ...parseVerbCode(m[2]!, file, line), text: m[1]!.trim() });
      return;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(t);
    if (!m) throw lineError(file, line, `cannot read the verb "${t}" (expected VERB {FORMS} [CODE])`);
    const { words, head } = verbWords(m[1]!, file, line);
    const forms = (m[2] ?? '').split(/\s+/).filter(Boolean).map((f) => verbWords(f, file, line).words);
    block.verbs.push({ words, head, forms, code: m[3] === undefined ? null : parseVerbCode(m[3], file, line).code, line });
  }
}
