import { ReadoutError } from '../errors.js';
import { Vocab } from '../matching/Vocab.js';
import type { CameoCode } from './cameo.js';
import { inflect, type Irregulars } from './inflect.js';
import { type DataFile, loadDataFile, readDataFile, type DataSource } from './loadDataFile.js';

/** The code of a pattern that marks a phrase as no event ("meet the challenges"). */
export const NOT_AN_EVENT = 'none';

/** One step of a compiled pattern after its verb. */
export type PatternElement =
  | { type: 'words'; alternatives: number[][]; optional: boolean }
  | { type: 'gap'; max: number }
  | { type: 'target'; optional: boolean }
  | { type: 'place'; optional: boolean };

export interface VerbPattern {
  id: string;
  code: string;
  source: string;
  elements: PatternElement[];
  /** Tokens the pattern names (verb and words), for preferring the most specific match. */
  weight: number;
  /** `counterpart`: what follows the verb is a topic; with no TARGET slot the target is the meeting's other side. */
  target: 'next' | 'counterpart';
  /** `intent`: codes only an act stated as intended (future, conditional, "should", "ready to"); said as done, nothing. */
  mood: 'any' | 'intent';
  /** An infinitive after the match coded as the same kind of act (the same root) is coded instead ("work with Kazakhstan to deepen trade cooperation"); one of another kind is not coded. */
  yields: boolean;
  /**
   * Words of which one must be the subject of the verb in the passive, right before its "was" or
   * "were" (an adjective may stand before it): "Special attention was paid to", "Views were
   * exchanged on". Null: any voice, any subject.
   */
  passiveSubject: ReadonlySet<number> | null;
  /** When the first step after the verb is required words: the ids they can start with (a quick test). */
  firstWords: ReadonlySet<number> | null;
  /**
   * For a pattern with a gap: the ids the last required words after it can start with. A sentence
   * that has none of them cannot match, and the gap is not tried ("agree ... (ceasefire|truce)").
   */
  required: Int32Array | null;
}

/**
 * One verb form's patterns, in file order (which breaks exact ties), also by the word after the
 * verb: `byFirst.get(next)` holds those that may start with `next` and those that start with no
 * fixed word (`open`), so the token loop tries only patterns that can match.
 */
export interface VerbPatterns {
  all: readonly VerbPattern[];
  byFirst: ReadonlyMap<number, readonly VerbPattern[]>;
  open: readonly VerbPattern[];
}

/** Verb patterns by every inflected form of their verb (interned lowercase ids, a dense array). */
export interface PatternIndex {
  vocab: Vocab;
  byVerb: readonly (VerbPatterns | undefined)[];
  count: number;
}

function indexByFirst(all: VerbPattern[]): VerbPatterns {
  const firsts = new Set<number>();
  for (const p of all) if (p.firstWords) for (const w of p.firstWords) firsts.add(w);
  const byFirst = new Map<number, VerbPattern[]>();
  for (const w of firsts) byFirst.set(w, all.filter((p) => !p.firstWords || p.firstWords.has(w)));
  return { all, byFirst, open: all.filter((p) => !p.firstWords) };
}

interface PatternsFile {
  version: 1;
  patterns: { id: string; code: string; match: string; target?: 'counterpart'; mood?: 'intent'; yields?: boolean; passive?: string; note?: string }[];
}

interface IrregularFile {
  version: 1;
  verbs: Record<string, [string, string]>;
  doubling?: string[];
  variants?: Record<string, string[]>;
}

/** Longest alternatives first: the matcher takes the first that fits ("ceasefire agreement" before "ceasefire"). */
function parseAlternatives(body: string, vocab: Vocab): number[][] {
  return body
    .split('|')
    .map((alt) => alt.split('_').map((w) => vocab.intern(w.toLowerCase())))
    .sort((a, b) => b.length - a.length);
}

/** How a pattern's act is read beyond its words (the optional fields of a pattern in the data file). */
export interface PatternOptions {
  target?: 'next' | 'counterpart';
  mood?: 'any' | 'intent';
  yields?: boolean;
  /** Alternatives for the passive subject ("attention" or "(views|opinions)"), as in a match. */
  passive?: string;
}

