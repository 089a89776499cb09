/**
 * The mean Goldstein score of `events` events whose scores sum to `tenths` tenths, to two decimals.
 * Goldstein scores have one decimal, so both stores sum them as whole tenths and round here: SQLite's
 * ROUND of a floating-point average and PostgreSQL's of a numeric one put a mean such as 3.675 apart.
 */
export function meanGoldstein(tenths: number, events: number): number {
  return events === 0 ? 0 : Math.round((Number(tenths) * 10) / events) / 100;
}
