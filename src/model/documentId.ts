import { basename, extname } from 'node:path';
import type { SourceDocument } from './SourceDocument.js';

/**
 * A document's id: the one the input gives, else the file name without its extension, else
 * (stdin, JSONL lines without an id) the start of the content hash.
 */
export function documentId(source: SourceDocument, hash: string): string {
  if (source.id) return source.id;
  const origin = source.origin;
  if (origin !== '-' && !/:\d+$/.test(origin)) {
    const name = basename(origin, extname(origin)).trim();
    if (name) return name;
  }
  return hash.slice(0, 16);
}
