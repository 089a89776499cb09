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
