/** One TSV field: tabs, newlines and backslashes escaped so every record stays on one line. */
export function tsvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export function tsvRow(values: readonly unknown[]): string {
  return `${values.map(tsvField).join('\t')}\n`;
}
