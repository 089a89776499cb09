import type { CompiledBlock, CompiledItem, CompiledPattern } from '../../dictionaries/petrarch/compileDictionaries.js';
import type { ActorGroup } from './actorGroups.js';

/** What a pattern bound: actor groups for `$`, `+`, `%`, and the tokens its words matched. */
export interface PatternMatch {
  pattern: CompiledPattern;
  source: ActorGroup | null;
  target: ActorGroup | null;
  compound: ActorGroup | null;
  /** Whether `%` stood after the verb: then the compound is the target ("agrees with % "). */
  compoundAfter: boolean;
  /** Token positions of the pattern's words, so another verb they cover is not coded again. */
  covered: number[];
  /** Last token the pattern reached after the verb (for the event's evidence span). */
  end: number;
}

interface Cursor {
  pos: number;
  source: ActorGroup | null;
  target: ActorGroup | null;
  compound: ActorGroup | null;
  covered: number[];
}

function wordsAt(words: readonly string[], at: number, alt: readonly string[]): boolean {
  if (at < 0 || at + alt.length > words.length) return false;
  for (let k = 0; k < alt.length; k++) if (words[at + k] !== alt[k]) return false;
  return true;
}

function bind(c: Cursor, kind: 'source' | 'target' | 'compound', g: ActorGroup): boolean {
  if (kind === 'compound') {
    if (g.members.length < 2) return false;
    c.compound = g;
  } else c[kind] = g;
  return true;
}

/** Matches the words after the verb, left to right; a non-adjacent item may skip words. */
function matchUpper(items: readonly CompiledItem[], words: readonly string[], groups: readonly ActorGroup[], c: Cursor): boolean {
  for (const it of items) {
    if (it.kind === 'words') {
      let found = -1;
      let len = 0;
      for (let p = c.pos; p < words.length && found < 0; p++) {
        for (const alt of it.alternatives) {
          if (wordsAt(words, p, alt)) {
            found = p;
            len = alt.length;
            break;
          }
        }
        if (it.adjacent) break;
      }
      if (found < 0) return false;
      for (let k = 0; k < len; k++) c.covered.push(found + k);
      c.pos = found + len;
    } else if (it.kind === 'skip') {
      if (c.pos >= words.length) return false;
      c.pos++;
    } else {
      const g = groups.find((x) => x.start >= c.pos && (!it.adjacent || x.start === c.pos));
      if (!g || !bind(c, it.kind, g)) return false;
      c.pos = g.end;
    }
  }
  return true;
}

/** Matches the words before the verb, right to left (items are listed outward from the verb). */
function matchLower(items: readonly CompiledItem[], words: readonly string[], groups: readonly ActorGroup[], c: Cursor): boolean {
  for (const it of items) {
    if (it.kind === 'words') {
      let found = -1;
      let len = 0;
      for (let end = c.pos; end > 0 && found < 0; end--) {
        for (const alt of it.alternatives) {
          if (wordsAt(words, end - alt.length, alt)) {
            found = end - alt.length;
            len = alt.length;
            break;
          }
        }
        if (it.adjacent) break;
      }
      if (found < 0) return false;
      for (let k = 0; k < len; k++) c.covered.push(found + k);
      c.pos = found;
    } else if (it.kind === 'skip') {
      if (c.pos <= 0) return false;
      c.pos--;
    } else {
      let g: ActorGroup | undefined;
      for (const x of groups) if (x.end <= c.pos && (!it.adjacent || x.end === c.pos)) g = x;
      if (!g || !bind(c, it.kind, g)) return false;
      c.pos = g.start;
    }
  }
  return true;
}

/** The block's patterns the sentence's words allow, in file order. */
function candidates(block: CompiledBlock, present: ReadonlySet<string>): readonly CompiledPattern[] {
  if (block.byNeed.size === 0) return block.free;
  const out: CompiledPattern[] = [...block.free];
  for (const w of present) {
    const list = block.byNeed.get(w);
    if (list) for (const p of list) out.push(p);
  }
  if (out.length < 2) return out;
  // A pattern listed under two of the sentence's words (a synset) comes twice: sorted, side by side.
  out.sort((a, b) => a.order - b.order);
  return out.filter((p, i) => i === 0 || out[i - 1] !== p);
}

/**
 * The most specific pattern of a verb that matches around tokens [v0, v1): the one naming most
 * words, then the first in the file.
 */
export function bestPattern(block: CompiledBlock, words: readonly string[], present: ReadonlySet<string>, groups: readonly ActorGroup[], v0: number, v1: number): PatternMatch | null {
  let best: PatternMatch | null = null;
  for (const p of candidates(block, present)) {
    if (best && p.literals <= best.pattern.literals) continue;
    if (!p.needs.every((starts) => starts.some((w) => present.has(w)))) continue;
    const up: Cursor = { pos: v1, source: null, target: null, compound: null, covered: [] };
    if (!matchUpper(p.upper, words, groups, up)) continue;
    const low: Cursor = { pos: v0, source: up.source, target: up.target, compound: up.compound, covered: up.covered };
    if (!matchLower(p.lower, words, groups, low)) continue;
    best = { pattern: p, source: low.source, target: low.target, compound: low.compound, compoundAfter: up.compound !== null, covered: low.covered, end: Math.max(v1, up.pos) };
  }
  return best;
}
