import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Wink = ReturnType<typeof winkNLP>;

/** One wink-nlp instance with sentence splitting and POS tagging; a pipeline owns one. */
export function createWink(): Wink {
  return winkNLP(model, ['sbd', 'pos']);
}

/** Words of letters only, which wink never splits: no need to ask it. */
const PLAIN = /^\p{L}+(?: \p{L}+)*$/u;

/** Tokens of a dictionary entry as wink splits them in running text ("People’s" → People, ’s). */
export function entryTokens(wink: Wink, phrase: string): string[] {
  if (PLAIN.test(phrase)) return phrase.split(' ');
  return wink.readDoc(phrase).tokens().out(wink.its.value) as string[];
}
