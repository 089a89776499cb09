import * as chrono from 'chrono-node';

/**
 * A full calendar date (year, month and day all stated) as YYYY-MM-DD, read with chrono-node's
 * strict parser; null when the text holds none. The date is taken as written: a timestamp's
 * own local date, never shifted to UTC.
 */
export function parseDate(text: string): string | null {
  const iso = isoDate(text);
  if (iso !== undefined) return iso;
  const r = chrono.strict.parse(text.trim())[0];
  if (!r?.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  const y = r.start.get('year')!;
  const m = r.start.get('month')!;
  const d = r.start.get('day')!;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;

/**
 * The common case without chrono: an ISO date or timestamp (what feeds and front matter carry).
 * undefined: not ISO, ask chrono; null: ISO-shaped but no such day (2023-13-45).
 */
function isoDate(text: string): string | null | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** True when the text is one date and nothing else (for metadata fields and `--date`). */
export function parseWholeDate(text: string): string | null {
  const iso = isoDate(text);
  if (iso !== undefined) return iso;
  const t = text.trim();
  const r = chrono.strict.parse(t)[0];
  if (r?.index !== 0 || r.text.length < t.replace(/[.\s]+$/, '').length) return null;
  return parseDate(t);
}
