import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_DB } from '../storage/openStore.js';
import { parseWholeDate } from '../stages/metadata/parseDate.js';

/** `--date`: a whole calendar date, normalised to YYYY-MM-DD. */
export function dateOption(value: string): string {
  const d = parseWholeDate(value);
  if (!d) throw new InvalidArgumentError(`"${value}" is not a date (use YYYY-MM-DD)`);
  return d;
}

/** `--max-size` in megabytes, to bytes. */
export function megabytesOption(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a positive number of megabytes`);
  return Math.round(n * 1024 * 1024);
}

export function positiveIntOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}

/** `--dyad`: two party codes joined by "-" (USA-CHN), upper-cased. */
export function dyadOption(value: string): string {
  const parts = value.toUpperCase().split('-');
  if (parts.length !== 2 || parts.some((p) => !/^[A-Z]{2,6}$/.test(p))) throw new InvalidArgumentError(`"${value}" is not a dyad (use two party codes such as USA-CHN)`);
  return parts.join('-');
}

/** `--db`, the same in every command that opens a store: a SQLite file or a PostgreSQL URL. */
export function dbOption(): Option {
  return new Option('--db <path|url>', 'SQLite database file, or a PostgreSQL URL (postgres://user@host:port/database)').default(DEFAULT_DB);
}
