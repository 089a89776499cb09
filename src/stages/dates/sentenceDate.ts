import type { Doc } from '../../model/Doc.js';
import type { Sentence } from '../../model/Sentence.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './calendar.js';
import { createDateReader } from './dateReader.js';

/**
 * Words that make a date other than the reference date itself: a day of the month, a weekday,
 * yesterday or tomorrow, last or next week, an ISO date. ("today" is the reference date: no parse.)
 */
const MONTH = `(?:${MONTHS}|${MONTH_ABBREVIATIONS})`;
const DATEISH = new RegExp(`\\b(?:${MONTH} \\d|\\d{1,2} ${MONTH}|(?:${WEEKDAYS})\\b|yesterday\\b|tomorrow\\b|(?:last|next) (?:week|month)\\b|\\d{4}-\\d{2}-\\d{2})`, 'i');
const YEAR = /\b\d{4}\b/;
/** The reference day itself, named before any other date: the sentence's date is the document's. */
const TODAY = /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i;
/**
 * How far around the first date word chrono-node reads: enough for "on the morning of", "last",
 * "from", a range and a year, and far less than a long sentence. A chrono call costs ~140 µs on a
 * whole sentence, most of it its many parsers scanning text that holds no date.
 */
const BEFORE = 40;
const AFTER = 50;
/** Read-only once built: parsing keeps no state in it, so every pipeline shares it. */
const DATES = createDateReader();
/**
 * "On the evening of 21 February 2024" (Chinese readouts): chrono reads "evening of" as a time of
 * the reference day and drops the date, so the part of day is blanked (same length: offsets hold).
 */
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night) of\b/gi;
/** "on January 26 and 27": two days joined by "and" are a range, as chrono reads "26 - 27" (same length: offsets hold). */
const DAY_PAIR = /\b(\d{1,2}) and (\d{1,2})\b/g;

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

/** The stretch of `text` around a date word, widened to whole words. */
function around(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - BEFORE);
  let to = Math.min(text.length, end + AFTER);
  while (from > 0 && text.charCodeAt(from - 1) !== 32) from--;
  while (to < text.length && text.charCodeAt(to) !== 32) to++;
  return [from, to];
}

/**
 * The sentence's first date, parsed once per document and sentence: chrono-node, the slowest
 * step of the pipeline (the events and meeting stages both ask), reads only the words around the
 * first date word, and a "today" before that word is the reference date. Null when it names none.
 * With no reference date, partial dates resolve against 2000-01-01 and are not `complete`.
 */
export function sentenceDate(doc: Doc, s: Sentence): SentenceDate | null {
  const cached = doc.sentenceDates.get(s.index);
  if (cached !== undefined) return cached;
  let out: SentenceDate | null = null;
  const m = DATEISH.exec(s.text);
  if (m) {
    const ref = doc.meta.referenceDate?.value ?? null;
    const today = ref ? TODAY.exec(s.text) : null;
    if (today && today.index < m.index) {
      out = { start: ref!, end: null, index: today.index, length: today[0].length, complete: false };
    } else {
      const [from, to] = around(s.text, m.index, m.index + m[0].length);
      const instant = ref ? new Date(`${ref}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
      const text = s.text.slice(from, to).replace(PART_OF_DAY, (p) => ' '.repeat(p.length)).replace(DAY_PAIR, '$1  -  $2');
      const r = DATES.parse(text, { instant, timezone: 'UTC' }, { forwardDate: false })[0];
      if (r) {
        out = {
          start: iso(r.start.date()),
          end: r.end ? iso(r.end.date()) : null,
          index: from + r.index,
          length: r.text.length,
          complete: YEAR.test(r.text) && r.start.isCertain('month') && r.start.isCertain('day'),
        };
      }
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
