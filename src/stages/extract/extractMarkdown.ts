import { parse as parseYaml } from 'yaml';
import { ReadoutError } from '../../errors.js';
import type { ExtractHints } from '../../model/Doc.js';
import type { Extracted } from './extractHtml.js';
import { documentOf } from './extractHtml.js';
import { blocksFromDom } from './blocksFromDom.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return null;
}

/**
 * Markdown (as the White House briefing-room scrapes are kept): YAML front matter gives
 * title, date and URL; the body is rendered with markdown-it and read as HTML blocks.
 */
export function extractMarkdown(markdown: string, md: { render(src: string): string }): Extracted {
  let body = markdown;
  let hints: ExtractHints | null = null;
  const fm = FRONT_MATTER.exec(markdown);
  if (fm) {
    let data: unknown;
    try {
      data = parseYaml(fm[1]!);
    } catch (e) {
      throw new ReadoutError('E_FORMAT', `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
    body = markdown.slice(fm[0].length);
    if (data && typeof data === 'object') {
      const d = data as Record<string, unknown>;
      hints = {
        from: 'front-matter',
        title: str(d.title),
        date: str(d.date) ?? str(d.published_time) ?? str(d.published),
        url: str(d.source_url) ?? str(d.url) ?? str(d.canonical_url),
        publisher: str(d.publisher) ?? str(d.site_name),
        byline: str(d.author),
      };
    }
  }
  return { blocks: blocksFromDom(documentOf(md.render(body)).body as never, false), hints };
}
