import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ReadoutError } from '../../errors.js';
import type { Block } from '../../model/Block.js';
import type { ExtractHints } from '../../model/Doc.js';
import { blocksFromDom } from './blocksFromDom.js';

export interface Extracted {
  blocks: Block[];
  hints: ExtractHints | null;
}

/** A linkedom document for a page or a fragment (fragments are wrapped in a body). */
export function documentOf(html: string) {
  const wrapped = /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document;
}

function meta(document: ReturnType<typeof documentOf>, ...names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** A body needs at least one block of running text, not just link labels. */
function hasBody(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.text.trim().split(/\s+/).length >= 8);
}

/**
 * Extracts the article of a saved press-release page with Mozilla Readability (the engine of
 * Firefox's reader view) over linkedom. When Readability finds no article (fragments, very
 * short pages), the page is read block by block with navigation, headers and footers left out.
 */
export function extractHtml(html: string): Extracted {
  const page = documentOf(html);
  const hints: ExtractHints = {
    from: 'html-meta',
    title: meta(page, 'og:title', 'twitter:title', 'dc.title'),
    publisher: meta(page, 'og:site_name', 'application-name', 'publisher', 'dc.publisher'),
    date: meta(page, 'article:published_time', 'datePublished', 'dc.date', 'date', 'pubdate', 'publish-date') ?? page.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    url: page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(page, 'og:url'),
    byline: meta(page, 'author', 'article:author'),
  };

  const article = new Readability(documentOf(html)).parse();
  let blocks: Block[] = [];
  if (article?.content) {
    blocks = blocksFromDom(documentOf(article.content).body as never, false);
    // Readability's title drops the site name that <title> usually carries ("… - Ministry of …").
    hints.title = hints.title ?? (article.title || null);
    hints.byline = hints.byline ?? article.byline ?? null;
    hints.publisher = hints.publisher ?? article.siteName ?? null;
    hints.date = hints.date ?? article.publishedTime ?? null;
  }
  if (!hasBody(blocks)) {
    // Readability worked on its own copy: the page parsed for its meta tags is still whole.
    blocks = blocksFromDom(page.body as never, true);
  }
  hints.title = hints.title ?? (page.querySelector('title')?.textContent?.trim() || null);
  if (!hasBody(blocks)) {
    throw new ReadoutError('E_NO_BODY', 'no article body found in the HTML (no paragraph of running text outside navigation, header and footer)');
  }
  return { blocks, hints };
}
