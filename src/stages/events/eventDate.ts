import * as chrono from 'chrono-node';

/**
 * Words that make a date other than the reference date itself: a day of the month, a weekday,
 * yesterday or tomorrow, last or next week, an ISO date. ("today" is the reference date: no parse.)
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DATEISH = new RegExp(`\\b(?:${MONTH} \\d|\\d{1,2} ${MONTH}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|yesterday\\b|tomorrow\\b|(?:last|next) (?:week|month)\\b|\\d{4}-\\d{2}-\\d{2})`, 'i');

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The date a sentence gives its event ("on June 18", "yesterday", "from June 18-19": the start),
 * resolved against the document's reference date; the reference date when the sentence names none.
 * chrono-node runs only on sentences that look like they hold a date.
 */
export function eventDate(sentence: string, referenceDate: string | null): string | null {
  if (!DATEISH.test(sentence)) return referenceDate;
  // With no reference date only a fully written date counts: never today's wall clock.
  const ref = referenceDate ? new Date(`${referenceDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  const r = chrono.parse(sentence, { instant: ref, timezone: 'UTC' }, { forwardDate: false })[0];
  if (!r) return referenceDate;
  if (!referenceDate && !(/\b\d{4}\b/.test(r.text) && r.start.isCertain('month') && r.start.isCertain('day'))) return null;
  return iso(r.start.date());
}
