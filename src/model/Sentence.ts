import type { Span } from './Span.js';

/** One sentence of the cleaned text; `text` is always `doc.text.slice(start, end)`. */
export interface Sentence extends Span {
  index: number;
  text: string;
  /** Index of the paragraph the sentence sits in. */
  paragraph: number;
  /** Range of token indexes [tokenStart, tokenEnd) in `doc.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}