/** Compiles one `match` string; throws with the pattern id on any problem. */
export function compilePattern(id: string, code: string, match: string, vocab: Vocab, options: PatternOptions = {}): { verb: string; pattern: VerbPattern } {
  const { target = 'next', mood = 'any', yields = false } = options;
  let passiveSubject: Set<number> | null = null;
  if (options.passive !== undefined) {
    const body = options.passive.trim().replace(/^\((.*)\)$/, '$1');
    if (!/^[a-z]+(\|[a-z]+)*$/.test(body)) throw new Error(`pattern ${id}: passive must be a lowercase word or (a|b), not "${options.passive}"`);
    passiveSubject = new Set(body.split('|').map((w) => vocab.intern(w)));
  }
  const tokens = match.trim().split(/\s+/);
  const verb = tokens[0]!;
  if (!/^[a-z][a-z-]*$/.test(verb)) throw new Error(`pattern ${id}: must start with a verb in lowercase, not "${verb}"`);
  const elements: PatternElement[] = [];
  let weight = 1;
  for (const t of tokens.slice(1)) {
    if (t === '...') elements.push({ type: 'gap', max: 6 });
    else if (t === 'TARGET' || t === '[TARGET]') elements.push({ type: 'target', optional: t.startsWith('[') });
    else if (t === 'PLACE' || t === '[PLACE]') elements.push({ type: 'place', optional: t.startsWith('[') });
    else if (/^\[[^\]]+\]$/.test(t)) elements.push({ type: 'words', alternatives: parseAlternatives(t.slice(1, -1), vocab), optional: true });
    else if (/^\([^)]+\)$/.test(t)) {
      elements.push({ type: 'words', alternatives: parseAlternatives(t.slice(1, -1), vocab), optional: false });
      weight++;
    } else if (/^[^[\]()|]+$/.test(t) && !/[A-Z]/.test(t)) {
      elements.push({ type: 'words', alternatives: parseAlternatives(t, vocab), optional: false });
      weight++;
    } else throw new Error(`pattern ${id}: cannot read "${t}" (words are lowercase; [optional], (a|b), ..., TARGET, PLACE)`);
  }
  const first = elements[0];
  const firstWords = first?.type === 'words' && !first.optional ? new Set(first.alternatives.map((a) => a[0]!)) : null;
  const gap = elements.findIndex((e) => e.type === 'gap');
  const last = gap < 0 ? undefined : elements.slice(gap + 1).findLast((e) => e.type === 'words' && !e.optional);
  const required = last?.type === 'words' ? Int32Array.from(new Set(last.alternatives.map((a) => a[0]!))) : null;
  return { verb, pattern: { id, code, source: match, elements, weight, target, mood, yields, passiveSubject, firstWords, required } };
}

export function compilePatterns(file: PatternsFile, irregular: Irregulars, codes: ReadonlyMap<string, CameoCode>, where: (at: (string | number)[]) => string = () => 'patterns'): PatternIndex {
  const vocab = new Vocab();
  const lists = new Map<number, VerbPattern[]>();
  const seen = new Set<string>();
  file.patterns.forEach((p, i) => {
    // The line is looked up only for an error: finding it parses the file again, slowly.
    const at = () => where(['patterns', i]);
    if (seen.has(p.id)) throw new ReadoutError('E_DATA', `pattern id "${p.id}" is used twice`, at());
    seen.add(p.id);
    if (p.code !== NOT_AN_EVENT && !codes.has(p.code)) throw new ReadoutError('E_DATA', `pattern ${p.id}: "${p.code}" is not a CAMEO code`, at());
    let compiled: ReturnType<typeof compilePattern>;
    try {
      compiled = compilePattern(p.id, p.code, p.match, vocab, { target: p.target, mood: p.mood, yields: p.yields, passive: p.passive });
    } catch (e) {
      throw new ReadoutError('E_DATA', (e as Error).message, at());
    }
    for (const form of inflect(compiled.verb, irregular)) {
      const id = vocab.intern(form);
      const list = lists.get(id);
      if (list) list.push(compiled.pattern);
      else lists.set(id, [compiled.pattern]);
    }
  });
  const byVerb: (VerbPatterns | undefined)[] = new Array(vocab.size).fill(undefined);
  for (const [id, list] of lists) byVerb[id] = indexByFirst(list);
  return { vocab, byVerb, count: file.patterns.length };
}

export function loadPatterns(dataDir: DataSource, codes: ReadonlyMap<string, CameoCode>): PatternIndex {
  const irr = loadDataFile<IrregularFile>(dataDir, 'events/irregular-verbs.yaml', 'irregular-verbs.schema.json');
  const irregular: Irregulars = { verbs: new Map(Object.entries(irr.verbs)), doubling: new Set(irr.doubling ?? []), variants: new Map(Object.entries(irr.variants ?? {})) };
  const file: DataFile<PatternsFile> = readDataFile<PatternsFile>(dataDir, 'events/patterns.yaml', 'patterns.schema.json');
  return compilePatterns(file.value, irregular, codes, file.where);
}
