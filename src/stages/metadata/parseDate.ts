import * as chrono from 'chrono-node';

/**
 * A full calendar date (year, month and day all stated) as YYYY-MM-DD, read with chrono-node's
 * strict parser; null when the text holds none. The date is taken as written: a timestamp's
 * own local date, never shifted to UTC.
 */
export function parseDate(text: string): string | null {
  const r = chrono.strict.parse(text.trim())[0];
  if (!r?.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  const y = r.start.get('year')!;
  const m = r.start.get('month')!;
  const d = r.start.get('day')!;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True when the text is one date and nothing else (for metadata fields and `--date`). */
export function parseWholeDate(text: string): string | null {
  const t = text.trim();
  const r = chrono.strict.parse(t)[0];
  if (r?.index !== 0 || r.text.length < t.replace(/[.\s]+$/, '').length) return null;
  return parseDate(t);
}
