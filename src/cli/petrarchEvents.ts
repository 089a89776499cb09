import type { DocumentRecord } from '../model/DocumentRecord.js';

/**
 * PETRARCH2's event output for a record, so a pipeline that reads it can swap readout in: one
 * line per distinct (date, source, target, code) of a story, tab-separated as PETRARCH2 writes
 * them: date (YYYYMMDD), source, target, code, issues (empty), ids, story source.
 */
export function petrarchEventLines(record: DocumentRecord): string[] {
  const date = (record.referenceDate ?? record.published ?? '').replaceAll('-', '');
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const e of record.events) {
    const line = [date, e.source.code, e.target.code, e.code].join('\t');
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(`${line}\t\t${record.id}\t${record.publisher ?? ''}`);
  }
  return lines;
}
