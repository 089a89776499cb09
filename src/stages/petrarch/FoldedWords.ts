import type { CodingDictionaries } from '../../dictionaries/petrarch/compileDictionaries.js';
import type { Tokens } from '../../model/Tokens.js';

/** What a word can begin, as bits: an actor, an agent, a discard phrase, a verb. */
export const STARTS_ACTOR = 1;
export const STARTS_AGENT = 2;
export const STARTS_DISCARD = 4;
export const STARTS_VERB = 8;

interface Table {
  upper: string[];
  starts: Uint8Array;
}

/**
 * A document's words upper-cased, with what each can begin in the dictionaries, remembered per
 * distinct word by wink-nlp's own word id (as `LexemeIds` does for readout's dictionaries): after
 * the first documents a token costs two array reads, not a case fold and three trie lookups. The
 * tables are a cache owned by one stage, kept per tokenizer so two tokenizers' ids never mix.
 */
export class FoldedWords {
  private readonly tables = new WeakMap<object, Table>();

  constructor(private readonly dict: CodingDictionaries) {}

  private startsOf(w: string): number {
    const d = this.dict;
    return (d.actors.canStart(w) ? STARTS_ACTOR : 0) | (d.agents.canStart(w) ? STARTS_AGENT : 0) | (d.discards.canStart(w) ? STARTS_DISCARD : 0) | (d.verbs.has(w) ? STARTS_VERB : 0);
  }

  /** Words and start bits of tokens [from, to). */
  slice(tokens: Tokens, text: string, from: number, to: number): { words: string[]; starts: Uint8Array } {
    const words: string[] = new Array(to - from);
    const starts = new Uint8Array(to - from);
    const { lexemes, lexicon } = tokens;
    const table = lexicon && lexemes.length === tokens.length ? this.table(lexicon) : null;
    for (let i = from; i < to; i++) {
      const lx = table ? lexemes[i]! : -1;
      if (lx >= 0 && table) {
        if (lx >= table.starts.length) this.grow(table, lx + 1);
        let w = table.upper[lx];
        if (w === undefined) {
          w = tokens.text(text, i).toUpperCase();
          table.upper[lx] = w;
          table.starts[lx] = this.startsOf(w);
        }
        words[i - from] = w;
        starts[i - from] = table.starts[lx]!;
      } else {
        const w = tokens.text(text, i).toUpperCase();
        words[i - from] = w;
        starts[i - from] = this.startsOf(w);
      }
    }
    return { words, starts };
  }

  private table(lexicon: object): Table {
    let t = this.tables.get(lexicon);
    if (!t) {
      t = { upper: [], starts: new Uint8Array(1 << 15) };
      this.tables.set(lexicon, t);
    }
    return t;
  }

  private grow(t: Table, size: number): void {
    const starts = new Uint8Array(Math.max(size, t.starts.length * 2));
    starts.set(t.starts);
    t.starts = starts;
  }
}
