import type { Tokens } from '../model/Tokens.js';
import type { Vocab } from './Vocab.js';

const UNSEEN = -2;

/**
 * A document's words as ids of one dictionary's vocabulary. wink-nlp already interns every word
 * it reads (its uniqueId, stable for the life of a wink instance), so each distinct word is looked
 * up in the vocabulary once and remembered in a flat table indexed by wink's id: after the first
 * documents, a token costs one array read instead of a string hash. `fold` looks words up lower-cased.
 * The table is a cache owned by one stage, kept per tokenizer so ids of two tokenizers never mix.
 */
export class LexemeIds {
  private readonly tables = new WeakMap<object, Int32Array>();

  constructor(
    private readonly vocab: Vocab,
    private readonly fold: boolean,
  ) {}

  private lookup(word: string): number {
    return this.vocab.id(this.fold ? word.toLowerCase() : word);
  }

  /** One id per token (-1: not in the vocabulary); only tokens before `until` are looked up, the rest stay -1. */
  of(tokens: Tokens, until = tokens.length): Int32Array {
    const n = Math.min(until, tokens.length);
    const out = new Int32Array(tokens.length).fill(-1, n);
    const { words, lexemes, lexicon } = tokens;
    if (!lexicon || lexemes.length !== tokens.length) {
      for (let i = 0; i < n; i++) out[i] = this.lookup(words[i]!);
      return out;
    }
    let table = this.tables.get(lexicon) ?? new Int32Array(0);
    for (let i = 0; i < n; i++) {
      const lx = lexemes[i]!;
      if (lx < 0) {
        out[i] = this.lookup(words[i]!);
        continue;
      }
      if (lx >= table.length) {
        const grown = new Int32Array(Math.max(lx + 1, table.length * 2, 1 << 15)).fill(UNSEEN);
        grown.set(table);
        table = grown;
        this.tables.set(lexicon, table);
      }
      let v = table[lx]!;
      if (v === UNSEEN) {
        v = this.lookup(words[i]!);
        table[lx] = v;
      }
      out[i] = v;
    }
    return out;
  }
}
