import { createHash } from 'node:crypto';
import type { SourceDocument } from './SourceDocument.js';

/**
 * The content hash a document is stored under: the body, the metadata given with it and the
 * caller's default date (`--date`), but not its id or where it was read from, so the same release
 * read twice is stored once and the same text read with another date is a new version.
 */
export function sourceHash(source: SourceDocument, defaultDate: string | null = null): string {
  const canonical = JSON.stringify([
    defaultDate,
    source.format,
    source.title ?? null,
    source.date ?? null,
    source.publisher ?? null,
    source.url ?? null,
    source.body,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
