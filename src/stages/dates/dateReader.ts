import * as chrono from 'chrono-node';

/**
 * chrono-node's parsers for the dates readouts name: days of months, weekdays, ISO dates,
 * "yesterday", "last week". Its casual set also reads clock times, "20 years ago", "for five years"
 * and "9/11", which give a sentence no date of its own, and each parser scans the whole text:
 * with only these the sentence-date step costs a quarter as much.
 */
const PARSERS = new Set([
  'ISOFormatParser',
  'ENYearMonthDayParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENMonthNameParser',
  'ENYearMonthNameParser',
  'ENWeekdayParser',
  'ENCasualDateParser',
  'ENRelativeDateFormatParser',
]);

/** Refiners of clock times and time zones, which have nothing to act on without the time parsers. */
const TIME_REFINERS = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner']);

/** A chrono-node reader of dates only; throws if chrono no longer has a parser by one of these names. */
export function createDateReader(): chrono.Chrono {
  const reader = chrono.casual.clone();
  const names = new Set(reader.parsers.map((p) => p.constructor.name));
  const missing = [...PARSERS].filter((n) => !names.has(n));
  if (missing.length > 0) throw new Error(`chrono-node has no ${missing.join(', ')}: update src/stages/dates/dateReader.ts`);
  reader.parsers = reader.parsers.filter((p) => PARSERS.has(p.constructor.name));
  reader.refiners = reader.refiners.filter((r) => !TIME_REFINERS.has(r.constructor.name));
  return reader;
}
