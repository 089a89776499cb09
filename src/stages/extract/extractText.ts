import type { Block } from '../../model/Block.js';

/**
 * Plain text: paragraphs are separated by blank lines and lines inside one are joined; text
 * with no blank line at all is read a line a paragraph (pasted from a browser that way).
 */
export function extractText(text: string): Block[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const parts = /\n[ \t\u00a0]*\n/.test(normalized) ? normalized.split(/\n(?:[ \t\u00a0]*\n)+/) : normalized.split('\n');
  const blocks: Block[] = [];
  for (const p of parts) if (p.trim()) blocks.push({ text: p, kind: 'p' });
  return blocks;
}
