/** A paragraph-level block of text from the input, before cleaning (one HTML block element,
 * one Markdown paragraph or list item, one blank-line-separated paragraph of plain text). */
export interface Block {
  text: string;
  /** The HTML element the block came from (`p`, `li`, `h1`, ...), or `p` for plain text. */
  kind: string;
}

/** A block that cleaning removed, with the rule that removed it and what it captured. */
export interface RemovedBlock {
  text: string;
  rule: string;
  captures: Readonly<Record<string, string>>;
}
