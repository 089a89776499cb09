import { extname } from 'node:path';
import type { SourceFormat } from '../model/SourceDocument.js';

export type InputFormat = SourceFormat | 'jsonl';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format a file name says, or null when its extension is not one readout reads. */
export function formatOfName(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** The format of text whose name says nothing (stdin, odd extensions), from how it starts. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 2048).trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (/^---\s*\n/.test(head)) return 'markdown';
  if (/^<(?:!doctype|html|head|body|p|div|article|section|main|h[1-6])[\s>]/i.test(head)) return 'html';
  return 'text';
}
