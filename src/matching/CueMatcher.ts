import type { Tokens } from '../model/Tokens.js';
import { LexemeIds } from './LexemeIds.js';
import { PhraseTrie, type TrieMatch } from './PhraseTrie.js';
import { Vocab } from './Vocab.js';

/**
 * Cue phrases of a data file (topics, meeting kinds, commitment cues) matched case-insensitively
 * as whole token sequences. Phrases are split by the same tokenizer as documents, so "follow-on"
 * and "leaders’" match however wink splits them. Compiled once; `ids` maps a document's tokens
 * to this matcher's vocabulary, then `at` is a trie walk over integers.
 */
export class CueMatcher<T> {
  private readonly vocab = new Vocab();
  private readonly trie = new PhraseTrie<T>();
  private readonly lexemeIds = new LexemeIds(this.vocab, true);

  constructor(entries: Iterable<readonly [string, T]>, tokenize: (phrase: string) => string[]) {
    for (const [phrase, value] of entries) {
      const words = tokenize(phrase.toLowerCase()).filter((w) => w.trim() !== '');
      if (words.length > 0) this.trie.add(words.map((w) => this.vocab.intern(w.toLowerCase())), value);
    }
  }

  /** This matcher's id of each token of a document (-1: a word of no cue), looked up before token `until` only. */
  ids(tokens: Tokens, until?: number): Int32Array {
    return this.lexemeIds.of(tokens, until);
  }

  /** This matcher's ids of words tokenized apart from a document (a title). */
  idsOfWords(words: readonly string[]): Int32Array {
    return Int32Array.from(words, (w) => this.vocab.id(w.toLowerCase()));
  }

  /** The longest cue starting at token `i` and ending before `end`. */
  at(ids: Int32Array, i: number, end: number): TrieMatch<T> | null {
    return ids[i] === -1 ? null : this.trie.longestAt(ids, i, end);
  }

  /** Every cue in [start, end), longest first at each token, not overlapping. */
  all(ids: Int32Array, start: number, end: number): { start: number; end: number; values: readonly T[] }[] {
    const out: { start: number; end: number; values: readonly T[] }[] = [];
    for (let i = start; i < end; i++) {
      const m = this.at(ids, i, end);
      if (!m) continue;
      out.push({ start: i, end: i + m.length, values: m.values });
      i += m.length - 1;
    }
    return out;
  }
}
