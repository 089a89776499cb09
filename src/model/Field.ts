/** Where a metadata value was found. */
export type FieldSource =
  | 'input'
  | 'front-matter'
  | 'html-meta'
  | 'text'
  | 'url'
  | 'option';

/**
 * A metadata value with its provenance. For values read from the text, `evidence` is the
 * paragraph (often site chrome that cleaning removed) and `rule` the data rule that matched.
 */
export interface Field<T> {
  value: T;
  from: FieldSource;
  rule?: string;
  evidence?: string;
}
