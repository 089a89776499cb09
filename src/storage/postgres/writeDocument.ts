import type { DocumentRecord } from '../../model/DocumentRecord.js';
import { eventDyad } from '../dyads.js';
import { dyadKey } from '../EventStore.js';
import { documentSearchText, searchText } from './searchText.js';

/**
 * A new document in one statement: the previous version loses its `latest` flag, every table gets
 * its rows (one INSERT over arrays each), the timeline summary gains this version's events and
 * loses the superseded version's, and the revision moves on. One statement is one round trip
 * instead of a dozen, which on a local server is most of the time a document takes to store.
 * The caller has made sure, under its locks, that the content is not stored yet.
 *
 * Summary rows are written in key order, so concurrent writers lock them in the same order and
 * never deadlock; the revision row is the last thing each writer locks, held only to the commit.
 */
const DOCUMENT_ROWS = `
WITH superseded AS (
  UPDATE documents SET latest = false WHERE id = $2 AND latest RETURNING hash, version
), document AS (
  INSERT INTO documents (hash, id, version, title, publisher, speaker, published, reference_date, url, text, record, sentence_count, ingested_at, search)
  SELECT $1::text, $2::text, COALESCE((SELECT MAX(version) FROM superseded), 0) + 1, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text,
         $9::text, $10::json, $11::int, $12::text,
         to_tsvector('simple', $13::text) || to_tsvector('simple', $14::text) || to_tsvector('simple', $15::text)
  RETURNING version
), sentence_rows AS (
  INSERT INTO sentences (doc_hash, idx, start, "end", text)
  SELECT $1, * FROM unnest($16::int[], $17::int[], $18::int[], $19::text[])
), meeting_row AS (
  INSERT INTO meetings (doc_hash, kind, start, "end", dyad, meeting)
  SELECT $1, $20::text, $21::text, $22::text, $23::text, $24::json WHERE $20::text IS NOT NULL
), commitment_rows AS (
  INSERT INTO commitments (doc_hash, idx, dyad, commitment)
  SELECT $1, * FROM unnest($25::int[], $26::text[], $27::json[])
), event_rows AS (
  INSERT INTO events (doc_hash, idx, date, code, root, quad, goldstein, source_party, target_party, dyad, sentence, event)
  SELECT $1, * FROM unnest($28::int[], $29::text[], $30::text[], $31::text[], $32::int[], $33::float8[], $34::text[], $35::text[], $36::text[], $37::int[], $38::json[])
  RETURNING dyad, date, quad, goldstein
), topic_rows AS (
  INSERT INTO topics (doc_hash, topic, label, sentences)
  SELECT $1, t, l, s::int[] FROM unnest($39::text[], $40::text[], $41::text[]) AS u(t, l, s)
), participant_rows AS (
  INSERT INTO participants (doc_hash, idx, name, title, country, actor, role)
  SELECT $1, * FROM unnest($42::int[], $43::text[], $44::text[], $45::text[], $46::text[], $47::text[])
), timeline AS (
  SELECT dyad, substr(date, 1, 7) AS month, quad, SUM(n) AS n, SUM(g) AS g FROM (
    SELECT dyad, date, quad, 1 AS n, goldstein::numeric AS g FROM event_rows
    UNION ALL
    SELECT e.dyad, e.date, e.quad, -1, -e.goldstein::numeric FROM events e JOIN superseded s ON e.doc_hash = s.hash
  ) changes
  WHERE dyad <> '' AND date IS NOT NULL
  GROUP BY 1, 2, 3
)`;

export const WRITE_DOCUMENT = `${DOCUMENT_ROWS}, summary AS (
  INSERT INTO dyad_months AS s (dyad, month, quad, events, goldstein)
  SELECT dyad, month, quad, n, g FROM timeline ORDER BY dyad, month, quad
  ON CONFLICT (dyad, month, quad) DO UPDATE SET events = s.events + EXCLUDED.events, goldstein = s.goldstein + EXCLUDED.goldstein
), revision AS (
  UPDATE readout_state SET revision = revision + 1
)
SELECT (SELECT version FROM document) AS version, (SELECT COUNT(*) FROM superseded)::int AS superseded`;

