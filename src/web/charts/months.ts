/** Every month from the first to the last given (YYYY-MM), gaps filled, so charts share one time axis. */
export function months(seen: readonly string[]): string[] {
  const sorted = [...new Set(seen)].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  if (!sorted.length) return [];
  const out: string[] = [];
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last || out.length > 1200) return out;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

/** The last day of a month (YYYY-MM) as YYYY-MM-DD, for date-range links. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
