import type { PublisherIndex } from '../../dictionaries/publishers.js';
import { ReadoutError } from '../../errors.js';
import type { Doc } from '../../model/Doc.js';
import type { Field } from '../../model/Field.js';
import type { Stage } from '../../pipeline/Stage.js';
import { normalizeSpace } from '../clean/normalizeSpace.js';
import { parseDate, parseWholeDate } from './parseDate.js';

const OFFICE = /\b(?:office|press|ministry|department|bureau|mission|embassy|spokesperson['’]s)\b/i;

/** The first removed block whose rule captured `name`, as a text-sourced field. */
function captured(doc: Doc, name: string): Field<string> | null {
  for (const r of doc.removed) {
    const v = r.captures[name];
    if (v) return { value: v, from: 'text', rule: r.rule, evidence: r.text };
  }
  return null;
}

function canonicalField(field: Field<string> | null, publishers: PublisherIndex): Field<string> | null {
  return field ? { ...field, value: publishers.canonical(field.value) } : null;
}

function given(value: string | null | undefined, from: Field<string>['from']): Field<string> | null {
  const v = value ? normalizeSpace(value) : '';
  return v ? { value: v, from } : null;
}

/**
 * Fills title, publisher, speaker, published date and reference date. Each comes from the
 * most direct source: the input's own metadata, then the page's (front matter, HTML meta),
 * then what cleaning found in the text, then the URL, then the caller's `--date`.
 */
export function metadataStage(publishers: PublisherIndex): Stage {
  return {
    name: 'metadata',
    requires: ['blocks', 'removed'],
    provides: ['meta'],
    run(doc: Doc): void {
      const src = doc.source;
      const hints = doc.hints;
      const meta = doc.meta;
      const url = src.url ?? hints?.url ?? null;
      meta.url = url;

      meta.title = given(src.title, 'input') ?? given(hints?.title, hints?.from ?? 'input') ?? captured(doc, 'title');

      const byline = hints?.byline ? normalizeSpace(hints.byline) : '';
      const bylineIsOffice = byline !== '' && (publishers.byLine(byline) !== undefined || OFFICE.test(byline));
      const fromUrl = url ? publishers.byUrl(url) : undefined;
      meta.publisher =
        (src.publisher ? { value: publishers.canonical(src.publisher), from: 'input' } : null) ??
        canonicalField(captured(doc, 'publisher'), publishers) ??
        (hints?.publisher ? { value: publishers.canonical(hints.publisher), from: hints.from } : null) ??
        (fromUrl ? { value: fromUrl.name, from: 'url', evidence: url ?? undefined } : null) ??
        captured(doc, 'speakerOffice') ??
        (bylineIsOffice ? { value: publishers.canonical(byline), from: hints!.from } : null);

      meta.speaker = captured(doc, 'speaker') ?? (byline && !bylineIsOffice ? { value: byline, from: hints!.from } : null);
      meta.speakerTitle = meta.speaker?.rule ? captured(doc, 'speakerTitle') : null;

      let published: Field<string> | null = null;
      if (src.date) {
        const d = parseWholeDate(src.date) ?? parseDate(src.date);
        if (!d) throw new ReadoutError('E_DATE', `date "${src.date}" does not parse (use YYYY-MM-DD)`);
        published = { value: d, from: 'input' };
      }
      if (!published && hints?.date) {
        const d = parseDate(hints.date);
        if (d) published = { value: d, from: hints.from, evidence: hints.date };
      }
      if (!published) {
        const c = captured(doc, 'date');
        const d = c ? parseDate(c.value) : null;
        if (c && d) published = { ...c, value: d };
      }
      if (!published && doc.defaultDate) published = { value: doc.defaultDate, from: 'option' };
      meta.published = published;
      meta.referenceDate = published ?? null;
    },
  };
}
