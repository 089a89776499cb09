/** The formats an input body can be in. */
export type SourceFormat = 'text' | 'markdown' | 'html';

/**
 * One document as read from an input, before any processing. Metadata given here (a JSONL
 * line's fields, a Markdown file's front matter) takes precedence over what the text says.
 */
export interface SourceDocument {
  /** The caller's id (a JSONL `id`); derived from the file name when absent. */
  id: string | null;
  /** Where it came from, for messages: a path, `path:line` for JSONL, or `-` for stdin. */
  origin: string;
  format: SourceFormat;
  body: string;
  title?: string | null;
  /** Publication date as given (any form chrono-node reads); checked by the metadata stage. */
  date?: string | null;
  publisher?: string | null;
  url?: string | null;
}
