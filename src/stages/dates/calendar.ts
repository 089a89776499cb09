/** English month and weekday names, as regex alternations: the date words the stages look for around chrono-node. */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const MONTH_ABBREVIATIONS = 'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A whole word that is a month or a weekday name ("June", "Monday"). */
export const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`);