/**
 * A document of a batch: its rows as WRITE_DOCUMENT writes them, but its changes to the timeline
 * summary come back (dyad, month, quad, events, Goldstein sum as exact text) instead of being
 * applied, so that the batch applies them all at once in key order (APPLY_TIMELINE). A batch that
 * locked summary rows document by document would lock them out of order and deadlock another.
 */
export const WRITE_DOCUMENT_ROWS = `${DOCUMENT_ROWS}
SELECT (SELECT version FROM document) AS version, (SELECT COUNT(*) FROM superseded)::int AS superseded,
       (SELECT COALESCE(json_agg(json_build_array(dyad, month, quad, n, g::text)), '[]') FROM timeline) AS timeline`;

/** A batch's summed timeline changes ($1-$5: arrays of dyad, month, quad, events, Goldstein) in key order, then the revision. */
export const APPLY_TIMELINE = `
WITH summary AS (
  INSERT INTO dyad_months AS s (dyad, month, quad, events, goldstein)
  SELECT d, m, q, SUM(n), SUM(g) FROM unnest($1::text[], $2::text[], $3::int[], $4::bigint[], $5::numeric[]) AS u(d, m, q, n, g)
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (dyad, month, quad) DO UPDATE SET events = s.events + EXCLUDED.events, goldstein = s.goldstein + EXCLUDED.goldstein
)
UPDATE readout_state SET revision = revision + 1`;

/** The values of WRITE_DOCUMENT's parameters for a record: its columns, then each table's rows as one array per column. */
export function writeDocumentParams(record: DocumentRecord, ingestedAt: string): unknown[] {
  const { text, sentences, events, ...rest } = record;
  const m = record.meeting;
  const cs = record.commitments;
  const ps = record.participants;
  // A topic's sentence numbers travel as array literals ("{1,4}"): unnest cannot take an array of arrays of different lengths.
  const topicSentences = record.topics.map((t) => `{${t.sentences.join(',')}}`);
  return [
    record.source.hash,
    record.id,
    record.title,
    record.publisher,
    record.speaker,
    record.published,
    record.referenceDate,
    record.url,
    text,
    // Events live in their own table (queried, counted, aggregated); the record keeps the rest.
    JSON.stringify(rest),
    sentences.length,
    ingestedAt,
    searchText(record.title ?? ''),
    documentSearchText(text),
    searchText(ps.map((p) => p.name).join(' ')),
    sentences.map((s) => s.index),
    sentences.map((s) => s.start),
    sentences.map((s) => s.end),
    sentences.map((s) => s.text),
    m?.kind ?? null,
    m?.start ?? null,
    m?.end ?? null,
    m ? dyadKey(m.parties) : null,
    m ? JSON.stringify(m) : null,
    cs.map((_, i) => i),
    cs.map((c) => dyadKey(m && m.parties.length >= 2 ? m.parties : c.parties)),
    cs.map((c) => JSON.stringify(c)),
    events.map((_, i) => i),
    events.map((e) => e.date),
    events.map((e) => e.code),
    events.map((e) => e.root),
    events.map((e) => e.quad),
    events.map((e) => e.goldstein),
    events.map((e) => e.source.party),
    events.map((e) => e.target.party),
    events.map(eventDyad),
    events.map((e) => e.sentence),
    events.map((e) => JSON.stringify(e)),
    record.topics.map((t) => t.id),
    record.topics.map((t) => t.label),
    topicSentences,
    ps.map((_, i) => i),
    ps.map((p) => p.name),
    ps.map((p) => p.title),
    ps.map((p) => p.country),
    ps.map((p) => p.actor),
    ps.map((p) => p.role),
  ];
}
