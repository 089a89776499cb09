import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Wink = ReturnType<typeof winkNLP>;

/**
 * One wink-nlp instance that tokenises and tags parts of speech; a pipeline owns one. Its
 * sentence splitter is off: it cost a third of wink's time, and the tokens stage finds the same
 * sentence starts from the tokens (stages/tokens/sentenceStarts.ts).
 */
export function createWink(): Wink {
  return winkNLP(model, ['pos']);
}

/** Words of letters only, which wink never splits: no need to ask it. */
const PLAIN = /^\p{L}+(?: \p{L}+)*$/u;

const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * Whether two tokens with no space between them are one word that wink cut at a letter beyond
 * Latin-1 ("Erdo|ğ|an", "Rados|ł|aw"): the tokens stage glues such pieces back into one word, and
 * so must a dictionary entry's tokens, to match. The character tests come first: they settle most.
 */
export function isLetterSplit(prev: string, next: string): boolean {
  return (next.charCodeAt(0) > 0x7f || prev.charCodeAt(prev.length - 1) > 0x7f) && LETTERS.test(prev) && LETTERS.test(next);
}

function joinLetterSplits(values: readonly string[], spaces: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const prev = out[out.length - 1];
    if (i > 0 && spaces[i] === '' && prev !== undefined && isLetterSplit(prev, v)) out[out.length - 1] = prev + v;
    else out.push(v);
  }
  return out;
}

/** Tokens of a dictionary entry as the tokens stage gives them in running text ("People’s" → People, ’s). */
export function entryTokens(wink: Wink, phrase: string): string[] {
  if (PLAIN.test(phrase)) return phrase.split(' ');
  const tokens = wink.readDoc(phrase).tokens();
  return joinLetterSplits(tokens.out(wink.its.value) as string[], tokens.out(wink.its.precedingSpaces) as string[]);
}

/** Stands between entries tokenised in one pass; wink keeps it a token of its own. */
const SEPARATOR = '\u2016';
const BATCH = 2000;

/**
 * Tokens of many dictionary entries, as `entryTokens` gives them, with one wink pass per few
 * thousand entries instead of one per entry: a big PETRARCH actor file has thousands of entries
 * with dots, hyphens or apostrophes, and reading each alone took most of its load time.
 */
export function entryTokensMany(wink: Wink, phrases: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const hard = [...new Set(phrases.filter((p) => !PLAIN.test(p) && !p.includes(SEPARATOR) && p.trim()))];
  for (let i = 0; i < hard.length; i += BATCH) {
    const chunk = hard.slice(i, i + BATCH);
    const read = wink.readDoc(chunk.join(` ${SEPARATOR} `)).tokens();
    const tokens = read.out(wink.its.value) as string[];
    const spaces = read.out(wink.its.precedingSpaces) as string[];
    const groups: string[][] = [[]];
    const groupSpaces: string[][] = [[]];
    for (const [k, t] of tokens.entries()) {
      if (t === SEPARATOR) {
        groups.push([]);
        groupSpaces.push([]);
      } else {
        groups[groups.length - 1]!.push(t);
        groupSpaces[groupSpaces.length - 1]!.push(spaces[k]!);
      }
    }
    // Should an entry ever tokenise differently beside its neighbours, each is read alone.
    if (groups.length !== chunk.length) for (const p of chunk) out.set(p, entryTokens(wink, p));
    else for (const [k, p] of chunk.entries()) out.set(p, joinLetterSplits(groups[k]!, groupSpaces[k]!));
  }
  return out;
}
