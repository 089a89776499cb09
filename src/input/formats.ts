import { extname } from 'node:path';
import type { SourceFormat } from '../model/SourceDocument.js';

/** `petrarch-xml`: PETRARCH's input, `<Sentence date id><Text>` elements, one document each. */
export type InputFormat = SourceFormat | 'jsonl' | 'petrarch-xml';

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
  '.xml': 'petrarch-xml',
};

/** The format a file name says, or null when its extension is not one readout reads. */
export function formatOfName(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** The format of text whose name says nothing (stdin, odd extensions), from how it starts. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 2048).trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:Sentences|Validation)[\s>]/.test(head)) return 'petrarch-xml';
  if (/^---\s*\n/.test(head)) return 'markdown';
  if (/^<(?:!doctype|html|head|body|p|div|article|section|main|h[1-6])[\s>]/i.test(head)) return 'html';
  return 'text';
}
