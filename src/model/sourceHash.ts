import { createHash } from 'node:crypto';
import type { SourceDocument } from './SourceDocument.js';

/**
 * The content hash a document is stored under: the body and the metadata given with it, but
 * not its id or where it was read from, so the same release read twice is stored once.
 */
export function sourceHash(source: SourceDocument): string {
  const canonical = JSON.stringify([
    source.format,
    source.title ?? null,
    source.date ?? null,
    source.publisher ?? null,
    source.url ?? null,
    source.body,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
