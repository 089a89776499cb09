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

/** Tokens of a dictionary entry as wink splits them in running text ("People’s" → People, ’s). */
export function entryTokens(wink: Wink, phrase: string): string[] {
  if (PLAIN.test(phrase)) return phrase.split(' ');
  return wink.readDoc(phrase).tokens().out(wink.its.value) as string[];
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
    const tokens = wink.readDoc(chunk.join(` ${SEPARATOR} `)).tokens().out(wink.its.value) as string[];
    const groups: string[][] = [[]];
    for (const t of tokens) {
      if (t === SEPARATOR) groups.push([]);
      else groups[groups.length - 1]!.push(t);
    }
    // Should an entry ever tokenise differently beside its neighbours, each is read alone.
    if (groups.length !== chunk.length) for (const p of chunk) out.set(p, entryTokens(wink, p));
    else for (const [k, p] of chunk.entries()) out.set(p, groups[k]!);
  }
  return out;
}
