/**
 * Tokens as flat parallel arrays (wink-nlp's layout): token i spans
 * [starts[i], ends[i]) of the cleaned text and has part of speech POS_TAGS[pos[i]].
 * Later stages walk these arrays in their hot loops without allocating token objects.
 */
export const POS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
] as const;

export type PosTag = (typeof POS_TAGS)[number];

const POS_INDEX: ReadonlyMap<string, number> = new Map(POS_TAGS.map((t, i) => [t, i]));

export function posIndex(tag: string): number {
  return POS_INDEX.get(tag) ?? POS_INDEX.get('X')!;
}

export class Tokens {
  constructor(
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly pos: Uint8Array,
    /** Each token's text, kept from the tokenizer so stages need not slice it again. */
    readonly words: readonly string[] = [],
    /**
     * The tokenizer's own interned id of each word (wink-nlp's uniqueId), -1 where the word is not
     * the tokenizer's string; meaningful only together with `lexicon`, the tokenizer that gave it.
     */
    readonly lexemes: Int32Array = new Int32Array(0),
    readonly lexicon: object | null = null,
  ) {}

  static empty(): Tokens {
    return new Tokens(new Int32Array(0), new Int32Array(0), new Uint8Array(0));
  }

  get length(): number {
    return this.starts.length;
  }

  posTag(i: number): PosTag {
    return POS_TAGS[this.pos[i]!]!;
  }

  text(source: string, i: number): string {
    return this.words[i] ?? source.slice(this.starts[i], this.ends[i]);
  }
}
