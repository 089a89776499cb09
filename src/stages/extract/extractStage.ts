import MarkdownIt from 'markdown-it';
import { ReadoutError } from '../../errors.js';
import type { Doc } from '../../model/Doc.js';
import type { Stage } from '../../pipeline/Stage.js';
import { extractHtml } from './extractHtml.js';
import { extractMarkdown } from './extractMarkdown.js';
import { extractText } from './extractText.js';

/** Turns the source body, whatever its format, into paragraph blocks and format hints. */
export function extractStage(): Stage {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  return {
    name: 'extract',
    requires: ['source'],
    provides: ['blocks'],
    run(doc: Doc): void {
      const { format, body } = doc.source;
      if (!body.trim()) throw new ReadoutError('E_EMPTY', 'document is empty');
      if (format === 'html') {
        const r = extractHtml(body);
        doc.blocks = r.blocks;
        doc.hints = r.hints;
      } else if (format === 'markdown') {
        const r = extractMarkdown(body, md);
        doc.blocks = r.blocks;
        doc.hints = r.hints;
      } else {
        doc.blocks = extractText(body);
      }
    },
  };
}
