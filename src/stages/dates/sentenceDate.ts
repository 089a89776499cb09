import * as chrono from 'chrono-node';
import type { Doc } from '../../model/Doc.js';
import type { Sentence } from '../../model/Sentence.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './calendar.js';

/**
 * Words that make a date other than the reference date itself: a day of the month, a weekday,
 * yesterday or tomorrow, last or next week, an ISO date. ("today" is the reference date: no parse.)
 */
const MONTH = `(?:${MONTHS}|${MONTH_ABBREVIATIONS})`;
const DATEISH = new RegExp(`\\b(?:${MONTH} \\d|\\d{1,2} ${MONTH}|(?:${WEEKDAYS})\\b|yesterday\\b|tomorrow\\b|(?:last|next) (?:week|month)\\b|\\d{4}-\\d{2}-\\d{2})`, 'i');
const YEAR = /\b\d{4}\b/;
/**
 * "On the evening of 21 February 2024" (Chinese readouts): chrono reads "evening of" as a time of
 * the reference day and drops the date, so the part of day is blanked (same length: offsets hold).
 */
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night) of\b/gi;

/** The first date a sentence names, as chrono-node reads it against the document's reference date. */
export interface SentenceDate {
  /** YYYY-MM-DD. */
  start: string;
  /** The range's last day ("June 18-19"), or null for a single day. */
  end: string | null;
  /** Where the date is written, relative to the sentence's start. */
  index: number;
  length: number;
  /** Written out in full (day, month and year): meaningful even with no reference date. */
  complete: boolean;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The sentence's first date, parsed once per document and sentence (chrono-node is the slowest
 * step of the pipeline, and the events and meeting stages both ask): null when it names none.
 * With no reference date, partial dates resolve against 2000-01-01 and are not `complete`.
 */
export function sentenceDate(doc: Doc, s: Sentence): SentenceDate | null {
  const cached = doc.sentenceDates.get(s.index);
  if (cached !== undefined) return cached;
  let out: SentenceDate | null = null;
  if (DATEISH.test(s.text)) {
    const ref = doc.meta.referenceDate?.value ?? null;
    const instant = ref ? new Date(`${ref}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
    const text = s.text.replace(PART_OF_DAY, (m) => ' '.repeat(m.length));
    const r = chrono.parse(text, { instant, timezone: 'UTC' }, { forwardDate: false })[0];
    if (r) {
      out = {
        start: iso(r.start.date()),
        end: r.end ? iso(r.end.date()) : null,
        index: r.index,
        length: r.text.length,
        complete: YEAR.test(r.text) && r.start.isCertain('month') && r.start.isCertain('day'),
      };
    }
  }
  doc.sentenceDates.set(s.index, out);
  return out;
}

/**
 * The date an event of the sentence gets: the sentence's own date ("on June 18", "from June 18-19":
 * the start) when it names one, else the document's reference date; with no reference date only a
 * date written out in full counts, never today's wall clock.
 */
export function eventDate(doc: Doc, s: Sentence): string | null {
  const ref = doc.meta.referenceDate?.value ?? null;
  const d = sentenceDate(doc, s);
  if (!d) return ref;
  return ref || d.complete ? d.start : null;
}
